// The decompression-bomb guard shared by the codecs: a compressed batch of a few KiB may
// claim gigabytes. Every decompress takes `maxBytes` and refuses to produce more; where a
// library cannot stop early (zstd 1.x) the codec checks what the format declares up front
// and the result afterwards.

import { DecodeError } from '../decode-error.js'

/** Default cap on one batch's decompressed records: Kafka's default fetch.max.bytes (50 MiB) plus room. */
export const DEFAULT_MAX_DECOMPRESSED_BYTES = 64 * 1024 * 1024

export function tooLarge(codec: string, bytes: number | bigint | string, maxBytes: number): DecodeError {
  return new DecodeError(`${codec}: decompressed size ${bytes} exceeds the limit of ${maxBytes} bytes`)
}

export function checkLimit(codec: string, bytes: number, maxBytes: number): void {
  if (bytes > maxBytes) throw tooLarge(codec, bytes, maxBytes)
}
