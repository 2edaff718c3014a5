// Builds random messages from the spec model (not from the generated code), so
// round-trip tests exercise every field the spec puts on the wire at a version:
// nulls where the version allows them, multi-byte strings, tagged fields, and
// unknown tagged fields that must survive decoding and re-encoding.
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { kebabCase } from '../../scripts/codegen/generate.js'
import type { FieldSpec, FieldType, MessageSpec, StructSpec } from '../../scripts/codegen/spec.js'
import { has } from '../../scripts/codegen/versions.js'
import type { Prng } from '../../src/util/prng.js'

export type GeneratedModule = Record<string, (...args: unknown[]) => unknown>

const root = join(import.meta.dirname, '../..')

export async function loadModule(spec: MessageSpec): Promise<GeneratedModule> {
  const path = join(root, 'src/protocol/generated', spec.folder, `${kebabCase(spec.name)}.ts`)
  return (await import(pathToFileURL(path).href)) as GeneratedModule
}

const CHARS = ['a', 'b', 'z', '0', '-', '.', '_', ' ', 'é', 'ß', '日', '本', '😀']

function randomString(rng: Prng): string {
  let s = ''
  const n = rng.nextInt(9)
  for (let i = 0; i < n; i++) s += rng.pick(CHARS)
  return s
}

function randomPrimitive(name: string, rng: Prng): unknown {
  switch (name) {
    case 'bool':
      return rng.bool()
    case 'int8':
      return rng.nextInt(256) - 128
    case 'int16':
      return rng.nextInt(65536) - 32768
    case 'uint16':
      return rng.nextInt(65536)
    case 'int32':
      return rng.nextU32() | 0
    case 'uint32':
      return rng.nextU32()
    case 'int64':
      return rng.nextBigInt64()
    case 'float64':
      return (rng.nextFloat() - 0.5) * 1e6
    case 'string':
      return randomString(rng)
    case 'bytes':
    case 'records':
      return rng.bytes(rng.nextInt(12))
    case 'uuid':
      return rng.bytes(16)
    default:
      throw new Error(`no generator for ${name}`)
  }
}

export class RandomMessages {
  constructor(
    private readonly spec: MessageSpec,
    private readonly mod: GeneratedModule,
    private readonly rng: Prng,
  ) {}

  message(version: number): Record<string, unknown> {
    return this.struct(this.spec.root, version, 0)
  }

  private struct(struct: StructSpec, version: number, depth: number): Record<string, unknown> {
    const create = this.mod[`default${struct.name}`]
    if (create === undefined) throw new Error(`no default${struct.name} in ${this.spec.name}`)
    const obj = create() as Record<string, unknown>
    for (const field of struct.fields) {
      if (!has(field.versions, version)) continue
      obj[field.jsName] = this.value(field, field.type, version, depth, true)
    }
    if (has(this.spec.flexibleVersions, version) && this.rng.bool(0.2)) {
      const tags = new Set<number>()
      const count = 1 + this.rng.nextInt(2)
      while (tags.size < count) tags.add(100 + this.rng.nextInt(1000))
      obj.unknownTaggedFields = [...tags]
        .sort((a, b) => a - b)
        .map((tag) => ({ tag, data: this.rng.bytes(this.rng.nextInt(6)) }))
    }
    return obj
  }

  private value(field: FieldSpec, type: FieldType, version: number, depth: number, top: boolean): unknown {
    if (top && has(field.nullableVersions, version) && this.rng.bool(0.2)) return null
    if (type.kind === 'primitive') return randomPrimitive(type.name, this.rng)
    if (type.kind === 'struct') {
      const struct = this.spec.structs.get(type.name)
      if (struct === undefined) throw new Error(`no struct ${type.name}`)
      return this.struct(struct, version, depth + 1)
    }
    const length = depth > 3 ? 0 : this.rng.nextInt(4)
    const out: unknown[] = []
    for (let i = 0; i < length; i++) out.push(this.value(field, type.element, version, depth + 1, false))
    return out
  }
}
