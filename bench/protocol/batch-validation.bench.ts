// Header-only validation of a 1 MiB uncompressed batch (length, magic, CRC-32C, counts)
// against a Buffer.copy of the same bytes, plus the cost of a full decode for contrast.
// MB/s = hz * 1 MiB / 1e6.

import { bench, describe } from 'vitest'
import { validateBatch } from '../../src/protocol/records/batch.js'
import { decodeBatch, encodeBatch } from '../../src/protocol/records/codec.js'

const records = Array.from({ length: 2048 }, (_, i) => ({
  timestamp: 1700000000000n + BigInt(i),
  key: Buffer.from(`user-${i % 997}`),
  value: Buffer.from(JSON.stringify({ id: i, name: `name-${i}`, tags: ['a', 'b', 'c'], pad: 'x'.repeat(420) })),
}))
const batch = await encodeBatch({ records })
const dst = Buffer.alloc(batch.length)

describe(`batch of ${batch.length} bytes, ${records.length} records`, () => {
  bench('Buffer.copy baseline', () => {
    batch.copy(dst)
  })
  bench('validateBatch (header + CRC)', () => {
    if (!validateBatch(batch).ok) throw new Error('invalid')
  })
  bench('decodeBatch (every record)', async () => {
    await decodeBatch(batch)
  })
})
