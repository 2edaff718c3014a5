// Broker registration, heartbeats and fencing as Kafka 3.9's controller
// decides them (ClusterControlManager.registerBroker,
// ReplicationControlManager.processBrokerHeartbeat, BrokerHeartbeatManager),
// pure: each decision takes the image, the active controller's in-memory
// sessions (last heartbeat per broker, kept by broker/controller-heartbeats.ts)
// and the time, and returns records, the answer, and the session to store.
//
// A broker's states, as the controller sees them (BrokerControlState):
//   FENCED               registered (fenced=true) or fenced since; leads nothing,
//                        in no ISR. Unfenced by a heartbeat whose
//                        currentMetadataOffset reached its RegisterBrokerRecord
//                        (and that wants neither fence nor shutdown).
//   UNFENCED             may lead and join ISRs. Fenced when it asks (wantFence),
//                        or when its session expires (no heartbeat for
//                        broker.session.timeout.ms): fenceStaleBrokers.
//   CONTROLLED_SHUTDOWN  asked to shut down while leading something: out of every
//                        ISR, its leaderships moved; may shut down once it leads
//                        nothing and every active broker's metadata offset has
//                        passed the batch that started it.
//   SHUTDOWN_NOW         answer only (shouldShutDown): the broker is fenced.
// Fencing writes the partition changes first, then the FenceBrokerRecord;
// unfencing writes the UnfenceBrokerRecord first, then elects leaders for
// leaderless partitions whose ISR holds it (Kafka's order).
//
// brokerEpoch: a new registration's epoch is the offset its RegisterBrokerRecord
// will get, so the caller passes `nextOffset`, the metadata log's next write
// offset (Kafka's offsetControl.nextWriteOffset(); the record is the first of
// its batch). It is not image.offset + 1 in general: the quorum's
// leader-change batches take offsets and are not replayed.
//
// Error codes are Kafka's: a heartbeat from an unregistered broker is
// STALE_BROKER_EPOCH, as QuorumController answers ("Receive a heartbeat from
// broker N before registration"). Records: fencing and unfencing are written
// as FenceBrokerRecord / UnfenceBrokerRecord (Kafka before metadata.version
// 3.3-IV3; later ones write BrokerRegistrationChangeRecord, which replay
// takes too); controlled shutdown is a BrokerRegistrationChangeRecord.
// Deviations: a new incarnation of a broker whose old one was unfenced has
// the old one's ISR places and leaderships taken in the same batch (so no
// partition is led by a fenced registration), and `localBrokerId` below.
import { ErrorCode } from '../../protocol/errors.js'
import type { MetadataImage } from '../image.js'
import { isActiveBroker } from '../image.js'
import { NO_LEADER, replay } from '../replay.js'
import type { ControllerRecord } from './configs.js'
import { leaderAndIsrUpdates } from './partition-election.js'

/** broker.session.timeout.ms default. */
export const DEFAULT_BROKER_SESSION_TIMEOUT_MS = 9000
/** broker.heartbeat.interval.ms default. */
export const DEFAULT_BROKER_HEARTBEAT_INTERVAL_MS = 2000
/** The feature that names the metadata version. */
export const METADATA_VERSION_FEATURE = 'metadata.version'
/** MetadataVersion.MINIMUM_KRAFT_VERSION (3.0-IV1): assumed for a broker that names no metadata.version range. */
const MINIMUM_KRAFT_METADATA_VERSION = 1

/** What the active controller remembers of a broker between heartbeats (BrokerHeartbeatState). */
export interface BrokerSession {
  readonly lastContactMs: number
  /** The broker's last reported currentMetadataOffset; -1 before its first heartbeat. */
  readonly metadataOffset: number
}

export type BrokerSessions = ReadonlyMap<number, BrokerSession>

/** Kafka's hasValidSession: unfenced and heard from within the session timeout. */
export function hasValidSession(
  image: MetadataImage,
  sessions: BrokerSessions,
  brokerId: number,
  nowMs: number,
  sessionTimeoutMs: number,
): boolean {
  const broker = image.brokers.get(brokerId)
  const session = sessions.get(brokerId)
  if (broker === undefined || broker.fenced || session === undefined) return false
  return session.lastContactMs + sessionTimeoutMs >= nowMs
}

// ---------------------------------------------------------------- registration

export interface BrokerRegistrationInput {
  readonly brokerId: number
  readonly clusterId: string
  readonly incarnationId: Buffer
  readonly listeners: readonly { name: string; host: string; port: number; securityProtocol: number }[]
  readonly features: readonly { name: string; minSupportedVersion: number; maxSupportedVersion: number }[]
  readonly rack: string | null
}

export interface RegistrationContext {
  readonly clusterId: string
  /** The offset the first record written will get (the new broker epoch). */
  readonly nextOffset: number
  readonly nowMs: number
  readonly sessions: BrokerSessions
  readonly sessionTimeoutMs: number
  /**
   * The node id of the deciding controller's own process, in combined mode. A registration for
   * that id comes from this very process, so an older incarnation is dead whatever its session
   * says: it is replaced at once instead of after the session timeout (Kafka waits; a combined
   * node restarted after kill -9 would otherwise wait broker.session.timeout.ms).
   */
  readonly localBrokerId?: number
}

export interface RegistrationDecision {
  readonly records: ControllerRecord[]
  readonly errorCode: number
  readonly errorMessage: string | null
  /** -1 on error. */
  readonly brokerEpoch: bigint
  /** The session to store for the broker (Kafka's heartbeatManager.register touches it). */
  readonly session: BrokerSession | null
}

export function registerBroker(
  image: MetadataImage,
  request: BrokerRegistrationInput,
  context: RegistrationContext,
): RegistrationDecision {
  const fail = (errorCode: number, errorMessage: string): RegistrationDecision => ({
    records: [],
    errorCode,
    errorMessage,
    brokerEpoch: -1n,
    session: null,
  })
  if (request.clusterId !== context.clusterId) {
    return fail(
      ErrorCode.INCONSISTENT_CLUSTER_ID,
      `Expected cluster ID ${context.clusterId}, but got cluster ID ${request.clusterId}`,
    )
  }
  const existing = image.brokers.get(request.brokerId)
  const sameIncarnation = existing?.incarnationId?.equals(request.incarnationId) === true
  if (
    existing !== undefined &&
    !sameIncarnation &&
    request.brokerId !== context.localBrokerId &&
    hasValidSession(image, context.sessions, request.brokerId, context.nowMs, context.sessionTimeoutMs)
  ) {
    return fail(ErrorCode.DUPLICATE_BROKER_REGISTRATION, 'Another broker is registered with that broker id.')
  }
  const features = request.features.map((f) => ({
    name: f.name,
    minSupportedVersion: f.minSupportedVersion,
    maxSupportedVersion: f.maxSupportedVersion,
  }))
  if (!features.some((f) => f.name === METADATA_VERSION_FEATURE)) {
    features.push({
      name: METADATA_VERSION_FEATURE,
      minSupportedVersion: MINIMUM_KRAFT_METADATA_VERSION,
      maxSupportedVersion: MINIMUM_KRAFT_METADATA_VERSION,
    })
  }
  for (const f of features) {
    const finalized = image.features.get(f.name)
    if (finalized !== undefined && (finalized < f.minSupportedVersion || finalized > f.maxSupportedVersion)) {
      return fail(
        ErrorCode.UNSUPPORTED_VERSION,
        `Unable to register because the broker does not support version ${finalized} of ${f.name}. It wants a version between ${f.minSupportedVersion} and ${f.maxSupportedVersion}, inclusive.`,
      )
    }
  }
  const endPoints = request.listeners.map((l) => ({
    name: l.name,
    host: l.host,
    port: l.port,
    securityProtocol: l.securityProtocol,
  }))
  const session = { lastContactMs: context.nowMs, metadataOffset: -1 }
  if (existing !== undefined && sameIncarnation) {
    // The same process asking again (a lost answer, a controller failover): its epoch and state stay.
    const brokerEpoch = existing.brokerEpoch ?? -1n
    const unchanged =
      existing.rack === request.rack &&
      sameJson(existing.endpoints, endPoints) &&
      sameJson(existing.supportedFeatures ?? [], features)
    const previous = context.sessions.get(request.brokerId)
    const kept = previous === undefined ? session : { ...previous, lastContactMs: context.nowMs }
    if (unchanged) return { records: [], errorCode: ErrorCode.NONE, errorMessage: null, brokerEpoch, session: kept }
    return {
      records: [
        registerRecord(
          request,
          endPoints,
          features,
          brokerEpoch,
          existing.fenced,
          existing.inControlledShutdown === true,
        ),
      ],
      errorCode: ErrorCode.NONE,
      errorMessage: null,
      brokerEpoch,
      session: kept,
    }
  }
  const brokerEpoch = BigInt(context.nextOffset)
  const records = [registerRecord(request, endPoints, features, brokerEpoch, true, false)]
  if (existing !== undefined && !existing.fenced) {
    // The old incarnation died without being fenced (its session expired between sweeps): the new
    // one starts fenced, so the old one's leaderships and ISR places go in the same batch.
    records.push(
      ...leaderAndIsrUpdates(image, {
        brokerToRemove: request.brokerId,
        brokerToAdd: NO_LEADER,
        partitions: (p) => p.isr.includes(request.brokerId) || p.leader === request.brokerId,
      }),
    )
  }
  return {
    records,
    errorCode: ErrorCode.NONE,
    errorMessage: null,
    brokerEpoch,
    session,
  }
}

function registerRecord(
  request: BrokerRegistrationInput,
  endPoints: { name: string; host: string; port: number; securityProtocol: number }[],
  features: { name: string; minSupportedVersion: number; maxSupportedVersion: number }[],
  brokerEpoch: bigint,
  fenced: boolean,
  inControlledShutdown: boolean,
): ControllerRecord {
  return {
    type: 'RegisterBrokerRecord',
    data: {
      brokerId: request.brokerId,
      isMigratingZkBroker: false,
      incarnationId: request.incarnationId,
      brokerEpoch,
      endPoints,
      features,
      rack: request.rack,
      fenced,
      inControlledShutdown,
      logDirs: [],
    },
  }
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

// ---------------------------------------------------------------- heartbeats

export interface HeartbeatInput {
  readonly brokerId: number
  readonly brokerEpoch: bigint
  readonly currentMetadataOffset: bigint
  readonly wantFence: boolean
  readonly wantShutDown: boolean
}

export interface HeartbeatContext {
  readonly nowMs: number
  readonly sessions: BrokerSessions
  /** The topic-less default of unclean.leader.election.enable (server.properties); Kafka's is false. */
  readonly uncleanLeaderElectionEnable?: boolean
}

export interface HeartbeatDecision {
  readonly records: ControllerRecord[]
  readonly errorCode: number
  readonly errorMessage: string | null
  readonly isCaughtUp: boolean
  readonly isFenced: boolean
  readonly inControlledShutdown: boolean
  readonly shouldShutDown: boolean
  readonly session: BrokerSession | null
}

type ControlState = 'FENCED' | 'UNFENCED' | 'CONTROLLED_SHUTDOWN' | 'SHUTDOWN_NOW'

export function brokerHeartbeat(
  image: MetadataImage,
  request: HeartbeatInput,
  context: HeartbeatContext,
): HeartbeatDecision {
  const broker = image.brokers.get(request.brokerId)
  if (broker === undefined) {
    return heartbeatError(`Receive a heartbeat from broker ${request.brokerId} before registration`)
  }
  const epoch = broker.brokerEpoch ?? -1n
  if (epoch !== request.brokerEpoch) {
    return heartbeatError(`Expected broker epoch ${epoch}, but got broker epoch ${request.brokerEpoch}`)
  }
  const brokerId = request.brokerId
  const registrationOffset = broker.registrationOffset ?? -1
  const metadataOffset = Number(request.currentMetadataOffset)
  const current: ControlState =
    broker.inControlledShutdown === true && !broker.fenced
      ? 'CONTROLLED_SHUTDOWN'
      : broker.fenced
        ? 'FENCED'
        : 'UNFENCED'
  const hasLeaderships = () => leadsAnything(image, brokerId)
  let next: ControlState
  switch (current) {
    case 'FENCED':
      if (request.wantShutDown) next = 'SHUTDOWN_NOW'
      else if (!request.wantFence && metadataOffset >= registrationOffset) next = 'UNFENCED'
      else next = 'FENCED'
      break
    case 'UNFENCED':
      if (request.wantFence) next = request.wantShutDown ? 'SHUTDOWN_NOW' : 'FENCED'
      else if (request.wantShutDown) next = hasLeaderships() ? 'CONTROLLED_SHUTDOWN' : 'SHUTDOWN_NOW'
      else next = 'UNFENCED'
      break
    case 'CONTROLLED_SHUTDOWN': {
      const shutdownOffset = broker.controlledShutdownOffset ?? -1
      next =
        !hasLeaderships() && shutdownOffset <= lowestActiveOffset(image, context.sessions, brokerId)
          ? 'SHUTDOWN_NOW'
          : 'CONTROLLED_SHUTDOWN'
      break
    }
  }
  const records: ControllerRecord[] = []
  const unclean = context.uncleanLeaderElectionEnable ?? false
  if (next !== current) {
    switch (next) {
      case 'FENCED':
      case 'SHUTDOWN_NOW':
        if (!broker.fenced) records.push(...fenceRecords(image, brokerId, epoch, unclean))
        break
      case 'UNFENCED':
        records.push(...unfenceRecords(image, brokerId, epoch, unclean))
        break
      case 'CONTROLLED_SHUTDOWN':
        records.push(
          {
            type: 'BrokerRegistrationChangeRecord',
            data: { brokerId, brokerEpoch: epoch, fenced: 0, inControlledShutdown: 1, logDirs: [] },
          },
          ...leaderAndIsrUpdates(image, {
            brokerToRemove: brokerId,
            brokerToAdd: NO_LEADER,
            partitions: (p) => p.isr.includes(brokerId),
            uncleanLeaderElectionEnable: unclean,
          }),
        )
        break
      default:
        break
    }
  }
  return {
    records,
    errorCode: ErrorCode.NONE,
    errorMessage: null,
    isCaughtUp: metadataOffset >= registrationOffset,
    isFenced: next === 'FENCED' || next === 'SHUTDOWN_NOW',
    inControlledShutdown: next === 'CONTROLLED_SHUTDOWN',
    shouldShutDown: next === 'SHUTDOWN_NOW',
    session: { lastContactMs: context.nowMs, metadataOffset },
  }
}

function heartbeatError(message: string): HeartbeatDecision {
  return {
    records: [],
    errorCode: ErrorCode.STALE_BROKER_EPOCH,
    errorMessage: message,
    isCaughtUp: false,
    isFenced: true,
    inControlledShutdown: false,
    shouldShutDown: false,
    session: null,
  }
}

function leadsAnything(image: MetadataImage, brokerId: number): boolean {
  for (const topic of image.topicsByName.values()) {
    if (topic.partitions.some((p) => p.leader === brokerId)) return true
  }
  return false
}

/** The lowest metadata offset any other active broker has reported (Kafka's lowestActiveOffset); +inf when none. */
function lowestActiveOffset(image: MetadataImage, sessions: BrokerSessions, except: number): number {
  let lowest = Number.POSITIVE_INFINITY
  for (const broker of image.brokers.values()) {
    if (broker.nodeId === except || !isActiveBroker(image, broker.nodeId)) continue
    lowest = Math.min(lowest, sessions.get(broker.nodeId)?.metadataOffset ?? -1)
  }
  return lowest
}

/** Kafka's handleBrokerFenced: out of every ISR, leaderships re-elected, then the fence record. */
export function fenceRecords(
  image: MetadataImage,
  brokerId: number,
  brokerEpoch: bigint,
  uncleanLeaderElectionEnable = false,
): ControllerRecord[] {
  return [
    ...leaderAndIsrUpdates(image, {
      brokerToRemove: brokerId,
      brokerToAdd: NO_LEADER,
      partitions: (p) => p.isr.includes(brokerId) || p.leader === brokerId,
      uncleanLeaderElectionEnable,
    }),
    { type: 'FenceBrokerRecord', data: { id: brokerId, epoch: brokerEpoch } },
  ]
}

/** Kafka's handleBrokerUnfenced: the unfence record, then leaders for partitions that have none. */
export function unfenceRecords(
  image: MetadataImage,
  brokerId: number,
  brokerEpoch: bigint,
  uncleanLeaderElectionEnable = false,
): ControllerRecord[] {
  return [
    { type: 'UnfenceBrokerRecord', data: { id: brokerId, epoch: brokerEpoch } },
    ...leaderAndIsrUpdates(image, {
      brokerToRemove: NO_LEADER,
      brokerToAdd: brokerId,
      partitions: (p) => p.leader === NO_LEADER,
      uncleanLeaderElectionEnable,
    }),
  ]
}

// ---------------------------------------------------------------- session expiry

export interface FenceStaleContext {
  readonly nowMs: number
  readonly sessions: BrokerSessions
  readonly sessionTimeoutMs: number
  readonly uncleanLeaderElectionEnable?: boolean
}

/**
 * Kafka's maybeFenceOneStaleBroker, for every stale broker at once: each unfenced broker whose
 * last heartbeat is older than the session timeout (or that has no session) is fenced. Brokers are
 * taken by id and each decision sees the partitions as the previous ones left them.
 */
export function fenceStaleBrokers(
  image: MetadataImage,
  context: FenceStaleContext,
): { records: ControllerRecord[]; fenced: number[] } {
  const records: ControllerRecord[] = []
  const fenced: number[] = []
  let scratch = image
  const ids = [...image.brokers.keys()].sort((a, b) => a - b)
  for (const id of ids) {
    const broker = scratch.brokers.get(id)
    if (broker === undefined || broker.fenced) continue
    if (hasValidSession(scratch, context.sessions, id, context.nowMs, context.sessionTimeoutMs)) continue
    const fence = fenceRecords(scratch, id, broker.brokerEpoch ?? -1n, context.uncleanLeaderElectionEnable)
    records.push(...fence)
    fenced.push(id)
    scratch = replay(scratch, fence, scratch.offset)
  }
  return { records, fenced }
}
