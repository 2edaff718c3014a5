// The `__cluster_metadata` log of a single-voter quorum: metadata records
// are appended as record batches, fsynced (which is the commit), and then
// replayed into a new MetadataImage that request handlers read. Writes are
// serialised: a controller decision sees the image every earlier write
// produced, and runs without awaiting (so nothing changes under it). The
// Raft issue replaces the "commit on fsync" step; the shape stays.
import type { LogManager } from '../log/log-manager.js'
import type { PartitionLog } from '../log/partition-log.js'
import { EMPTY_IMAGE, type MetadataImage } from '../metadata/image.js'
import { decodeMetadataRecord, encodeMetadataRecord, type MetadataRecord } from '../metadata/records.js'
import { replay } from '../metadata/replay.js'
import { decodeBatch, encodeBatch } from '../protocol/records/codec.js'
import type { Clock } from '../util/clock.js'

export const METADATA_TOPIC = '__cluster_metadata'
const METADATA_EPOCH = 1

export type WritableRecord = Exclude<MetadataRecord, { type: 'other' }>

export interface Decision<T> {
  readonly records: readonly WritableRecord[]
  readonly result: T
}

export class MetadataLog {
  private current: MetadataImage = EMPTY_IMAGE
  private queue: Promise<unknown> = Promise.resolve()
  private readonly listeners = new Set<(image: MetadataImage) => void>()

  private constructor(
    private readonly log: PartitionLog,
    private readonly clock: Clock,
    private readonly nodeId: number,
  ) {}

  /** Opens the log and replays it into the first image. */
  static async open(logs: LogManager, clock: Clock, nodeId = 1): Promise<MetadataLog> {
    const log = logs.getOrCreateLog({ topic: METADATA_TOPIC, partition: 0 })
    const metadata = new MetadataLog(log, clock, nodeId)
    await metadata.replayAll()
    log.updateHighWatermark(log.logEndOffset)
    return metadata
  }

  private async replayAll(): Promise<void> {
    let offset = this.log.logStartOffset
    while (offset < this.log.logEndOffset) {
      const read = this.log.read({
        fetchOffset: offset,
        maxBytes: 1 << 20,
        maxOffset: this.log.logEndOffset,
        minOneBatch: true,
      })
      if (!read.ok || read.records.length === 0) break
      for (let position = 0; position < read.records.length; ) {
        const batch = await decodeBatch(read.records, { position })
        const records = batch.records.map((r) => decodeMetadataRecord(r.value ?? Buffer.alloc(0)))
        const lastOffset = Number(batch.header.lastOffset)
        this.current = replay(this.current, records, lastOffset)
        offset = lastOffset + 1
        position += batch.header.sizeInBytes
      }
    }
  }

  get image(): MetadataImage {
    return this.current
  }

  /** Whether this node is the active controller (the quorum leader, ready to decide). */
  isActiveController(): boolean {
    return true
  }

  /** The node id of the active controller, or null while there is none (an election is running). */
  activeControllerId(): number | null {
    return this.nodeId
  }

  /** Called with every new image, after it is current. */
  onImage(listener: (image: MetadataImage) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /**
   * Runs `decide` on the latest image, appends and commits the records it
   * returns, publishes the new image, and resolves with its result. A
   * decision with no records commits nothing.
   */
  write<T>(decide: (image: MetadataImage) => Decision<T>): Promise<T> {
    const run = async (): Promise<T> => {
      const { records, result } = decide(this.current)
      if (records.length === 0) return result
      const now = BigInt(this.clock.wallMs())
      const batch = await encodeBatch({
        records: records.map((record) => ({ timestamp: now, key: null, value: encodeMetadataRecord(record) })),
      })
      const appended = this.log.appendAsLeader(batch, METADATA_EPOCH)
      await this.log.flush()
      this.log.updateHighWatermark(this.log.logEndOffset)
      this.current = replay(this.current, records, appended.lastOffset)
      for (const listener of this.listeners) listener(this.current)
      return result
    }
    const next = this.queue.then(run, run)
    this.queue = next.catch(() => undefined)
    return next
  }
}
