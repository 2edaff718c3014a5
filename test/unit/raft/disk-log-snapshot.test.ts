// Goal: snapshots on disk are Kafka's (`<offset>-<epoch>.checkpoint` files of header, data and
// footer batches), and the disk log starts at a snapshot as KIP-630 requires: the entries below
// it go, the snapshot counts as the entry at logStart - 1 for epochs, a fetched snapshot replaces
// the log, and reopening reconciles the log with the latest snapshot.
// Method: a real PartitionLog in a temp dir on a ManualClock.

import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { nodeFileSystem } from '../../../src/log/fs.js'
import { type DecodedBatch, decodeBatch } from '../../../src/protocol/records/codec.js'
import { ControlRecordType, decodeControlRecordKey } from '../../../src/protocol/records/control.js'
import { DiskRaftLog } from '../../../src/raft/disk-log.js'
import type { LogEntry } from '../../../src/raft/log.js'
import {
  completeSnapshot,
  decodeSnapshot,
  encodeSnapshot,
  listSnapshots,
  readSnapshot,
  readSnapshotChunk,
  snapshotFileName,
  writeSnapshot,
  writeSnapshotChunk,
} from '../../../src/raft/snapshot-store.js'
import { openLog, tempDir } from '../log/log-kit.js'

let root: string
let dir: string
let cleanup: () => void
beforeEach(() => {
  ;({ dir: root, cleanup } = tempDir())
  dir = join(root, '__cluster_metadata-0')
})
afterEach(() => cleanup())

const fs = nodeFileSystem
const data = (offset: number, epoch: number): LogEntry => ({
  offset: BigInt(offset),
  epoch,
  kind: 'data',
  value: Buffer.from(`v${offset}`),
})

it('names snapshot files as Kafka does and writes header, data batches and footer', async () => {
  const id = { offset: 1234n, epoch: 7 }
  expect(snapshotFileName(id)).toBe('00000000000000001234-0000000007.checkpoint')
  const records = Array.from({ length: 1500 }, (_, i) => Buffer.from(`r${i}`))
  const bytes = encodeSnapshot(id, { lastContainedLogTimestampMs: 1_700_000_000_123, records })
  const batches: DecodedBatch[] = []
  for (let position = 0; position < bytes.length; ) {
    const batch = await decodeBatch(bytes, { position })
    batches.push(batch)
    position += batch.header.sizeInBytes
  }
  expect(
    batches.map((b) => [b.header.baseOffset, b.header.lastOffset, b.header.isControl, b.header.partitionLeaderEpoch]),
  ).toEqual([
    [0n, 0n, true, 7],
    [1n, 1000n, false, 7],
    [1001n, 1500n, false, 7],
    [1501n, 1501n, true, 7],
  ])
  expect(decodeControlRecordKey(batches[0]?.records[0]?.key ?? null).type).toBe(ControlRecordType.SNAPSHOT_HEADER)
  expect(decodeControlRecordKey(batches[3]?.records[0]?.key ?? null).type).toBe(ControlRecordType.SNAPSHOT_FOOTER)
  expect(decodeSnapshot(bytes)).toEqual({ lastContainedLogTimestampMs: 1_700_000_000_123, records })
  expect(() => decodeSnapshot(bytes.subarray(0, bytes.length - batches[3]!.header.sizeInBytes))).toThrow('footer')

  fs.mkdirs(dir)
  await writeSnapshot(fs, dir, id, bytes)
  expect(readSnapshot(fs, dir, id)).toEqual(bytes)
  expect(readSnapshotChunk(fs, dir, id, 10n, 5)).toEqual({ size: BigInt(bytes.length), bytes: bytes.subarray(10, 15) })
  expect(readSnapshotChunk(fs, dir, id, BigInt(bytes.length - 3), 100).bytes).toEqual(bytes.subarray(-3))
})

it('assembles a fetched snapshot from chunks and lists only complete ones', async () => {
  fs.mkdirs(dir)
  const id = { offset: 50n, epoch: 3 }
  const bytes = encodeSnapshot(id, { lastContainedLogTimestampMs: 5, records: [Buffer.from('a'), Buffer.from('b')] })
  writeSnapshotChunk(fs, dir, id, 0n, Buffer.from('garbage from an earlier try'))
  writeSnapshotChunk(fs, dir, id, 0n, bytes.subarray(0, 40))
  writeSnapshotChunk(fs, dir, id, 40n, bytes.subarray(40))
  expect(readdirSync(dir)).toEqual(['00000000000000000050-0000000003.checkpoint.part'])
  await completeSnapshot(fs, dir, id)
  expect(readSnapshot(fs, dir, id)).toEqual(bytes)
  writeSnapshotChunk(fs, dir, { offset: 90n, epoch: 4 }, 0n, Buffer.from('partial'))
  await writeSnapshot(fs, dir, { offset: 20n, epoch: 2 }, bytes)
  expect(listSnapshots(fs, dir)).toEqual([
    { offset: 20n, epoch: 2 },
    { offset: 50n, epoch: 3 },
  ])
  expect(existsSync(join(dir, '00000000000000000090-0000000004.checkpoint.part'))).toBe(false)
})

it('deletes the entries below a snapshot; the snapshot counts as the entry before the log start', async () => {
  const { log: partition, clock } = openLog(dir)
  const log = await DiskRaftLog.open(partition, clock)
  log.append([data(0, 1), data(1, 1)])
  log.append([data(2, 2), data(3, 2)])
  log.append([data(4, 3)])
  log.setLatestSnapshot({ offset: 4n, epoch: 2 })
  log.deleteBefore(4n)
  expect(log.logStartOffset()).toBe(4n)
  expect(partition.logStartOffset).toBe(4)
  expect(log.endOffset()).toBe(5n)
  expect(log.epochAt(3n)).toBe(2)
  expect(log.read(4n, 10).map((e) => e.offset)).toEqual([4n])
  expect(log.endOffsetForEpoch(1)).toEqual({ epoch: 0, offset: 0n })
  expect(log.endOffsetForEpoch(2)).toEqual({ epoch: 2, offset: 4n })
  expect(log.endOffsetForEpoch(3)).toEqual({ epoch: 3, offset: 5n })
  log.truncateTo(4n)
  expect(log.endOffset()).toBe(4n)
  expect(log.lastEpoch()).toBe(2)
  expect(log.latestSnapshot()).toEqual({ offset: 4n, epoch: 2 })
})

it('a fetched snapshot replaces the whole log', async () => {
  const { log: partition, clock } = openLog(dir)
  const log = await DiskRaftLog.open(partition, clock)
  log.append([data(0, 1), data(1, 1)])
  log.installSnapshot({ offset: 100n, epoch: 6 })
  expect([log.logStartOffset(), log.endOffset(), log.lastEpoch()]).toEqual([100n, 100n, 6])
  expect(log.endOffsetForEpoch(6)).toEqual({ epoch: 6, offset: 100n })
  log.append([data(100, 7)])
  expect(partition.logStartOffset).toBe(100)
  expect(log.read(100n, 10).map((e) => e.offset)).toEqual([100n])
})

it('reopening cuts the log at the latest snapshot, or restarts it there when they disagree', async () => {
  {
    const { log: partition, clock } = openLog(dir)
    const log = await DiskRaftLog.open(partition, clock)
    log.append([data(0, 1), data(1, 1)])
    log.append([data(2, 2)])
    await partition.close()
  }
  {
    // The process stopped after writing a snapshot at 2 and before cutting the log.
    const { log: partition, clock } = openLog(dir)
    const log = await DiskRaftLog.open(partition, clock, { offset: 2n, epoch: 1 })
    expect([log.logStartOffset(), log.endOffset(), log.lastEpoch(), log.epochAt(1n)]).toEqual([2n, 3n, 2, 1])
    await partition.close()
  }
  {
    const { log: partition, clock } = openLog(dir, {}, { logStartOffset: 2 })
    const log = await DiskRaftLog.open(partition, clock, { offset: 2n, epoch: 1 })
    expect([log.logStartOffset(), log.endOffset()]).toEqual([2n, 3n])
    await partition.close()
  }
  {
    // A snapshot whose epoch the log does not have at its end offset (the log diverged).
    const { log: partition, clock } = openLog(dir, {}, { logStartOffset: 2 })
    const log = await DiskRaftLog.open(partition, clock, { offset: 3n, epoch: 5 })
    expect([log.logStartOffset(), log.endOffset(), log.lastEpoch()]).toEqual([3n, 3n, 5])
    await partition.close()
  }
})
