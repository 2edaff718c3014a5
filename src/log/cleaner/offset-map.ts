// The cleaner's bounded-memory map from record key to the latest offset seen for it, as
// Kafka's SkimpyOffsetMap: a key is stood in for by its 16-byte MD5 digest (a collision
// could only make the cleaner keep a superseded record or drop one whose key collides with
// a later one; at 2^-64 per pair this is Kafka's accepted risk), so the map never holds
// keys and its memory is fixed when it is created. A clean covers only as many dirty
// records as the map holds: when a new key does not fit, `put` refuses and the clean ends
// at the last offset that did (Kafka's "offset map is full" behaviour).
//
// Layout of the fixed Buffer: `slots` entries of 24 bytes, open addressing, no deletes.
//
//   position  size  field
//    0        16    MD5 of the key, with the lowest bit of byte 15 forced to 1 so that an
//                   all-zero hash always means an empty slot
//   16         8    offset  int64 big-endian (written as two uint32 words)
//
// Probing: the first PROBES_FROM_HASH probes are double hashing, slot (h0 + i * (h1 | 1))
// mod slots with h0, h1 the first two 32-bit words of the digest; after that the probe
// walks linearly from the last of them, so every slot is reachable and a lookup ends after
// at most PROBES_FROM_HASH + slots probes. The map lives in memory only; nothing survives
// a crash, and none needs to (a clean that dies is simply redone).

import { createHash, hash } from 'node:crypto'
import { assert } from '../../util/assert.js'

/** `log.cleaner.dedupe.buffer.size`: memory for all cleaner threads' offset maps together. */
export const DEFAULT_DEDUPE_BUFFER_BYTES = 134_217_728
/** `log.cleaner.io.buffer.load.factor`: how full the map may get before a clean stops adding keys. */
export const DEFAULT_DEDUPE_BUFFER_LOAD_FACTOR = 0.9
/** `log.cleaner.threads` */
export const DEFAULT_CLEANER_THREADS = 1

export const HASH_BYTES = 16
export const OFFSET_BYTES = 8
export const BYTES_PER_ENTRY = HASH_BYTES + OFFSET_BYTES
const PROBES_FROM_HASH = 16
const TWO_POW_32 = 0x1_0000_0000
const INT32_MAX = 0x7fff_ffff

/** The memory of one cleaner thread's map, as Kafka: min(dedupe buffer / threads, Int.MaxValue). */
export function offsetMapMemoryBytes(
  dedupeBufferBytes = DEFAULT_DEDUPE_BUFFER_BYTES,
  cleanerThreads = DEFAULT_CLEANER_THREADS,
): number {
  assert(Number.isInteger(cleanerThreads) && cleanerThreads >= 1, 'log.cleaner.threads must be at least 1')
  return Math.min(Math.floor(dedupeBufferBytes / cleanerThreads), INT32_MAX)
}

/** What cleaning reads from a map; tests may pass a plain implementation. */
export interface OffsetMapView {
  /** The latest offset recorded for the key, or -1 when the map has none. */
  get(key: Buffer): number
  /** The largest offset the map covers: records above it were not looked at and are kept. */
  readonly latestOffset: number
}

export class OffsetMap implements OffsetMapView {
  /** How many entries fit in the buffer. */
  readonly slots: number
  /** floor(slots * loadFactor): `put` of a new key refuses once the map holds this many. */
  readonly maxEntries: number
  readonly #bytes: Buffer
  #entries = 0
  #latestOffset = -1
  #lookups = 0
  #probes = 0
  // The digest of the key being looked up, as four uint32 words (no allocation per probe).
  #h0 = 0
  #h1 = 0
  #h2 = 0
  #h3 = 0

  constructor(memoryBytes: number, loadFactor = DEFAULT_DEDUPE_BUFFER_LOAD_FACTOR) {
    assert(Number.isInteger(memoryBytes) && memoryBytes >= 0, 'OffsetMap: memoryBytes must be a non-negative integer')
    assert(loadFactor > 0 && loadFactor <= 1, 'OffsetMap: loadFactor must be in (0, 1]')
    this.slots = Math.floor(memoryBytes / BYTES_PER_ENTRY)
    this.maxEntries = Math.floor(this.slots * loadFactor)
    // Kafka's Cleaner asserts the same: a map that cannot hold one key never makes progress.
    assert(
      this.maxEntries >= 1,
      'offset map too small to hold a single key: raise log.cleaner.dedupe.buffer.size or lower log.cleaner.threads',
    )
    this.#bytes = Buffer.alloc(this.slots * BYTES_PER_ENTRY)
  }

  /** Distinct keys in the map. */
  get size(): number {
    return this.#entries
  }

  get latestOffset(): number {
    return this.#latestOffset
  }

  /** True once a new key would be refused. */
  get isFull(): boolean {
    return this.#entries >= this.maxEntries
  }

  /** size / slots, Kafka's cleaner "buffer utilization" stat. */
  get utilization(): number {
    return this.#entries / this.slots
  }

  /** Extra probes per lookup on average (0 when every lookup hit its first slot). */
  get collisionRate(): number {
    return this.#lookups === 0 ? 0 : (this.#probes - this.#lookups) / this.#lookups
  }

  /**
   * Records `offset` as the latest for `key` and as the map's latest offset. Returns false,
   * changing nothing, when the key is new and the map already holds maxEntries keys: the
   * caller stops there (the record and everything after it stay dirty).
   */
  put(key: Buffer, offset: number): boolean {
    assert(Number.isSafeInteger(offset) && offset >= 0, 'OffsetMap.put: offset must be a non-negative safe integer')
    const position = this.#find(key)
    if (position >= 0) {
      this.#writeOffset(position, offset)
      this.#latestOffset = offset
      return true
    }
    if (this.isFull || position === NOT_FOUND_AND_NO_SLOT) return false
    const free = -position - 1
    const b = this.#bytes
    b.writeUInt32BE(this.#h0, free)
    b.writeUInt32BE(this.#h1, free + 4)
    b.writeUInt32BE(this.#h2, free + 8)
    b.writeUInt32BE(this.#h3, free + 12)
    this.#writeOffset(free, offset)
    this.#entries++
    this.#latestOffset = offset
    return true
  }

  get(key: Buffer): number {
    const position = this.#find(key)
    if (position < 0) return -1
    const b = this.#bytes
    return b.readUInt32BE(position + HASH_BYTES) * TWO_POW_32 + b.readUInt32BE(position + HASH_BYTES + 4)
  }

  /** Moves the latest offset on past offsets that held no key (Kafka's updateLatestOffset). */
  updateLatestOffset(offset: number): void {
    assert(Number.isSafeInteger(offset) && offset >= -1, 'OffsetMap.updateLatestOffset: offset out of range')
    this.#latestOffset = offset
  }

  /** Forgets every key, for the next clean; the buffer is reused. */
  clear(): void {
    this.#bytes.fill(0)
    this.#entries = 0
    this.#latestOffset = -1
    this.#lookups = 0
    this.#probes = 0
  }

  #writeOffset(position: number, offset: number): void {
    const hi = Math.floor(offset / TWO_POW_32)
    this.#bytes.writeUInt32BE(hi, position + HASH_BYTES)
    this.#bytes.writeUInt32BE(offset - hi * TWO_POW_32, position + HASH_BYTES + 4)
  }

  /**
   * Hashes `key` into #h0..#h3 and probes. Returns the entry's byte position when the key
   * is present, -(position of the first empty slot) - 1 when it is not, or
   * NOT_FOUND_AND_NO_SLOT when every slot is taken by other keys.
   */
  #find(key: Buffer): number {
    const digest = md5(key)
    this.#h0 = digest.readUInt32BE(0)
    this.#h1 = digest.readUInt32BE(4)
    this.#h2 = digest.readUInt32BE(8)
    this.#h3 = (digest.readUInt32BE(12) | 1) >>> 0
    this.#lookups++
    const b = this.#bytes
    const slots = this.slots
    const step = (this.#h1 | 1) >>> 0
    let slot = 0
    const maxAttempts = PROBES_FROM_HASH + slots
    for (let attempt = 0; attempt < maxAttempts; attempt++) {
      slot = attempt < PROBES_FROM_HASH ? (this.#h0 + attempt * step) % slots : (slot + 1) % slots
      this.#probes++
      const position = slot * BYTES_PER_ENTRY
      const w3 = b.readUInt32BE(position + 12)
      // w3 of a used slot is odd, so 0 means empty.
      if (w3 === 0) return -position - 1
      if (
        w3 === this.#h3 &&
        b.readUInt32BE(position) === this.#h0 &&
        b.readUInt32BE(position + 4) === this.#h1 &&
        b.readUInt32BE(position + 8) === this.#h2
      ) {
        return position
      }
    }
    return NOT_FOUND_AND_NO_SLOT
  }
}

const NOT_FOUND_AND_NO_SLOT = Number.MIN_SAFE_INTEGER

// crypto.hash (Node 20.12+) is about 4x faster than a Hash object per key; older 20.x lacks it.
const md5: (key: Buffer) => Buffer =
  typeof hash === 'function' ? (key) => hash('md5', key, 'buffer') : (key) => createHash('md5').update(key).digest()
