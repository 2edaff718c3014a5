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
  files.set('index.ts', emitIndex(specs))
  return files
}

function codecLiteral(spec: MessageSpec): string {
  const v = bounded(spec.validVersions, spec.name)
  const flexMin =
    spec.flexibleVersions.max < spec.flexibleVersions.min ? 'Number.POSITIVE_INFINITY' : spec.flexibleVersions.min
  return `{ name: '${spec.name}', minVersion: ${v.min}, maxVersion: ${v.max}, flexibleMinVersion: ${flexMin}, read: read${spec.name}, write: write${spec.name}, create: default${spec.name} }`
}

function emitIndex(specs: readonly MessageSpec[]): string {
  const out: string[] = []
  out.push('// Generated from spec/kafka/ by scripts/codegen. Do not edit.')
  out.push('// The tables of everything the specs define: APIs by key with their request and')
  out.push('// response codecs, the request/response headers, KRaft metadata records by type,')
  out.push('// and the other data types (coordinator records, consumer protocol, raft state).')
  out.push("import type { Reader } from '../reader.js'")
  out.push("import type { Writer } from '../writer.js'")
  for (const spec of specs) {
    const n = spec.name
    out.push(
      `import { default${n}, read${n}, write${n}, type ${n} } from './${modulePath(spec).replace(/\.ts$/, '.js')}'`,
    )
  }
  out.push('')
  out.push(`export type { ${specs.map((s) => s.name).join(', ')} }`)
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
  out.push('export interface ApiDefinition<Req = unknown, Res = unknown> {')
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
  out.push('  readonly request: MessageCodec<Req>')
  out.push('  readonly response: MessageCodec<Res>')
  out.push('}')
  out.push('')

  const requests = specs.filter((s) => s.type === 'request').sort((a, b) => (a.apiKey ?? 0) - (b.apiKey ?? 0))
  const byName = new Map(specs.map((s) => [s.name, s]))
  out.push('export const ApiKey = {')
  for (const req of requests) out.push(`  ${upperSnake(req.name.replace(/Request$/, ''))}: ${req.apiKey},`)
  out.push('} as const')
  out.push('export type ApiKey = (typeof ApiKey)[keyof typeof ApiKey]')
  out.push('')
  out.push('export const apis = {')
  for (const req of requests) {
    const base = req.name.replace(/Request$/, '')
    const res = byName.get(`${base}Response`)
    if (res === undefined || res.apiKey !== req.apiKey) throw new Error(`no response for ${req.name}`)
    const v = bounded(req.validVersions, req.name)
    const rv = bounded(res.validVersions, res.name)
    if (v.min !== rv.min || v.max !== rv.max) throw new Error(`${base}: request/response versions differ`)
    const flexMin =
      req.flexibleVersions.max < req.flexibleVersions.min ? 'Number.POSITIVE_INFINITY' : req.flexibleVersions.min
    const deprecatedMax = req.deprecatedVersions.max < req.deprecatedVersions.min ? -1 : req.deprecatedVersions.max
    out.push(`  ${upperSnake(base)}: {`)
    out.push(`    apiKey: ${req.apiKey},`)
    out.push(`    name: '${base}',`)
    out.push(`    minVersion: ${v.min},`)
    out.push(`    maxVersion: ${v.max},`)
    out.push(`    flexibleMinVersion: ${flexMin},`)
    out.push(`    deprecatedMaxVersion: ${deprecatedMax},`)
    out.push(`    listeners: [${req.listeners.map((l) => `'${l}'`).join(', ')}],`)
    out.push(`    latestVersionUnstable: ${req.latestVersionUnstable},`)
    out.push(`    request: ${codecLiteral(req)},`)
    out.push(`    response: ${codecLiteral(res)},`)
    out.push(`  } as ApiDefinition<${req.name}, ${res.name}>,`)
  }
  out.push('} as const')
  out.push('')
  out.push('/** Every API by key. */')
  out.push('export const apiByKey: ReadonlyMap<number, ApiDefinition> = new Map(')
  out.push('  Object.values(apis).map((api) => [api.apiKey, api as ApiDefinition]),')
  out.push(')')
  out.push('')
  const header = (name: string) => {
    const spec = byName.get(name)
    if (spec === undefined) throw new Error(`no ${name}`)
    return codecLiteral(spec)
  }
  out.push(`export const requestHeader: MessageCodec<RequestHeader> = ${header('RequestHeader')}`)
  out.push(`export const responseHeader: MessageCodec<ResponseHeader> = ${header('ResponseHeader')}`)
  out.push('')
  const metadata = specs.filter((s) => s.type === 'metadata').sort((a, b) => (a.apiKey ?? 0) - (b.apiKey ?? 0))
  out.push("/** KRaft metadata record codecs by record type (the spec's apiKey). */")
  out.push(
    'export const metadataRecordTypes: ReadonlyMap<number, MessageCodec<unknown>> = new Map<number, MessageCodec<unknown>>([',
  )
  for (const spec of metadata) out.push(`  [${spec.apiKey}, ${codecLiteral(spec)} as MessageCodec<unknown>],`)
  out.push('])')
  out.push('')
  out.push('/** The same metadata record codecs, typed, by name. */')
  out.push('export const metadataRecords = {')
  for (const spec of metadata)
    out.push(
      `  ${spec.name}: { ...${codecLiteral(spec)}, apiKey: ${spec.apiKey} } as MessageCodec<${spec.name}> & { readonly apiKey: ${spec.apiKey} },`,
    )
  out.push('} as const')
  out.push('')
  const data = specs.filter((s) => s.type === 'data')
  out.push('/** Data types that are not requests, responses or metadata records, by name. */')
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
