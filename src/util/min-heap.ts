// A binary min-heap: the priority queue behind timers and event queues (a simulation's event
// queue, purgatory deadlines, raft timeouts). One array, O(log n) push and pop.
//
// Order among elements that compare equal is deterministic for a given sequence of operations but
// not first-in-first-out; a caller that needs FIFO ties compares a sequence number last.

import { assert } from './assert.js'

export class MinHeap<T> {
  readonly #items: T[] = []
  readonly #compare: (a: T, b: T) => number

  /** compare(a, b) < 0 when a comes out first, as for Array.prototype.sort. */
  constructor(compare: (a: T, b: T) => number) {
    this.#compare = compare
  }

  get size(): number {
    return this.#items.length
  }

  /** The least element, or undefined when empty. */
  peek(): T | undefined {
    return this.#items[0]
  }

  push(item: T): void {
    this.#items.push(item)
    this.#siftUp(this.#items.length - 1)
  }

  /** Removes and returns the least element, or undefined when empty. */
  pop(): T | undefined {
    const items = this.#items
    const top = items[0]
    const last = items.pop()
    if (items.length > 0) {
      items[0] = last as T
      this.#siftDown(0)
    }
    return top
  }

  clear(): void {
    this.#items.length = 0
  }

  #siftUp(index: number): void {
    const items = this.#items
    let i = index
    const item = items[i] as T
    while (i > 0) {
      const parent = (i - 1) >> 1
      const p = items[parent] as T
      if (this.#compare(item, p) >= 0) break
      items[i] = p
      i = parent
    }
    items[i] = item
  }

  #siftDown(index: number): void {
    const items = this.#items
    const n = items.length
    assert(index < n, 'MinHeap: sift index out of range')
    let i = index
    const item = items[i] as T
    for (;;) {
      const left = 2 * i + 1
      if (left >= n) break
      const right = left + 1
      let child = left
      if (right < n && this.#compare(items[right] as T, items[left] as T) < 0) child = right
      const c = items[child] as T
      if (this.#compare(c, item) >= 0) break
      items[i] = c
      i = child
    }
    items[i] = item
  }
}
