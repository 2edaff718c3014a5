// gzip through node:zlib on the libuv thread pool. `maxOutputLength` stops inflation at
// the limit (zlib raises ERR_BUFFER_TOO_LARGE), so a bomb costs at most `maxBytes`.
// Concatenated gzip members (allowed by RFC 1952) decode as one stream. Level 6 is zlib's
// default and Java's Deflater.DEFAULT_COMPRESSION, what the Java client writes.

import { promisify } from 'node:util'
import { constants, gunzip, gzip } from 'node:zlib'
import { DecodeError } from '../decode-error.js'
import { tooLarge } from './limit.js'

const gzipAsync = promisify(gzip)
const gunzipAsync = promisify(gunzip)

export async function compress(buf: Buffer): Promise<Buffer> {
  return gzipAsync(buf, { level: constants.Z_DEFAULT_COMPRESSION })
}

export async function decompress(buf: Buffer, maxBytes: number): Promise<Buffer> {
  try {
    return await gunzipAsync(buf, { maxOutputLength: Math.max(1, maxBytes) })
  } catch (e) {
    const err = e as NodeJS.ErrnoException
    if (err.code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge('gzip', `more than ${maxBytes}`, maxBytes)
    throw new DecodeError(`gzip: ${err.message}`)
  }
}
