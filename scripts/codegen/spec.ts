// Loads Kafka's JSON message specs into a typed model the emitter walks.
// The files have whole-line // comments, which JSON.parse does not accept.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { intersect, isEmpty, NO_VERSIONS, parseVersions, span, type VersionRange } from './versions.js'

export const PRIMITIVES = [
  'bool',
  'int8',
  'int16',
  'uint16',
  'int32',
  'uint32',
  'int64',
  'float64',
  'string',
  'bytes',
  'uuid',
  'records',
] as const
export type Primitive = (typeof PRIMITIVES)[number]

export type FieldType =
  | { readonly kind: 'primitive'; readonly name: Primitive }
  | { readonly kind: 'struct'; readonly name: string }
  | { readonly kind: 'array'; readonly element: FieldType }

export interface FieldSpec {
  readonly name: string
  readonly jsName: string
  readonly type: FieldType
  readonly versions: VersionRange
  readonly nullableVersions: VersionRange
  readonly taggedVersions: VersionRange
  readonly tag: number | undefined
  readonly ignorable: boolean
  readonly mapKey: boolean
  readonly defaultValue: string | number | boolean | null | undefined
  /** Only RequestHeader.ClientId overrides the message's flexible versions ("none"). */
  readonly flexibleVersions: VersionRange | undefined
  readonly about: string | undefined
}

export interface StructSpec {
  readonly name: string
  readonly fields: readonly FieldSpec[]
  /** Versions of the message in which this struct can be on the wire. */
  versions: VersionRange
}

export type SpecFolder = 'message' | 'metadata' | 'raft' | 'group-coordinator' | 'transaction-coordinator'
export const SPEC_FOLDERS: readonly SpecFolder[] = [
  'message',
  'metadata',
  'raft',
  'group-coordinator',
  'transaction-coordinator',
]

export interface MessageSpec {
  readonly folder: SpecFolder
  readonly file: string
  readonly name: string
  readonly type: string
  readonly apiKey: number | undefined
  readonly validVersions: VersionRange
  readonly flexibleVersions: VersionRange
  readonly deprecatedVersions: VersionRange
  readonly listeners: readonly string[]
  readonly latestVersionUnstable: boolean
  /** The top-level struct, named like the message. */
  readonly root: StructSpec
  /** Every nested struct (inline and common), by name. */
  readonly structs: ReadonlyMap<string, StructSpec>
}

interface RawField {
  name: string
  type: string
  versions?: string
  nullableVersions?: string
  taggedVersions?: string
  tag?: number
  ignorable?: boolean
  mapKey?: boolean
  default?: string | number | boolean | null
  flexibleVersions?: string
  about?: string
  fields?: RawField[]
}

interface RawMessage {
  apiKey?: number
  type: string
  name: string
  validVersions: string
  flexibleVersions: string
  deprecatedVersions?: string
  listeners?: string[]
  latestVersionUnstable?: boolean
  fields: RawField[]
  commonStructs?: { name: string; versions?: string; fields: RawField[] }[]
}

export function stripComments(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n')
}

export function camelCase(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1)
}

function parseType(text: string): { type: FieldType; structName: string | undefined } {
  if (text.startsWith('[]')) {
    const inner = parseType(text.slice(2))
    return { type: { kind: 'array', element: inner.type }, structName: inner.structName }
  }
  if ((PRIMITIVES as readonly string[]).includes(text)) {
    return { type: { kind: 'primitive', name: text as Primitive }, structName: undefined }
  }
  if (!/^[A-Z][A-Za-z0-9]*$/.test(text)) throw new Error(`unknown field type '${text}'`)
  return { type: { kind: 'struct', name: text }, structName: text }
}

export function parseMessage(folder: SpecFolder, file: string, text: string): MessageSpec {
  const raw = JSON.parse(stripComments(text)) as RawMessage
  const structs = new Map<string, StructSpec>()
  const validVersions = parseVersions(raw.validVersions)

  const parseFields = (fields: readonly RawField[], owner: string): FieldSpec[] => {
    const seen = new Set<string>()
    return fields.map((f) => {
      const { type, structName } = parseType(f.type)
      const taggedVersions = parseVersions(f.taggedVersions)
      const versions = parseVersions(f.versions, taggedVersions)
      if (f.fields !== undefined) {
        if (structName === undefined) throw new Error(`${file}: ${f.name} has fields but type ${f.type}`)
        if (structs.has(structName)) throw new Error(`${file}: struct ${structName} declared twice`)
        structs.set(structName, { name: structName, fields: parseFields(f.fields, structName), versions: NO_VERSIONS })
      }
      const jsName = camelCase(f.name)
      if (seen.has(jsName) || jsName === 'unknownTaggedFields') throw new Error(`${file}: ${owner}.${f.name} collides`)
      seen.add(jsName)
      return {
        name: f.name,
        jsName,
        type,
        versions,
        nullableVersions: parseVersions(f.nullableVersions),
        taggedVersions,
        tag: f.tag,
        ignorable: f.ignorable === true,
        mapKey: f.mapKey === true,
        defaultValue: f.default,
        flexibleVersions: f.flexibleVersions === undefined ? undefined : parseVersions(f.flexibleVersions),
        about: f.about,
      }
    })
  }

  for (const common of raw.commonStructs ?? []) {
    if (structs.has(common.name)) throw new Error(`${file}: struct ${common.name} declared twice`)
    structs.set(common.name, {
      name: common.name,
      fields: parseFields(common.fields, common.name),
      versions: NO_VERSIONS,
    })
  }
  const root: StructSpec = { name: raw.name, fields: parseFields(raw.fields, raw.name), versions: validVersions }
  if (structs.has(raw.name)) throw new Error(`${file}: struct named like its message`)

  // Each struct's versions: where a field referencing it can be present.
  const visit = (struct: StructSpec, context: VersionRange): void => {
    for (const field of struct.fields) {
      const present = intersect(context, span(field.versions, field.taggedVersions))
      const name = structNameOf(field.type)
      if (name === undefined || isEmpty(present)) continue
      const target = structs.get(name)
      if (target === undefined) throw new Error(`${file}: unknown struct ${name}`)
      const widened = span(target.versions, present)
      if (widened.min !== target.versions.min || widened.max !== target.versions.max || isEmpty(target.versions)) {
        target.versions = widened
        visit(target, widened)
      }
    }
  }
  visit(root, validVersions)

  return {
    folder,
    file,
    name: raw.name,
    type: raw.type,
    apiKey: raw.apiKey,
    validVersions,
    flexibleVersions: parseVersions(raw.flexibleVersions),
    deprecatedVersions: parseVersions(raw.deprecatedVersions),
    listeners: raw.listeners ?? [],
    latestVersionUnstable: raw.latestVersionUnstable === true,
    root,
    structs,
  }
}

export function structNameOf(type: FieldType): string | undefined {
  if (type.kind === 'struct') return type.name
  if (type.kind === 'array') return structNameOf(type.element)
  return undefined
}

export function loadSpecs(specDir: string): MessageSpec[] {
  const specs: MessageSpec[] = []
  for (const folder of SPEC_FOLDERS) {
    for (const file of readdirSync(join(specDir, folder)).sort()) {
      if (!file.endsWith('.json')) continue
      specs.push(parseMessage(folder, file, readFileSync(join(specDir, folder, file), 'utf8')))
    }
  }
  return specs
}
