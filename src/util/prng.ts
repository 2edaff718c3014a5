// A seeded pseudo-random number generator, so that fuzz and simulation runs replay exactly from
// a seed (STYLE.md section 8). Pure modules that need randomness (raft election jitter, for
// example) take a Prng as an argument and never call Math.random().
//
// Algorithm: xoshiro128** 1.0 (Blackman and Vigna, 2018): 128 bits of state, period 2^128 - 1,
// 32-bit outputs; all arithmetic is on uint32 via Math.imul and >>> 0. The state is filled from
// the seed by splitmix32 so that nearby seeds give unrelated streams and the state is never all
// zero. Not for cryptography.

import { assert } from './assert.js'

const TWO_POW_32 = 0x1_0000_0000

export class Prng {
  #s0: number
  #s1: number
  #s2: number
  #s3: number

  /** seed: any non-negative safe integer; the same seed always gives the same stream. */
  constructor(seed: number) {
    assert(Number.isSafeInteger(seed), 'Prng: seed must be a safe integer')
    assert(seed >= 0, 'Prng: seed must not be negative')
    let x = (seed >>> 0) ^ Math.imul(Math.floor(seed / TWO_POW_32), 0x85ebca6b)
    const next = (): number => {
      x = (x + 0x9e3779b9) | 0
      return splitmix32Mix(x)
    }
    this.#s0 = next()
    this.#s1 = next()
    this.#s2 = next()
    this.#s3 = next()
    if ((this.#s0 | this.#s1 | this.#s2 | this.#s3) === 0) this.#s0 = 1
  }

  /**
   * A generator with exactly this xoshiro128** state (four uint32 words, not all zero), for
   * checking against published test vectors and for resuming a saved stream.
   */
  static fromState(state: readonly [number, number, number, number]): Prng {
    for (const word of state) {
      assert(Number.isInteger(word) && word >= 0 && word < TWO_POW_32, 'Prng.fromState: words must be uint32')
    }
    assert(
      state.some((word) => word !== 0),
      'Prng.fromState: state must not be all zero',
    )
    const prng = new Prng(0)
    ;[prng.#s0, prng.#s1, prng.#s2, prng.#s3] = state
    return prng
  }

  /** The current state, as fromState takes it. */
  state(): [number, number, number, number] {
    return [this.#s0, this.#s1, this.#s2, this.#s3]
  }

  /** Uniform in [0, 2^32). */
  nextU32(): number {
    const s0 = this.#s0
    const s1 = this.#s1
    const s2 = this.#s2
    const s3 = this.#s3
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0
    const t = (s1 << 9) >>> 0
    const n2 = (s2 ^ s0) >>> 0
    const n3 = (s3 ^ s1) >>> 0
    this.#s1 = (s1 ^ n2) >>> 0
    this.#s0 = (s0 ^ n3) >>> 0
    this.#s2 = (n2 ^ t) >>> 0
    this.#s3 = rotl(n3, 11)
    return result
  }

  /** Uniform integer in [0, maxExclusive), without modulo bias. maxExclusive in [1, 2^32]. */
  nextInt(maxExclusive: number): number {
    assert(Number.isInteger(maxExclusive), 'Prng.nextInt: maxExclusive must be an integer')
    assert(maxExclusive >= 1, 'Prng.nextInt: maxExclusive must be at least 1')
    assert(maxExclusive <= TWO_POW_32, 'Prng.nextInt: maxExclusive must be at most 2^32')
    // Reject the top sliver of [0, 2^32) that would make low results likelier. Each draw is
    // rejected with probability < 1/2, so 64 rejections in a row mean a broken generator.
    const limit = TWO_POW_32 - (TWO_POW_32 % maxExclusive)
    for (let attempt = 0; attempt < 64; attempt++) {
      const x = this.nextU32()
      if (x < limit) return x % maxExclusive
    }
    throw new Error('Prng.nextInt: 64 rejections in a row')
  }

  /** Uniform in [0, 1) with 53 random bits. */
  nextFloat(): number {
    const hi = this.nextU32() >>> 5 // 27 bits
    const lo = this.nextU32() >>> 6 // 26 bits
    return (hi * 0x400_0000 + lo) / 0x20_0000_0000_0000
  }

  /** Uniform over all signed 64-bit integers, as Kafka's int64 (a bigint). */
  nextBigInt64(): bigint {
    const hi = BigInt(this.nextU32())
    const lo = BigInt(this.nextU32())
    return BigInt.asIntN(64, (hi << 32n) | lo)
  }

  /** n random bytes. Each 32-bit output fills 4 bytes, least significant byte first. */
  bytes(n: number): Buffer {
    assert(Number.isSafeInteger(n), 'Prng.bytes: n must be an integer')
    assert(n >= 0, 'Prng.bytes: n must not be negative')
    const out = Buffer.allocUnsafe(n)
    let i = 0
    while (i < n) {
      let word = this.nextU32()
      for (let k = 0; k < 4 && i < n; k++, i++) {
        out[i] = word & 0xff
        word >>>= 8
      }
    }
    return out
  }

  /** A uniformly chosen element of a non-empty array. */
  pick<T>(items: readonly T[]): T {
    assert(items.length > 0, 'Prng.pick: empty array')
    return items[this.nextInt(items.length)] as T
  }

  /** true with probability p (default 1/2). */
  bool(p = 0.5): boolean {
    assert(p >= 0, 'Prng.bool: p must be at least 0')
    assert(p <= 1, 'Prng.bool: p must be at most 1')
    return this.nextFloat() < p
  }

  /** Shuffles items in place (Fisher-Yates) and returns them. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = this.nextInt(i + 1)
      const tmp = items[i] as T
      items[i] = items[j] as T
      items[j] = tmp
    }
    return items
  }

  /** A new generator seeded from this one: an independent stream for a sub-component. */
  fork(): Prng {
    return new Prng(this.nextU32() * 0x20_0000 + (this.nextU32() >>> 11))
  }
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0
}

// The output function of splitmix32 (the murmur3-style finalizer with splitmix's constants).
function splitmix32Mix(z: number): number {
  let t = z ^ (z >>> 16)
  t = Math.imul(t, 0x21f0aaad)
  t ^= t >>> 15
  t = Math.imul(t, 0x735a2d97)
  t ^= t >>> 15
  return t >>> 0
}
