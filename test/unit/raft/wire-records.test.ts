// Goal: a raft Fetch response's records are Kafka record batches and decode into log entries with
// the right offsets, epochs, kinds and batch boundaries; entries without on-disk bytes are encoded
// into batches that keep the boundaries they carry.
// Method: real batches from the record batch codec (plain, gzip, control) inside a FetchResponse
// that goes through the generated codec's bytes; then encodeEntries -> batch headers -> entries.

import { describe, expect, it } from 'vitest'
import { ErrorCode } from '../../../src/protocol/errors.js'
import { fetchApi } from '../../../src/protocol/generated/apis/fetch.js'
import {
  readLeaderChangeMessage,
  writeLeaderChangeMessage,
} from '../../../src/protocol/generated/message/leader-change-message.js'
import { Reader } from '../../../src/protocol/reader.js'
import { batches, readBatchHeader } from '../../../src/protocol/records/batch.js'
import { encodeBatch } from '../../../src/protocol/records/codec.js'
import { ControlRecordType, encodeControlRecordKey } from '../../../src/protocol/records/control.js'
import { Writer } from '../../../src/protocol/writer.js'
import type { LogEntry } from '../../../src/raft/log.js'
import type { FetchResponse } from '../../../src/raft/messages.js'
import { decodeEntries, encodeEntries, fromWireFetchResponse, toWireFetchResponse } from '../../../src/raft/wire.js'

function leaderChange(leaderId: number): Buffer {
  const w = new Writer()
  writeLeaderChangeMessage(
    w,
    { version: 0, leaderId, voters: [{ voterId: 1, voterDirectoryId: Buffer.alloc(16) }], grantingVoters: [] },
    0,
  )
  return w.toBuffer()
}

const v = (s: string) => Buffer.from(s)

async function realBatches(): Promise<Buffer> {
  const a = await encodeBatch({
    baseOffset: 10n,
    partitionLeaderEpoch: 4,
    records: [
      { timestamp: 1000n, value: v('a') },
      { timestamp: 1000n, value: v('b') },
      { timestamp: 1001n, value: v('c') },
    ],
  })
  const control = await encodeBatch({
    baseOffset: 13n,
    partitionLeaderEpoch: 5,
    isControl: true,
    records: [
      { timestamp: 2000n, key: encodeControlRecordKey(ControlRecordType.LEADER_CHANGE), value: leaderChange(2) },
    ],
  })
  const gzip = await encodeBatch({
    baseOffset: 14n,
    partitionLeaderEpoch: 5,
    compression: 'gzip',
    records: [
      { timestamp: 3000n, value: v('d') },
      { timestamp: 3000n, value: v('e') },
    ],
  })
  return Buffer.concat([a, control, gzip])
}

const expected: LogEntry[] = [
  { offset: 10n, epoch: 4, kind: 'data', value: v('a') },
  { offset: 11n, epoch: 4, kind: 'data', value: v('b') },
  { offset: 12n, epoch: 4, kind: 'data', value: v('c'), lastInBatch: true },
  { offset: 13n, epoch: 5, kind: 'leader-change', value: leaderChange(2), lastInBatch: true },
  { offset: 14n, epoch: 5, kind: 'data', value: v('d') },
  { offset: 15n, epoch: 5, kind: 'data', value: v('e'), lastInBatch: true },
]

const response: FetchResponse = {
  kind: 'FetchResponse',
  correlationId: 5,
  errorCode: ErrorCode.NONE,
  highWatermark: 14n,
  currentLeader: { leaderId: 2, leaderEpoch: 5 },
  divergingEpoch: null,
  records: [],
  snapshotId: null,
}

function throughBytes(records: Buffer, version = 17) {
  const w = new Writer()
  fetchApi.response.write(w, toWireFetchResponse(response, records), version)
  return fetchApi.response.read(new Reader(w.toBuffer()), version)
}

describe('Fetch records', () => {
  it('real batches in a Fetch response decode into entries with offsets, epochs and batch ends', async () => {
    const decoded = await fromWireFetchResponse(throughBytes(await realBatches()), { correlationId: 5, version: 17 })
    expect(decoded).toEqual({ ...response, records: expected })
    expect(decoded?.records.filter((e) => e.lastInBatch === true).map((e) => e.offset)).toEqual([12n, 13n, 15n])
  })

  it('a partial batch at the end is left for the next fetch', async () => {
    const all = await realBatches()
    const entries = await decodeEntries(all.subarray(0, all.length - 5))
    expect(entries.map((e) => e.offset)).toEqual([10n, 11n, 12n, 13n])
  })

  it('a corrupt batch makes the response unusable (dropped, the core fetches again)', async () => {
    const all = Buffer.from(await realBatches())
    all[all.length - 1] = (all[all.length - 1] ?? 0) ^ 0xff
    expect(await fromWireFetchResponse(throughBytes(all), { correlationId: 5, version: 17 })).toBeNull()
  })

  it('encodeEntries ends batches at lastInBatch, at epoch changes and around leader changes', async () => {
    const entries: LogEntry[] = [
      { offset: 0n, epoch: 1, kind: 'leader-change', value: Buffer.alloc(0) },
      { offset: 1n, epoch: 1, kind: 'data', value: v('x1') },
      { offset: 2n, epoch: 1, kind: 'data', value: v('x2'), lastInBatch: true },
      { offset: 3n, epoch: 1, kind: 'data', value: v('x3') },
      { offset: 4n, epoch: 2, kind: 'leader-change', value: Buffer.alloc(0) },
      { offset: 5n, epoch: 2, kind: 'data', value: v('x5') },
      { offset: 6n, epoch: 2, kind: 'data', value: v('x6') },
    ]
    const bytes = await encodeEntries(entries, { timestampMs: 1700000000000n, leader: { leaderId: 3, leaderEpoch: 2 } })
    const headers = [...batches(bytes)].map((s) => readBatchHeader(s.bytes))
    expect(
      headers.map((h) => [h.baseOffset, h.lastOffset, h.partitionLeaderEpoch, h.isControl, h.baseTimestamp]),
    ).toEqual([
      [0n, 0n, 1, true, 1700000000000n],
      [1n, 2n, 1, false, 1700000000000n],
      [3n, 3n, 1, false, 1700000000000n],
      [4n, 4n, 2, true, 1700000000000n],
      [5n, 6n, 2, false, 1700000000000n],
    ])
    const back = await decodeEntries(bytes)
    expect(back.map((e) => [e.offset, e.epoch, e.kind, e.lastInBatch === true])).toEqual([
      [0n, 1, 'leader-change', true],
      [1n, 1, 'data', false],
      [2n, 1, 'data', true],
      [3n, 1, 'data', true],
      [4n, 2, 'leader-change', true],
      [5n, 2, 'data', false],
      [6n, 2, 'data', true],
    ])
    expect(back.slice(5).map((e) => e.value.toString())).toEqual(['x5', 'x6'])
    // The leader-change of the responder's epoch names it; an older epoch's leader is unknown here.
    expect(readLeaderChangeMessage(new Reader(back[4]!.value), 0).leaderId).toBe(3)
    expect(readLeaderChangeMessage(new Reader(back[0]!.value), 0).leaderId).toBe(-1)
  })

  it('no entries, no bytes', async () => {
    expect((await encodeEntries([], { timestampMs: 0n, leader: { leaderId: 1, leaderEpoch: 1 } })).length).toBe(0)
    expect(await decodeEntries(Buffer.alloc(0))).toEqual([])
  })
})
