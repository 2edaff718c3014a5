// A bit-at-a-time CRC-32C (reflected polynomial 0x82F63B78) for tests: slow and obviously
// right, and independent of both implementations under test.

export function bitwiseCrc32c(buf: Uint8Array): number {
  let c = 0xffffffff
  for (const x of buf) {
    c ^= x
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0x82f63b78 : c >>> 1
  }
  return (c ^ 0xffffffff) >>> 0
}
