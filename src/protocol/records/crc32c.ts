// CRC-32C (Castagnoli), the checksum of a magic v2 record batch.
//
// Two implementations are loaded: @node-rs/crc32 (Rust, SSE4.2/ARMv8 CRC instructions,
// prebuilt binaries shipped inside npm packages per platform, nothing built or downloaded
// at install) and crc-32's crc32c (pure JS tables) as the fallback when no prebuilt binary
// exists for the platform.
//
// bench/protocol/crc32c.bench.ts on the 2-core dev machine (Node 20), MB/s:
//                 @node-rs/crc32   crc-32 (JS)   fast-crc32c (sse4_crc32)   Buffer.copy
//   64 B                 378           472                677                 1,277
//   16 KiB             7,198         2,382             10,508                90,015
//   1 MiB              8,333         2,225             10,893                56,515
// fast-crc32c is ~30% faster, but its native part (sse4_crc32) is compiled from source by
// node-gyp at install: it needs a C++ toolchain and Node headers on every machine, is
// x86-only (SSE4.2), and when the build fails it silently falls back to a JS version ~4x
// slower. A prebuilt binary inside the npm package is the safer choice for `npm ci` on a
// fresh machine, so crc32c() uses @node-rs/crc32. At 64 B the N-API call costs more than
// the CRC; batches are rarely that small, so there is no small-input special case.
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
