// Reads Kafka protocol primitives from one frame. Every length is checked
// against the bytes left before anything is sliced or allocated, so a hostile
// frame can only produce a DecodeError, never a huge allocation or a RangeError.
// Byte strings are returned as zero-copy slices of the frame (the `records`
// field of Produce must be; the rest follow for speed).
import { DecodeError } from './decode-error.js'

const MAX_STRING_BYTES = 0x7fff

export class Reader {
  offset: number
  private readonly end: number

  constructor(
    readonly buf: Buffer,
    offset = 0,
    end = buf.length,
  ) {
    this.offset = offset
    this.end = end
  }

  remaining(): number {
    return this.end - this.offset
  }

  private need(n: number, what: string): void {
    if (n > this.end - this.offset) {
      throw new DecodeError(`${what}: need ${n} bytes at offset ${this.offset}, have ${this.end - this.offset}`)
    }
  }

  readInt8(): number {
    this.need(1, 'int8')
    return this.buf.readInt8(this.offset++)
  }

  readBool(): boolean {
    this.need(1, 'bool')
    return this.buf[this.offset++] !== 0
  }

  readInt16(): number {
    this.need(2, 'int16')
    const v = this.buf.readInt16BE(this.offset)
    this.offset += 2
    return v
  }

  readUint16(): number {
    this.need(2, 'uint16')
    const v = this.buf.readUInt16BE(this.offset)
    this.offset += 2
    return v
  }

  readInt32(): number {
    this.need(4, 'int32')
    const v = this.buf.readInt32BE(this.offset)
    this.offset += 4
    return v
  }

  readUint32(): number {
    this.need(4, 'uint32')
    const v = this.buf.readUInt32BE(this.offset)
    this.offset += 4
    return v
  }

  readInt64(): bigint {
    this.need(8, 'int64')
    const v = this.buf.readBigInt64BE(this.offset)
    this.offset += 8
    return v
  }

  readFloat64(): number {
    this.need(8, 'float64')
    const v = this.buf.readDoubleBE(this.offset)
    this.offset += 8
    return v
  }

  readUuid(): Buffer {
    this.need(16, 'uuid')
    const v = Buffer.allocUnsafe(16)
    this.buf.copy(v, 0, this.offset, this.offset + 16)
    this.offset += 16
    return v
  }

  /** Unsigned LEB128 of at most 5 bytes, as Kafka's ByteUtils.readUnsignedVarint. */
  readUnsignedVarint(): number {
    let value = 0
    let shift = 0
    for (let i = 0; i < 5; i++) {
      if (this.offset >= this.end) throw new DecodeError(`varint: truncated at offset ${this.offset}`)
      const b = this.buf[this.offset++]!
      value += (b & 0x7f) * 2 ** shift
      if ((b & 0x80) === 0) {
        if (value > 0xffffffff) throw new DecodeError('varint: value exceeds 32 bits')
        return value
      }
      shift += 7
    }
    throw new DecodeError('varint: more than 5 bytes')
  }

  /** Zig-zag signed varint (int32). */
  readVarint(): number {
    const u = this.readUnsignedVarint()
    return (u >>> 1) ^ -(u & 1)
  }

  private utf8(length: number): string {
    if (length > MAX_STRING_BYTES) throw new DecodeError(`string: length ${length} exceeds ${MAX_STRING_BYTES}`)
    this.need(length, 'string')
    const s = this.buf.toString('utf8', this.offset, this.offset + length)
    this.offset += length
    return s
  }

  readString(): string {
    const length = this.readInt16()
    if (length < 0) throw new DecodeError(`string: non-nullable string had length ${length}`)
    return this.utf8(length)
  }

  readNullableString(): string | null {
    const length = this.readInt16()
    if (length === -1) return null
    if (length < 0) throw new DecodeError(`string: invalid length ${length}`)
    return this.utf8(length)
  }

  readCompactString(): string {
    const n = this.readUnsignedVarint()
    if (n === 0) throw new DecodeError('string: non-nullable compact string was null')
    return this.utf8(n - 1)
  }

  readCompactNullableString(): string | null {
    const n = this.readUnsignedVarint()
    return n === 0 ? null : this.utf8(n - 1)
  }

  /** A zero-copy view of the next `length` bytes. */
  readSlice(length: number): Buffer {
    this.need(length, 'bytes')
    const v = this.buf.subarray(this.offset, this.offset + length)
    this.offset += length
    return v
  }

  readBytes(): Buffer {
    const length = this.readInt32()
    if (length < 0) throw new DecodeError(`bytes: non-nullable bytes had length ${length}`)
    return this.readSlice(length)
  }

  readNullableBytes(): Buffer | null {
    const length = this.readInt32()
    if (length === -1) return null
    if (length < 0) throw new DecodeError(`bytes: invalid length ${length}`)
    return this.readSlice(length)
  }

  readCompactBytes(): Buffer {
    const n = this.readUnsignedVarint()
    if (n === 0) throw new DecodeError('bytes: non-nullable compact bytes were null')
    return this.readSlice(n - 1)
  }

  readCompactNullableBytes(): Buffer | null {
    const n = this.readUnsignedVarint()
    return n === 0 ? null : this.readSlice(n - 1)
  }

  /**
   * Array length, -1 for null. An element takes at least one byte on the wire
   * except in degenerate schemas, so a length beyond the bytes left is refused
   * before the caller allocates, as Kafka's generated readers do.
   */
  readArrayLength(compact: boolean): number {
    let length: number
    if (compact) {
      length = this.readUnsignedVarint() - 1
    } else {
      length = this.readInt32()
      if (length < -1) throw new DecodeError(`array: invalid length ${length}`)
    }
    if (length > this.end - this.offset) {
      throw new DecodeError(`array: length ${length} exceeds the ${this.end - this.offset} bytes left`)
    }
    return length
  }
}
