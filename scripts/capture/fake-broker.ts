// A throwaway single-node "broker" that exists only to make stock clients send
// real request frames, which capture.ts saves as golden fixtures. It records
// every frame it receives (bytes after the size prefix) and answers with our
// generated codecs just well enough for the client to go on to its next
// request: one broker (node 1, itself), every topic asked about exists with
// one partition led by node 1, produce appends batches to an in-memory list,
// fetch returns them, a group has exactly the members that joined. It is not
// a broker: no validation, no persistence, no rebalancing, no transactions.
import net from 'node:net'
import { encodeResponse, readRequestHeader } from '../../src/protocol/frame.js'
import {
  type ApiDefinition,
  ApiKey,
  apiByKey,
  apis,
  type CreateTopicsRequest,
  type FetchRequest,
  type FindCoordinatorRequest,
  type JoinGroupRequest,
  type LeaveGroupRequest,
  type ListOffsetsRequest,
  type MetadataRequest,
  type OffsetCommitRequest,
  type OffsetFetchRequest,
  type ProduceRequest,
  type SyncGroupRequest,
} from '../../src/protocol/generated/index.js'
import { readBatchHeader, setBaseOffset } from '../../src/protocol/records/index.js'
import {
  FAKE_PRODUCER_EPOCH,
  FAKE_PRODUCER_ID,
  fakeMemberId,
  fakeTopicId,
} from '../../test/protocol/golden/scenarios.js'

export interface CapturedFrame {
  readonly connection: number
  /** Position of the frame within its connection, from 0. */
  readonly sequence: number
  readonly apiKey: number
  readonly apiVersion: number
  readonly correlationId: number
  readonly clientId: string | null
  readonly frame: Buffer
}

const UNSUPPORTED_VERSION = 35
const MEMBER_ID_REQUIRED = 79
const NODE_ID = 1
const CLUSTER_ID = 'oxbow-golden-capture'

// Request + response versions our fake answers; the spec range of every API a
// client may reach for, so each client picks its own newest version.
const ADVERTISED: readonly number[] = [
  ApiKey.PRODUCE,
  ApiKey.FETCH,
  ApiKey.LIST_OFFSETS,
  ApiKey.METADATA,
  ApiKey.OFFSET_COMMIT,
  ApiKey.OFFSET_FETCH,
  ApiKey.FIND_COORDINATOR,
  ApiKey.JOIN_GROUP,
  ApiKey.HEARTBEAT,
  ApiKey.LEAVE_GROUP,
  ApiKey.SYNC_GROUP,
  ApiKey.API_VERSIONS,
  ApiKey.INIT_PRODUCER_ID,
  ApiKey.CREATE_TOPICS,
]

interface StoredBatch {
  readonly baseOffset: bigint
  readonly lastOffset: bigint
  readonly bytes: Buffer
}

interface Member {
  readonly memberId: string
  readonly groupInstanceId: string | null
  readonly protocols: { name: string; metadata: Buffer }[]
  assignment: Buffer
}

interface Group {
  generationId: number
  protocolType: string
  members: Map<string, Member>
  committed: Map<string, { offset: bigint; metadata: string | null }>
}

export class FakeBroker {
  readonly frames: CapturedFrame[] = []
  readonly log: string[] = []
  private server: net.Server | null = null
  private readonly sockets = new Set<net.Socket>()
  private connectionCount = 0
  private partitions = new Map<string, StoredBatch[]>()
  private groups = new Map<string, Group>()
  private nextMemberId = 1
  port = 0

  async start(): Promise<number> {
    const server = net.createServer((socket) => this.accept(socket))
    this.server = server
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const address = server.address()
    if (address === null || typeof address === 'string') throw new Error('no address')
    this.port = address.port
    return this.port
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy()
    const server = this.server
    if (server !== null) await new Promise<void>((resolve) => server.close(() => resolve()))
  }

  /** Forgets the frames and the data, keeps the port: one capture session per client. */
  reset(): void {
    this.frames.length = 0
    this.log.length = 0
    this.partitions = new Map()
    this.groups = new Map()
    this.nextMemberId = 1
  }

  private accept(socket: net.Socket): void {
    const connection = ++this.connectionCount
    let sequence = 0
    let pending = Buffer.alloc(0)
    this.sockets.add(socket)
    socket.on('close', () => this.sockets.delete(socket))
    socket.on('error', (err) => this.log.push(`conn ${connection}: socket error ${err.message}`))
    socket.on('data', (chunk) => {
      pending = Buffer.concat([pending, chunk])
      while (pending.length >= 4) {
        const size = pending.readInt32BE(0)
        if (pending.length < 4 + size) break
        const frame = Buffer.from(pending.subarray(4, 4 + size))
        pending = pending.subarray(4 + size)
        this.onFrame(socket, connection, sequence++, frame)
      }
    })
  }

  private onFrame(socket: net.Socket, connection: number, sequence: number, frame: Buffer): void {
    const { header, body } = readRequestHeader(frame)
    const { requestApiKey: apiKey, requestApiVersion: apiVersion, correlationId, clientId } = header
    this.frames.push({ connection, sequence, apiKey, apiVersion, correlationId, clientId, frame })
    const api = apiByKey.get(apiKey)
    const name = api?.name ?? `api${apiKey}`
    this.log.push(`conn ${connection} #${sequence} ${clientId} ${name} v${apiVersion} corr ${correlationId}`)
    if (apiKey === ApiKey.API_VERSIONS && apiVersion > apis.API_VERSIONS.maxVersion) {
      // KIP-511: a v0-shaped answer the client can read whatever it asked with.
      this.send(socket, apis.API_VERSIONS, 0, correlationId, {
        ...this.apiVersionsBody(),
        errorCode: UNSUPPORTED_VERSION,
      })
      return
    }
    if (api === undefined || !ADVERTISED.includes(apiKey)) {
      this.log.push(`conn ${connection}: unhandled ${name} v${apiVersion}, closing`)
      socket.destroy()
      return
    }
    let request: unknown
    try {
      request = api.request.read(body, apiVersion)
    } catch (err) {
      this.log.push(`conn ${connection}: DECODE FAILED ${name} v${apiVersion}: ${(err as Error).message}`)
      socket.destroy()
      return
    }
    if (body.remaining() !== 0) this.log.push(`conn ${connection}: ${body.remaining()} bytes left after ${name}`)
    const respond = (response: unknown): void => this.send(socket, api, apiVersion, correlationId, response)
    this.handle(apiKey, apiVersion, request, respond)
  }

  private send(socket: net.Socket, api: ApiDefinition, apiVersion: number, correlationId: number, body: unknown): void {
    if (socket.destroyed) return
    try {
      for (const chunk of encodeResponse(api, apiVersion, correlationId, body)) socket.write(chunk)
    } catch (err) {
      this.log.push(`ENCODE FAILED ${api.name} v${apiVersion}: ${(err as Error).stack}`)
      socket.destroy()
    }
  }

  private handle(apiKey: number, v: number, req: unknown, respond: (response: unknown) => void): void {
    switch (apiKey) {
      case ApiKey.API_VERSIONS:
        respond(this.apiVersionsBody())
        break
      case ApiKey.METADATA:
        respond(this.metadata(req as MetadataRequest, v))
        break
      case ApiKey.PRODUCE:
        this.produce(req as ProduceRequest, respond)
        break
      case ApiKey.FETCH:
        this.fetch(req as FetchRequest, v, respond)
        break
      case ApiKey.LIST_OFFSETS:
        respond(this.listOffsets(req as ListOffsetsRequest, v))
        break
      case ApiKey.FIND_COORDINATOR:
        respond(this.findCoordinator(req as FindCoordinatorRequest, v))
        break
      case ApiKey.JOIN_GROUP:
        respond(this.joinGroup(req as JoinGroupRequest, v))
        break
      case ApiKey.SYNC_GROUP:
        respond(this.syncGroup(req as SyncGroupRequest))
        break
      case ApiKey.HEARTBEAT:
        respond({ ...apis.HEARTBEAT.response.create(), errorCode: 0 })
        break
      case ApiKey.LEAVE_GROUP:
        respond(this.leaveGroup(req as LeaveGroupRequest))
        break
      case ApiKey.OFFSET_COMMIT:
        respond(this.offsetCommit(req as OffsetCommitRequest))
        break
      case ApiKey.OFFSET_FETCH:
        respond(this.offsetFetch(req as OffsetFetchRequest, v))
        break
      case ApiKey.INIT_PRODUCER_ID:
        respond({
          ...apis.INIT_PRODUCER_ID.response.create(),
          errorCode: 0,
          producerId: FAKE_PRODUCER_ID,
          producerEpoch: FAKE_PRODUCER_EPOCH,
        })
        break
      case ApiKey.CREATE_TOPICS:
        respond(this.createTopics(req as CreateTopicsRequest))
        break
    }
  }

  private apiVersionsBody() {
    const apiKeys = ADVERTISED.map((key) => {
      const api = apiByKey.get(key)
      if (api === undefined) throw new Error(`no api ${key}`)
      const maxVersion = api.latestVersionUnstable ? api.maxVersion - 1 : api.maxVersion
      return { apiKey: key, minVersion: api.minVersion, maxVersion }
    })
    return { ...apis.API_VERSIONS.response.create(), errorCode: 0, apiKeys, finalizedFeaturesEpoch: -1n }
  }

  private knownTopics(): string[] {
    return [...new Set([...this.partitions.keys()].map((k) => k.slice(0, k.lastIndexOf('/'))))]
  }

  private metadata(req: MetadataRequest, v: number) {
    const asked: string[] | null =
      req.topics === null || (v === 0 && req.topics.length === 0)
        ? null
        : req.topics.map((t: { name: string | null }) => t.name ?? '')
    const names = asked ?? this.knownTopics()
    for (const name of names) if (!this.partitions.has(`${name}/0`)) this.partitions.set(`${name}/0`, [])
    const topics = names.map((name) => ({
      errorCode: 0,
      name,
      topicId: fakeTopicId(name),
      isInternal: false,
      partitions: [
        {
          errorCode: 0,
          partitionIndex: 0,
          leaderId: NODE_ID,
          leaderEpoch: 0,
          replicaNodes: [NODE_ID],
          isrNodes: [NODE_ID],
          offlineReplicas: [],
        },
      ],
      topicAuthorizedOperations: -2147483648,
    }))
    return {
      ...apis.METADATA.response.create(),
      brokers: [{ nodeId: NODE_ID, host: '127.0.0.1', port: this.port, rack: null }],
      clusterId: CLUSTER_ID,
      controllerId: NODE_ID,
      topics,
      clusterAuthorizedOperations: -2147483648,
    }
  }

  /** Every topic has one partition whatever was asked; the answer echoes the request. */
  private createTopics(req: CreateTopicsRequest) {
    const topics = req.topics.map((t) => {
      if (!req.validateOnly) this.logOf(t.name, 0)
      return {
        name: t.name,
        topicId: fakeTopicId(t.name),
        errorCode: 0,
        errorMessage: null,
        topicConfigErrorCode: 0,
        numPartitions: 1,
        replicationFactor: 1,
        configs: [],
      }
    })
    return { ...apis.CREATE_TOPICS.response.create(), throttleTimeMs: 0, topics }
  }

  private logOf(topic: string, partition: number): StoredBatch[] {
    const key = `${topic}/${partition}`
    let log = this.partitions.get(key)
    if (log === undefined) {
      log = []
      this.partitions.set(key, log)
    }
    return log
  }

  private endOffset(log: StoredBatch[]): bigint {
    const last = log[log.length - 1]
    return last === undefined ? 0n : last.lastOffset + 1n
  }

  private produce(req: ProduceRequest, respond: (response: unknown) => void): void {
    const responses = req.topicData.map(
      (t: { name: string; partitionData: { index: number; records: Buffer | null }[] }) => ({
        name: t.name,
        partitionResponses: t.partitionData.map((p) => {
          const log = this.logOf(t.name, p.index)
          const baseOffset = this.endOffset(log)
          let next = baseOffset
          let position = 0
          const records = p.records ?? Buffer.alloc(0)
          while (position + 61 <= records.length) {
            const header = readBatchHeader(records, position)
            const bytes = Buffer.from(records.subarray(position, position + header.sizeInBytes))
            setBaseOffset(bytes, 0, next)
            log.push({ baseOffset: next, lastOffset: next + BigInt(header.lastOffsetDelta), bytes })
            next += BigInt(header.lastOffsetDelta) + 1n
            position += header.sizeInBytes
          }
          return {
            index: p.index,
            errorCode: 0,
            baseOffset,
            logAppendTimeMs: -1n,
            logStartOffset: 0n,
            recordErrors: [],
            errorMessage: null,
            currentLeader: { leaderId: -1, leaderEpoch: -1 },
          }
        }),
      }),
    )
    if (req.acks === 0) return
    respond({ ...apis.PRODUCE.response.create(), responses, throttleTimeMs: 0 })
  }

  private fetch(req: FetchRequest, v: number, respond: (response: unknown) => void): void {
    const byId = new Map(this.knownTopics().map((name) => [fakeTopicId(name).toString('hex'), name]))
    let bytes = 0
    const responses = req.topics.map((t) => {
      const name: string = v >= 13 ? (byId.get(t.topicId.toString('hex')) ?? '?') : t.topic
      return {
        topic: name,
        topicId: t.topicId,
        partitions: t.partitions.map((p) => {
          const log = this.logOf(name, p.partition)
          const batches = log.filter((b) => b.lastOffset >= p.fetchOffset).map((b) => b.bytes)
          const records = Buffer.concat(batches)
          bytes += records.length
          return {
            partitionIndex: p.partition,
            errorCode: 0,
            highWatermark: this.endOffset(log),
            lastStableOffset: this.endOffset(log),
            logStartOffset: 0n,
            divergingEpoch: { epoch: -1, endOffset: -1n },
            currentLeader: { leaderId: -1, leaderEpoch: -1 },
            snapshotId: { endOffset: -1n, epoch: -1 },
            abortedTransactions: null,
            preferredReadReplica: -1,
            records,
          }
        }),
      }
    })
    const body = { ...apis.FETCH.response.create(), throttleTimeMs: 0, errorCode: 0, sessionId: 0, responses }
    // Hold an empty answer for a while, as a real broker would, so consumers do not spin.
    if (bytes === 0) setTimeout(() => respond(body), Math.min(req.maxWaitMs, 300))
    else respond(body)
  }

  private listOffsets(req: ListOffsetsRequest, v: number) {
    const partition = {
      partitionIndex: 0,
      errorCode: 0,
      oldStyleOffsets: [],
      timestamp: -1n,
      offset: -1n,
      leaderEpoch: -1,
    }
    const topics = req.topics.map((t) => ({
      name: t.name,
      partitions: t.partitions.map((p) => {
        const end = this.endOffset(this.logOf(t.name, p.partitionIndex))
        const offset = p.timestamp === -2n ? 0n : end
        // Our encoder refuses a non-default value in a field the version lacks, as Kafka's does.
        if (v === 0) return { ...partition, partitionIndex: p.partitionIndex, errorCode: 0, oldStyleOffsets: [offset] }
        return {
          ...partition,
          partitionIndex: p.partitionIndex,
          errorCode: 0,
          timestamp: -1n,
          offset,
          leaderEpoch: v >= 4 ? 0 : -1,
        }
      }),
    }))
    return { ...apis.LIST_OFFSETS.response.create(), topics }
  }

  private findCoordinator(req: FindCoordinatorRequest, v: number) {
    const self = { nodeId: NODE_ID, host: '127.0.0.1', port: this.port, errorCode: 0, errorMessage: null }
    if (v < 4) return { ...apis.FIND_COORDINATOR.response.create(), ...self }
    const coordinators = req.coordinatorKeys.map((key: string) => ({ key, ...self }))
    return { ...apis.FIND_COORDINATOR.response.create(), coordinators }
  }

  private groupOf(groupId: string): Group {
    let group = this.groups.get(groupId)
    if (group === undefined) {
      group = { generationId: 0, protocolType: 'consumer', members: new Map(), committed: new Map() }
      this.groups.set(groupId, group)
    }
    return group
  }

  private joinGroup(req: JoinGroupRequest, v: number) {
    const base = apis.JOIN_GROUP.response.create()
    const group = this.groupOf(req.groupId)
    if (req.memberId === '' && v >= 4) {
      // KIP-394: a new member first gets its id, then joins again with it.
      const memberId = fakeMemberId(req.groupId, this.nextMemberId++)
      return { ...base, errorCode: MEMBER_ID_REQUIRED, generationId: -1, memberId, protocolName: v >= 7 ? null : '' }
    }
    const memberId = req.memberId === '' ? fakeMemberId(req.groupId, this.nextMemberId++) : req.memberId
    group.members.set(memberId, {
      memberId,
      groupInstanceId: req.groupInstanceId,
      protocols: req.protocols,
      assignment: Buffer.alloc(0),
    })
    group.generationId++
    group.protocolType = req.protocolType
    const protocolName: string = req.protocols[0]?.name ?? ''
    const leader = [...group.members.keys()][0] ?? memberId
    const members = [...group.members.values()].map((m) => ({
      memberId: m.memberId,
      groupInstanceId: m.groupInstanceId,
      metadata: m.protocols.find((p) => p.name === protocolName)?.metadata ?? Buffer.alloc(0),
    }))
    return {
      ...base,
      errorCode: 0,
      generationId: group.generationId,
      protocolType: req.protocolType,
      protocolName,
      leader,
      skipAssignment: false,
      memberId,
      members: leader === memberId ? members : [],
    }
  }

  private syncGroup(req: SyncGroupRequest) {
    const group = this.groupOf(req.groupId)
    for (const a of req.assignments as { memberId: string; assignment: Buffer }[]) {
      const member = group.members.get(a.memberId)
      if (member !== undefined) member.assignment = a.assignment
    }
    const assignment = group.members.get(req.memberId)?.assignment ?? Buffer.alloc(0)
    return {
      ...apis.SYNC_GROUP.response.create(),
      errorCode: 0,
      protocolType: req.protocolType,
      protocolName: req.protocolName,
      assignment,
    }
  }

  private leaveGroup(req: LeaveGroupRequest) {
    const group = this.groupOf(req.groupId)
    const ids: string[] =
      req.members?.length > 0 ? req.members.map((m: { memberId: string }) => m.memberId) : [req.memberId]
    for (const id of ids) group.members.delete(id)
    return {
      ...apis.LEAVE_GROUP.response.create(),
      errorCode: 0,
      members: (req.members ?? []).map((m) => ({
        memberId: m.memberId,
        groupInstanceId: m.groupInstanceId,
        errorCode: 0,
      })),
    }
  }

  private offsetCommit(req: OffsetCommitRequest) {
    const group = this.groupOf(req.groupId)
    const topics = req.topics.map((t) => ({
      name: t.name,
      partitions: t.partitions.map((p) => {
        group.committed.set(`${t.name}/${p.partitionIndex}`, {
          offset: p.committedOffset,
          metadata: p.committedMetadata,
        })
        return { partitionIndex: p.partitionIndex, errorCode: 0 }
      }),
    }))
    return { ...apis.OFFSET_COMMIT.response.create(), topics }
  }

  private offsetFetchTopics(groupId: string, asked: readonly { name: string; partitionIndexes: number[] }[] | null) {
    const group = this.groupOf(groupId)
    const wanted =
      asked ??
      [...group.committed.keys()].map((k) => ({
        name: k.slice(0, k.lastIndexOf('/')),
        partitionIndexes: [Number(k.slice(k.lastIndexOf('/') + 1))],
      }))
    return wanted.map((t: { name: string; partitionIndexes: number[] }) => ({
      name: t.name,
      partitions: t.partitionIndexes.map((partitionIndex) => {
        const c = group.committed.get(`${t.name}/${partitionIndex}`)
        return {
          partitionIndex,
          committedOffset: c?.offset ?? -1n,
          committedLeaderEpoch: -1,
          metadata: c?.metadata ?? '',
          errorCode: 0,
        }
      }),
    }))
  }

  private offsetFetch(req: OffsetFetchRequest, v: number) {
    const base = apis.OFFSET_FETCH.response.create()
    if (v < 8) return { ...base, errorCode: 0, topics: this.offsetFetchTopics(req.groupId, req.topics) }
    const groups = req.groups.map((g) => ({
      groupId: g.groupId,
      errorCode: 0,
      topics: this.offsetFetchTopics(g.groupId, g.topics),
    }))
    return { ...base, groups }
  }
}
