// Snappy as Kafka clients write it. The Java client wraps raw snappy in xerial's
// SnappyOutputStream framing:
//   header: magic 82 53 4E 41 50 50 59 00 ("\x82SNAPPY\0"), version int32 BE (1),
//           minimum compatible version int32 BE (1)
//   then blocks: compressed length int32 BE + one raw snappy block (32 KiB of input each)
// librdkafka writes bare raw snappy and reads both; Java's SnappyInputStream reads both
// too (it falls back to raw when the magic is absent). So we read both, and write xerial
// framing: every client that reads Java-produced batches reads ours, including older ones
// that only understand the framed form. (This is not Google's "snappy framing format" with
// its stream identifier chunk; neither Kafka nor the `snappy` package's one-shot API uses it.)
//
// Bomb guard: a raw snappy block starts with its uncompressed length as a varint, checked
// against the limit before the block is decoded.

import { compressSync, uncompressSync } from 'snappy'
import { DecodeError } from '../decode-error.js'
import { checkLimit } from './limit.js'

export const XERIAL_MAGIC = Buffer.from([0x82, 0x53, 0x4e, 0x41, 0x50, 0x50, 0x59, 0x00])
const XERIAL_HEADER_BYTES = 16
const XERIAL_VERSION = 1
const XERIAL_COMPATIBLE_VERSION = 1
/** xerial SnappyOutputStream's default block size, as the Java client uses it. */
const XERIAL_BLOCK_BYTES = 32 * 1024

export function isXerialFramed(buf: Buffer): boolean {
  return buf.length >= XERIAL_HEADER_BYTES && buf.subarray(0, 8).equals(XERIAL_MAGIC)
}

export async function compress(buf: Buffer): Promise<Buffer> {
  const parts: Buffer[] = []
  const header = Buffer.alloc(XERIAL_HEADER_BYTES)
  XERIAL_MAGIC.copy(header, 0)
  header.writeInt32BE(XERIAL_VERSION, 8)
  header.writeInt32BE(XERIAL_COMPATIBLE_VERSION, 12)
  parts.push(header)
  for (let p = 0; p < buf.length; p += XERIAL_BLOCK_BYTES) {
    const block = compressSync(buf.subarray(p, Math.min(buf.length, p + XERIAL_BLOCK_BYTES)))
    const length = Buffer.allocUnsafe(4)
    length.writeInt32BE(block.length, 0)
    parts.push(length, block)
  }
  return Buffer.concat(parts)
}

/** Compresses to bare raw snappy (librdkafka's choice); for tests and interop. */
export function compressRaw(buf: Buffer): Buffer {
  return compressSync(buf)
}

/** The uncompressed length a raw snappy block declares (its leading varint). */
function declaredLength(block: Buffer): number {
  let value = 0
  for (let i = 0; i < 5; i++) {
    const b = block[i]
    if (b === undefined) throw new DecodeError('snappy: block ends inside its length')
    value += (b & 0x7f) * 2 ** (7 * i)
    if ((b & 0x80) === 0) return value
  }
  throw new DecodeError('snappy: block length varint longer than 5 bytes')
}

function decodeRaw(block: Buffer, room: number): Buffer {
  checkLimit('snappy', declaredLength(block), room)
  try {
    return uncompressSync(block, { asBuffer: true }) as Buffer
  } catch (e) {
    throw new DecodeError(`snappy: bad block (${(e as Error).message})`)
  }
}

export async function decompress(buf: Buffer, maxBytes: number): Promise<Buffer> {
  if (!isXerialFramed(buf)) return decodeRaw(buf, maxBytes)
  const parts: Buffer[] = []
  let produced = 0
  let p = XERIAL_HEADER_BYTES
  while (p < buf.length) {
    if (buf.length - p < 4) throw new DecodeError('snappy: xerial block length truncated')
    const length = buf.readInt32BE(p)
    p += 4
    if (length < 0 || length > buf.length - p)
      throw new DecodeError(`snappy: xerial block length ${length} is out of range`)
    const chunk = decodeRaw(buf.subarray(p, p + length), maxBytes - produced)
    produced += chunk.length
    parts.push(chunk)
    p += length
  }
  return parts.length === 1 ? parts[0]! : Buffer.concat(parts)
}
