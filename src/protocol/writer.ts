// Writes Kafka protocol primitives into a list of chunks. Large byte strings
// (record batches above ZERO_COPY_MIN_BYTES) are referenced, not copied, so a
// Fetch response can go to the socket as one writev of header bytes and
// segment slices. The caller learns the size at the end, which is why we have
// no separate size pass: `reserveInt32()` leaves room for a length prefix
// that is patched once the body is written.
import { EncodeError } from './decode-error.js'
import type { TaggedField } from './tagged-fields.js'

const ZERO_COPY_MIN_BYTES = 4096
const FIRST_CHUNK_BYTES = 512
const MAX_CHUNK_BYTES = 1 << 20
const MAX_STRING_BYTES = 0x7fff

export interface Int32Slot {
  readonly buf: Buffer
  readonly offset: number
}

export class Writer {
  private chunk: Buffer
  private start = 0
  private pos = 0
  private readonly done: Buffer[] = []
  private doneBytes = 0

  constructor(initialBytes = FIRST_CHUNK_BYTES) {
    this.chunk = Buffer.allocUnsafe(initialBytes)
  }

  get length(): number {
    return this.doneBytes + this.pos - this.start
  }

  private settle(): void {
    if (this.pos > this.start) {
      const part = this.chunk.subarray(this.start, this.pos)
      this.done.push(part)
      this.doneBytes += part.length
      this.start = this.pos
    }
  }

  private ensure(n: number): void {
    if (this.pos + n <= this.chunk.length) return
    this.settle()
    const size = Math.max(n, Math.min(MAX_CHUNK_BYTES, this.chunk.length * 2))
    this.chunk = Buffer.allocUnsafe(size)
    this.start = 0
    this.pos = 0
  }

  /** All bytes written, as chunks in order; the writer must not be used after. */
  toChunks(): Buffer[] {
    this.settle()
    return this.done
  }

  /** All bytes written, as one buffer (copies only when there are several chunks). */
  toBuffer(): Buffer {
    const chunks = this.toChunks()
    if (chunks.length === 1) return chunks[0]!
    return Buffer.concat(chunks, this.doneBytes)
  }

  reserveInt32(): Int32Slot {
    this.ensure(4)
    const slot = { buf: this.chunk, offset: this.pos }
    this.pos += 4
    return slot
  }

  writeInt8(v: number): void {
    this.ensure(1)
    this.chunk.writeInt8(v, this.pos)
    this.pos += 1
  }

  writeBool(v: boolean): void {
    this.ensure(1)
    this.chunk[this.pos++] = v ? 1 : 0
  }

  writeInt16(v: number): void {
    this.ensure(2)
    this.chunk.writeInt16BE(v, this.pos)
    this.pos += 2
  }

  writeUint16(v: number): void {
    this.ensure(2)
    this.chunk.writeUInt16BE(v, this.pos)
    this.pos += 2
  }

  writeInt32(v: number): void {
    this.ensure(4)
    this.chunk.writeInt32BE(v, this.pos)
    this.pos += 4
  }

  writeUint32(v: number): void {
    this.ensure(4)
    this.chunk.writeUInt32BE(v, this.pos)
    this.pos += 4
  }

  writeInt64(v: bigint): void {
    this.ensure(8)
    this.chunk.writeBigInt64BE(v, this.pos)
    this.pos += 8
  }

  writeFloat64(v: number): void {
    this.ensure(8)
    this.chunk.writeDoubleBE(v, this.pos)
    this.pos += 8
  }

  writeUuid(v: Buffer): void {
    if (v.length !== 16) throw new EncodeError(`uuid: expected 16 bytes, got ${v.length}`)
    this.writeRaw(v)
  }

  writeUnsignedVarint(v: number): void {
    if (!(v >= 0 && v <= 0xffffffff && Number.isInteger(v))) throw new EncodeError(`varint: ${v} is not a uint32`)
    this.ensure(5)
    while (v >= 0x80) {
      this.chunk[this.pos++] = (v & 0x7f) | 0x80
      v = Math.floor(v / 128)
    }
    this.chunk[this.pos++] = v
  }

  writeVarint(v: number): void {
    this.writeUnsignedVarint(((v << 1) ^ (v >> 31)) >>> 0)
  }

  /** Copies small buffers, references large ones (see the file comment). */
  writeRaw(v: Buffer): void {
    if (v.length >= ZERO_COPY_MIN_BYTES) {
      this.settle()
      this.done.push(v)
      this.doneBytes += v.length
      return
    }
    this.ensure(v.length)
    v.copy(this.chunk, this.pos)
    this.pos += v.length
  }

  private utf8Length(v: string): number {
    const n = Buffer.byteLength(v, 'utf8')
    if (n > MAX_STRING_BYTES) throw new EncodeError(`string: ${n} bytes exceeds ${MAX_STRING_BYTES}`)
    return n
  }

  private utf8(v: string, n: number): void {
    this.ensure(n)
    this.pos += this.chunk.write(v, this.pos, n, 'utf8')
  }

  /** Throws EncodeError on null: the non-nullable encodings take nullable values so generated code needs no casts. */
  writeString(v: string | null): void {
    if (v === null) throw new EncodeError('string: null written to a non-nullable string')
    const n = this.utf8Length(v)
    this.writeInt16(n)
    this.utf8(v, n)
  }

  writeNullableString(v: string | null): void {
    if (v === null) {
      this.writeInt16(-1)
      return
    }
    this.writeString(v)
  }

  writeCompactString(v: string | null): void {
    if (v === null) throw new EncodeError('string: null written to a non-nullable string')
    const n = this.utf8Length(v)
    this.writeUnsignedVarint(n + 1)
    this.utf8(v, n)
  }

  writeCompactNullableString(v: string | null): void {
    if (v === null) {
      this.writeUnsignedVarint(0)
      return
    }
    this.writeCompactString(v)
  }

  writeBytes(v: Buffer | null): void {
    if (v === null) throw new EncodeError('bytes: null written to non-nullable bytes')
    this.writeInt32(v.length)
    this.writeRaw(v)
  }

  writeNullableBytes(v: Buffer | null): void {
    if (v === null) {
      this.writeInt32(-1)
      return
    }
    this.writeBytes(v)
  }

  writeCompactBytes(v: Buffer | null): void {
    if (v === null) throw new EncodeError('bytes: null written to non-nullable bytes')
    this.writeUnsignedVarint(v.length + 1)
    this.writeRaw(v)
  }

  writeCompactNullableBytes(v: Buffer | null): void {
    if (v === null) {
      this.writeUnsignedVarint(0)
      return
    }
    this.writeCompactBytes(v)
  }

  /** Array length prefix; `null` is only valid for nullable arrays, which the caller checks. */
  writeArrayLength(compact: boolean, length: number | null): void {
    if (compact) this.writeUnsignedVarint(length === null ? 0 : length + 1)
    else this.writeInt32(length === null ? -1 : length)
  }

  /** The tagged-field section: known fields (already encoded) and unknown ones, in tag order. */
  writeTaggedFields(known: readonly TaggedField[], unknown: readonly TaggedField[] | undefined): void {
    const all = unknown === undefined || unknown.length === 0 ? known : [...known, ...unknown]
    if (all.length === 0) {
      this.writeUnsignedVarint(0)
      return
    }
    const sorted = all.length > 1 ? [...all].sort((a, b) => a.tag - b.tag) : all
    this.writeUnsignedVarint(sorted.length)
    for (const field of sorted) {
      this.writeUnsignedVarint(field.tag)
      this.writeUnsignedVarint(field.data.length)
      this.writeRaw(field.data)
    }
  }
}
