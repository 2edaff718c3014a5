// Goal: the acks=all purgatory (src/broker/delayed-produce.ts) answers each parked produce exactly
// once: at once when already acknowledged, when a check of its partition finds it acknowledged
// (or failed), REQUEST_TIMED_OUT at its timeout, the partition's error when leadership moves, and
// NOT_LEADER_OR_FOLLOWER on close (later waits too).
// Method: DelayedProduces with probes the test controls and vitest's fake timers.
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import { DelayedProduces } from '../../../src/broker/delayed-produce.js'
import { ErrorCode } from '../../../src/protocol/errors.js'

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

function settled(promise: Promise<number>): { value: number | null } {
  const out: { value: number | null } = { value: null }
  void promise.then((v) => {
    out.value = v
  })
  return out
}

it('answers when a check finds the partition acknowledged, once, and only for that partition', async () => {
  const purgatory = new DelayedProduces()
  let hw = 0
  const probe = (required: number) => () => (hw >= required ? ErrorCode.NONE : null)
  expect(await purgatory.wait('t:0', 1000, probe(0))).toBe(ErrorCode.NONE)
  const a = settled(purgatory.wait('t:0', 1000, probe(5)))
  const b = settled(purgatory.wait('t:0', 1000, probe(8)))
  const other = settled(purgatory.wait('t:1', 1000, () => null))
  expect(purgatory.size).toBe(3)
  hw = 5
  purgatory.check('t:0')
  await Promise.resolve()
  expect([a.value, b.value, other.value]).toEqual([ErrorCode.NONE, null, null])
  hw = 8
  purgatory.check('t:0')
  purgatory.check('t:0')
  await Promise.resolve()
  expect(b.value).toBe(ErrorCode.NONE)
  expect(purgatory.size).toBe(1)
  vi.advanceTimersByTime(1000)
  await Promise.resolve()
  expect(other.value).toBe(ErrorCode.REQUEST_TIMED_OUT)
  expect(purgatory.size).toBe(0)
})

it('answers the partition error when leadership moves, and NOT_LEADER_OR_FOLLOWER on close', async () => {
  const purgatory = new DelayedProduces()
  const moved = settled(purgatory.wait('t:0', 30_000, () => null))
  const closing = settled(purgatory.wait('t:1', 30_000, () => null))
  purgatory.failPartition('t:0', ErrorCode.NOT_LEADER_OR_FOLLOWER)
  await Promise.resolve()
  expect(moved.value).toBe(ErrorCode.NOT_LEADER_OR_FOLLOWER)
  purgatory.close()
  await Promise.resolve()
  expect(closing.value).toBe(ErrorCode.NOT_LEADER_OR_FOLLOWER)
  expect(await purgatory.wait('t:2', 30_000, () => null)).toBe(ErrorCode.NOT_LEADER_OR_FOLLOWER)
  // A timer of an answered produce does nothing.
  vi.advanceTimersByTime(30_000)
  expect(purgatory.size).toBe(0)
})
