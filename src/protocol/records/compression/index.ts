// The compression codecs by the id they have in a batch's attributes (bits 0-2), each with
// async compress and a bounded decompress. Codec choice notes live in each codec's file:
// gzip.ts (node:zlib), snappy.ts (xerial framing written, raw and xerial read), lz4.ts
// (LZ4 frame format, our frame walker over lz4-napi), zstd.ts (@mongodb-js/zstd 1.x).
//
// Each codec's module is imported on first use: the native ones (lz4-napi, snappy,
// @mongodb-js/zstd) cost about 4 MB of RSS each once loaded, and a broker whose
// clients never compress should not pay it (bench/e2e/run.ts, idle RSS).

import { type CompressionId, type CompressionName, CompressionType, compressionName } from '../batch.js'
import { DecodeError } from '../decode-error.js'
import { DEFAULT_MAX_DECOMPRESSED_BYTES } from './limit.js'

export { DEFAULT_MAX_DECOMPRESSED_BYTES } from './limit.js'

export interface CompressionCodec {
  readonly name: Exclude<CompressionName, 'none'>
  compress(buf: Buffer): Promise<Buffer>
  /** Never produces more than `maxBytes`; throws DecodeError on bad input or a bigger output. */
  decompress(buf: Buffer, maxBytes: number): Promise<Buffer>
}

type CodecModule = Pick<CompressionCodec, 'compress' | 'decompress'>

/** A codec whose module is imported the first time it compresses or decompresses. */
function lazyCodec(name: CompressionCodec['name'], load: () => Promise<CodecModule>): CompressionCodec {
  let loaded: Promise<CodecModule> | null = null
  const module = () => {
    loaded ??= load()
    return loaded
  }
  return {
    name,
    compress: async (buf) => (await module()).compress(buf),
    decompress: async (buf, maxBytes) => (await module()).decompress(buf, maxBytes),
  }
}

export const codecs: { readonly [id in Exclude<CompressionId, 0>]: CompressionCodec } = {
  [CompressionType.gzip]: lazyCodec('gzip', () => import('./gzip.js')),
  [CompressionType.snappy]: lazyCodec('snappy', () => import('./snappy.js')),
  [CompressionType.lz4]: lazyCodec('lz4', () => import('./lz4.js')),
  [CompressionType.zstd]: lazyCodec('zstd', () => import('./zstd.js')),
}

function toId(codec: CompressionName | number): number {
  return typeof codec === 'number' ? codec : CompressionType[codec]
}

function codecFor(codec: CompressionName | number): CompressionCodec | null {
  const id = toId(codec)
  if (compressionName(id) === null) throw new DecodeError(`unknown compression id ${id}`)
  return id === 0 ? null : codecs[id as Exclude<CompressionId, 0>]
}

/** Compresses with `codec` ('none' returns the input itself). */
export async function compress(codec: CompressionName | number, buf: Buffer): Promise<Buffer> {
  const c = codecFor(codec)
  return c === null ? buf : c.compress(buf)
}

/** Decompresses with `codec` ('none' returns the input itself), at most `maxBytes` of output. */
export async function decompress(
  codec: CompressionName | number,
  buf: Buffer,
  maxBytes: number = DEFAULT_MAX_DECOMPRESSED_BYTES,
): Promise<Buffer> {
  const c = codecFor(codec)
  if (c === null) {
    if (buf.length > maxBytes) throw new DecodeError(`records of ${buf.length} bytes exceed the limit of ${maxBytes}`)
    return buf
  }
  return c.decompress(buf, maxBytes)
}
