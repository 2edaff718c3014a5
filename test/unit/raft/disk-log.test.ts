// Goal: the raft log on disk is a plain Kafka log (magic v2 batches, the raft epoch as the
// partition leader epoch, leader changes as LEADER_CHANGE control batches), keeps batch boundaries
// through append, read, truncation and reopening, copies a leader's batches byte for byte, and
// loads what the single-voter MetadataLog wrote as epoch-1 data.
// Method: a real PartitionLog in a temp dir on a ManualClock; bytes read back with the records codec.

import { afterEach, beforeEach, expect, it } from 'vitest'
import type { PartitionLog } from '../../../src/log/partition-log.js'
import {
  readLeaderChangeMessage,
  writeLeaderChangeMessage,
} from '../../../src/protocol/generated/message/leader-change-message.js'
import { Reader } from '../../../src/protocol/reader.js'
import { decodeBatch, encodeBatch } from '../../../src/protocol/records/codec.js'
import { ControlRecordType, decodeControlRecordKey } from '../../../src/protocol/records/control.js'
import { Writer } from '../../../src/protocol/writer.js'
import { DiskRaftLog, decodeRaftBatches } from '../../../src/raft/disk-log.js'
import type { LogEntry } from '../../../src/raft/log.js'
import { AssertionError } from '../../../src/util/assert.js'
import type { ManualClock } from '../../../src/util/clock.js'
import { openLog, tempDir } from '../log/log-kit.js'

let root: string
let cleanup: () => void
beforeEach(() => {
  ;({ dir: root, cleanup } = tempDir())
})
afterEach(() => cleanup())

const T0 = 1_700_000_000_000

function data(offset: number, epoch: number, value = `v${offset}`, lastInBatch?: boolean): LogEntry {
  return { offset: BigInt(offset), epoch, kind: 'data', value: Buffer.from(value), lastInBatch }
}

function leaderChange(offset: number, epoch: number, leaderId = 1): LogEntry {
  const w = new Writer()
  const voter = (voterId: number) => ({ voterId, voterDirectoryId: Buffer.alloc(16) })
  writeLeaderChangeMessage(w, { version: 0, leaderId, voters: [1, 2, 3].map(voter), grantingVoters: [voter(1)] }, 0)
  return { offset: BigInt(offset), epoch, kind: 'leader-change', value: w.toBuffer() }
}

async function open(
  dir = `${root}/__cluster_metadata-0`,
): Promise<{ log: DiskRaftLog; partition: PartitionLog; clock: ManualClock }> {
  const { log: partition, clock } = openLog(dir)
  return { log: await DiskRaftLog.open(partition, clock), partition, clock }
}

async function diskBatches(partition: PartitionLog) {
  const read = partition.read({
    fetchOffset: 0,
    maxBytes: 1 << 20,
    maxOffset: partition.logEndOffset,
    minOneBatch: true,
  })
  if (!read.ok) throw new Error('read failed')
  const out = []
  for (let position = 0; position < read.records.length; ) {
    const batch = await decodeBatch(read.records, { position })
    out.push(batch)
    position += batch.header.sizeInBytes
  }
  return out
}

const shape = (entries: readonly LogEntry[]) =>
  entries.map(
    (e) => `${e.offset}@${e.epoch}${e.kind === 'data' ? `:${e.value.toString()}` : ':LC'}${e.lastInBatch ? '|' : ''}`,
  )

it('writes a propose as one magic v2 batch with the epoch as partition leader epoch, and a leader change as a control batch', async () => {
  const { log, partition } = await open()
  log.append([leaderChange(0, 3)])
  log.append([data(1, 3, 'a'), data(2, 3, 'b'), data(3, 3, 'c')])
  const batches = await diskBatches(partition)
  expect(batches.map((b) => [b.header.baseOffset, b.header.lastOffset, b.header.partitionLeaderEpoch])).toEqual([
    [0n, 0n, 3],
    [1n, 3n, 3],
  ])
  const [control, plain] = batches
  expect(control?.header.isControl).toBe(true)
  expect(control?.header.compression).toBe(0)
  expect(control?.records).toHaveLength(1)
  expect(decodeControlRecordKey(control?.records[0]?.key ?? null)).toEqual({
    version: 0,
    type: ControlRecordType.LEADER_CHANGE,
  })
  const message = readLeaderChangeMessage(new Reader(control?.records[0]?.value as Buffer), 0)
  expect(message.version).toBe(0)
  expect(message.leaderId).toBe(1)
  expect(message.voters.map((v) => v.voterId)).toEqual([1, 2, 3])
  expect(message.grantingVoters.map((v) => v.voterId)).toEqual([1])
  expect(plain?.header.isControl).toBe(false)
  expect(plain?.header.producerId).toBe(-1n)
  expect(plain?.header.maxTimestamp).toBe(BigInt(T0))
  expect(plain?.records.map((r) => [r.offset, r.key, r.value?.toString()])).toEqual([
    [1n, null, 'a'],
    [2n, null, 'b'],
    [3n, null, 'c'],
  ])
})

it('splits batches after lastInBatch and where the epoch or the kind changes; reads whole batches only', async () => {
  const { log } = await open()
  log.append([leaderChange(0, 1), data(1, 1), data(2, 1, 'v2', true), data(3, 1), data(4, 2), data(5, 2)])
  expect(shape(log.read(0n, 100))).toEqual(['0@1:LC|', '1@1:v1', '2@1:v2|', '3@1:v3|', '4@2:v4', '5@2:v5|'])
  // At least one whole batch even past maxEntries, and never a partial one.
  expect(shape(log.read(1n, 1))).toEqual(['1@1:v1', '2@1:v2|'])
  expect(shape(log.read(1n, 3))).toEqual(['1@1:v1', '2@1:v2|', '3@1:v3|'])
  expect(shape(log.read(4n, 1))).toEqual(['4@2:v4', '5@2:v5|'])
  expect(log.read(6n, 10)).toEqual([])
  expect(log.endOffset()).toBe(6n)
  expect(log.lastEpoch()).toBe(2)
  expect(log.epochAt(3n)).toBe(1)
  expect(log.epochAt(4n)).toBe(2)
  expect(log.endOffsetForEpoch(0)).toEqual({ epoch: 0, offset: 0n })
  expect(log.endOffsetForEpoch(1)).toEqual({ epoch: 1, offset: 4n })
  expect(log.endOffsetForEpoch(2)).toEqual({ epoch: 2, offset: 6n })
  expect(log.endOffsetForEpoch(7)).toEqual({ epoch: 2, offset: 6n })
})

it('truncates at batch boundaries only, on disk and in the index, and appends after', async () => {
  const { log, partition } = await open()
  log.append([leaderChange(0, 1), data(1, 1), data(2, 1)])
  log.append([leaderChange(3, 2), data(4, 2), data(5, 2)])
  expect(() => log.truncateTo(5n)).toThrow(AssertionError)
  log.truncateTo(3n)
  expect(partition.logEndOffset).toBe(3)
  expect(log.endOffset()).toBe(3n)
  expect(log.lastEpoch()).toBe(1)
  expect(log.endOffsetForEpoch(2)).toEqual({ epoch: 1, offset: 3n })
  log.append([leaderChange(3, 4), data(4, 4, 'x')])
  expect(shape(log.read(0n, 100))).toEqual(['0@1:LC|', '1@1:v1', '2@1:v2|', '3@4:LC|', '4@4:x|'])
  expect(() => log.append([data(6, 4)])).toThrow(AssertionError)
  expect(() => log.append([data(5, 3)])).toThrow(AssertionError)
})

it('reopens with the same entries, epochs and batch boundaries', async () => {
  const dir = `${root}/__cluster_metadata-0`
  const first = await open(dir)
  first.log.append([leaderChange(0, 2), data(1, 2), data(2, 2)])
  first.log.append([data(3, 2, 'z')])
  const before = first.log.read(0n, 100)
  await first.partition.close()
  const second = await open(dir)
  expect(shape(second.log.read(0n, 100))).toEqual(shape(before))
  expect(second.log.read(0n, 100).map((e) => e.value)).toEqual(before.map((e) => e.value))
  expect(second.log.batchAt(2n)).toMatchObject({
    baseOffset: 1n,
    lastOffset: 2n,
    epoch: 2,
    kind: 'data',
    timestampMs: T0,
  })
})

it('loads batches written by the single-voter MetadataLog (epoch 1, no leader change) as epoch-1 data', async () => {
  const dir = `${root}/__cluster_metadata-0`
  const { log: partition } = openLog(dir)
  for (const values of [['r0', 'r1'], ['r2']]) {
    const records = values.map((v) => ({ timestamp: BigInt(T0), key: null, value: Buffer.from(v) }))
    partition.appendAsLeader(await encodeBatch({ records }), 1)
  }
  await partition.close()
  const { log } = await open(dir)
  expect(shape(log.read(0n, 100))).toEqual(['0@1:r0', '1@1:r1|', '2@1:r2|'])
  expect(log.lastEpoch()).toBe(1)
  expect(log.endOffsetForEpoch(1)).toEqual({ epoch: 1, offset: 3n })
})

it('a follower writes the bytes its leader read from disk, unchanged, and its index matches', async () => {
  const leader = await open(`${root}/leader/__cluster_metadata-0`)
  leader.log.append([leaderChange(0, 5), data(1, 5), data(2, 5)])
  leader.clock.advance(10)
  leader.log.append([data(3, 5, 'later')])
  const { entries, bytes } = leader.log.readBatches(0n, 100)
  expect(entries.map((e) => e.offset)).toEqual([0n, 1n, 2n, 3n])
  const size0 = leader.log.batchAt(0n).sizeInBytes
  const size1 = leader.log.batchAt(1n).sizeInBytes
  expect(leader.log.readBatchBytes(1n, 3n)).toEqual(bytes.subarray(size0, size0 + size1))

  const follower = await open(`${root}/follower/__cluster_metadata-0`)
  follower.clock.advance(1000)
  const received = decodeRaftBatches(bytes)
  expect(shape(received)).toEqual(shape(entries))
  follower.log.append(received)
  expect(follower.log.readBatchBytes(0n, 4n)).toEqual(bytes)
  expect(follower.log.batchAt(3n).timestampMs).toBe(T0 + 10)
  expect(shape(follower.log.read(0n, 100))).toEqual(shape(entries))

  // Entries handed over in memory (no bytes) keep their batch's timestamp too.
  const copy = await open(`${root}/copy/__cluster_metadata-0`)
  copy.clock.advance(5000)
  copy.log.append(leader.log.read(0n, 100))
  expect(copy.log.readBatchBytes(0n, 4n)).toEqual(bytes)
})
