// zstd through @mongodb-js/zstd 1.x (2.x cannot install here). Level 3 is zstd's and the
// Java client's default. The library has no output limit, so the bomb guard is in two
// parts: a frame that declares its content size (Frame_Content_Size in the header) is
// refused before decoding when that size is over the limit, and every result is checked
// afterwards. A frame without a declared size (the Java client's streaming zstd-jni writes
// these) can still make the library allocate more than the limit before we see it; moving
// to a decoder with a cap (node:zlib zstd from Node 22.15) removes that gap.

import { compress as zstdCompress, decompress as zstdDecompress } from '@mongodb-js/zstd'
import { DecodeError } from '../decode-error.js'
import { checkLimit, tooLarge } from './limit.js'

const ZSTD_MAGIC = 0xfd2fb528
const DEFAULT_LEVEL = 3

export async function compress(buf: Buffer): Promise<Buffer> {
  return zstdCompress(buf, DEFAULT_LEVEL)
}

/** The content size the first frame declares, or null when it does not say. */
export function declaredContentSize(buf: Buffer): bigint | null {
  if (buf.length < 5 || buf.readUInt32LE(0) !== ZSTD_MAGIC) return null
  const fhd = buf[4]!
  const fcsFlag = fhd >> 6
  const singleSegment = (fhd & 0x20) !== 0
  const dictIdBytes = [0, 1, 2, 4][fhd & 0x03]!
  const fcsBytes = [singleSegment ? 1 : 0, 2, 4, 8][fcsFlag]!
  if (fcsBytes === 0) return null
  const p = 5 + (singleSegment ? 0 : 1) + dictIdBytes
  if (buf.length < p + fcsBytes) return null
  switch (fcsBytes) {
    case 1:
      return BigInt(buf[p]!)
    case 2:
      return BigInt(buf.readUInt16LE(p) + 256)
    case 4:
      return BigInt(buf.readUInt32LE(p))
    default:
      return buf.readBigUInt64LE(p)
  }
}

export async function decompress(buf: Buffer, maxBytes: number): Promise<Buffer> {
  const declared = declaredContentSize(buf)
  if (declared !== null && declared > BigInt(maxBytes)) throw tooLarge('zstd', declared, maxBytes)
  let out: Buffer
  try {
    out = await zstdDecompress(buf)
  } catch (e) {
    throw new DecodeError(`zstd: ${(e as Error).message}`)
  }
  checkLimit('zstd', out.length, maxBytes)
  return out
}
