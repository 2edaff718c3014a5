// The `__cluster_metadata` log as the rest of the node sees it: metadata records committed by the
// KRaft quorum (src/raft/driver.ts), replayed in log order into an immutable MetadataImage that
// request handlers read, on every node (voters and observers alike). Only the active controller
// (the quorum leader, once everything before its epoch is replayed) writes: `write(decide)` runs
// the decision on the latest image, proposes its records as one batch and resolves after the
// batch is committed and replayed. Writes are serialised, so each decision sees every earlier
// one; a decision runs without awaiting, so nothing changes under it.
//
// A snapshot from the quorum (at start when the log begins at one, or when a follower too far
// behind loads its leader's) replaces the image: its records are replayed on the empty image
// (metadata/snapshot.ts), and the listeners get the result like any new image, so a broker
// reconciles its logs against it (topics deleted meanwhile go, new ones come).
import { EMPTY_IMAGE, type MetadataImage } from '../metadata/image.js'
import { decodeMetadataRecord, encodeMetadataRecord, type MetadataRecord } from '../metadata/records.js'
import { replay } from '../metadata/replay.js'
import { imageFromSnapshot } from '../metadata/snapshot.js'
import { type CommittedBatch, METADATA_TOPIC, NotLeaderError, type RaftDriver } from '../raft/driver.js'

export { METADATA_TOPIC }

export type WritableRecord = Exclude<MetadataRecord, { type: 'other' }>

export interface Decision<T> {
  readonly records: readonly WritableRecord[]
  readonly result: T
}

/** A write reached a node that is not the active controller (or stopped being it before commit). */
export class NotControllerError extends Error {
  constructor(readonly activeControllerId: number | null) {
    super(`not the active controller (active: ${activeControllerId ?? 'none'})`)
  }
}

export class MetadataLog {
  private current: MetadataImage = EMPTY_IMAGE
  private queue: Promise<unknown> = Promise.resolve()
  private readonly listeners = new Set<(image: MetadataImage) => void>()
  private readonly unsubscribe: () => void

  private constructor(readonly quorum: RaftDriver) {
    this.unsubscribe = quorum.onCommit((batch) => this.apply(batch))
  }

  /** Follows the quorum's committed batches, starting with those already committed. */
  static open(quorum: RaftDriver): MetadataLog {
    return new MetadataLog(quorum)
  }

  private apply(batch: CommittedBatch): void {
    const records = batch.records.map((value) => decodeMetadataRecord(value))
    const lastOffset = Number(batch.lastOffset)
    this.current =
      batch.snapshot === true ? imageFromSnapshot(records, lastOffset) : replay(this.current, records, lastOffset)
    for (const listener of this.listeners) listener(this.current)
  }

  get image(): MetadataImage {
    return this.current
  }

  /** Whether this node is the active controller (the quorum leader, ready to decide). */
  isActiveController(): boolean {
    const leader = this.quorum.leader()
    return leader.isLocal && leader.ready
  }

  /** The node id of the active controller, or null while there is none (an election is running). */
  activeControllerId(): number | null {
    return this.quorum.leader().leaderId
  }

  /** Called with every new image, after it is current. */
  onImage(listener: (image: MetadataImage) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /**
   * Runs `decide` on the latest image, proposes the records it returns as one batch, and resolves
   * with its result once they are committed and replayed. A decision with no records commits
   * nothing. Rejects with NotControllerError on a node that is not the active controller.
   */
  write<T>(decide: (image: MetadataImage) => Decision<T>): Promise<T> {
    const run = async (): Promise<T> => {
      if (!this.isActiveController()) throw new NotControllerError(this.activeControllerId())
      const { records, result } = decide(this.current)
      if (records.length === 0) return result
      try {
        await this.quorum.propose(records.map((record) => encodeMetadataRecord(record)))
      } catch (err) {
        // Leadership lost before the commit: the outcome is unknown, as Kafka's NOT_CONTROLLER says.
        if (err instanceof NotLeaderError) throw new NotControllerError(this.activeControllerId())
        throw err
      }
      return result
    }
    const next = this.queue.then(run, run)
    this.queue = next.catch(() => undefined)
    return next
  }

  close(): void {
    this.unsubscribe()
    this.listeners.clear()
  }
}
