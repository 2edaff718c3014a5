// xxHash32 (Yann Collet's spec), needed by the LZ4 frame format: the frame descriptor's
// header checksum byte, and the optional block and content checksums. Written here rather
// than pulled in because it is 40 lines and only ever runs over a few bytes on the hot path
// (the descriptor); content checksums are verified when a frame asks for them.
// Check values: xxh32("", 0) = 0x02CC5D05, xxh32("abc", 0) = 0x32D153FF.

const PRIME1 = 0x9e3779b1
const PRIME2 = 0x85ebca77
const PRIME3 = 0xc2b2ae3d
const PRIME4 = 0x27d4eb2f
const PRIME5 = 0x165667b1

function rotl(x: number, r: number): number {
  return (x << r) | (x >>> (32 - r))
}

function round(acc: number, input: number): number {
  return Math.imul(rotl((acc + Math.imul(input, PRIME2)) | 0, 13), PRIME1)
}

/** xxHash32 of buf[start, end) as an unsigned 32-bit number. */
export function xxhash32(buf: Uint8Array, start = 0, end = buf.length, seed = 0): number {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength)
  let p = start
  let h: number
  if (end - start >= 16) {
    let v1 = (seed + PRIME1 + PRIME2) | 0
    let v2 = (seed + PRIME2) | 0
    let v3 = seed | 0
    let v4 = (seed - PRIME1) | 0
    const limit = end - 16
    while (p <= limit) {
      v1 = round(v1, view.getUint32(p, true))
      v2 = round(v2, view.getUint32(p + 4, true))
      v3 = round(v3, view.getUint32(p + 8, true))
      v4 = round(v4, view.getUint32(p + 12, true))
      p += 16
    }
    h = (rotl(v1, 1) + rotl(v2, 7) + rotl(v3, 12) + rotl(v4, 18)) | 0
  } else {
    h = (seed + PRIME5) | 0
  }
  h = (h + (end - start)) | 0
  while (p + 4 <= end) {
    h = Math.imul(rotl((h + Math.imul(view.getUint32(p, true), PRIME3)) | 0, 17), PRIME4)
    p += 4
  }
  while (p < end) {
    h = Math.imul(rotl((h + Math.imul(buf[p]!, PRIME5)) | 0, 11), PRIME1)
    p++
  }
  h ^= h >>> 15
  h = Math.imul(h, PRIME2)
  h ^= h >>> 13
  h = Math.imul(h, PRIME3)
  h ^= h >>> 16
  return h >>> 0
}
