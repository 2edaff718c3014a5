// The whole generator as one pure function: spec directory in, map of
// relative path -> file contents out. main.ts writes it; a test compares it
// with the committed files.
import { emitMessage } from './emit-message.js'
import { loadSpecs, type MessageSpec } from './spec.js'
import { format, type VersionRange } from './versions.js'

export function kebabCase(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()
}

function upperSnake(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase()
}

function modulePath(spec: MessageSpec): string {
  return `${spec.folder}/${kebabCase(spec.name)}.ts`
}

function bounded(r: VersionRange, what: string): { min: number; max: number } {
  if (!Number.isFinite(r.max)) throw new Error(`${what}: open version range ${format(r)}`)
  return { min: r.min, max: r.max }
}

export function generate(specDir: string): Map<string, string> {
  const specs = loadSpecs(specDir)
  const files = new Map<string, string>()
  const names = new Set<string>()
  for (const spec of specs) {
    if (names.has(spec.name)) throw new Error(`two specs are named ${spec.name}`)
    names.add(spec.name)
    files.set(modulePath(spec), emitMessage({ spec, protocolImport: '../..' }))
  }
  const apis = pairApis(specs)
  files.set('api-table.ts', emitApiTable(apis))
  for (const api of apis) files.set(`apis/${kebabCase(api.base)}.ts`, emitApiModule(api))
  files.set(
    'headers.ts',
    emitTable(specs, 'headers', (s) => s.type === 'header'),
  )
  files.set('metadata-records.ts', emitMetadataRecords(specs))
  files.set('data-types.ts', emitDataTypes(specs))
  files.set('index.ts', emitIndex(specs, apis))
  return files
}

const HEADER = '// Generated from spec/kafka/ by scripts/codegen. Do not edit.'

interface ApiPair {
  readonly base: string
  readonly request: MessageSpec
  readonly response: MessageSpec
}

function pairApis(specs: readonly MessageSpec[]): ApiPair[] {
  const byName = new Map(specs.map((s) => [s.name, s]))
  return specs
    .filter((s) => s.type === 'request')
    .sort((a, b) => (a.apiKey ?? 0) - (b.apiKey ?? 0))
    .map((request) => {
      const base = request.name.replace(/Request$/, '')
      const response = byName.get(`${base}Response`)
      if (response === undefined || response.apiKey !== request.apiKey)
        throw new Error(`no response for ${request.name}`)
      const v = bounded(request.validVersions, request.name)
      const rv = bounded(response.validVersions, response.name)
      if (v.min !== rv.min || v.max !== rv.max) throw new Error(`${base}: request/response versions differ`)
      return { base, request, response }
    })
}

/** The import of a message module's functions and type, from a generated file `depth` folders below generated/. */
function importMessage(spec: MessageSpec, from: string): string {
  const n = spec.name
  return `import { default${n}, read${n}, write${n}, type ${n} } from '${from}${modulePath(spec).replace(/\.ts$/, '.js')}'`
}

function codecLiteral(spec: MessageSpec): string {
  const v = bounded(spec.validVersions, spec.name)
  const flexMin =
    spec.flexibleVersions.max < spec.flexibleVersions.min ? 'Number.POSITIVE_INFINITY' : spec.flexibleVersions.min
  return `{ name: '${spec.name}', minVersion: ${v.min}, maxVersion: ${v.max}, flexibleMinVersion: ${flexMin}, read: read${spec.name}, write: write${spec.name}, create: default${spec.name} }`
}

function apiEntry(api: ApiPair): string {
  const req = api.request
  const v = bounded(req.validVersions, req.name)
  const flexMin =
    req.flexibleVersions.max < req.flexibleVersions.min ? 'Number.POSITIVE_INFINITY' : req.flexibleVersions.min
  const deprecatedMax = req.deprecatedVersions.max < req.deprecatedVersions.min ? -1 : req.deprecatedVersions.max
  return `{ apiKey: ${req.apiKey}, name: '${api.base}', minVersion: ${v.min}, maxVersion: ${v.max}, flexibleMinVersion: ${flexMin}, deprecatedMaxVersion: ${deprecatedMax}, listeners: [${req.listeners.map((l) => `'${l}'`).join(', ')}], latestVersionUnstable: ${req.latestVersionUnstable} }`
}

/** API keys and versions without any codec: what framing and ApiVersions need, cheap to load. */
function emitApiTable(apis: readonly ApiPair[]): string {
  const out: string[] = [HEADER]
  out.push('// Every API key with its versions, and the shapes of codecs and API definitions.')
  out.push('// Importing this loads no message module (see apis/ for one API with its codecs).')
  out.push("import type { Reader } from '../reader.js'")
  out.push("import type { Writer } from '../writer.js'")
  out.push('')
  out.push('export interface MessageCodec<T> {')
  out.push('  readonly name: string')
  out.push('  readonly minVersion: number')
  out.push('  readonly maxVersion: number')
  out.push('  /** First flexible version (KIP-482), or Infinity when none is. */')
  out.push('  readonly flexibleMinVersion: number')
  out.push('  // Method syntax on purpose: it keeps ApiDefinition<Req, Res> assignable to')
  out.push('  // ApiDefinition<unknown, unknown>, so tables of all APIs type-check.')
  out.push('  read(r: Reader, version: number): T')
  out.push('  write(w: Writer, message: T, version: number): void')
  out.push('  /** A message with every field at its default. */')
  out.push('  create(): T')
  out.push('}')
  out.push('')
  out.push('export interface ApiVersionsEntry {')
  out.push('  readonly apiKey: number')
  out.push('  /** Kafka\'s name for the API, e.g. "Produce". */')
  out.push('  readonly name: string')
  out.push('  readonly minVersion: number')
  out.push('  readonly maxVersion: number')
  out.push('  readonly flexibleMinVersion: number')
  out.push('  /** Highest deprecated version (KIP-896), or -1 when none is. */')
  out.push('  readonly deprecatedMaxVersion: number')
  out.push("  readonly listeners: readonly ('broker' | 'controller' | 'zkBroker')[]")
  out.push('  /** The newest version is still unstable and must not be advertised. */')
  out.push('  readonly latestVersionUnstable: boolean')
  out.push('}')
  out.push('')
  out.push('export interface ApiDefinition<Req = unknown, Res = unknown> extends ApiVersionsEntry {')
  out.push('  readonly request: MessageCodec<Req>')
  out.push('  readonly response: MessageCodec<Res>')
  out.push('}')
  out.push('')
  out.push('export const ApiKey = {')
  for (const api of apis) out.push(`  ${upperSnake(api.base)}: ${api.request.apiKey},`)
  out.push('} as const')
  out.push('export type ApiKey = (typeof ApiKey)[keyof typeof ApiKey]')
  out.push('')
  out.push('/** Every API by key, versions only. */')
  out.push('export const apiTable: ReadonlyMap<number, ApiVersionsEntry> = new Map<number, ApiVersionsEntry>([')
  for (const api of apis) out.push(`  [${api.request.apiKey}, ${apiEntry(api)}],`)
  out.push('])')
  return `${out.join('\n')}\n`
}

function lowerCamel(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1)
}

/** One API with its request and response codecs; a handler imports only the APIs it serves. */
function emitApiModule(api: ApiPair): string {
  const out: string[] = [HEADER]
  out.push(`// API key ${api.request.apiKey}: ${api.base}.`)
  out.push("import type { ApiDefinition } from '../api-table.js'")
  out.push(importMessage(api.request, '../'))
  out.push(importMessage(api.response, '../'))
  out.push('')
  out.push(`export const ${lowerCamel(api.base)}Api: ApiDefinition<${api.request.name}, ${api.response.name}> = {`)
  out.push(`  ...${apiEntry(api)},`)
  out.push(`  request: ${codecLiteral(api.request)},`)
  out.push(`  response: ${codecLiteral(api.response)},`)
  out.push('}')
  return `${out.join('\n')}\n`
}

function emitTable(specs: readonly MessageSpec[], what: string, pick: (s: MessageSpec) => boolean): string {
  const chosen = specs.filter(pick)
  const out: string[] = [HEADER]
  out.push(`// The ${what} codecs.`)
  out.push("import type { MessageCodec } from './api-table.js'")
  for (const spec of chosen) out.push(importMessage(spec, './'))
  out.push('')
  for (const spec of chosen) {
    out.push(`export const ${lowerCamel(spec.name)}: MessageCodec<${spec.name}> = ${codecLiteral(spec)}`)
  }
  return `${out.join('\n')}\n`
}

function emitMetadataRecords(specs: readonly MessageSpec[]): string {
  const metadata = specs.filter((s) => s.type === 'metadata').sort((a, b) => (a.apiKey ?? 0) - (b.apiKey ?? 0))
  const out: string[] = [HEADER]
  out.push('// KRaft metadata record codecs, by record type and by name.')
  out.push("import type { MessageCodec } from './api-table.js'")
  for (const spec of metadata) out.push(importMessage(spec, './'))
  out.push('')
  out.push("/** KRaft metadata record codecs by record type (the spec's apiKey). */")
  out.push(
    'export const metadataRecordTypes: ReadonlyMap<number, MessageCodec<unknown>> = new Map<number, MessageCodec<unknown>>([',
  )
  for (const spec of metadata) out.push(`  [${spec.apiKey}, ${codecLiteral(spec)} as MessageCodec<unknown>],`)
  out.push('])')
  out.push('')
  out.push('/** The same metadata record codecs, typed, by name. */')
  out.push('export const metadataRecords = {')
  for (const spec of metadata) {
    out.push(
      `  ${spec.name}: { ...${codecLiteral(spec)}, apiKey: ${spec.apiKey} } as MessageCodec<${spec.name}> & { readonly apiKey: ${spec.apiKey} },`,
    )
  }
  out.push('} as const')
  return `${out.join('\n')}\n`
}

function emitDataTypes(specs: readonly MessageSpec[]): string {
  const data = specs.filter((s) => s.type === 'data')
  const out: string[] = [HEADER]
  out.push('// Data types that are not requests, responses or metadata records: coordinator')
  out.push('// records, the consumer protocol, raft state and control records.')
  out.push("import type { MessageCodec } from './api-table.js'")
  for (const spec of data) out.push(importMessage(spec, './'))
  out.push('')
  out.push('/** Data types by name. */')
  out.push('export const dataTypes = {')
  for (const spec of data) out.push(`  ${spec.name}: ${codecLiteral(spec)} as MessageCodec<${spec.name}>,`)
  out.push('} as const')
  out.push('')
  out.push('/** Record types of the data files that carry one (coordinator record keys, raft control records). */')
  out.push('export const dataTypeApiKeys: Readonly<Record<string, number>> = {')
  for (const spec of data) if (spec.apiKey !== undefined) out.push(`  ${spec.name}: ${spec.apiKey},`)
  out.push('}')
  return `${out.join('\n')}\n`
}

/**
 * Everything at once, for tools and tests. Loading it loads every message
 * module (~240); runtime code imports api-table.ts, apis/<api>.ts,
 * headers.ts, metadata-records.ts or data-types.ts instead.
 */
function emitIndex(specs: readonly MessageSpec[], apis: readonly ApiPair[]): string {
  const out: string[] = [HEADER]
  out.push('// Every table at once, for tools and tests: importing this loads every message')
  out.push('// module. Runtime code imports api-table.ts, apis/<api>.js, headers.ts,')
  out.push('// metadata-records.ts or data-types.ts, so a broker loads only what it serves.')
  out.push("import type { ApiDefinition } from './api-table.js'")
  for (const api of apis) out.push(`import { ${lowerCamel(api.base)}Api } from './apis/${kebabCase(api.base)}.js'`)
  out.push('')
  for (const spec of specs)
    out.push(`export type { ${spec.name} } from './${modulePath(spec).replace(/\.ts$/, '.js')}'`)
  out.push("export * from './api-table.js'")
  out.push("export * from './data-types.js'")
  out.push("export * from './headers.js'")
  out.push("export * from './metadata-records.js'")
  out.push('')
  out.push('export const apis = {')
  for (const api of apis) out.push(`  ${upperSnake(api.base)}: ${lowerCamel(api.base)}Api,`)
  out.push('} as const')
  out.push('')
  out.push('/** Every API by key, with codecs. */')
  out.push('export const apiByKey: ReadonlyMap<number, ApiDefinition> = new Map(')
  out.push('  Object.values(apis).map((api) => [api.apiKey, api as ApiDefinition]),')
  out.push(')')
  return `${out.join('\n')}\n`
}
