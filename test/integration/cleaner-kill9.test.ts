// Goal: `kill -9` at any moment of a log cleaner round (reading, writing `.cleaned` files, the
// `.cleaned` -> `.swap` -> final renames, the checkpoint) loses nothing: the log reopens, and
// reading it from offset 0 gives every key's latest record at its original offset.
// Method: a child process (fixtures/cleaner-writer.ts) alternates appending chunks of keyed
// updates and tombstones to a compacted log with 4 KiB segments (acknowledging each record on
// stdout) and running cleaner rounds; the test SIGKILLs it after a random delay, reopens the
// log with hadCleanShutdown: false and checks, then starts the next round in the same
// directory (the next child recovers and goes on cleaning).
// Invariants checked after every kill:
//   - the log opens; record offsets strictly increase from 0;
//   - the last record of each key is the latest acknowledged one (value, or null for a
//     tombstone: delete.retention.ms is a day, so every tombstone is kept), at its offset;
//   - past the last acknowledged offset there is at most one batch (the one being appended
//     when killed), whose records then count as the latest of their keys;
//   - no `.cleaned` / `.swap` file is left after the open;
//   - the next child reports the log end the test saw.
// Random choices come from a seeded Prng; the seed is printed (SEED=n replays the schedule,
// though not the kill instants).
import { type ChildProcess, spawn } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { nodeFileSystem } from '../../src/log/fs.js'
import { DEFAULT_LOG_CONFIG } from '../../src/log/log-config.js'
import { PartitionLog } from '../../src/log/partition-log.js'
import { decodeBatch } from '../../src/protocol/records/codec.js'
import { systemClock } from '../../src/util/clock.js'
import { Prng } from '../../src/util/prng.js'
import { tempDir } from '../unit/log/log-kit.js'

const WRITER = fileURLToPath(new URL('./fixtures/cleaner-writer.ts', import.meta.url))
const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url))
const SEGMENT_BYTES = 4096
const ROUNDS = 10
/** As in the writer: a day, so every tombstone stays. */
const DELETE_RETENTION_MS = 24 * 3_600_000

interface Latest {
  readonly offset: number
  readonly value: string | null
}

interface RoundResult {
  readonly ready: number
  readonly puts: number
  readonly lastPut: number
  readonly cleans: number
  readonly cleaned: number
  readonly lastLine: string
}

/** Runs one writer, SIGKILLs it `afterMs` after it reported ready, folds its puts into `expected`. */
async function runWriter(
  root: string,
  seed: number,
  round: number,
  afterMs: number,
  expected: Map<string, Latest>,
): Promise<RoundResult> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', WRITER, root, String(seed), String(round), String(SEGMENT_BYTES)],
    { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  )
  let stderr = ''
  child.stderr?.on('data', (d: Buffer) => {
    stderr += d.toString()
  })
  let ready = -1
  let puts = 0
  let lastPut = -1
  let cleans = 0
  let cleaned = 0
  let lastLine = ''
  let killed = false
  let timer: NodeJS.Timeout | undefined
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on('close', (code, signal) => resolve({ code, signal }))
  })
  const lines = createInterface({ input: child.stdout! })
  lines.on('line', (line) => {
    const [kind, a, b, c] = line.split(' ')
    if (kind !== 'put') lastLine = line
    if (kind === 'ready') {
      ready = Number(a)
      timer = setTimeout(() => {
        killed = true
        child.kill('SIGKILL')
      }, afterMs)
    } else if (kind === 'put') {
      puts++
      lastPut = Number(a)
      expected.set(b!, { offset: lastPut, value: c === '~' ? null : c! })
    } else if (kind === 'clean') {
      cleans++
      if (b === 'true') cleaned++
    }
  })
  const { code, signal } = await exited
  clearTimeout(timer)
  if (!killed || signal !== 'SIGKILL')
    throw new Error(`writer exited by itself (code ${code}, signal ${signal}): ${stderr}`)
  return { ready, puts, lastPut, cleans, cleaned, lastLine }
}

interface Verdict {
  readonly problems: string[]
  readonly logEndOffset: number
  readonly records: number
  readonly segments: number
  readonly inFlight: number
}

/** Reopens `c-0` as after a crash and checks it against `expected` (updated with an in-flight batch). */
async function verifyLog(partitionDir: string, expected: Map<string, Latest>, lastAcked: number): Promise<Verdict> {
  const problems: string[] = []
  const log = PartitionLog.open({
    fs: nodeFileSystem,
    dir: partitionDir,
    config: {
      ...DEFAULT_LOG_CONFIG,
      cleanupPolicy: ['compact'],
      segmentBytes: SEGMENT_BYTES,
      deleteRetentionMs: DELETE_RETENTION_MS,
    },
    clock: systemClock,
    hadCleanShutdown: false,
  })
  try {
    const leftovers = readdirSync(partitionDir).filter((n) => n.endsWith('.cleaned') || n.endsWith('.swap'))
    if (leftovers.length > 0) problems.push(`left after open: ${leftovers.join(', ')}`)
    const found = new Map<string, Latest>()
    let previous = -1
    let records = 0
    const tailBatches = new Set<number>()
    let fetchOffset = log.logStartOffset
    while (fetchOffset < log.logEndOffset) {
      const read = log.read({ fetchOffset, maxBytes: 1 << 20, maxOffset: Number.MAX_SAFE_INTEGER, minOneBatch: true })
      if (!read.ok || read.records.length === 0) {
        problems.push(`read at ${fetchOffset} returned ${read.ok ? 'nothing' : read.error} below logEndOffset`)
        break
      }
      let next = fetchOffset
      for (let p = 0; p < read.records.length; ) {
        const size = 12 + read.records.readInt32BE(p + 8)
        const { header, records: batchRecords } = await decodeBatch(read.records.subarray(p, p + size))
        p += size
        next = Math.max(next, Number(header.lastOffset) + 1)
        for (const r of batchRecords) {
          const offset = Number(r.offset)
          if (offset < fetchOffset) continue
          if (offset <= previous) problems.push(`offset ${offset} follows ${previous}`)
          previous = offset
          records++
          const key = r.key?.toString() ?? '<null>'
          const value = r.value === null ? null : r.value.toString()
          found.set(key, { offset, value })
          if (offset > lastAcked) {
            // The batch being appended when the writer was killed: now part of the log.
            tailBatches.add(Number(header.baseOffset))
            expected.set(key, { offset, value })
          }
        }
      }
      if (next <= fetchOffset) {
        problems.push(`read at ${fetchOffset} made no progress`)
        break
      }
      fetchOffset = next
    }
    if (tailBatches.size > 1) problems.push(`${tailBatches.size} batches past the last ack (at most 1 was in flight)`)
    for (const [key, want] of expected) {
      const got = found.get(key)
      if (got === undefined) problems.push(`key ${key}: latest ${JSON.stringify(want)} missing`)
      else if (got.offset !== want.offset || got.value !== want.value) {
        problems.push(`key ${key}: expected ${JSON.stringify(want)}, the log's last is ${JSON.stringify(got)}`)
      }
    }
    for (const key of found.keys()) if (!expected.has(key)) problems.push(`key ${key} was never written`)
    return {
      problems,
      logEndOffset: log.logEndOffset,
      records,
      segments: log.segmentCount,
      inFlight: tailBatches.size,
    }
  } finally {
    await log.close()
  }
}

let root: string
let cleanup: () => void
beforeEach(() => {
  ;({ dir: root, cleanup } = tempDir())
})
afterEach(() => cleanup())

describe('log cleaner under kill -9', () => {
  it(`loses no latest value across ${ROUNDS} SIGKILLs of a writing-and-cleaning process`, async () => {
    const seed = process.env.SEED !== undefined ? Number(process.env.SEED) : Math.floor(Math.random() * 2 ** 32)
    const prng = new Prng(seed)
    const expected = new Map<string, Latest>()
    const history: string[] = []
    let logEndOffset = 0
    let lastAcked = -1
    let totalCleaned = 0
    /** Rounds whose kill left `.cleaned` or `.swap` files (a clean in progress). */
    let killsMidSwap = 0
    /** Rounds whose kill left `.swap` files (inside PartitionLog.replaceSegments). */
    let killsInSwap = 0
    try {
      for (let round = 0; round < ROUNDS; round++) {
        const afterMs = 30 + prng.nextInt(700)
        const result = await runWriter(root, prng.nextU32(), round, afterMs, expected)
        const stat = `round ${round}: killed ${afterMs} ms after ready at ${result.ready}, ${result.puts} puts, ${result.cleaned}/${result.cleans} cleaning rounds, last line '${result.lastLine}'`
        history.push(stat)
        expect(result.ready, `${stat}: the writer recovered to a different log end`).toBe(logEndOffset)
        totalCleaned += result.cleaned
        if (result.lastPut >= 0) lastAcked = result.lastPut
        const left = readdirSync(join(root, 'c-0')).filter((n) => n.endsWith('.cleaned') || n.endsWith('.swap'))
        if (left.length > 0) killsMidSwap++
        const swaps = left.filter((n) => n.endsWith('.swap')).length
        if (swaps > 0) killsInSwap++
        history[history.length - 1] += `; the kill left ${left.length - swaps} .cleaned and ${swaps} .swap files`
        const verdict = await verifyLog(join(root, 'c-0'), expected, lastAcked)
        expect(verdict.problems, stat).toEqual([])
        history[history.length - 1] +=
          `; reopened: logEndOffset ${verdict.logEndOffset}, ${verdict.records} records in ${verdict.segments} segments, ${verdict.inFlight} in-flight batch kept`
        logEndOffset = verdict.logEndOffset
        if (verdict.inFlight > 0) lastAcked = logEndOffset - 1
      }
      expect(totalCleaned).toBeGreaterThan(ROUNDS)
      expect([...expected.values()].some((l) => l.value === null)).toBe(true)
    } catch (err) {
      if (err instanceof Error) err.message = `SEED=${seed}\n${history.join('\n')}\n${err.message}`
      throw err
    }
    console.log(
      `SEED=${seed}, ${killsMidSwap} kills left .cleaned/.swap files, ${killsInSwap} of them .swap files\n${history.join('\n')}`,
    )
  }, 30_000)
})
