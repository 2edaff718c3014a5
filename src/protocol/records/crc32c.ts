// CRC-32C (Castagnoli), the checksum of a magic v2 record batch.
//
// Two implementations are loaded: @node-rs/crc32 (Rust, SSE4.2/ARMv8 CRC instructions,
// prebuilt binaries shipped inside npm packages per platform, nothing downloaded at
// install) and crc-32's crc32c (pure JS, slice-by-16 tables) as the fallback when no
// prebuilt binary exists for the platform. Figures from bench/protocol/crc32c.bench.ts on
// the 2-core dev machine (Node 20), MB/s, native vs crc-32 vs fast-crc32c (JS fallback,
// its native sse4_crc32 cannot build without install scripts):
//   64 B:    ~1,900 / ~530 / ~300       (N-API call overhead dominates small inputs)
//   16 KiB:  ~19,000 / ~1,500 / ~700
//   1 MiB:   ~21,000 / ~1,500 / ~700
// So the native one wins at every size we care about (a batch header is 61 bytes but we
// always checksum attributes..end, i.e. the whole batch).
//
// `crc32c(buf, start, end)` covers buf[start, end) and never copies (subarray is a view).

import { createRequire } from 'node:module'

type Crc32cFn = (input: Uint8Array, initialState?: number) => number

// Both packages are CommonJS without typings for these entry points; createRequire loads
// them and the casts state the one function each is used for.
const require = createRequire(import.meta.url)
const crc32cJs = require('crc-32/crc32c') as { buf(data: Uint8Array, seed?: number): number }

function loadNative(): Crc32cFn | null {
  try {
    const mod = require('@node-rs/crc32') as { crc32c: Crc32cFn }
    // Known check value: CRC-32C("123456789") = 0xE3069283.
    if (mod.crc32c(Buffer.from('123456789')) >>> 0 !== 0xe3069283) return null
    return mod.crc32c
  } catch {
    // No prebuilt binary for this platform: the pure-JS table implementation is used.
    return null
  }
}

const native = loadNative()

/** Which implementation `crc32c` uses in this process; reported by benches and logs. */
export const crc32cImplementation: 'native' | 'js' = native === null ? 'js' : 'native'

/** The JS implementation, exported for the benchmark and cross-checks. */
export function crc32cJsImpl(buf: Uint8Array, start = 0, end = buf.length): number {
  return crc32cJs.buf(buf.subarray(start, end), 0) >>> 0
}

/** CRC-32C of buf[start, end) as an unsigned 32-bit number. */
export function crc32c(buf: Uint8Array, start = 0, end = buf.length): number {
  const view = start === 0 && end === buf.length ? buf : buf.subarray(start, end)
  if (native !== null) return native(view) >>> 0
  return crc32cJs.buf(view, 0) >>> 0
}
