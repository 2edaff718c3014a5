// Zig-zag varints as the record format uses them (Kafka's ByteUtils.readVarint/readVarlong,
// protobuf's encoding): an int32 takes at most 5 bytes, an int64 at most 10; more is a
// DecodeError, never a loop that runs on.
//
// Numbers: varint (int32) is a JS number. Varlong (int64: timestampDelta, and nothing else
// in a v2 record) is a bigint, because timestamps and offsets need exact int64 arithmetic
// (a record's timestamp is baseTimestamp + delta and either may be any int64). The reader
// accumulates the first 7 groups (49 bits) in a number and only switches to bigint for
// longer encodings, so the common small delta costs one BigInt() at the end.
//
// RecordReader is a cursor over one buffer with bounds checks on every read; it never
// allocates except where the caller asks for a slice (which is a view, not a copy).

import { DecodeError } from './decode-error.js'

export class RecordReader {
  pos: number
  end: number

  constructor(
    readonly buf: Buffer,
    start = 0,
    end = buf.length,
  ) {
    this.pos = start
    this.end = end
  }

  remaining(): number {
    return this.end - this.pos
  }

  private need(byteCount: number, what: string): void {
    if (byteCount > this.end - this.pos) {
      throw new DecodeError(`${what}: need ${byteCount} bytes, ${this.end - this.pos} left at ${this.pos}`)
    }
  }

  readInt8(): number {
    this.need(1, 'int8')
    return this.buf.readInt8(this.pos++)
  }

  readInt16(): number {
    this.need(2, 'int16')
    const v = this.buf.readInt16BE(this.pos)
    this.pos += 2
    return v
  }

  readInt32(): number {
    this.need(4, 'int32')
    const v = this.buf.readInt32BE(this.pos)
    this.pos += 4
    return v
  }

  /** Zig-zag varint, int32 range, at most 5 bytes. */
  readVarint(): number {
    let raw = 0
    let shift = 0
    const buf = this.buf
    for (let i = 0; i < 5; i++) {
      if (this.pos >= this.end) throw new DecodeError(`varint runs past the end at ${this.pos}`)
      const b = buf[this.pos++]!
      raw |= (b & 0x7f) << shift
      if ((b & 0x80) === 0) return (raw >>> 1) ^ -(raw & 1)
      shift += 7
    }
    throw new DecodeError(`varint longer than 5 bytes at ${this.pos - 5}`)
  }

  /** Zig-zag varlong, int64 range, at most 10 bytes, as bigint. */
  readVarlong(): bigint {
    let small = 0
    const buf = this.buf
    for (let i = 0; i < 7; i++) {
      if (this.pos >= this.end) throw new DecodeError(`varlong runs past the end at ${this.pos}`)
      const b = buf[this.pos++]!
      small += (b & 0x7f) * 2 ** (7 * i)
      if ((b & 0x80) === 0) {
        // small < 2^49, exact in a double; zig-zag decode without going through bigint math.
        const half = Math.floor(small / 2)
        return BigInt(small % 2 === 0 ? half : -half - 1)
      }
    }
    let raw = BigInt(small)
    for (let i = 7; i < 10; i++) {
      if (this.pos >= this.end) throw new DecodeError(`varlong runs past the end at ${this.pos}`)
      const b = buf[this.pos++]!
      raw |= BigInt(b & 0x7f) << BigInt(7 * i)
      if ((b & 0x80) === 0) {
        raw = BigInt.asUintN(64, raw)
        return (raw >> 1n) ^ -(raw & 1n)
      }
    }
    throw new DecodeError(`varlong longer than 10 bytes at ${this.pos - 10}`)
  }

  /** A view of the next `length` bytes (no copy). */
  readSlice(length: number, what: string): Buffer {
    this.need(length, what)
    const s = this.buf.subarray(this.pos, this.pos + length)
    this.pos += length
    return s
  }

  /** Varint length then bytes; -1 is null, other negatives are corrupt. */
  readNullableBytes(what: string): Buffer | null {
    const length = this.readVarint()
    if (length === -1) return null
    if (length < 0) throw new DecodeError(`${what} length ${length} is negative`)
    return this.readSlice(length, what)
  }
}

/** Bytes a zig-zag varint of `value` (int32) takes. */
export function sizeOfVarint(value: number): number {
  let v = ((value << 1) ^ (value >> 31)) >>> 0
  let bytes = 1
  while (v >= 0x80) {
    v >>>= 7
    bytes++
  }
  return bytes
}

/** Bytes a zig-zag varlong of `value` (int64) takes. */
export function sizeOfVarlong(value: bigint): number {
  let v = BigInt.asUintN(64, (value << 1n) ^ (value >> 63n))
  let bytes = 1
  while (v >= 0x80n) {
    v >>= 7n
    bytes++
  }
  return bytes
}

/** Writes into a buffer sized up front by the caller; overruns are bugs, so they throw RangeError. */
export class RecordWriter {
  pos: number

  constructor(
    readonly buf: Buffer,
    start = 0,
  ) {
    this.pos = start
  }

  writeInt8(v: number): void {
    this.pos = this.buf.writeInt8(v, this.pos)
  }

  writeInt16(v: number): void {
    this.pos = this.buf.writeInt16BE(v, this.pos)
  }

  writeInt32(v: number): void {
    this.pos = this.buf.writeInt32BE(v, this.pos)
  }

  writeVarint(value: number): void {
    let v = ((value << 1) ^ (value >> 31)) >>> 0
    const buf = this.buf
    while (v >= 0x80) {
      if (this.pos >= buf.length) throw new RangeError('RecordWriter overrun')
      buf[this.pos++] = (v & 0x7f) | 0x80
      v >>>= 7
    }
    if (this.pos >= buf.length) throw new RangeError('RecordWriter overrun')
    buf[this.pos++] = v
  }

  writeVarlong(value: bigint): void {
    if (value >= -(2n ** 30n) && value < 2n ** 30n) {
      this.writeVarint(Number(value))
      return
    }
    let v = BigInt.asUintN(64, (value << 1n) ^ (value >> 63n))
    const buf = this.buf
    while (v >= 0x80n) {
      if (this.pos >= buf.length) throw new RangeError('RecordWriter overrun')
      buf[this.pos++] = Number(v & 0x7fn) | 0x80
      v >>= 7n
    }
    if (this.pos >= buf.length) throw new RangeError('RecordWriter overrun')
    buf[this.pos++] = Number(v)
  }

  writeBytes(b: Uint8Array): void {
    if (this.pos + b.length > this.buf.length) throw new RangeError('RecordWriter overrun')
    this.buf.set(b, this.pos)
    this.pos += b.length
  }
}
