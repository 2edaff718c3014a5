// Goal: our generated request codecs read what stock clients really write, and
// write it back byte for byte. Method: fixtures/<client>/*.hex are request frames
// (after the size prefix) that kcat (librdkafka 2.0.2), KafkaJS 2.2.4,
// kafka-python 2.0.2 and @platformatic/kafka 1.35.0 sent to a fake broker (scripts/capture/, which documents
// how to re-capture). Each frame is decoded with readRequestHeader and the
// generated codec at the captured version; the test asserts that the whole
// frame is consumed, that re-encoding gives the identical bytes (header, body,
// tagged fields), and the exact field values, which come from what the capture
// told the clients to do (scenarios.ts) or from the client's documented
// defaults, noted where they are not obvious. Record batches are decoded with
// the records layer (CRC checked, each codec decompressed) and compared with
// the records the clients were given. No client runs at test time.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DecodeError } from '../../../src/protocol/decode-error.js'
import { encodeRequest, readRequestHeader, requestHeaderVersion } from '../../../src/protocol/frame.js'
import {
  type ApiDefinition,
  apiByKey,
  apis,
  type ConsumerProtocolAssignment,
  type ConsumerProtocolSubscription,
  dataTypes,
  type MessageCodec,
  type ProduceRequest,
  requestHeader,
} from '../../../src/protocol/generated/index.js'
import { Reader } from '../../../src/protocol/reader.js'
import { decodeBatch } from '../../../src/protocol/records/index.js'
import { Writer } from '../../../src/protocol/writer.js'
import {
  FAKE_PRODUCER_EPOCH,
  FAKE_PRODUCER_ID,
  fakeMemberId,
  fakeTopicId,
  type GoldenRecord,
  KAFKAJS_ACKS,
  KAFKAJS_CLIENT_ID,
  KAFKAJS_GROUP,
  KAFKAJS_GZIP_RECORDS,
  KAFKAJS_PLAIN_RECORDS,
  KAFKAJS_TIMEOUT_MS,
  KAFKAJS_TOPIC,
  KCAT_CLIENT_ID,
  KCAT_CODECS,
  KCAT_GROUP,
  KCAT_IDEMPOTENT_RECORDS,
  KCAT_TOPIC,
  type KcatCodec,
  kcatRecords,
  PLATFORMATIC_CLIENT_ID,
  PLATFORMATIC_CODECS,
  PLATFORMATIC_GROUP,
  PLATFORMATIC_IDEMPOTENT_RECORDS,
  PLATFORMATIC_TIMEOUT_MS,
  PLATFORMATIC_TOPIC,
  type PlatformaticCodec,
  PYTHON_CLIENT_ID,
  PYTHON_GROUP,
  PYTHON_RECORDS,
  PYTHON_TOPIC,
  platformaticAcks,
  platformaticRecords,
} from './scenarios.js'

const FIXTURES = join(import.meta.dirname, 'fixtures')

interface ManifestEntry {
  readonly file: string
  readonly client: string
  readonly scenario: string
  readonly api: string
  readonly apiKey: number
  readonly apiVersion: number
  readonly correlationId: number
  readonly clientId: string | null
}

const manifest: { clients: Record<string, string>; fixtures: ManifestEntry[] } = JSON.parse(
  readFileSync(join(FIXTURES, 'manifest.json'), 'utf8'),
)

function frameOf(file: string): Buffer {
  return Buffer.from(readFileSync(join(FIXTURES, file), 'utf8').trim(), 'hex')
}

interface Golden {
  readonly apiKey: number
  readonly run: (frame: Buffer, entry: ManifestEntry) => Promise<void>
}

/**
 * One fixture: decodes the frame, checks the header, that nothing is left over,
 * that writing the decoded header and body gives back the frame, then runs the
 * fixture's own expectations on the body.
 */
function golden<Req, Res>(
  api: ApiDefinition<Req, Res>,
  correlationId: number,
  clientId: string,
  expectBody: (message: Req) => void | Promise<void>,
): Golden {
  return {
    apiKey: api.apiKey,
    run: async (frame, entry) => {
      const { header, headerVersion, body } = readRequestHeader(frame)
      expect(header.requestApiKey).toBe(api.apiKey)
      expect(header.requestApiVersion).toBe(entry.apiVersion)
      expect(header.correlationId).toBe(correlationId)
      expect(header.clientId).toBe(clientId)
      expect(headerVersion).toBe(requestHeaderVersion(api.apiKey, entry.apiVersion))
      const message = api.request.read(body, entry.apiVersion)
      expect(body.remaining()).toBe(0)

      const w = new Writer()
      requestHeader.write(w, header, headerVersion)
      api.request.write(w, message, entry.apiVersion)
      expect(w.toBuffer().toString('hex')).toBe(frame.toString('hex'))
      const framed = Buffer.concat(encodeRequest(api, entry.apiVersion, correlationId, clientId, message))
      expect(framed.readInt32BE(0)).toBe(frame.length)
      expect(framed.subarray(4).equals(frame)).toBe(true)

      await expectBody(message)
    },
  }
}

/** Consumer protocol bytes (JoinGroup metadata, SyncGroup assignment): int16 version, then the body. */
function consumerProtocol<T>(codec: MessageCodec<T>, bytes: Buffer): { version: number; message: T } {
  const version = bytes.readInt16BE(0)
  const r = new Reader(bytes, 2)
  const message = codec.read(r, version)
  expect(r.remaining()).toBe(0)
  const w = new Writer()
  w.writeInt16(version)
  codec.write(w, message, version)
  expect(w.toBuffer().equals(bytes)).toBe(true)
  return { version, message }
}

function subscription(bytes: Buffer): { version: number; message: ConsumerProtocolSubscription } {
  return consumerProtocol(dataTypes.ConsumerProtocolSubscription, bytes)
}

function assignment(bytes: Buffer): { version: number; message: ConsumerProtocolAssignment } {
  return consumerProtocol(dataTypes.ConsumerProtocolAssignment, bytes)
}

const EMPTY = Buffer.alloc(0)
const ZERO_UUID = Buffer.alloc(16)
const CODEC_ID = { none: 0, gzip: 1, snappy: 2, lz4: 3, zstd: 4 } as const

interface BatchExpectation {
  readonly codec: keyof typeof CODEC_ID
  readonly records: readonly GoldenRecord[]
  readonly producerId: bigint
  readonly producerEpoch: number
  readonly baseSequence: number
}

/** The one partition of one topic a produce request carries, as the scenario asked. */
function onlyRecords(m: ProduceRequest, topic: string): Buffer {
  expect(m.topicData.map((t) => t.name)).toEqual([topic])
  const partitions = m.topicData[0]!.partitionData
  expect(partitions.map((p) => p.index)).toEqual([0])
  const records = partitions[0]!.records
  expect(records).not.toBeNull()
  return records!
}

/**
 * One magic v2 batch holding exactly the given records. The compression bits are
 * read straight from the attributes byte as well, not only through our decoder.
 */
async function expectBatch(records: Buffer, want: BatchExpectation): Promise<void> {
  expect(records[16]).toBe(2)
  expect(records.readInt16BE(21) & 0x07).toBe(CODEC_ID[want.codec])
  const { header, records: got } = await decodeBatch(records)
  expect(header.sizeInBytes).toBe(records.length)
  expect(header).toMatchObject({
    baseOffset: 0n,
    partitionLeaderEpoch: 0,
    magic: 2,
    compression: CODEC_ID[want.codec],
    timestampType: 'CreateTime',
    isTransactional: false,
    isControl: false,
    lastOffsetDelta: want.records.length - 1,
    producerId: want.producerId,
    producerEpoch: want.producerEpoch,
    baseSequence: want.baseSequence,
    recordCount: want.records.length,
  })
  const text = (b: Buffer | null) => (b === null ? null : b.toString('utf8'))
  expect(
    got.map((r) => ({
      offsetDelta: r.offsetDelta,
      key: text(r.key),
      value: text(r.value),
      headers: r.headers.map((h) => ({ key: h.key, value: text(h.value) })),
    })),
  ).toEqual(want.records.map((r, i) => ({ offsetDelta: i, key: r.key, value: r.value, headers: r.headers })))
  const fixed = want.records.map((r) => r.timestamp)
  if (fixed.every((t) => t !== undefined)) {
    // The client was given each timestamp.
    expect(got.map((r) => r.timestamp)).toEqual(fixed)
    expect(header.baseTimestamp).toBe(fixed[0])
    let max = fixed[0]!
    for (const t of fixed) if (t! > max) max = t!
    expect(header.maxTimestamp).toBe(max)
  } else {
    // Wall-clock timestamps: after 2023-11-14 and within the batch's range.
    expect(header.baseTimestamp > 1_700_000_000_000n).toBe(true)
    for (const r of got) {
      expect(r.timestamp >= header.baseTimestamp).toBe(true)
      expect(r.timestamp <= header.maxTimestamp).toBe(true)
    }
  }
}

// ---- kcat (librdkafka 2.0.2) ----------------------------------------------------------
// librdkafka defaults seen below: request.timeout.ms 30000, session.timeout.ms 45000,
// max.poll.interval.ms 300000 (the rebalance timeout), fetch.wait.max.ms 500,
// fetch.max.bytes 52428800, max.partition.fetch.bytes 1048576, isolation.level
// read_committed (1). A non-idempotent librdkafka batch has producer id/epoch/sequence -1.

const KCAT_MEMBER = fakeMemberId(KCAT_GROUP, 1)
const KCAT_TOTAL = KCAT_CODECS.length * 3 + KCAT_IDEMPOTENT_RECORDS.length
const NO_PRODUCER = { producerId: -1n, producerEpoch: -1, baseSequence: -1 }

function kcatProduce(codec: KcatCodec): Golden {
  // -z none also ran with request.required.acks=1; the others with the default, all (-1).
  return golden(apis.PRODUCE, 3, KCAT_CLIENT_ID, async (m) => {
    expect(m).toMatchObject({ transactionalId: null, acks: codec === 'none' ? 1 : -1, timeoutMs: 30000 })
    await expectBatch(onlyRecords(m, KCAT_TOPIC), { codec, records: kcatRecords(codec), ...NO_PRODUCER })
  })
}

/** librdkafka's subscription (v1): the topic, empty (not null) user data, no owned partitions yet. */
function expectKcatSubscription(protocols: { name: string; metadata: Buffer }[]): void {
  expect(protocols.map((p) => p.name)).toEqual(['range', 'roundrobin'])
  for (const p of protocols) {
    expect(subscription(p.metadata)).toEqual({
      version: 1,
      message: { topics: [KCAT_TOPIC], userData: EMPTY, ownedPartitions: [], generationId: -1, rackId: null },
    })
  }
}

const kcatGolden: Record<string, Golden> = {
  'kcat/01-api-versions-v3.hex': golden(apis.API_VERSIONS, 1, KCAT_CLIENT_ID, (m) => {
    // KIP-511 client software name and version.
    expect(m).toEqual({ clientSoftwareName: 'librdkafka', clientSoftwareVersion: '2.0.2' })
  }),
  'kcat/02-metadata-v4.hex': golden(apis.METADATA, 2, KCAT_CLIENT_ID, (m) => {
    // The producer asks for its topic, allowing auto-creation.
    expect(m).toEqual({
      topics: [{ topicId: ZERO_UUID, name: KCAT_TOPIC }],
      allowAutoTopicCreation: true,
      includeClusterAuthorizedOperations: false,
      includeTopicAuthorizedOperations: false,
    })
  }),
  'kcat/03-produce-v7.hex': kcatProduce('none'),
  'kcat/04-produce-v7.hex': kcatProduce('gzip'),
  'kcat/05-produce-v7.hex': kcatProduce('snappy'),
  'kcat/06-produce-v7.hex': kcatProduce('lz4'),
  'kcat/07-produce-v7.hex': kcatProduce('zstd'),
  'kcat/08-init-producer-id-v4.hex': golden(apis.INIT_PRODUCER_ID, 3, KCAT_CLIENT_ID, (m) => {
    // enable.idempotence=true, no transactional id, no previous producer id (KIP-360 fields at -1).
    expect(m).toEqual({ transactionalId: null, transactionTimeoutMs: -1, producerId: -1n, producerEpoch: -1 })
  }),
  'kcat/09-produce-v7.hex': golden(apis.PRODUCE, 4, KCAT_CLIENT_ID, async (m) => {
    // Idempotence forces acks=all; the batch carries the producer id our fake handed out.
    expect(m).toMatchObject({ transactionalId: null, acks: -1, timeoutMs: 30000 })
    await expectBatch(onlyRecords(m, KCAT_TOPIC), {
      codec: 'none',
      records: KCAT_IDEMPOTENT_RECORDS,
      producerId: FAKE_PRODUCER_ID,
      producerEpoch: FAKE_PRODUCER_EPOCH,
      baseSequence: 0,
    })
  }),
  'kcat/10-metadata-v4.hex': golden(apis.METADATA, 2, KCAT_CLIENT_ID, (m) => {
    // kcat -L: first a brokers-only request (an empty topic list, not null) ...
    expect(m).toEqual({
      topics: [],
      allowAutoTopicCreation: false,
      includeClusterAuthorizedOperations: false,
      includeTopicAuthorizedOperations: false,
    })
  }),
  'kcat/11-metadata-v4.hex': golden(apis.METADATA, 3, KCAT_CLIENT_ID, (m) => {
    // ... then all topics (null).
    expect(m).toEqual({
      topics: null,
      allowAutoTopicCreation: true,
      includeClusterAuthorizedOperations: false,
      includeTopicAuthorizedOperations: false,
    })
  }),
  'kcat/12-metadata-v4.hex': golden(apis.METADATA, 2, KCAT_CLIENT_ID, (m) => {
    // A consumer never auto-creates (allow.auto.create.topics=false).
    expect(m).toEqual({
      topics: [{ topicId: ZERO_UUID, name: KCAT_TOPIC }],
      allowAutoTopicCreation: false,
      includeClusterAuthorizedOperations: false,
      includeTopicAuthorizedOperations: false,
    })
  }),
  'kcat/13-list-offsets-v2.hex': golden(apis.LIST_OFFSETS, 4, KCAT_CLIENT_ID, (m) => {
    // -o beginning: EARLIEST (-2). maxNumOffsets is v0 only and reads as its default.
    expect(m).toEqual({
      replicaId: -1,
      isolationLevel: 1,
      topics: [
        {
          name: KCAT_TOPIC,
          partitions: [{ partitionIndex: 0, currentLeaderEpoch: -1, timestamp: -2n, maxNumOffsets: 1 }],
        },
      ],
    })
  }),
  'kcat/14-fetch-v11.hex': golden(apis.FETCH, 5, KCAT_CLIENT_ID, (m) => {
    expect(m).toEqual({
      clusterId: null,
      replicaId: -1,
      replicaState: { replicaId: -1, replicaEpoch: -1n },
      maxWaitMs: 500,
      minBytes: 1,
      maxBytes: 52428800,
      isolationLevel: 1,
      sessionId: 0,
      sessionEpoch: -1,
      topics: [
        {
          topic: KCAT_TOPIC,
          topicId: ZERO_UUID,
          partitions: [
            {
              partition: 0,
              currentLeaderEpoch: -1,
              fetchOffset: 0n,
              lastFetchedEpoch: -1,
              logStartOffset: -1n,
              partitionMaxBytes: 1048576,
              replicaDirectoryId: ZERO_UUID,
            },
          ],
        },
      ],
      forgottenTopicsData: [],
      rackId: '',
    })
  }),
  'kcat/15-find-coordinator-v2.hex': golden(apis.FIND_COORDINATOR, 3, KCAT_CLIENT_ID, (m) => {
    expect(m).toEqual({ key: KCAT_GROUP, keyType: 0, coordinatorKeys: [] })
  }),
  'kcat/16-join-group-v5.hex': golden(apis.JOIN_GROUP, 3, KCAT_CLIENT_ID, (m) => {
    // KIP-394: the first join has no member id; the fake answers MEMBER_ID_REQUIRED.
    expect(m).toMatchObject({
      groupId: KCAT_GROUP,
      sessionTimeoutMs: 45000,
      rebalanceTimeoutMs: 300000,
      memberId: '',
      groupInstanceId: null,
      protocolType: 'consumer',
      reason: null,
    })
    expectKcatSubscription(m.protocols)
  }),
  'kcat/17-join-group-v5.hex': golden(apis.JOIN_GROUP, 4, KCAT_CLIENT_ID, (m) => {
    expect(m).toMatchObject({
      groupId: KCAT_GROUP,
      sessionTimeoutMs: 45000,
      rebalanceTimeoutMs: 300000,
      memberId: KCAT_MEMBER,
      groupInstanceId: null,
      protocolType: 'consumer',
    })
    expectKcatSubscription(m.protocols)
  }),
  'kcat/18-sync-group-v3.hex': golden(apis.SYNC_GROUP, 6, KCAT_CLIENT_ID, (m) => {
    // The leader (the only member) assigns itself partition 0.
    expect(m).toMatchObject({
      groupId: KCAT_GROUP,
      generationId: 1,
      memberId: KCAT_MEMBER,
      groupInstanceId: null,
      protocolType: null,
      protocolName: null,
    })
    expect(m.assignments.map((a) => a.memberId)).toEqual([KCAT_MEMBER])
    expect(assignment(m.assignments[0]!.assignment)).toEqual({
      version: 0,
      message: { assignedPartitions: [{ topic: KCAT_TOPIC, partitions: [0] }], userData: EMPTY },
    })
  }),
  'kcat/19-heartbeat-v3.hex': golden(apis.HEARTBEAT, 7, KCAT_CLIENT_ID, (m) => {
    expect(m).toEqual({ groupId: KCAT_GROUP, generationId: 1, memberId: KCAT_MEMBER, groupInstanceId: null })
  }),
  'kcat/20-offset-fetch-v7.hex': golden(apis.OFFSET_FETCH, 8, KCAT_CLIENT_ID, (m) => {
    // read_committed consumers ask for stable offsets (KIP-447).
    expect(m).toEqual({
      groupId: KCAT_GROUP,
      topics: [{ name: KCAT_TOPIC, partitionIndexes: [0] }],
      groups: [],
      requireStable: true,
    })
  }),
  'kcat/21-offset-commit-v7.hex': golden(apis.OFFSET_COMMIT, 17, KCAT_CLIENT_ID, (m) => {
    // On close after consuming every record: the next offset to read.
    expect(m).toEqual({
      groupId: KCAT_GROUP,
      generationIdOrMemberEpoch: 1,
      memberId: KCAT_MEMBER,
      groupInstanceId: null,
      retentionTimeMs: -1n,
      topics: [
        {
          name: KCAT_TOPIC,
          partitions: [
            {
              partitionIndex: 0,
              committedOffset: BigInt(KCAT_TOTAL),
              committedLeaderEpoch: -1,
              commitTimestamp: -1n,
              committedMetadata: '',
            },
          ],
        },
      ],
    })
  }),
  'kcat/22-leave-group-v1.hex': golden(apis.LEAVE_GROUP, 18, KCAT_CLIENT_ID, (m) => {
    expect(m).toEqual({ groupId: KCAT_GROUP, memberId: KCAT_MEMBER, members: [] })
  }),
}

// ---- KafkaJS 2.2.4 ---------------------------------------------------------------------
// KafkaJS sends old non-flexible versions (KAFKA-TRAPS 3). Its defaults: maxBytes 10485760,
// maxBytesPerPartition 1048576, read_committed (1). A non-idempotent KafkaJS batch has
// producer id -1 but epoch 0 and base sequence 0, unlike librdkafka's -1/-1.

const JS_MEMBER = fakeMemberId(KAFKAJS_GROUP, 1)
const JS_TOTAL = KAFKAJS_PLAIN_RECORDS.length + KAFKAJS_GZIP_RECORDS.length
const KAFKAJS_PRODUCER = { producerId: -1n, producerEpoch: 0, baseSequence: 0 }

function expectKafkajsJoin(m: { protocols: { name: string; metadata: Buffer }[] }): void {
  expect(m.protocols.map((p) => p.name)).toEqual(['RoundRobinAssigner'])
  expect(subscription(m.protocols[0]!.metadata)).toEqual({
    version: 0,
    message: { topics: [KAFKAJS_TOPIC], userData: EMPTY, ownedPartitions: [], generationId: -1, rackId: null },
  })
}

const kafkajsGolden: Record<string, Golden> = {
  'kafkajs/01-api-versions-v2.hex': golden(apis.API_VERSIONS, 0, KAFKAJS_CLIENT_ID, (m) => {
    // v2 has no body; the v3 fields read as their defaults.
    expect(m).toEqual({ clientSoftwareName: '', clientSoftwareVersion: '' })
  }),
  'kafkajs/02-metadata-v6.hex': golden(apis.METADATA, 1, KAFKAJS_CLIENT_ID, (m) => {
    // The producer was created with allowAutoTopicCreation: false.
    expect(m).toEqual({
      topics: [{ topicId: ZERO_UUID, name: KAFKAJS_TOPIC }],
      allowAutoTopicCreation: false,
      includeClusterAuthorizedOperations: false,
      includeTopicAuthorizedOperations: false,
    })
  }),
  'kafkajs/03-produce-v7.hex': golden(apis.PRODUCE, 2, KAFKAJS_CLIENT_ID, async (m) => {
    expect(m).toMatchObject({ transactionalId: null, acks: KAFKAJS_ACKS, timeoutMs: KAFKAJS_TIMEOUT_MS })
    const records = KAFKAJS_PLAIN_RECORDS
    await expectBatch(onlyRecords(m, KAFKAJS_TOPIC), { codec: 'none', records, ...KAFKAJS_PRODUCER })
  }),
  'kafkajs/04-produce-v7.hex': golden(apis.PRODUCE, 3, KAFKAJS_CLIENT_ID, async (m) => {
    expect(m).toMatchObject({ transactionalId: null, acks: KAFKAJS_ACKS, timeoutMs: KAFKAJS_TIMEOUT_MS })
    const records = KAFKAJS_GZIP_RECORDS
    await expectBatch(onlyRecords(m, KAFKAJS_TOPIC), { codec: 'gzip', records, ...KAFKAJS_PRODUCER })
  }),
  'kafkajs/05-metadata-v6.hex': golden(apis.METADATA, 1, KAFKAJS_CLIENT_ID, (m) => {
    // The consumer's client keeps KafkaJS's default, allowAutoTopicCreation: true.
    expect(m).toEqual({
      topics: [{ topicId: ZERO_UUID, name: KAFKAJS_TOPIC }],
      allowAutoTopicCreation: true,
      includeClusterAuthorizedOperations: false,
      includeTopicAuthorizedOperations: false,
    })
  }),
  'kafkajs/06-find-coordinator-v2.hex': golden(apis.FIND_COORDINATOR, 2, KAFKAJS_CLIENT_ID, (m) => {
    expect(m).toEqual({ key: KAFKAJS_GROUP, keyType: 0, coordinatorKeys: [] })
  }),
  'kafkajs/07-join-group-v5.hex': golden(apis.JOIN_GROUP, 3, KAFKAJS_CLIENT_ID, (m) => {
    // sessionTimeout 10000 and rebalanceTimeout 12000 were set on the consumer.
    expect(m).toMatchObject({
      groupId: KAFKAJS_GROUP,
      sessionTimeoutMs: 10000,
      rebalanceTimeoutMs: 12000,
      memberId: '',
      groupInstanceId: null,
      protocolType: 'consumer',
      reason: null,
    })
    expectKafkajsJoin(m)
  }),
  'kafkajs/08-join-group-v5.hex': golden(apis.JOIN_GROUP, 4, KAFKAJS_CLIENT_ID, (m) => {
    expect(m).toMatchObject({
      groupId: KAFKAJS_GROUP,
      sessionTimeoutMs: 10000,
      rebalanceTimeoutMs: 12000,
      memberId: JS_MEMBER,
      groupInstanceId: null,
      protocolType: 'consumer',
    })
    expectKafkajsJoin(m)
  }),
  'kafkajs/09-sync-group-v3.hex': golden(apis.SYNC_GROUP, 6, KAFKAJS_CLIENT_ID, (m) => {
    expect(m).toMatchObject({
      groupId: KAFKAJS_GROUP,
      generationId: 1,
      memberId: JS_MEMBER,
      groupInstanceId: null,
      protocolType: null,
      protocolName: null,
    })
    expect(m.assignments.map((a) => a.memberId)).toEqual([JS_MEMBER])
    expect(assignment(m.assignments[0]!.assignment)).toEqual({
      version: 0,
      message: { assignedPartitions: [{ topic: KAFKAJS_TOPIC, partitions: [0] }], userData: EMPTY },
    })
  }),
  'kafkajs/10-offset-fetch-v4.hex': golden(apis.OFFSET_FETCH, 7, KAFKAJS_CLIENT_ID, (m) => {
    expect(m).toEqual({
      groupId: KAFKAJS_GROUP,
      topics: [{ name: KAFKAJS_TOPIC, partitionIndexes: [0] }],
      groups: [],
      requireStable: false,
    })
  }),
  'kafkajs/11-list-offsets-v3.hex': golden(apis.LIST_OFFSETS, 8, KAFKAJS_CLIENT_ID, (m) => {
    // fromBeginning: true and no committed offset: EARLIEST (-2).
    expect(m).toEqual({
      replicaId: -1,
      isolationLevel: 1,
      topics: [
        {
          name: KAFKAJS_TOPIC,
          partitions: [{ partitionIndex: 0, currentLeaderEpoch: -1, timestamp: -2n, maxNumOffsets: 1 }],
        },
      ],
    })
  }),
  'kafkajs/12-fetch-v11.hex': golden(apis.FETCH, 0, KAFKAJS_CLIENT_ID, (m) => {
    // First request on a new connection (correlation id 0); maxWaitTimeInMs 300 was set.
    expect(m).toEqual({
      clusterId: null,
      replicaId: -1,
      replicaState: { replicaId: -1, replicaEpoch: -1n },
      maxWaitMs: 300,
      minBytes: 1,
      maxBytes: 10485760,
      isolationLevel: 1,
      sessionId: 0,
      sessionEpoch: -1,
      topics: [
        {
          topic: KAFKAJS_TOPIC,
          topicId: ZERO_UUID,
          partitions: [
            {
              partition: 0,
              currentLeaderEpoch: -1,
              fetchOffset: 0n,
              lastFetchedEpoch: -1,
              logStartOffset: -1n,
              partitionMaxBytes: 1048576,
              replicaDirectoryId: ZERO_UUID,
            },
          ],
        },
      ],
      forgottenTopicsData: [],
      rackId: '',
    })
  }),
  'kafkajs/13-offset-commit-v5.hex': golden(apis.OFFSET_COMMIT, 9, KAFKAJS_CLIENT_ID, (m) => {
    // KafkaJS commits null metadata where librdkafka and kafka-python send ''.
    expect(m).toEqual({
      groupId: KAFKAJS_GROUP,
      generationIdOrMemberEpoch: 1,
      memberId: JS_MEMBER,
      groupInstanceId: null,
      retentionTimeMs: -1n,
      topics: [
        {
          name: KAFKAJS_TOPIC,
          partitions: [
            {
              partitionIndex: 0,
              committedOffset: BigInt(JS_TOTAL),
              committedLeaderEpoch: -1,
              commitTimestamp: -1n,
              committedMetadata: null,
            },
          ],
        },
      ],
    })
  }),
  'kafkajs/14-heartbeat-v3.hex': golden(apis.HEARTBEAT, 10, KAFKAJS_CLIENT_ID, (m) => {
    expect(m).toEqual({ groupId: KAFKAJS_GROUP, generationId: 1, memberId: JS_MEMBER, groupInstanceId: null })
  }),
  'kafkajs/15-leave-group-v3.hex': golden(apis.LEAVE_GROUP, 14, KAFKAJS_CLIENT_ID, (m) => {
    // v3+ (KIP-345): the member goes in the members array, the top-level member id is empty.
    expect(m).toEqual({
      groupId: KAFKAJS_GROUP,
      memberId: '',
      members: [{ memberId: JS_MEMBER, groupInstanceId: null, reason: null }],
    })
  }),
}

// ---- kafka-python 2.0.2 ----------------------------------------------------------------
// kafka-python probes with ApiVersions v0 and Metadata v0, then uses the versions it
// infers for the broker. Its defaults: max_poll_interval_ms 300000, fetch_max_wait_ms 500,
// fetch_max_bytes 52428800, max_partition_fetch_bytes 1048576, read_uncommitted.

const PY_MEMBER = fakeMemberId(PYTHON_GROUP, 1)

function expectPythonJoin(m: { protocols: { name: string; metadata: Buffer }[] }): void {
  expect(m.protocols.map((p) => p.name)).toEqual(['range', 'roundrobin'])
  for (const p of m.protocols) {
    expect(subscription(p.metadata)).toEqual({
      version: 0,
      message: { topics: [PYTHON_TOPIC], userData: EMPTY, ownedPartitions: [], generationId: -1, rackId: null },
    })
  }
}

const pythonGolden: Record<string, Golden> = {
  'kafka-python/01-api-versions-v0.hex': golden(apis.API_VERSIONS, 1, PYTHON_CLIENT_ID, (m) => {
    expect(m).toEqual({ clientSoftwareName: '', clientSoftwareVersion: '' })
  }),
  'kafka-python/02-metadata-v0.hex': golden(apis.METADATA, 2, PYTHON_CLIENT_ID, (m) => {
    // In v0 an empty topic list means all topics; allowAutoTopicCreation (v4+) reads as its default.
    expect(m).toEqual({
      topics: [],
      allowAutoTopicCreation: true,
      includeClusterAuthorizedOperations: false,
      includeTopicAuthorizedOperations: false,
    })
  }),
  'kafka-python/03-metadata-v1.hex': golden(apis.METADATA, 3, PYTHON_CLIENT_ID, (m) => {
    // From v1 all topics is null.
    expect(m).toEqual({
      topics: null,
      allowAutoTopicCreation: true,
      includeClusterAuthorizedOperations: false,
      includeTopicAuthorizedOperations: false,
    })
  }),
  'kafka-python/04-metadata-v1.hex': golden(apis.METADATA, 1, PYTHON_CLIENT_ID, (m) => {
    expect(m).toEqual({
      topics: [{ topicId: ZERO_UUID, name: PYTHON_TOPIC }],
      allowAutoTopicCreation: true,
      includeClusterAuthorizedOperations: false,
      includeTopicAuthorizedOperations: false,
    })
  }),
  'kafka-python/05-produce-v7.hex': golden(apis.PRODUCE, 2, PYTHON_CLIENT_ID, async (m) => {
    // acks='all', request_timeout_ms=9000, compression_type='gzip'.
    expect(m).toMatchObject({ transactionalId: null, acks: -1, timeoutMs: 9000 })
    await expectBatch(onlyRecords(m, PYTHON_TOPIC), { codec: 'gzip', records: PYTHON_RECORDS, ...NO_PRODUCER })
  }),
  'kafka-python/06-find-coordinator-v0.hex': golden(apis.FIND_COORDINATOR, 3, PYTHON_CLIENT_ID, (m) => {
    expect(m).toEqual({ key: PYTHON_GROUP, keyType: 0, coordinatorKeys: [] })
  }),
  'kafka-python/07-join-group-v2.hex': golden(apis.JOIN_GROUP, 1, PYTHON_CLIENT_ID, (m) => {
    // session_timeout_ms=10000 was set. v2 predates KIP-394, so the fake assigns the id at once.
    expect(m).toMatchObject({
      groupId: PYTHON_GROUP,
      sessionTimeoutMs: 10000,
      rebalanceTimeoutMs: 300000,
      memberId: '',
      groupInstanceId: null,
      protocolType: 'consumer',
      reason: null,
    })
    expectPythonJoin(m)
  }),
  'kafka-python/08-sync-group-v1.hex': golden(apis.SYNC_GROUP, 2, PYTHON_CLIENT_ID, (m) => {
    // The first assignment is empty: kafka-python had no partition metadata for the
    // topic yet, so its range assignor gave nothing and it rejoined (the next two).
    expect(m).toMatchObject({ groupId: PYTHON_GROUP, generationId: 1, memberId: PY_MEMBER, groupInstanceId: null })
    expect(m.assignments.map((a) => a.memberId)).toEqual([PY_MEMBER])
    expect(assignment(m.assignments[0]!.assignment)).toEqual({
      version: 0,
      message: { assignedPartitions: [], userData: EMPTY },
    })
  }),
  'kafka-python/09-join-group-v2.hex': golden(apis.JOIN_GROUP, 3, PYTHON_CLIENT_ID, (m) => {
    expect(m).toMatchObject({
      groupId: PYTHON_GROUP,
      sessionTimeoutMs: 10000,
      rebalanceTimeoutMs: 300000,
      memberId: PY_MEMBER,
      groupInstanceId: null,
      protocolType: 'consumer',
    })
    expectPythonJoin(m)
  }),
  'kafka-python/10-sync-group-v1.hex': golden(apis.SYNC_GROUP, 4, PYTHON_CLIENT_ID, (m) => {
    expect(m).toMatchObject({ groupId: PYTHON_GROUP, generationId: 2, memberId: PY_MEMBER, groupInstanceId: null })
    expect(m.assignments.map((a) => a.memberId)).toEqual([PY_MEMBER])
    expect(assignment(m.assignments[0]!.assignment)).toEqual({
      version: 0,
      message: { assignedPartitions: [{ topic: PYTHON_TOPIC, partitions: [0] }], userData: EMPTY },
    })
  }),
  'kafka-python/11-offset-fetch-v1.hex': golden(apis.OFFSET_FETCH, 5, PYTHON_CLIENT_ID, (m) => {
    expect(m).toEqual({
      groupId: PYTHON_GROUP,
      topics: [{ name: PYTHON_TOPIC, partitionIndexes: [0] }],
      groups: [],
      requireStable: false,
    })
  }),
  'kafka-python/12-list-offsets-v1.hex': golden(apis.LIST_OFFSETS, 1, PYTHON_CLIENT_ID, (m) => {
    // auto_offset_reset='earliest': EARLIEST (-2). isolationLevel is v2+ and reads as 0.
    expect(m).toEqual({
      replicaId: -1,
      isolationLevel: 0,
      topics: [
        {
          name: PYTHON_TOPIC,
          partitions: [{ partitionIndex: 0, currentLeaderEpoch: -1, timestamp: -2n, maxNumOffsets: 1 }],
        },
      ],
    })
  }),
  'kafka-python/13-fetch-v4.hex': golden(apis.FETCH, 3, PYTHON_CLIENT_ID, (m) => {
    expect(m).toEqual({
      clusterId: null,
      replicaId: -1,
      replicaState: { replicaId: -1, replicaEpoch: -1n },
      maxWaitMs: 500,
      minBytes: 1,
      maxBytes: 52428800,
      isolationLevel: 0,
      sessionId: 0,
      sessionEpoch: -1,
      topics: [
        {
          topic: PYTHON_TOPIC,
          topicId: ZERO_UUID,
          partitions: [
            {
              partition: 0,
              currentLeaderEpoch: -1,
              fetchOffset: 0n,
              lastFetchedEpoch: -1,
              logStartOffset: -1n,
              partitionMaxBytes: 1048576,
              replicaDirectoryId: ZERO_UUID,
            },
          ],
        },
      ],
      forgottenTopicsData: [],
      rackId: '',
    })
  }),
  'kafka-python/14-heartbeat-v1.hex': golden(apis.HEARTBEAT, 6, PYTHON_CLIENT_ID, (m) => {
    expect(m).toEqual({ groupId: PYTHON_GROUP, generationId: 2, memberId: PY_MEMBER, groupInstanceId: null })
  }),
  'kafka-python/15-offset-commit-v2.hex': golden(apis.OFFSET_COMMIT, 9, PYTHON_CLIENT_ID, (m) => {
    // consumer.commit() after both records; retentionTimeMs -1 is "broker default" (v2-4).
    expect(m).toEqual({
      groupId: PYTHON_GROUP,
      generationIdOrMemberEpoch: 2,
      memberId: PY_MEMBER,
      groupInstanceId: null,
      retentionTimeMs: -1n,
      topics: [
        {
          name: PYTHON_TOPIC,
          partitions: [
            {
              partitionIndex: 0,
              committedOffset: BigInt(PYTHON_RECORDS.length),
              committedLeaderEpoch: -1,
              commitTimestamp: -1n,
              committedMetadata: '',
            },
          ],
        },
      ],
    })
  }),
  'kafka-python/16-leave-group-v1.hex': golden(apis.LEAVE_GROUP, 10, PYTHON_CLIENT_ID, (m) => {
    expect(m).toEqual({ groupId: PYTHON_GROUP, memberId: PY_MEMBER, members: [] })
  }),
}

// ---- @platformatic/kafka 1.35.0 ---------------------------------------------------------
// The only client here on flexible versions: it takes the newest version it implements
// within what the broker advertises (the fake advertises our whole stable range), so
// Produce v11, Fetch v17, Metadata v12, JoinGroup v9, OffsetCommit/OffsetFetch v9 ...
// Its `timeout` option (PLATFORMATIC_TIMEOUT_MS) is also the Produce, CreateTopics and
// InitProducerId timeout. Its defaults: maxBytes 10485760, used as the per-partition limit
// too; read_committed (1); a non-idempotent batch has producer id -1, epoch 0, sequence 0.
// The consumer ran with mode 'committed', fallbackMode 'earliest', autocommit every 500 ms.

const PL_MEMBER = fakeMemberId(PLATFORMATIC_GROUP, 1)
const PL_TOTAL = PLATFORMATIC_CODECS.length * 3 + PLATFORMATIC_IDEMPOTENT_RECORDS.length
const PLATFORMATIC_PRODUCER = { producerId: -1n, producerEpoch: 0, baseSequence: 0 }

function platformaticProduce(codec: PlatformaticCodec, correlationId: number): Golden {
  return golden(apis.PRODUCE, correlationId, PLATFORMATIC_CLIENT_ID, async (m) => {
    expect(m).toMatchObject({
      transactionalId: null,
      acks: platformaticAcks(codec),
      timeoutMs: PLATFORMATIC_TIMEOUT_MS,
    })
    const records = platformaticRecords(codec)
    await expectBatch(onlyRecords(m, PLATFORMATIC_TOPIC), { codec, records, ...PLATFORMATIC_PRODUCER })
  })
}

/**
 * Its one protocol, 'roundrobin', declared with version 1 (the client's default), but the
 * client writes only the v0 fields after the version (topics, then null user data) and no
 * v1 ownedPartitions: the bytes decode, and re-encode, as v0; read as the v1 they claim
 * to be they are truncated. A client quirk, not ours to fix, that a broker parsing
 * subscriptions must tolerate.
 */
function expectPlatformaticJoin(m: { protocols: { name: string; metadata: Buffer }[] }): void {
  expect(m.protocols.map((p) => p.name)).toEqual(['roundrobin'])
  const bytes = m.protocols[0]!.metadata
  expect(bytes.readInt16BE(0)).toBe(1)
  const r = new Reader(bytes, 2)
  const v0 = dataTypes.ConsumerProtocolSubscription.read(r, 0)
  expect(r.remaining()).toBe(0)
  expect(v0).toEqual({
    topics: [PLATFORMATIC_TOPIC],
    userData: null,
    ownedPartitions: [],
    generationId: -1,
    rackId: null,
    unknownTaggedFields: undefined,
  })
  const w = new Writer()
  w.writeInt16(1)
  dataTypes.ConsumerProtocolSubscription.write(w, v0, 0)
  expect(w.toBuffer().equals(bytes)).toBe(true)
  expect(() => dataTypes.ConsumerProtocolSubscription.read(new Reader(bytes, 2), 1)).toThrow(DecodeError)
}

const platformaticGolden: Record<string, Golden> = {
  'platformatic/01-api-versions-v3.hex': golden(apis.API_VERSIONS, 1, PLATFORMATIC_CLIENT_ID, (m) => {
    // ApiVersions v3 always (flexible body, request header v2); KIP-511 name and version.
    expect(m).toEqual({ clientSoftwareName: 'platformatic-kafka', clientSoftwareVersion: '1.35.0' })
  }),
  'platformatic/02-create-topics-v7.hex': golden(apis.CREATE_TOPICS, 2, PLATFORMATIC_CLIENT_ID, (m) => {
    // admin.createTopics({ topics: [topic], partitions: 1, replicas: 1 }).
    expect(m).toEqual({
      topics: [{ name: PLATFORMATIC_TOPIC, numPartitions: 1, replicationFactor: 1, assignments: [], configs: [] }],
      timeoutMs: PLATFORMATIC_TIMEOUT_MS,
      validateOnly: false,
    })
  }),
  'platformatic/03-metadata-v12.hex': golden(apis.METADATA, 3, PLATFORMATIC_CLIENT_ID, (m) => {
    // admin.metadata({ topics: [topic] }); autocreateTopics defaults to false. The producer's
    // and the consumer's Metadata requests were the same bytes but for the correlation id.
    expect(m).toEqual({
      topics: [{ topicId: ZERO_UUID, name: PLATFORMATIC_TOPIC }],
      allowAutoTopicCreation: false,
      includeClusterAuthorizedOperations: false,
      includeTopicAuthorizedOperations: true,
    })
  }),
  'platformatic/04-produce-v11.hex': platformaticProduce('none', 3),
  'platformatic/05-produce-v11.hex': platformaticProduce('gzip', 4),
  'platformatic/06-produce-v11.hex': platformaticProduce('snappy', 5),
  'platformatic/07-produce-v11.hex': platformaticProduce('lz4', 6),
  'platformatic/08-init-producer-id-v5.hex': golden(apis.INIT_PRODUCER_ID, 2, PLATFORMATIC_CLIENT_ID, (m) => {
    // idempotent: true. Unlike librdkafka (-1/-1, KIP-360's "no producer"), it sends producer
    // id 0 and epoch 0, and its request timeout as the transaction timeout.
    expect(m).toEqual({
      transactionalId: null,
      transactionTimeoutMs: PLATFORMATIC_TIMEOUT_MS,
      producerId: 0n,
      producerEpoch: 0,
    })
  }),
  'platformatic/09-produce-v11.hex': golden(apis.PRODUCE, 4, PLATFORMATIC_CLIENT_ID, async (m) => {
    // Idempotence forces acks=all; the batch carries the producer id our fake handed out.
    expect(m).toMatchObject({ transactionalId: null, acks: -1, timeoutMs: PLATFORMATIC_TIMEOUT_MS })
    await expectBatch(onlyRecords(m, PLATFORMATIC_TOPIC), {
      codec: 'none',
      records: PLATFORMATIC_IDEMPOTENT_RECORDS,
      producerId: FAKE_PRODUCER_ID,
      producerEpoch: FAKE_PRODUCER_EPOCH,
      baseSequence: 0,
    })
  }),
  'platformatic/10-find-coordinator-v6.hex': golden(apis.FIND_COORDINATOR, 2, PLATFORMATIC_CLIENT_ID, (m) => {
    // v4+ (KIP-699): the group goes in coordinatorKeys, the v0-3 key stays empty.
    expect(m).toEqual({ key: '', keyType: 0, coordinatorKeys: [PLATFORMATIC_GROUP] })
  }),
  'platformatic/11-join-group-v9.hex': golden(apis.JOIN_GROUP, 4, PLATFORMATIC_CLIENT_ID, (m) => {
    // sessionTimeout 10000 and rebalanceTimeout 12000 were set; the reason (v8+) is '', not null.
    expect(m).toMatchObject({
      groupId: PLATFORMATIC_GROUP,
      sessionTimeoutMs: 10000,
      rebalanceTimeoutMs: 12000,
      memberId: '',
      groupInstanceId: null,
      protocolType: 'consumer',
      reason: '',
    })
    expectPlatformaticJoin(m)
  }),
  'platformatic/12-join-group-v9.hex': golden(apis.JOIN_GROUP, 5, PLATFORMATIC_CLIENT_ID, (m) => {
    expect(m).toMatchObject({
      groupId: PLATFORMATIC_GROUP,
      sessionTimeoutMs: 10000,
      rebalanceTimeoutMs: 12000,
      memberId: PL_MEMBER,
      groupInstanceId: null,
      protocolType: 'consumer',
      reason: '',
    })
    expectPlatformaticJoin(m)
  }),
  'platformatic/13-sync-group-v5.hex': golden(apis.SYNC_GROUP, 6, PLATFORMATIC_CLIENT_ID, (m) => {
    // v5 carries the protocol type and name (KIP-559), which this client fills in.
    expect(m).toMatchObject({
      groupId: PLATFORMATIC_GROUP,
      generationId: 1,
      memberId: PL_MEMBER,
      groupInstanceId: null,
      protocolType: 'consumer',
      protocolName: 'roundrobin',
    })
    expect(m.assignments.map((a) => a.memberId)).toEqual([PL_MEMBER])
    // Its assignment is v0 with empty (not null) user data.
    expect(assignment(m.assignments[0]!.assignment)).toEqual({
      version: 0,
      message: { assignedPartitions: [{ topic: PLATFORMATIC_TOPIC, partitions: [0] }], userData: EMPTY },
    })
  }),
  'platformatic/14-list-offsets-v9.hex': golden(apis.LIST_OFFSETS, 7, PLATFORMATIC_CLIENT_ID, (m) => {
    // EARLIEST (-2) for fallbackMode 'earliest'; the current leader epoch is the fake's 0 from Metadata.
    expect(m).toEqual({
      replicaId: -1,
      isolationLevel: 1,
      topics: [
        {
          name: PLATFORMATIC_TOPIC,
          partitions: [{ partitionIndex: 0, currentLeaderEpoch: 0, timestamp: -2n, maxNumOffsets: 1 }],
        },
      ],
    })
  }),
  'platformatic/15-offset-fetch-v9.hex': golden(apis.OFFSET_FETCH, 8, PLATFORMATIC_CLIENT_ID, (m) => {
    // v8+ batches groups; v9 adds the member id and epoch (-1: a classic-protocol member).
    expect(m).toEqual({
      groupId: '',
      topics: [],
      groups: [
        {
          groupId: PLATFORMATIC_GROUP,
          memberId: PL_MEMBER,
          memberEpoch: -1,
          topics: [{ name: PLATFORMATIC_TOPIC, partitionIndexes: [0] }],
        },
      ],
      requireStable: false,
    })
  }),
  'platformatic/16-fetch-v17.hex': golden(apis.FETCH, 1, PLATFORMATIC_CLIENT_ID, (m) => {
    // First request on its own fetch connection. The topic goes by the id the fake's Metadata
    // gave it (v13+), the name is empty. Session id 0 with epoch 0 asks for a new fetch
    // session (KIP-227), where librdkafka, KafkaJS and kafka-python send epoch -1 (none).
    expect(m).toEqual({
      clusterId: null,
      replicaId: -1,
      replicaState: { replicaId: -1, replicaEpoch: -1n },
      maxWaitMs: 300,
      minBytes: 1,
      maxBytes: 10485760,
      isolationLevel: 1,
      sessionId: 0,
      sessionEpoch: 0,
      topics: [
        {
          topic: '',
          topicId: fakeTopicId(PLATFORMATIC_TOPIC),
          partitions: [
            {
              partition: 0,
              currentLeaderEpoch: -1,
              fetchOffset: 0n,
              lastFetchedEpoch: -1,
              logStartOffset: -1n,
              partitionMaxBytes: 10485760,
              replicaDirectoryId: ZERO_UUID,
            },
          ],
        },
      ],
      forgottenTopicsData: [],
      rackId: '',
    })
  }),
  'platformatic/17-heartbeat-v4.hex': golden(apis.HEARTBEAT, 9, PLATFORMATIC_CLIENT_ID, (m) => {
    expect(m).toEqual({ groupId: PLATFORMATIC_GROUP, generationId: 1, memberId: PL_MEMBER, groupInstanceId: null })
  }),
  'platformatic/18-offset-commit-v9.hex': golden(apis.OFFSET_COMMIT, 10, PLATFORMATIC_CLIENT_ID, (m) => {
    // The autocommit after every record was read: the next offset, the leader epoch from
    // Metadata (0) and null metadata, like KafkaJS.
    expect(m).toEqual({
      groupId: PLATFORMATIC_GROUP,
      generationIdOrMemberEpoch: 1,
      memberId: PL_MEMBER,
      groupInstanceId: null,
      retentionTimeMs: -1n,
      topics: [
        {
          name: PLATFORMATIC_TOPIC,
          partitions: [
            {
              partitionIndex: 0,
              committedOffset: BigInt(PL_TOTAL),
              committedLeaderEpoch: 0,
              commitTimestamp: -1n,
              committedMetadata: null,
            },
          ],
        },
      ],
    })
  }),
  'platformatic/19-leave-group-v5.hex': golden(apis.LEAVE_GROUP, 15, PLATFORMATIC_CLIENT_ID, (m) => {
    // v3+ (KIP-345) member list; the v5 reason is null here, where JoinGroup's was ''.
    expect(m).toEqual({
      groupId: PLATFORMATIC_GROUP,
      memberId: '',
      members: [{ memberId: PL_MEMBER, groupInstanceId: null, reason: null }],
    })
  }),
}

const goldens: Record<string, Golden> = { ...kcatGolden, ...kafkajsGolden, ...pythonGolden, ...platformaticGolden }

describe('golden request frames from stock clients', () => {
  it('the manifest lists exactly the fixture files, each with an expectation', () => {
    const onDisk = ['kcat', 'kafkajs', 'kafka-python', 'platformatic'].flatMap((client) =>
      readdirSync(join(FIXTURES, client)).map((f) => `${client}/${f}`),
    )
    const listed = manifest.fixtures.map((e) => e.file)
    expect([...listed].sort()).toEqual([...onDisk].sort())
    expect([...listed].sort()).toEqual(Object.keys(goldens).sort())
  })

  it('covers every codec kcat can produce with', () => {
    const produced = Object.keys(kcatGolden).filter((f) => f.includes('-produce-'))
    expect(produced.length).toBe(KCAT_CODECS.length + 1)
  })

  it('covers every codec @platformatic/kafka can produce with on Node 20, on flexible versions', () => {
    const produced = Object.keys(platformaticGolden).filter((f) => f.includes('-produce-'))
    expect(produced.length).toBe(PLATFORMATIC_CODECS.length + 1)
    const flexible = manifest.fixtures.filter(
      (e) => e.client === 'platformatic' && e.apiVersion >= apiByKey.get(e.apiKey)!.flexibleMinVersion,
    )
    expect(flexible.length).toBe(Object.keys(platformaticGolden).length)
  })

  for (const entry of manifest.fixtures) {
    it(`${entry.file} (${entry.scenario})`, async () => {
      const g = goldens[entry.file]
      expect(g, `no expectation for ${entry.file}`).toBeDefined()
      expect(g!.apiKey).toBe(entry.apiKey)
      await g!.run(frameOf(entry.file), entry)
    })
  }
})
