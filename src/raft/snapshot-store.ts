// Metadata snapshots on disk (KIP-630), as Kafka's `raft/.../Snapshots.java` and
// `RecordsSnapshotWriter.java` keep them in the metadata partition's directory.
//
// Naming: `<end offset, 20 digits>-<epoch, 10 digits>.checkpoint`, where (end offset, epoch) is the
// snapshot id: the snapshot holds the state of every committed entry below the end offset, and
// epoch is the epoch of the last of them. A snapshot being fetched from the leader is written to
// `<name>.checkpoint.part` chunk by chunk and renamed once complete and fsynced.
//
// Contents: record batches, uncompressed, every batch's partition leader epoch = the snapshot
// epoch, offsets from 0: a control batch with one SnapshotHeaderRecord (control type 3: version 0,
// lastContainedLogTimestamp), data batches (each record's value is one state record, key null),
// and a control batch with one SnapshotFooterRecord (control type 4: version 0).
//
// Crash safety: a `.checkpoint` file is only ever created by renaming a fsynced `.part` (then the
// directory is fsynced), so every `.checkpoint` is whole. Leftover `.part` files are deleted at
// open; `.checkpoint.deleted` ones PartitionLog.open deletes (it removes `*.deleted`).

import { join } from 'node:path'
import type { FileSystem } from '../log/fs.js'
import {
  readSnapshotFooterRecord,
  writeSnapshotFooterRecord,
} from '../protocol/generated/message/snapshot-footer-record.js'
import {
  readSnapshotHeaderRecord,
  writeSnapshotHeaderRecord,
} from '../protocol/generated/message/snapshot-header-record.js'
import { Reader } from '../protocol/reader.js'
import { CompressionType, RECORDS_OFFSET, validateBatch } from '../protocol/records/batch.js'
import { decodeRecords } from '../protocol/records/codec.js'
import { ControlRecordType, decodeControlRecordKey, encodeControlRecordKey } from '../protocol/records/control.js'
import { DecodeError } from '../protocol/records/decode-error.js'
import { Writer } from '../protocol/writer.js'
import { encodeUncompressedBatch } from './disk-log.js'
import type { OffsetAndEpoch } from './log.js'

export const SNAPSHOT_SUFFIX = '.checkpoint'
export const PARTIAL_SUFFIX = `${SNAPSHOT_SUFFIX}.part`
/** Records per data batch in a snapshot file. */
const RECORDS_PER_BATCH = 1000
const NAME = /^(\d{20})-(\d{10})\.checkpoint$/

export interface SnapshotContents {
  /** The append time of the last log entry the snapshot covers (SnapshotHeaderRecord). */
  readonly lastContainedLogTimestampMs: number
  /** The state records, in order. */
  readonly records: readonly Buffer[]
}

export function snapshotFileName(id: OffsetAndEpoch): string {
  return `${id.offset.toString().padStart(20, '0')}-${id.epoch.toString().padStart(10, '0')}${SNAPSHOT_SUFFIX}`
}

/** The complete snapshots in `dir`, oldest first; partial ones are deleted. */
export function listSnapshots(fs: FileSystem, dir: string): OffsetAndEpoch[] {
  const ids: OffsetAndEpoch[] = []
  for (const name of fs.list(dir)) {
    if (name.endsWith(PARTIAL_SUFFIX)) {
      fs.unlink(join(dir, name))
      continue
    }
    const match = NAME.exec(name)
    if (match !== null) ids.push({ offset: BigInt(match[1] as string), epoch: Number(match[2]) })
  }
  return ids.sort((a, b) => (a.offset === b.offset ? a.epoch - b.epoch : a.offset < b.offset ? -1 : 1))
}

export function encodeSnapshot(id: OffsetAndEpoch, contents: SnapshotContents): Buffer {
  const timestampMs = contents.lastContainedLogTimestampMs
  const header = new Writer()
  writeSnapshotHeaderRecord(header, { version: 0, lastContainedLogTimestamp: BigInt(timestampMs) }, 0)
  const footer = new Writer()
  writeSnapshotFooterRecord(footer, { version: 0 }, 0)
  const batch = (baseOffset: number, control: boolean, records: { key: Buffer | null; value: Buffer }[]) =>
    encodeUncompressedBatch({ baseOffset: BigInt(baseOffset), epoch: id.epoch, timestampMs, control, records })
  const parts = [
    batch(0, true, [{ key: encodeControlRecordKey(ControlRecordType.SNAPSHOT_HEADER), value: header.toBuffer() }]),
  ]
  let offset = 1
  for (let i = 0; i < contents.records.length; i += RECORDS_PER_BATCH) {
    const slice = contents.records.slice(i, i + RECORDS_PER_BATCH)
    parts.push(
      batch(
        offset,
        false,
        slice.map((value) => ({ key: null, value })),
      ),
    )
    offset += slice.length
  }
  parts.push(
    batch(offset, true, [{ key: encodeControlRecordKey(ControlRecordType.SNAPSHOT_FOOTER), value: footer.toBuffer() }]),
  )
  return Buffer.concat(parts)
}

/** Decodes a whole snapshot file; throws DecodeError unless it is header, data, footer. */
export function decodeSnapshot(bytes: Buffer): SnapshotContents {
  let timestampMs: number | null = null
  let footer = false
  const records: Buffer[] = []
  for (let position = 0; position < bytes.length; ) {
    const v = validateBatch(bytes, position, { mode: 'log' })
    if (!v.ok) throw new DecodeError(`snapshot batch at byte ${position}: ${v.kind}`, v.errorName)
    const header = v.header
    if (header.compression !== CompressionType.none) throw new DecodeError('compressed snapshot batch')
    if (footer) throw new DecodeError('snapshot batch after the footer')
    const decoded = decodeRecords(bytes.subarray(position + RECORDS_OFFSET, position + header.sizeInBytes), header)
    if (header.isControl) {
      for (const record of decoded) {
        const { type } = decodeControlRecordKey(record.key)
        const value = new Reader(record.value ?? Buffer.alloc(0))
        if (type === ControlRecordType.SNAPSHOT_HEADER && timestampMs === null) {
          timestampMs = Number(readSnapshotHeaderRecord(value, 0).lastContainedLogTimestamp)
        } else if (type === ControlRecordType.SNAPSHOT_FOOTER && timestampMs !== null) {
          readSnapshotFooterRecord(value, 0)
          footer = true
        } else if (type === ControlRecordType.SNAPSHOT_HEADER || type === ControlRecordType.SNAPSHOT_FOOTER) {
          throw new DecodeError(`snapshot control record ${type} out of place`)
        }
        // Other control records (KRaft version, voters) carry nothing we replay.
      }
    } else {
      if (timestampMs === null) throw new DecodeError('snapshot data before the header')
      for (const record of decoded) records.push(Buffer.from(record.value ?? Buffer.alloc(0)))
    }
    position += header.sizeInBytes
  }
  if (timestampMs === null || !footer) throw new DecodeError('snapshot without header or footer')
  return { lastContainedLogTimestampMs: timestampMs, records }
}

/** Writes a complete snapshot: a temporary `.part`, fsync, rename, fsync the directory. */
export async function writeSnapshot(fs: FileSystem, dir: string, id: OffsetAndEpoch, bytes: Buffer): Promise<void> {
  const temp = await writeSnapshotTemp(fs, dir, id, bytes)
  fs.rename(temp, join(dir, snapshotFileName(id)))
  await fs.syncDir(dir)
}

/**
 * A locally made snapshot, written and fsynced under its own partial name (Kafka's createTempFile),
 * never the one a fetch of the same snapshot writes to. Rename it into place with
 * `renameSnapshotTemp`, then fsync the directory.
 */
export async function writeSnapshotTemp(
  fs: FileSystem,
  dir: string,
  id: OffsetAndEpoch,
  bytes: Buffer,
): Promise<string> {
  const temp = join(dir, `${snapshotFileName(id).slice(0, -SNAPSHOT_SUFFIX.length)}-local${PARTIAL_SUFFIX}`)
  const file = fs.open(temp, 'create')
  try {
    file.truncate(0)
    file.write(bytes, 0)
    await file.sync()
  } finally {
    file.close()
  }
  return temp
}

export function renameSnapshotTemp(fs: FileSystem, dir: string, id: OffsetAndEpoch, temp: string): void {
  fs.rename(temp, join(dir, snapshotFileName(id)))
}

export function deleteSnapshotTemp(fs: FileSystem, temp: string): void {
  if (fs.exists(temp)) fs.unlink(temp)
}

/** A fetched chunk at `position` of the partial file; position 0 starts the file anew. */
export function writeSnapshotChunk(
  fs: FileSystem,
  dir: string,
  id: OffsetAndEpoch,
  position: bigint,
  bytes: Buffer,
): void {
  const file = fs.open(join(dir, `${snapshotFileName(id)}.part`), 'create')
  try {
    if (position === 0n) file.truncate(0)
    file.write(bytes, Number(position))
  } finally {
    file.close()
  }
}

/** fsyncs the partial file and renames it into place, durably. */
export async function completeSnapshot(fs: FileSystem, dir: string, id: OffsetAndEpoch): Promise<void> {
  const partial = join(dir, `${snapshotFileName(id)}.part`)
  const file = fs.open(partial, 'readwrite')
  try {
    await file.sync()
  } finally {
    file.close()
  }
  fs.rename(partial, join(dir, snapshotFileName(id)))
  await fs.syncDir(dir)
}

export function readSnapshot(fs: FileSystem, dir: string, id: OffsetAndEpoch): Buffer {
  return fs.readFile(join(dir, snapshotFileName(id)))
}

/** Up to maxBytes of the snapshot from position on, and its size (FetchSnapshot's UnalignedRecords). */
export function readSnapshotChunk(
  fs: FileSystem,
  dir: string,
  id: OffsetAndEpoch,
  position: bigint,
  maxBytes: number,
): { size: bigint; bytes: Buffer } {
  const file = fs.open(join(dir, snapshotFileName(id)), 'read')
  try {
    const size = file.size()
    const length = Math.max(0, Math.min(maxBytes, size - Number(position)))
    const bytes = Buffer.alloc(length)
    const read = file.read(bytes, 0, length, Number(position))
    return { size: BigInt(size), bytes: bytes.subarray(0, read) }
  } finally {
    file.close()
  }
}

export function deleteSnapshot(fs: FileSystem, dir: string, id: OffsetAndEpoch): void {
  const path = join(dir, snapshotFileName(id))
  if (fs.exists(path)) fs.unlink(path)
}
