// CRC-32C throughput: @node-rs/crc32 (prebuilt native, what crc32c() uses) and
// crc-32/crc32c (pure JS fallback), side by side at 64 B, 16 KiB and 1 MiB.
// fast-crc32c was measured once (~30% faster) and dropped: its native part is
// compiled by node-gyp at every install (see src/protocol/records/crc32c.ts).
// Baseline: Buffer.copy of the same bytes. MB/s = hz * size / 1e6.

import { createRequire } from 'node:module'
import { bench, describe } from 'vitest'
import { crc32c, crc32cJsImpl } from '../../src/protocol/records/crc32c.js'

const require = createRequire(import.meta.url)
const nodeRs = require('@node-rs/crc32') as { crc32c(buf: Uint8Array): number }

for (const size of [64, 16 * 1024, 1024 * 1024]) {
  const buf = Buffer.alloc(size)
  for (let i = 0; i < size; i++) buf[i] = (i * 2654435761) >>> 24
  const dst = Buffer.alloc(size)
  describe(`crc32c ${size} B`, () => {
    bench('Buffer.copy baseline', () => {
      buf.copy(dst)
    })
    bench('crc32c() (native @node-rs/crc32)', () => {
      crc32c(buf, 0, size)
    })
    bench('@node-rs/crc32 direct', () => {
      nodeRs.crc32c(buf)
    })
    bench('crc-32/crc32c (JS)', () => {
      crc32cJsImpl(buf, 0, size)
    })
  })
}
