// Goal: no byte string makes a generated decoder do anything but return a value
// or throw DecodeError: no other exception, no hang, no allocation beyond the
// input (array lengths are checked against the bytes left first).
// Method: for every API (requests and responses) and every version, decode
// random bytes and mutations of a valid encoding (bit flips, truncation, byte
// runs of 0x00/0xff/0x7f) from a seeded PRNG. SEED=n replays one run.

import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadSpecs } from '../../scripts/codegen/spec.js'
import { DecodeError } from '../../src/protocol/decode-error.js'
import { readRequestHeader } from '../../src/protocol/frame.js'
import { type ApiDefinition, apiByKey, type MessageCodec } from '../../src/protocol/generated/index.js'
import { Reader } from '../../src/protocol/reader.js'
import { Writer } from '../../src/protocol/writer.js'
import { Prng } from '../../src/util/prng.js'
import { loadModule, RandomMessages } from '../protocol/random-message.js'

const specsByName = new Map(loadSpecs(join(import.meta.dirname, '../../spec/kafka')).map((s) => [s.name, s]))

const SEED = Number(process.env.SEED ?? 20261128)
const CASES_PER_VERSION = 80

function mutate(rng: Prng, valid: Buffer): Buffer {
  const b = Buffer.from(valid)
  switch (rng.nextInt(4)) {
    case 0:
      return b.subarray(0, rng.nextInt(b.length + 1))
    case 1: {
      for (let i = 0, n = 1 + rng.nextInt(4); i < n && b.length > 0; i++) {
        const at = rng.nextInt(b.length)
        b[at] = b[at]! ^ (1 << rng.nextInt(8))
      }
      return b
    }
    case 2: {
      const fill = rng.pick([0x00, 0xff, 0x7f, 0x80])
      if (b.length > 0) b.fill(fill, rng.nextInt(b.length), rng.nextInt(b.length + 1))
      return b
    }
    default:
      return rng.bytes(rng.nextInt(64))
  }
}

function decodeOrDecodeError(codec: MessageCodec<unknown>, bytes: Buffer, version: number, where: string): void {
  try {
    codec.read(new Reader(bytes), version)
  } catch (err) {
    if (!(err instanceof DecodeError)) {
      throw new Error(`${where}: ${String(err)} (replay with SEED=${SEED})`)
    }
  }
}

/** A random but valid encoding, so mutations reach deep into nested structs. */
async function validEncoding(codec: MessageCodec<unknown>, version: number, rng: Prng): Promise<Buffer> {
  const spec = specsByName.get(codec.name)
  if (spec === undefined) throw new Error(`no spec ${codec.name}`)
  const message = new RandomMessages(spec, await loadModule(spec), rng).message(version)
  const w = new Writer()
  codec.write(w, message, version)
  return w.toBuffer()
}

describe(`decoders never fail except with DecodeError (SEED=${SEED})`, () => {
  const apiList = [...apiByKey.values()] as ApiDefinition[]
  it('request and response bodies, every API and version', async () => {
    const rng = new Prng(SEED)
    let cases = 0
    for (const api of apiList) {
      for (let v = api.minVersion; v <= api.maxVersion; v++) {
        for (const codec of [api.request, api.response]) {
          const valid = await validEncoding(codec, v, rng)
          for (let i = 0; i < CASES_PER_VERSION; i++) {
            decodeOrDecodeError(codec, mutate(rng, valid), v, `${codec.name} v${v}`)
            cases++
          }
        }
      }
    }
    expect(cases).toBeGreaterThan(50_000)
  })

  it('request headers of random frames', () => {
    const rng = new Prng(SEED + 1)
    for (let i = 0; i < 5000; i++) {
      const frame = rng.bytes(rng.nextInt(40))
      if (frame.length >= 4) frame.writeInt16BE(rng.nextInt(90), 0)
      try {
        readRequestHeader(frame)
      } catch (err) {
        if (!(err instanceof DecodeError)) throw new Error(`${String(err)} (SEED=${SEED})`)
      }
    }
  })
})
