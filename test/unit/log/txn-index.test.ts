// Goal: the `.txnindex` has Kafka's byte layout (34-byte AbortedTxn entries), survives reopening,
// drops a torn tail, is truncated with the log and deleted with its segment, is rebuilt when
// recovery rescans a segment, and collectAbortedTransactions answers as Kafka's collectAbortedTxns.
// Method: exact bytes for one entry; a real PartitionLog in a temp dir fed transactional batches
// and markers directly (no coordinator), then reopened with and without a clean shutdown.
import { existsSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { nodeFileSystem } from '../../../src/log/fs.js'
import { segmentFileName } from '../../../src/log/segment.js'
import { ABORTED_TXN_SIZE, decodeAbortedTxns, encodeAbortedTxn, TransactionIndex } from '../../../src/log/txn-index.js'
import { batch, openLog, tempDir } from './log-kit.js'
import { appendMarker, appendTxn } from './txn-kit.js'

let cleanup: (() => void) | null = null
afterEach(() => {
  cleanup?.()
  cleanup = null
})
function dir(): string {
  const t = tempDir()
  cleanup = t.cleanup
  return t.dir
}

describe('AbortedTxn bytes', () => {
  it('is version, producerId, firstOffset, lastOffset, lastStableOffset big-endian', () => {
    const bytes = encodeAbortedTxn({ producerId: 0x0102030405, firstOffset: 7, lastOffset: 300, lastStableOffset: 301 })
    expect(bytes.length).toBe(ABORTED_TXN_SIZE)
    expect(bytes.toString('hex')).toBe(
      '0000' + '0000000102030405' + '0000000000000007' + '000000000000012c' + '000000000000012d',
    )
    expect(decodeAbortedTxns(Buffer.concat([bytes, bytes.subarray(0, 10)]))).toEqual([
      { producerId: 0x0102030405, firstOffset: 7, lastOffset: 300, lastStableOffset: 301 },
    ])
  })

  it('drops a torn tail when opened and appends after it', () => {
    const d = dir()
    const path = join(d, 'x.txnindex')
    const one = encodeAbortedTxn({ producerId: 1, firstOffset: 0, lastOffset: 2, lastStableOffset: 3 })
    writeFileSync(path, Buffer.concat([one, one.subarray(0, 5)]))
    const index = TransactionIndex.open(nodeFileSystem, path)
    expect(index.entryCount).toBe(1)
    index.append({ producerId: 2, firstOffset: 4, lastOffset: 6, lastStableOffset: 7 })
    index.close()
    expect(readFileSync(path).length).toBe(2 * ABORTED_TXN_SIZE)
  })
})

describe('the log’s .txnindex', () => {
  it('gets one entry per ABORT, none per COMMIT, with the LSO after the marker', async () => {
    const d = dir()
    const { log } = openLog(d)
    await appendTxn(log, 1, 0, 2) // 0-1
    await appendTxn(log, 2, 0) // 2
    await appendMarker(log, 1, 'ABORT') // 3: producer 2 still open from 2
    await appendMarker(log, 2, 'COMMIT') // 4
    await appendTxn(log, 1, 2) // 5
    await appendMarker(log, 1, 'ABORT') // 6: nothing open
    expect(log.collectAbortedTransactions(0, 7)).toEqual([
      { producerId: 1, firstOffset: 0, lastOffset: 3, lastStableOffset: 2 },
      { producerId: 1, firstOffset: 5, lastOffset: 6, lastStableOffset: 7 },
    ])
    await log.close()
    const bytes = readFileSync(join(d, segmentFileName(0, '.txnindex')))
    expect(decodeAbortedTxns(bytes)).toHaveLength(2)
    expect(bytes.length).toBe(68)
    const reopened = openLog(d).log
    expect(reopened.collectAbortedTransactions(0, 7)).toHaveLength(2)
    await reopened.close()
  })

  it('collects only entries overlapping [fetchOffset, upperBound) and stops once complete', async () => {
    const d = dir()
    const { log } = openLog(d)
    await appendTxn(log, 1, 0) // 0
    await appendMarker(log, 1, 'ABORT') // 1
    await appendTxn(log, 1, 1) // 2
    await appendMarker(log, 1, 'ABORT') // 3
    log.roll()
    await appendTxn(log, 1, 2) // 4
    await appendMarker(log, 1, 'ABORT') // 5
    expect(log.collectAbortedTransactions(2, 3).map((t) => t.firstOffset)).toEqual([2])
    expect(log.collectAbortedTransactions(1, 5).map((t) => t.firstOffset)).toEqual([0, 2, 4])
    expect(log.collectAbortedTransactions(4, 6).map((t) => t.firstOffset)).toEqual([4])
    expect(log.collectAbortedTransactions(0, 1).map((t) => t.firstOffset)).toEqual([0])
    await log.close()
  })

  it('is truncated with the log and deleted with its segment', async () => {
    const d = dir()
    const { log } = openLog(d)
    await appendTxn(log, 1, 0) // 0
    await appendMarker(log, 1, 'ABORT') // 1
    await appendTxn(log, 1, 1) // 2
    await appendMarker(log, 1, 'ABORT') // 3
    log.truncateTo(3)
    expect(log.collectAbortedTransactions(0, 10).map((t) => t.lastOffset)).toEqual([1])
    expect(log.lastStableOffset).toBe(log.highWatermark)
    log.updateHighWatermark(3)
    expect(log.firstUnstableOffset).toBe(2)
    expect(log.lastStableOffset).toBe(2)
    log.truncateFullyAndStartAt(10)
    expect(existsSync(join(d, segmentFileName(0, '.txnindex')))).toBe(false)
    expect(log.collectAbortedTransactions(10, 20)).toEqual([])
    log.closeFiles()
  })

  it('goes with its segment when retention deletes it', async () => {
    const d = dir()
    const { log } = openLog(d, { retentionBytes: 1 })
    await appendTxn(log, 1, 0) // 0
    await appendMarker(log, 1, 'ABORT') // 1
    log.roll()
    log.appendAsLeader(await batch(), 0) // 2
    log.updateHighWatermark(log.logEndOffset)
    const removed = log.deleteOldSegments()
    expect(removed.map((path) => path.slice(d.length + 1))).toContain('00000000000000000000.txnindex.deleted')
    expect(log.collectAbortedTransactions(2, 3)).toEqual([])
    await log.close()
  })

  it('is rebuilt by recovery after an unclean shutdown', async () => {
    const d = dir()
    const { log } = openLog(d)
    log.appendAsLeader(await batch(), 0) // 0
    await appendTxn(log, 7, 0) // 1
    await appendMarker(log, 7, 'ABORT') // 2
    log.roll()
    await appendTxn(log, 8, 0) // 3
    await appendTxn(log, 9, 0) // 4
    await appendMarker(log, 8, 'ABORT') // 5
    const expected = log.collectAbortedTransactions(0, 100)
    expect(expected).toEqual([
      { producerId: 7, firstOffset: 1, lastOffset: 2, lastStableOffset: 3 },
      { producerId: 8, firstOffset: 3, lastOffset: 5, lastStableOffset: 4 },
    ])
    log.closeFiles()
    for (const name of readdirSync(d))
      if (name.endsWith('.txnindex') || name.endsWith('.snapshot')) unlinkSync(join(d, name))
    const reopened = openLog(d, {}, { hadCleanShutdown: false, recoveryPoint: 0 }).log
    expect(reopened.collectAbortedTransactions(0, 100)).toEqual(expected)
    reopened.updateHighWatermark(reopened.logEndOffset)
    expect(reopened.lastStableOffset).toBe(4)
    await reopened.close()
  })
})
