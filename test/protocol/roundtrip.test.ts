// Goal: every message in the specs, at every valid version, survives
// encode -> decode unchanged and decode -> encode byte for byte.
// Method: random messages built from the spec model (test/protocol/random-message.ts),
// with nulls, tagged and unknown tagged fields, over fixed seeds; a failure names
// the message, version and seed.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadSpecs } from '../../scripts/codegen/spec.js'
import { Reader } from '../../src/protocol/reader.js'
import { Writer } from '../../src/protocol/writer.js'
import { Prng } from '../../src/util/prng.js'
import { loadModule, RandomMessages } from './random-message.js'

const specs = loadSpecs(join(import.meta.dirname, '../../spec/kafka'))
const SEEDS = [1, 2, 3, 4, 5, 6]

describe('round trip of every message at every version', () => {
  it('covers all 236 spec files', () => {
    expect(specs.length).toBe(236)
  })

  for (const spec of specs) {
    it(`${spec.name} v${spec.validVersions.min}-${spec.validVersions.max}`, async () => {
      const mod = await loadModule(spec)
      const read = mod[`read${spec.name}`] as (r: Reader, v: number) => unknown
      const write = mod[`write${spec.name}`] as (w: Writer, m: unknown, v: number) => void
      for (let version = spec.validVersions.min; version <= spec.validVersions.max; version++) {
        for (const seed of SEEDS) {
          const where = `${spec.name} v${version} seed ${seed}`
          const message = new RandomMessages(spec, mod, new Prng(seed * 7919 + version)).message(version)
          const w = new Writer(16)
          write(w, message, version)
          const bytes = w.toBuffer()
          const r = new Reader(bytes)
          const decoded = read(r, version)
          expect(r.remaining(), where).toBe(0)
          expect(decoded, where).toEqual(message)
          const again = new Writer()
          write(again, decoded, version)
          expect(again.toBuffer().equals(bytes), where).toBe(true)
        }
      }
    })
  }
})
