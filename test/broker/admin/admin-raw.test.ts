// Goal: the admin APIs answer exactly as Kafka 3.9 does (codes, messages,
// values, sources) and their changes reach the metadata image and the
// partition logs. Method: one in-process node on a temp dir, driven with raw
// frames encoded by our codecs at chosen versions.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningNode, startNode } from '../../../src/node/start-node.js'
import { ErrorCode } from '../../../src/protocol/errors.js'
import { apis } from '../../../src/protocol/generated/index.js'
import { RawClient } from '../../support/raw-client.js'

let dir: string
let node: RunningNode
let client: RawClient

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'oxbow-admin-'))
  node = await startNode({ dataDir: dir, port: 0, properties: { 'log.retention.hours': '100' } })
  client = await RawClient.connect(node.port)
})

afterAll(async () => {
  client.close()
  await node.close()
  rmSync(dir, { recursive: true, force: true })
})

const topic = (name: string, numPartitions = -1, configs: Record<string, string | null> = {}) => ({
  name,
  numPartitions,
  replicationFactor: -1,
  assignments: [] as { partitionIndex: number; brokerIds: number[] }[],
  configs: Object.entries(configs).map(([n, value]) => ({ name: n, value })),
})

async function create(version: number, topics: ReturnType<typeof topic>[], validateOnly = false) {
  return (await client.requestWith(apis.CREATE_TOPICS, version, { topics, timeoutMs: 5000, validateOnly })).topics
}

function logOf(name: string, partition = 0) {
  return node.broker.logs.getLog({ topic: name, partition })
}

describe('CreateTopics', () => {
  it('v7 creates with configs and answers with the effective configs and their sources', async () => {
    const [result] = await create(7, [topic('orders', 3, { 'retention.ms': '1000', 'cleanup.policy': 'compact' })])
    expect(result).toMatchObject({
      name: 'orders',
      errorCode: 0,
      errorMessage: null,
      numPartitions: 3,
      replicationFactor: 1,
    })
    expect(result!.topicId.equals(node.broker.image.topicsByName.get('orders')!.topicId)).toBe(true)
    const configs = new Map(result!.configs!.map((c) => [c.name, c]))
    expect(configs.get('retention.ms')).toMatchObject({
      value: '1000',
      configSource: 1,
      readOnly: false,
      isSensitive: false,
    })
    expect(configs.get('cleanup.policy')).toMatchObject({ value: 'compact', configSource: 1 })
    expect(configs.get('segment.bytes')).toMatchObject({ value: '1073741824', configSource: 5 })
    expect(configs.get('max.message.bytes')).toMatchObject({ value: '1048588', configSource: 5 })
    expect(result!.configs!.map((c) => c.name)).toEqual([...configs.keys()].sort())
    expect(logOf('orders', 2)?.logConfig.retentionMs).toBe(1000)
  })

  it('uses the broker defaults, static synonyms included, for -1', async () => {
    const [result] = await create(5, [topic('defaults')])
    expect(result).toMatchObject({ errorCode: 0, numPartitions: 1, replicationFactor: 1 })
    // log.retention.hours=100 given at start: the value follows it; Kafka reports it as a default
    // because only a set log.retention.ms counts as retention.ms's synonym.
    expect(result!.configs!.find((c) => c.name === 'retention.ms')).toMatchObject({
      value: '360000000',
      configSource: 5,
    })
    expect(logOf('defaults')?.logConfig.retentionMs).toBe(360_000_000)
  })

  it('answers errors with Kafka codes and messages; duplicates last', async () => {
    const results = await create(4, [
      topic('dup', 1),
      topic('bad name!'),
      topic('orders', 1),
      topic('unknown-config', 1, { 'no.such.config': '1' }),
      topic('bad-value', 1, { 'retention.ms': 'abc' }),
      topic('bad-range', 1, { 'min.insync.replicas': '0' }),
      topic('bad-policy', 1, { 'cleanup.policy': 'compact,forever' }),
      topic('null-config', 1, { 'retention.ms': null }),
      topic('zero-partitions', 0),
      { ...topic('rf2', 1), replicationFactor: 2 },
      { ...topic('assigned'), assignments: [{ partitionIndex: 0, brokerIds: [5] }] },
      { ...topic('assigned-gap'), assignments: [{ partitionIndex: 1, brokerIds: [1] }] },
      { ...topic('assigned-rf', 1), assignments: [{ partitionIndex: 0, brokerIds: [1] }] },
      topic('dup', 2),
    ])
    expect(results.map((r) => [r.name, r.errorCode, r.errorMessage])).toEqual([
      [
        'bad name!',
        ErrorCode.INVALID_TOPIC_EXCEPTION,
        `Topic name "bad name!" is illegal, it contains a character other than ASCII alphanumerics, '.', '_' and '-'`,
      ],
      ['orders', ErrorCode.TOPIC_ALREADY_EXISTS, "Topic 'orders' already exists."],
      ['unknown-config', ErrorCode.INVALID_CONFIG, 'Unknown topic config name: no.such.config'],
      [
        'bad-value',
        ErrorCode.INVALID_CONFIG,
        'Invalid value abc for configuration retention.ms: Not a number of type LONG',
      ],
      [
        'bad-range',
        ErrorCode.INVALID_CONFIG,
        'Invalid value 0 for configuration min.insync.replicas: Value must be at least 1',
      ],
      [
        'bad-policy',
        ErrorCode.INVALID_CONFIG,
        'Invalid value forever for configuration cleanup.policy: String must be one of: compact, delete',
      ],
      ['null-config', ErrorCode.INVALID_CONFIG, 'Null value not supported for topic configs: retention.ms'],
      [
        'zero-partitions',
        ErrorCode.INVALID_PARTITIONS,
        'Number of partitions was set to an invalid non-positive value.',
      ],
      [
        'rf2',
        ErrorCode.INVALID_REPLICATION_FACTOR,
        'Unable to replicate the partition 2 time(s): The target replication factor of 2 cannot be reached because only 1 broker(s) are registered.',
      ],
      [
        'assigned',
        ErrorCode.INVALID_REPLICA_ASSIGNMENT,
        'The manual partition assignment includes broker 5, but no such broker is registered.',
      ],
      [
        'assigned-gap',
        ErrorCode.INVALID_REPLICA_ASSIGNMENT,
        'partitions should be a consecutive 0-based integer sequence',
      ],
      [
        'assigned-rf',
        ErrorCode.INVALID_REQUEST,
        'A manual partition assignment was specified, but numPartitions was not set to -1.',
      ],
      ['dup', ErrorCode.INVALID_REQUEST, 'Duplicate topic name.'],
    ])
    for (const name of ['dup', 'unknown-config', 'assigned'])
      expect(node.broker.image.topicsByName.has(name)).toBe(false)
  })

  it('validateOnly creates nothing; v0 has no messages; explicit assignments work', async () => {
    const [checked] = await create(1, [topic('validated', 2)], true)
    expect(checked).toMatchObject({ name: 'validated', errorCode: 0, errorMessage: null })
    expect(node.broker.image.topicsByName.has('validated')).toBe(false)
    const [v0] = await create(0, [topic('orders', 1)])
    expect(v0).toMatchObject({ name: 'orders', errorCode: ErrorCode.TOPIC_ALREADY_EXISTS })
    const [assigned] = await create(7, [
      { ...topic('assigned-ok'), assignments: [0, 1].map((p) => ({ partitionIndex: p, brokerIds: [node.nodeId] })) },
    ])
    expect(assigned).toMatchObject({ errorCode: 0, numPartitions: 2, replicationFactor: 1 })
    expect(logOf('assigned-ok', 1)).toBeDefined()
  })
})

describe('DescribeConfigs', () => {
  it('topic v4: every config, sources, synonyms and documentation', async () => {
    await create(7, [topic('described', 1, { 'retention.ms': '5000' })])
    const { results } = await client.requestWith(apis.DESCRIBE_CONFIGS, 4, {
      resources: [{ resourceType: 2, resourceName: 'described', configurationKeys: null }],
      includeSynonyms: true,
      includeDocumentation: true,
    })
    const [result] = results
    expect(result).toMatchObject({ errorCode: 0, errorMessage: null, resourceType: 2, resourceName: 'described' })
    const byName = new Map(result!.configs.map((c) => [c.name, c]))
    expect(byName.size).toBe(36)
    expect(byName.get('retention.ms')).toMatchObject({
      value: '5000',
      readOnly: false,
      isDefault: false,
      configSource: 1,
      isSensitive: false,
      configType: 5,
      synonyms: [{ name: 'retention.ms', value: '5000', source: 1 }],
    })
    expect(byName.get('retention.ms')!.documentation).toContain('How long')
    expect(byName.get('segment.bytes')).toMatchObject({
      value: '1073741824',
      configSource: 5,
      configType: 3,
      synonyms: [{ name: 'log.segment.bytes', value: '1073741824', source: 5 }],
    })
    expect(byName.get('max.message.bytes')!.synonyms).toEqual([
      { name: 'message.max.bytes', value: '1048588', source: 5 },
    ])
    expect(byName.get('min.cleanable.dirty.ratio')).toMatchObject({ value: '0.5', configType: 6 })
    expect(byName.get('cleanup.policy')).toMatchObject({ value: 'delete', configType: 7 })
  })

  it('v0 isDefault, key filter, unknown topic, invalid name', async () => {
    const { results } = await client.requestWith(apis.DESCRIBE_CONFIGS, 0, {
      resources: [
        { resourceType: 2, resourceName: 'described', configurationKeys: ['retention.ms', 'segment.ms', 'nope'] },
        { resourceType: 2, resourceName: 'missing', configurationKeys: null },
        { resourceType: 2, resourceName: 'bad/name', configurationKeys: null },
      ],
    })
    expect(results[0]!.configs.map((c) => [c.name, c.value, c.isDefault])).toEqual([
      ['retention.ms', '5000', false],
      ['segment.ms', '604800000', true],
    ])
    expect(results[1]).toMatchObject({
      errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION,
      errorMessage: null,
      configs: [],
    })
    expect(results[2]).toMatchObject({ errorCode: ErrorCode.INVALID_TOPIC_EXCEPTION })
  })

  it('broker: static values with sources, read-only flags; wrong id refused', async () => {
    const { results } = await client.requestWith(apis.DESCRIBE_CONFIGS, 3, {
      resources: [
        { resourceType: 4, resourceName: String(node.nodeId), configurationKeys: null },
        { resourceType: 4, resourceName: '7', configurationKeys: null },
        { resourceType: 4, resourceName: 'x', configurationKeys: null },
      ],
      includeSynonyms: true,
    })
    const byName = new Map(results[0]!.configs.map((c) => [c.name, c]))
    expect(byName.get('log.retention.hours')).toMatchObject({
      value: '100',
      readOnly: true,
      configSource: 4,
      synonyms: [
        { name: 'log.retention.hours', value: '100', source: 4 },
        { name: 'log.retention.hours', value: '168', source: 5 },
      ],
    })
    expect(byName.get('log.retention.ms')).toMatchObject({
      value: null,
      readOnly: false,
      configSource: 5,
      synonyms: [],
    })
    expect(byName.get('num.partitions')).toMatchObject({ value: '1', readOnly: true, configSource: 5, configType: 3 })
    expect(byName.get('node.id')).toMatchObject({ value: '1', configSource: 4 })
    expect(results[1]).toMatchObject({
      errorCode: ErrorCode.INVALID_REQUEST,
      errorMessage: `Unexpected broker id, expected ${node.nodeId} or empty string, but received 7`,
    })
    expect(results[2]).toMatchObject({
      errorCode: ErrorCode.INVALID_REQUEST,
      errorMessage: 'Broker id must be an integer, but it is: x',
    })
  })
})

describe('AlterConfigs and IncrementalAlterConfigs', () => {
  const incremental = (
    resourceType: number,
    resourceName: string,
    configs: [string, number, string | null][],
    validateOnly = false,
  ) =>
    client.requestWith(apis.INCREMENTAL_ALTER_CONFIGS, 1, {
      resources: [
        {
          resourceType,
          resourceName,
          configs: configs.map(([name, configOperation, value]) => ({ name, configOperation, value })),
        },
      ],
      validateOnly,
    })

  it('SET applies live to the partition logs; validateOnly does not', async () => {
    await create(7, [topic('altered', 2)])
    expect((await incremental(2, 'altered', [['retention.ms', 0, '2000']], true)).responses[0]!.errorCode).toBe(0)
    expect(logOf('altered', 1)?.logConfig.retentionMs).toBe(360_000_000)
    const { responses } = await incremental(2, 'altered', [
      ['retention.ms', 0, '2000'],
      ['segment.bytes', 0, '1048576'],
    ])
    expect(responses).toEqual([{ errorCode: 0, errorMessage: null, resourceType: 2, resourceName: 'altered' }])
    expect(logOf('altered', 1)?.logConfig.retentionMs).toBe(2000)
    expect(logOf('altered', 0)?.logConfig.segmentBytes).toBe(1_048_576)
  })

  it('APPEND, SUBTRACT and DELETE', async () => {
    await incremental(2, 'altered', [['cleanup.policy', 2, 'compact']])
    expect(node.broker.image.configs.get('2:altered')?.get('cleanup.policy')).toBe('delete,compact')
    await incremental(2, 'altered', [['cleanup.policy', 3, 'delete']])
    expect(node.broker.image.configs.get('2:altered')?.get('cleanup.policy')).toBe('compact')
    await incremental(2, 'altered', [['retention.ms', 1, null]])
    expect(node.broker.image.configs.get('2:altered')?.has('retention.ms')).toBe(false)
    expect(logOf('altered', 1)?.logConfig.retentionMs).toBe(360_000_000)
    const bad = await incremental(2, 'altered', [['retention.ms', 2, '5']])
    expect(bad.responses[0]).toMatchObject({
      errorCode: ErrorCode.INVALID_CONFIG,
      errorMessage: "Can't APPEND to key retention.ms because its type is not LIST.",
    })
    const unknown = await incremental(2, 'nope', [['retention.ms', 0, '5']])
    expect(unknown.responses[0]).toMatchObject({
      errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION,
      errorMessage: "The topic 'nope' does not exist.",
    })
  })

  it('AlterConfigs replaces the whole set of overrides', async () => {
    const { responses } = await client.requestWith(apis.ALTER_CONFIGS, 2, {
      resources: [{ resourceType: 2, resourceName: 'altered', configs: [{ name: 'retention.bytes', value: '4096' }] }],
    })
    expect(responses[0]).toMatchObject({ errorCode: 0, errorMessage: null })
    expect([...(node.broker.image.configs.get('2:altered') ?? [])]).toEqual([['retention.bytes', '4096']])
    expect(logOf('altered', 0)?.logConfig.retentionBytes).toBe(4096)
    expect(logOf('altered', 0)?.logConfig.segmentBytes).toBe(1_073_741_824)
    const dupes = await client.requestWith(apis.ALTER_CONFIGS, 0, {
      resources: [
        { resourceType: 2, resourceName: 'altered', configs: [] },
        { resourceType: 2, resourceName: 'altered', configs: [] },
      ],
    })
    expect(dupes.responses.map((r) => [r.errorCode, r.errorMessage])).toEqual([
      [ErrorCode.INVALID_REQUEST, 'Each resource must appear at most once.'],
      [ErrorCode.INVALID_REQUEST, 'Each resource must appear at most once.'],
    ])
  })

  it('dynamic broker configs persist, show in DescribeConfigs and reach the logs', async () => {
    const set = await incremental(4, '', [['log.retention.ms', 0, '7000']])
    expect(set.responses[0]).toMatchObject({ errorCode: 0, resourceType: 4, resourceName: '' })
    expect(logOf('defaults')?.logConfig.retentionMs).toBe(7000)
    const { results } = await client.requestWith(apis.DESCRIBE_CONFIGS, 4, {
      resources: [
        { resourceType: 2, resourceName: 'defaults', configurationKeys: ['retention.ms'] },
        { resourceType: 4, resourceName: '', configurationKeys: null },
        { resourceType: 4, resourceName: String(node.nodeId), configurationKeys: ['log.retention.ms'] },
      ],
      includeSynonyms: true,
    })
    expect(results[0]!.configs[0]).toMatchObject({
      value: '7000',
      configSource: 3,
      // Kafka lists every layer from the first that sets log.retention.ms, its minutes/hours synonyms included.
      synonyms: [
        { name: 'log.retention.ms', value: '7000', source: 3 },
        { name: 'log.retention.hours', value: '100', source: 4 },
        { name: 'log.retention.hours', value: '168', source: 5 },
      ],
    })
    expect(results[1]!.configs.map((c) => [c.name, c.value, c.configSource])).toEqual([['log.retention.ms', '7000', 3]])
    expect(results[2]!.configs[0]).toMatchObject({ value: '7000', configSource: 3, readOnly: false })
    const refused = await incremental(4, '', [['num.partitions', 0, '3']])
    expect(refused.responses[0]).toMatchObject({
      errorCode: ErrorCode.INVALID_REQUEST,
      errorMessage: 'Cannot update these configs dynamically: Set(num.partitions)',
    })
    const badValue = await incremental(4, String(node.nodeId), [['log.retention.ms', 0, 'soon']])
    expect(badValue.responses[0]).toMatchObject({
      errorCode: ErrorCode.INVALID_REQUEST,
      errorMessage: 'Invalid value soon for configuration log.retention.ms: Not a number of type LONG',
    })
    await incremental(4, '', [['log.retention.ms', 1, null]])
    expect(logOf('defaults')?.logConfig.retentionMs).toBe(360_000_000)
  })
})

describe('CreatePartitions', () => {
  it('increases only, with Kafka messages', async () => {
    await create(7, [topic('grown', 2)])
    const { results } = await client.requestWith(apis.CREATE_PARTITIONS, 3, {
      topics: [
        { name: 'grown', count: 4, assignments: null },
        { name: 'orders', count: 3, assignments: null },
        { name: 'altered', count: 1, assignments: null },
        { name: 'missing', count: 3, assignments: null },
        { name: 'assigned-ok', count: 4, assignments: [{ brokerIds: [node.nodeId] }] },
      ],
      timeoutMs: 5000,
    })
    expect(results.map((r) => [r.name, r.errorCode, r.errorMessage])).toEqual([
      ['grown', 0, null],
      ['orders', ErrorCode.INVALID_PARTITIONS, 'Topic already has 3 partition(s).'],
      [
        'altered',
        ErrorCode.INVALID_PARTITIONS,
        'The topic altered currently has 2 partition(s); 1 would not be an increase.',
      ],
      ['missing', ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, null],
      [
        'assigned-ok',
        ErrorCode.INVALID_REPLICA_ASSIGNMENT,
        'Attempted to add 2 additional partition(s), but only 1 assignment(s) were specified.',
      ],
    ])
    expect(node.broker.image.topicsByName.get('grown')!.partitions.length).toBe(4)
    expect(logOf('grown', 3)).toBeDefined()
    const validated = await client.requestWith(apis.CREATE_PARTITIONS, 0, {
      topics: [{ name: 'grown', count: 6, assignments: null }],
      validateOnly: true,
    })
    expect(validated.results[0]!.errorCode).toBe(0)
    expect(node.broker.image.topicsByName.get('grown')!.partitions.length).toBe(4)
  })
})

describe('DeleteTopics', () => {
  it('by name (v5) and by id (v6), with Kafka errors; the logs go', async () => {
    await create(7, [topic('doomed-a'), topic('doomed-b', 2)])
    const idB = node.broker.image.topicsByName.get('doomed-b')!.topicId
    const v5 = await client.requestWith(apis.DELETE_TOPICS, 5, { topicNames: ['doomed-a', 'ghost', 'dup', 'dup'] })
    expect(v5.responses.map((r) => [r.name, r.errorCode, r.errorMessage])).toEqual([
      ['dup', ErrorCode.INVALID_REQUEST, 'Duplicate topic name.'],
      ['ghost', ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, 'This server does not host this topic-partition.'],
      ['doomed-a', 0, null],
    ])
    const ghostId = Buffer.alloc(16, 7)
    const v6 = await client.requestWith(apis.DELETE_TOPICS, 6, {
      topics: [
        { name: null, topicId: idB },
        { name: null, topicId: ghostId },
        { name: null, topicId: Buffer.alloc(16) },
      ],
    })
    expect(v6.responses.map((r) => [r.name, r.topicId.toString('hex'), r.errorCode])).toEqual([
      [null, '0'.repeat(32), ErrorCode.INVALID_REQUEST],
      [null, ghostId.toString('hex'), ErrorCode.UNKNOWN_TOPIC_ID],
      ['doomed-b', idB.toString('hex'), 0],
    ])
    expect(node.broker.image.topicsByName.has('doomed-a')).toBe(false)
    expect(node.broker.image.topicsByName.has('doomed-b')).toBe(false)
    expect(logOf('doomed-b', 1)).toBeUndefined()
  })
})

describe('DescribeCluster and DescribeLogDirs', () => {
  it('DescribeCluster v0 and v1', async () => {
    const v1 = await client.requestWith(apis.DESCRIBE_CLUSTER, 1, {
      includeClusterAuthorizedOperations: true,
      endpointType: 1,
    })
    expect(v1).toMatchObject({
      errorCode: 0,
      errorMessage: null,
      endpointType: 1,
      clusterId: node.clusterId,
      controllerId: node.nodeId,
      brokers: [{ brokerId: node.nodeId, host: '127.0.0.1', port: node.port, rack: null }],
    })
    expect(v1.clusterAuthorizedOperations).toBeGreaterThan(0)
    const v0 = await client.requestWith(apis.DESCRIBE_CLUSTER, 0, {})
    expect(v0).toMatchObject({ errorCode: 0, clusterId: node.clusterId, clusterAuthorizedOperations: -2147483648 })
    const controllers = await client.requestWith(apis.DESCRIBE_CLUSTER, 1, { endpointType: 2 })
    expect(controllers).toMatchObject({
      errorCode: ErrorCode.UNSUPPORTED_ENDPOINT_TYPE,
      errorMessage: 'Unsupported endpoint type 2',
    })
  })

  it('DescribeLogDirs v4 and v0', async () => {
    const all = await client.requestWith(apis.DESCRIBE_LOG_DIRS, 4, { topics: null })
    expect(all.results).toHaveLength(1)
    const [result] = all.results
    expect(result!.logDir).toBe(dir)
    expect(result!.totalBytes).toBeGreaterThan(0n)
    expect(result!.usableBytes).toBeGreaterThan(0n)
    const grown = result!.topics.find((t) => t.name === 'grown')
    expect(grown?.partitions.map((p) => [p.partitionIndex, p.partitionSize, p.offsetLag, p.isFutureKey])).toEqual([
      [0, 0n, 0n, false],
      [1, 0n, 0n, false],
      [2, 0n, 0n, false],
      [3, 0n, 0n, false],
    ])
    expect(result!.topics.some((t) => t.name === '__cluster_metadata')).toBe(false)
    const some = await client.requestWith(apis.DESCRIBE_LOG_DIRS, 0, { topics: [{ topic: 'grown', partitions: [1] }] })
    expect(some.results[0]!.topics.find((t) => t.name === 'grown')?.partitions.map((p) => p.partitionIndex)).toEqual([
      1,
    ])
  })
})
