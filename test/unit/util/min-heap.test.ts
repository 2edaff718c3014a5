// Goal: MinHeap pops in comparator order under any mix of pushes and pops. Method: exact small
// cases, then a seeded random workload checked against a sorted array.

import { describe, expect, it } from 'vitest'
import { MinHeap } from '../../../src/util/min-heap.js'
import { Prng } from '../../../src/util/prng.js'

describe('MinHeap', () => {
  it('is empty at first', () => {
    const heap = new MinHeap<number>((a, b) => a - b)
    expect(heap.size).toBe(0)
    expect(heap.peek()).toBeUndefined()
    expect(heap.pop()).toBeUndefined()
  })

  it('pops in ascending order', () => {
    const heap = new MinHeap<number>((a, b) => a - b)
    for (const n of [5, 1, 4, 1, 3, 9, 2]) heap.push(n)
    expect(heap.size).toBe(7)
    expect(heap.peek()).toBe(1)
    const out: number[] = []
    for (let x = heap.pop(); x !== undefined; x = heap.pop()) out.push(x)
    expect(out).toEqual([1, 1, 2, 3, 4, 5, 9])
    expect(heap.size).toBe(0)
  })

  it('gives FIFO ties when the comparator breaks ties by sequence', () => {
    type Event = { atMs: number; seq: number; name: string }
    const heap = new MinHeap<Event>((a, b) => a.atMs - b.atMs || a.seq - b.seq)
    const names = ['a', 'b', 'c', 'd']
    for (const [seq, name] of names.entries()) heap.push({ atMs: 10, seq, name })
    heap.push({ atMs: 5, seq: 4, name: 'early' })
    const out: string[] = []
    for (let e = heap.pop(); e !== undefined; e = heap.pop()) out.push(e.name)
    expect(out).toEqual(['early', 'a', 'b', 'c', 'd'])
  })

  it('clear empties it', () => {
    const heap = new MinHeap<number>((a, b) => a - b)
    heap.push(1)
    heap.push(2)
    heap.clear()
    expect(heap.size).toBe(0)
    expect(heap.pop()).toBeUndefined()
  })

  it('matches a sorted array under a random workload', () => {
    const prng = new Prng(99)
    const heap = new MinHeap<number>((a, b) => a - b)
    const model: number[] = []
    for (let step = 0; step < 5000; step++) {
      if (model.length === 0 || prng.bool(0.6)) {
        const n = prng.nextInt(1000)
        heap.push(n)
        model.push(n)
        model.sort((a, b) => a - b)
      } else {
        expect(heap.pop()).toBe(model.shift())
      }
      expect(heap.size).toBe(model.length)
      expect(heap.peek()).toBe(model[0])
    }
  })
})
