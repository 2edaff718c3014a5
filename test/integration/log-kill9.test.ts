// Goal: an append that returned survives `kill -9` of the process, and
// recovery after it leaves a log that is whole, contiguous and continues at
// its end. Method: a child process (fixtures/log-writer.ts) appends batches of
// 100 B-64 KiB to a PartitionLog with 256 KiB segments (so kills land in
// writes, index updates and rolls) and acknowledges each one on stdout with
// its offsets and the sha1 of its bytes; the test SIGKILLs it after a random
// number of acks or a random delay, reopens the log with hadCleanShutdown:
// false and checks, then starts the next round in the same directory.
// Invariants checked after every kill:
//   - every acknowledged batch is present at exactly its offsets with identical bytes;
//   - offsets are contiguous from 0 and logEndOffset follows the last batch;
//   - past the last ack there is at most one batch (the one being written when
//     killed), whole and valid, holding the next sequence number, or nothing;
//   - the raw .log files, scanned and CRC-checked independently of read(),
//     hold exactly the batches read() returns;
//   - the next append (the next child's, or the test's after the last round)
//     gets logEndOffset as its first offset.
// Random choices come from a seeded Prng; a failure prints SEED=n (rerun with
// SEED=n to replay the same kill schedule, though not the same kill instants).
import { type ChildProcess, spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, statSync, truncateSync } from 'node:fs'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { nodeFileSystem } from '../../src/log/fs.js'
import { DEFAULT_LOG_CONFIG } from '../../src/log/log-config.js'
import { PartitionLog } from '../../src/log/partition-log.js'
import { LOG_OVERHEAD, nextBatch, readBatchHeader, validateBatch } from '../../src/protocol/records/batch.js'
import { decodeBatch, encodeBatch } from '../../src/protocol/records/codec.js'
import { systemClock } from '../../src/util/clock.js'
import { Prng } from '../../src/util/prng.js'
import { tempDir } from '../unit/log/log-kit.js'

const WRITER = fileURLToPath(new URL('./fixtures/log-writer.ts', import.meta.url))
const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url))
const SEGMENT_BYTES = 256 * 1024
const ROUNDS = 8
const LEADER_EPOCH = 3

interface Ack {
  readonly first: number
  readonly last: number
  readonly sha1: string
}

interface StoredBatch extends Ack {
  readonly bytes: Buffer
}

interface Verdict {
  readonly problems: string[]
  readonly logEndOffset: number
  /** Batches past the last expected one (at most one is allowed). */
  readonly tail: StoredBatch[]
}

const sha1 = (bytes: Buffer): string => createHash('sha1').update(bytes).digest('hex')

function toStored(bytes: Buffer): StoredBatch {
  const header = readBatchHeader(bytes, 0)
  return { first: Number(header.baseOffset), last: Number(header.lastOffset), sha1: sha1(bytes), bytes }
}

/** Every batch via PartitionLog.read, from 0 to the log end. */
function readAll(log: PartitionLog, problems: string[]): StoredBatch[] {
  const out: StoredBatch[] = []
  let fetchOffset = log.logStartOffset
  while (fetchOffset < log.logEndOffset) {
    const read = log.read({ fetchOffset, maxBytes: 1 << 20, maxOffset: Number.MAX_SAFE_INTEGER, minOneBatch: true })
    if (!read.ok || read.records.length === 0) {
      problems.push(`read at ${fetchOffset} returned ${read.ok ? 'nothing' : read.error} below logEndOffset`)
      break
    }
    for (let p = 0; p < read.records.length; ) {
      const step = nextBatch(read.records, p)
      if (step.kind !== 'batch') {
        problems.push(`read at ${fetchOffset} returned a ${step.kind} batch at ${p}`)
        return out
      }
      const stored = toStored(read.records.subarray(p, p + step.slice.sizeInBytes))
      if (stored.last >= fetchOffset) out.push(stored)
      p += step.slice.sizeInBytes
    }
    const next = (out.at(-1)?.last ?? -1) + 1
    if (next <= fetchOffset) {
      problems.push(`read at ${fetchOffset} returned no batch at or past it`)
      break
    }
    fetchOffset = next
  }
  return out
}

function logBytes(dir: string): number {
  let total = 0
  for (const name of readdirSync(dir)) if (name.endsWith('.log')) total += statSync(join(dir, name)).size
  return total
}

/** Every batch in the .log files, oldest segment first, each CRC-checked. */
function scanFiles(dir: string, problems: string[]): Ack[] {
  const out: Ack[] = []
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.log'))
    .sort()) {
    const data = readFileSync(join(dir, name))
    for (let p = 0; p < data.length; ) {
      const check = validateBatch(data, p, { mode: 'log' })
      if (!check.ok) {
        problems.push(`${name}: ${check.kind} batch at position ${p} after recovery`)
        break
      }
      const size = LOG_OVERHEAD + data.readInt32BE(p + 8)
      out.push({
        first: Number(check.header.baseOffset),
        last: Number(check.header.lastOffset),
        sha1: sha1(data.subarray(p, p + size)),
      })
      p += size
    }
  }
  return out
}

/**
 * Reopens the log in `dir` as after a crash and checks it against `expected`
 * (the acks, plus un-acked batches accepted by earlier rounds). Leaves the log
 * closed. `problems` empty means every invariant held.
 */
async function verifyLog(dir: string, expected: readonly Ack[], recoveryPoint = 0): Promise<Verdict> {
  const problems: string[] = []
  const log = PartitionLog.open({
    fs: nodeFileSystem,
    dir,
    config: { ...DEFAULT_LOG_CONFIG, segmentBytes: SEGMENT_BYTES },
    clock: systemClock,
    hadCleanShutdown: false,
    recoveryPoint,
  })
  try {
    const stored = readAll(log, problems)
    const logEndOffset = log.logEndOffset
    let next = 0
    for (const b of stored) {
      if (b.first !== next) problems.push(`batch ${b.first}..${b.last} follows offset ${next - 1}: not contiguous`)
      if (readBatchHeader(b.bytes, 0).partitionLeaderEpoch !== LEADER_EPOCH) {
        problems.push(`batch ${b.first} has leader epoch ${readBatchHeader(b.bytes, 0).partitionLeaderEpoch}`)
      }
      next = b.last + 1
    }
    if (next !== logEndOffset) problems.push(`logEndOffset ${logEndOffset} but the last batch ends at ${next - 1}`)

    const files = scanFiles(dir, problems)
    const fromRead = stored.map(({ first, last, sha1 }) => `${first}-${last}-${sha1}`).join(',')
    if (files.map(({ first, last, sha1 }) => `${first}-${last}-${sha1}`).join(',') !== fromRead) {
      problems.push(`the .log files hold ${files.length} batches, read() returned ${stored.length} different ones`)
    }

    const byFirst = new Map(stored.map((b) => [b.first, b]))
    let expectedEnd = -1
    for (const ack of expected) {
      const b = byFirst.get(ack.first)
      if (b === undefined) problems.push(`acked batch ${ack.first}..${ack.last} is missing`)
      else if (b.last !== ack.last) problems.push(`acked batch ${ack.first}..${ack.last} is stored as ..${b.last}`)
      else if (b.sha1 !== ack.sha1) problems.push(`acked batch ${ack.first}..${ack.last} has different bytes`)
      expectedEnd = Math.max(expectedEnd, ack.last)
    }
    const expectedFirsts = new Set(expected.map((a) => a.first))
    for (const b of stored) {
      if (b.last <= expectedEnd && !expectedFirsts.has(b.first)) {
        problems.push(`batch ${b.first}..${b.last} was never acknowledged but sits among acked ones`)
      }
    }
    const tail = stored.filter((b) => b.first > expectedEnd)
    if (tail.length > 1) problems.push(`${tail.length} batches past the last ack (at most 1 was in flight)`)
    return { problems, logEndOffset, tail }
  } finally {
    await log.close()
  }
}

interface RoundResult {
  readonly ready: number
  readonly acks: Ack[]
  readonly recoveryPoint: number
  readonly stderr: string
  readonly killedBy: string
}

/** Runs one writer until the kill rule fires, then SIGKILLs it and collects every line it wrote. */
async function runWriter(
  dir: string,
  seed: number,
  round: number,
  recoveryPoint: number,
  kill: { afterAcks: number } | { afterMs: number },
): Promise<RoundResult> {
  const args = ['--import', 'tsx', WRITER, dir, String(seed), String(round), String(SEGMENT_BYTES)]
  const child: ChildProcess = spawn(process.execPath, [...args, String(recoveryPoint)], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stderr = ''
  child.stderr?.on('data', (d: Buffer) => {
    stderr += d.toString()
  })
  const acks: Ack[] = []
  let ready = -1
  let rp = recoveryPoint
  let killed = false
  let timer: NodeJS.Timeout | undefined
  const doKill = () => {
    if (!killed) {
      killed = true
      child.kill('SIGKILL')
    }
  }
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on('close', (code, signal) => resolve({ code, signal }))
  })
  const lines = createInterface({ input: child.stdout! })
  lines.on('line', (line) => {
    const [kind, a, b, c] = line.split(' ')
    if (kind === 'ready') {
      ready = Number(a)
      if ('afterMs' in kill) timer = setTimeout(doKill, kill.afterMs)
    } else if (kind === 'ack') {
      acks.push({ first: Number(a), last: Number(b), sha1: c ?? '' })
      if ('afterAcks' in kill && acks.length >= kill.afterAcks) doKill()
    } else if (kind === 'rp') {
      rp = Number(a)
    }
  })
  const { code, signal } = await exited
  clearTimeout(timer)
  if (!killed || signal !== 'SIGKILL') {
    throw new Error(`writer exited by itself (code ${code}, signal ${signal}): ${stderr}`)
  }
  return { ready, acks, recoveryPoint: rp, stderr, killedBy: JSON.stringify(kill) }
}

let dir: string
let cleanup: () => void
beforeEach(() => {
  ;({ dir, cleanup } = tempDir())
})
afterEach(() => cleanup())

describe('PartitionLog under kill -9', () => {
  it(`keeps every acknowledged batch across ${ROUNDS} SIGKILLs of a writer process`, async () => {
    const seed = process.env.SEED !== undefined ? Number(process.env.SEED) : Math.floor(Math.random() * 2 ** 32)
    const prng = new Prng(seed)
    const expected: Ack[] = []
    const history: string[] = []
    let recoveryPoint = 0
    let logEndOffset = 0
    try {
      for (let round = 0; round < ROUNDS; round++) {
        const kill = prng.bool() ? { afterAcks: 50 + prng.nextInt(2951) } : { afterMs: 20 + prng.nextInt(281) }
        const result = await runWriter(dir, prng.nextU32(), round, recoveryPoint, kill)
        const stat = `round ${round}: ${result.killedBy}, ready at ${result.ready}, ${result.acks.length} acks, rp ${result.recoveryPoint}`
        history.push(stat)
        expect(result.ready, `${stat}: the writer recovered to a different log end`).toBe(logEndOffset)
        if (result.acks.length > 0) {
          expect(result.acks[0]!.first, `${stat}: first append not at logEndOffset`).toBe(logEndOffset)
        }
        expected.push(...result.acks)
        // Alternate between a full rescan and trusting what the writer had fsynced.
        recoveryPoint = round % 2 === 0 ? 0 : result.recoveryPoint
        const bytesBefore = logBytes(dir)
        const verdict = await verifyLog(dir, expected, recoveryPoint)
        const torn = bytesBefore - logBytes(dir)
        expect(verdict.problems, stat).toEqual([])
        for (const t of verdict.tail) {
          // The batch that was in flight: valid, whole, and the next one the writer meant to ack.
          const decoded = await decodeBatch(t.bytes)
          const prefix = `r${round}-s${result.acks.length}-i0-`
          expect(decoded.records[0]?.value?.subarray(0, prefix.length).toString(), stat).toBe(prefix)
          expected.push(t)
        }
        history[history.length - 1] +=
          `, recovered from ${recoveryPoint}: ${torn} torn bytes cut, ${verdict.tail.length} un-acked kept, logEndOffset ${verdict.logEndOffset}`
        logEndOffset = verdict.logEndOffset
      }
      // The next append continues at the log end.
      const log = PartitionLog.open({
        fs: nodeFileSystem,
        dir,
        config: { ...DEFAULT_LOG_CONFIG, segmentBytes: SEGMENT_BYTES },
        clock: systemClock,
        hadCleanShutdown: false,
      })
      const appended = log.appendAsLeader(await encodeBatch({ records: [{ timestamp: 0n, value: null }] }), 3)
      await log.close()
      expect(appended.firstOffset).toBe(logEndOffset)
      expect(expected.length).toBeGreaterThan(ROUNDS)
    } catch (err) {
      if (err instanceof Error) err.message = `SEED=${seed}\n${history.join('\n')}\n${err.message}`
      throw err
    }
    console.log(`SEED=${seed}\n${history.join('\n')}`)
  })
})

describe('verifyLog (negative controls: the check can fail)', () => {
  /** Four acked batches written in-process, as the writer does. */
  async function writeSmallLog(): Promise<Ack[]> {
    const log = PartitionLog.open({
      fs: nodeFileSystem,
      dir,
      config: { ...DEFAULT_LOG_CONFIG, segmentBytes: SEGMENT_BYTES },
      clock: systemClock,
      hadCleanShutdown: false,
    })
    const acks: Ack[] = []
    for (let i = 0; i < 4; i++) {
      const records = Array.from({ length: i + 1 }, (_, j) => ({ timestamp: 0n, value: Buffer.from(`v${i}-${j}`) }))
      const b = await encodeBatch({ records })
      const r = log.appendAsLeader(b, LEADER_EPOCH)
      acks.push({ first: r.firstOffset, last: r.lastOffset, sha1: sha1(b) })
    }
    await log.close()
    return acks
  }

  it('accepts the untouched log', async () => {
    const acks = await writeSmallLog()
    const verdict = await verifyLog(dir, acks)
    expect(verdict.problems).toEqual([])
    expect(verdict.logEndOffset).toBe(10)
  })

  it('reports an ack whose bytes differ', async () => {
    const acks = await writeSmallLog()
    const tampered = acks.map((a, i) => (i === 2 ? { ...a, sha1: sha1(Buffer.from('other')) } : a))
    expect((await verifyLog(dir, tampered)).problems).toEqual(['acked batch 3..5 has different bytes'])
  })

  it('reports an ack at offsets the log does not hold', async () => {
    const acks = await writeSmallLog()
    const tampered = [...acks, { first: 10, last: 10, sha1: acks[0]!.sha1 }]
    expect((await verifyLog(dir, tampered)).problems).toEqual(['acked batch 10..10 is missing'])
    const shifted = acks.map((a, i) => (i === 1 ? { ...a, last: a.last + 1 } : a))
    expect((await verifyLog(dir, shifted)).problems).toEqual(['acked batch 1..3 is stored as ..2'])
  })

  it('reports an acked batch torn off by truncation (recovery drops it)', async () => {
    const acks = await writeSmallLog()
    const file = join(dir, readdirSync(dir).find((n) => n.endsWith('.log'))!)
    truncateSync(file, readFileSync(file).length - 3)
    expect((await verifyLog(dir, acks)).problems).toEqual(['acked batch 6..9 is missing'])
  })

  it('reports more than one un-acked batch past the last ack, and un-acked batches among acked ones', async () => {
    const acks = await writeSmallLog()
    expect((await verifyLog(dir, acks.slice(0, 2))).problems).toEqual([
      '2 batches past the last ack (at most 1 was in flight)',
    ])
    expect((await verifyLog(dir, [acks[0]!, acks[2]!])).problems).toEqual([
      'batch 1..2 was never acknowledged but sits among acked ones',
    ])
  })
})
