// LZ4 as Kafka uses it: the LZ4 *frame* format (Kafka's KafkaLZ4BlockOutputStream /
// KafkaLZ4BlockInputStream), not bare blocks. lz4-napi (lz4_flex) offers both frame and
// block functions. We write with its frame encoder (64 KiB independent blocks, no
// checksums: FLG 0x60, BD 0x40, the same shape the Java client writes) and read by walking
// the frame ourselves, decompressing each block with the block decoder, because that lets
// us check the header checksum and cap the output block by block (lz4_flex's frame decoder
// has no size limit).
//
// Frame layout (little-endian):
//   magic 0x184D2204 (bytes 04 22 4D 18)
//   FLG: bits 7-6 version (01), bit 5 block independence, bit 4 block checksum,
//        bit 3 content size, bit 2 content checksum, bit 1 reserved, bit 0 dictionary id
//   BD:  bits 6-4 block max size (4 = 64 KiB, 5 = 256 KiB, 6 = 1 MiB, 7 = 4 MiB)
//   [content size uint64] [dictionary id uint32]
//   HC:  (xxh32(FLG..last descriptor byte, seed 0) >> 8) & 0xFF
//   blocks: size uint32 (high bit set = stored uncompressed, 0 = end mark), data,
//           [block checksum xxh32(data)]
//   [content checksum xxh32(content)]
//
// Kafka's old bug: with magic v0/v1 its LZ4 stream computed HC over the magic bytes too
// (KAFKA-3160); magic v1 fixed it for new data but readers kept accepting the broken value
// for v0. Magic v2 always uses the correct checksum, so we accept only that.
//
// Frames whose blocks depend on earlier ones (block independence 0; lz4js writes these)
// are handed whole to lz4_flex's frame decoder after the walk has proven the output bound
// (block count x block max size) is within the limit.

import { compressFrame, decompressFrameSync, uncompressSync } from 'lz4-napi'
import { DecodeError } from '../decode-error.js'
import { checkLimit, tooLarge } from './limit.js'
import { xxhash32 } from './xxhash32.js'

const MAGIC = 0x184d2204
const FLG_VERSION_MASK = 0xc0
const FLG_VERSION = 0x40
const FLG_BLOCK_INDEPENDENCE = 0x20
const FLG_BLOCK_CHECKSUM = 0x10
const FLG_CONTENT_SIZE = 0x08
const FLG_CONTENT_CHECKSUM = 0x04
const FLG_RESERVED = 0x02
const FLG_DICT_ID = 0x01
const BD_BLOCK_MAX_MASK = 0x70
const UNCOMPRESSED_BIT = 0x80000000

const BLOCK_MAX_BYTES: Record<number, number> = { 4: 64 * 1024, 5: 256 * 1024, 6: 1024 * 1024, 7: 4 * 1024 * 1024 }

export async function compress(buf: Buffer): Promise<Buffer> {
  return compressFrame(buf)
}

interface FrameDescriptor {
  readonly blockMaxBytes: number
  readonly flags: number
  readonly contentSize: bigint | null
  /** Position of the first block header. */
  readonly dataStart: number
}

function readDescriptor(buf: Buffer, start: number): FrameDescriptor {
  if (buf.length - start < 7) throw new DecodeError('lz4: frame shorter than its header')
  if (buf.readUInt32LE(start) !== MAGIC) throw new DecodeError('lz4: bad frame magic')
  const flags = buf[start + 4]!
  const bd = buf[start + 5]!
  if ((flags & FLG_VERSION_MASK) !== FLG_VERSION) throw new DecodeError('lz4: unsupported frame version')
  if ((flags & FLG_RESERVED) !== 0 || (bd & ~BD_BLOCK_MAX_MASK) !== 0) throw new DecodeError('lz4: reserved bits set')
  if ((flags & FLG_DICT_ID) !== 0) throw new DecodeError('lz4: dictionary frames are not supported')
  const blockMaxBytes = BLOCK_MAX_BYTES[(bd & BD_BLOCK_MAX_MASK) >> 4]
  if (blockMaxBytes === undefined) throw new DecodeError('lz4: invalid block max size')
  let p = start + 6
  let contentSize: bigint | null = null
  if ((flags & FLG_CONTENT_SIZE) !== 0) {
    if (buf.length - p < 9) throw new DecodeError('lz4: frame shorter than its header')
    contentSize = buf.readBigUInt64LE(p)
    p += 8
  }
  const expectedHc = (xxhash32(buf, start + 4, p) >>> 8) & 0xff
  if (buf[p] !== expectedHc) throw new DecodeError('lz4: frame header checksum mismatch')
  return { blockMaxBytes, flags, contentSize, dataStart: p + 1 }
}

/** One block as it sits in the frame. */
interface BlockRef {
  readonly start: number
  readonly end: number
  readonly stored: boolean
}

/** Walks the blocks of one frame; returns them and the position after the frame. */
function walkBlocks(buf: Buffer, d: FrameDescriptor): { blocks: BlockRef[]; frameEnd: number } {
  const blocks: BlockRef[] = []
  const blockChecksum = (d.flags & FLG_BLOCK_CHECKSUM) !== 0
  let p = d.dataStart
  for (;;) {
    if (buf.length - p < 4) throw new DecodeError('lz4: frame ends inside a block header')
    const word = buf.readUInt32LE(p)
    p += 4
    if (word === 0) break
    const size = word & ~UNCOMPRESSED_BIT
    if (size > d.blockMaxBytes) throw new DecodeError(`lz4: block of ${size} bytes exceeds the frame's max`)
    const trailer = blockChecksum ? 4 : 0
    if (buf.length - p < size + trailer) throw new DecodeError('lz4: block runs past the end')
    if (blockChecksum && xxhash32(buf, p, p + size) !== buf.readUInt32LE(p + size)) {
      throw new DecodeError('lz4: block checksum mismatch')
    }
    blocks.push({ start: p, end: p + size, stored: (word & UNCOMPRESSED_BIT) !== 0 })
    p += size + trailer
  }
  if ((d.flags & FLG_CONTENT_CHECKSUM) !== 0) {
    if (buf.length - p < 4) throw new DecodeError('lz4: frame ends inside its content checksum')
    p += 4
  }
  return { blocks, frameEnd: p }
}

function decodeIndependent(
  buf: Buffer,
  d: FrameDescriptor,
  blocks: BlockRef[],
  maxBytes: number,
  produced: number,
): Buffer[] {
  const out: Buffer[] = []
  let total = produced
  for (const b of blocks) {
    if (b.stored) {
      total += b.end - b.start
      checkLimit('lz4', total, maxBytes)
      out.push(buf.subarray(b.start, b.end))
      continue
    }
    // lz4-napi's block API takes a 4-byte little-endian size prefix and treats it as the
    // output capacity (allocated up front): a block may decode to at most the frame's block
    // max size and at most what is left under the limit.
    const room = Math.min(maxBytes - total, d.blockMaxBytes)
    const withSize = Buffer.allocUnsafe(4 + b.end - b.start)
    withSize.writeUInt32LE(room, 0)
    buf.copy(withSize, 4, b.start, b.end)
    let chunk: Buffer
    try {
      chunk = uncompressSync(withSize)
    } catch (e) {
      throw new DecodeError(
        `lz4: bad block, or one that decodes to more than ${room} bytes (block max or limit) (${(e as Error).message})`,
      )
    }
    total += chunk.length
    out.push(chunk)
  }
  return out
}

/** Decodes one or more concatenated LZ4 frames, producing at most `maxBytes`. */
export async function decompress(buf: Buffer, maxBytes: number): Promise<Buffer> {
  const parts: Buffer[] = []
  let produced = 0
  let p = 0
  while (p < buf.length) {
    const d = readDescriptor(buf, p)
    const { blocks, frameEnd } = walkBlocks(buf, d)
    if (d.contentSize !== null && d.contentSize > BigInt(maxBytes - produced)) {
      throw tooLarge('lz4', d.contentSize, maxBytes)
    }
    let frameParts: Buffer[]
    if ((d.flags & FLG_BLOCK_INDEPENDENCE) !== 0) {
      frameParts = decodeIndependent(buf, d, blocks, maxBytes, produced)
    } else {
      checkLimit('lz4', produced + blocks.length * d.blockMaxBytes, maxBytes)
      frameParts = [decodeLinkedFrame(buf.subarray(p, frameEnd))]
    }
    const content = frameParts.length === 1 ? frameParts[0]! : Buffer.concat(frameParts)
    if ((d.flags & FLG_CONTENT_CHECKSUM) !== 0 && xxhash32(content) !== buf.readUInt32LE(frameEnd - 4)) {
      throw new DecodeError('lz4: content checksum mismatch')
    }
    if (d.contentSize !== null && BigInt(content.length) !== d.contentSize) {
      throw new DecodeError('lz4: content size does not match the frame header')
    }
    produced += content.length
    parts.push(content)
    p = frameEnd
  }
  if (parts.length === 0) throw new DecodeError('lz4: empty input')
  return parts.length === 1 ? parts[0]! : Buffer.concat(parts)
}

function decodeLinkedFrame(frame: Buffer): Buffer {
  try {
    return decompressFrameSync(frame)
  } catch (e) {
    throw new DecodeError(`lz4: bad frame (${(e as Error).message})`)
  }
}
