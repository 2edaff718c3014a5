// Emits one TypeScript module for one spec file: an interface per struct and,
// per struct, read/write/default functions that take the version as an
// argument. Code is straight-line with one version check per field; checks
// that cannot vary within the versions a struct can be on the wire at are
// folded away (see condition() in versions.ts), as Kafka's VersionConditional.
import {
  type FieldSpec,
  type FieldType,
  type MessageSpec,
  type Primitive,
  type StructSpec,
  structNameOf,
} from './spec.js'
import { condition, format, intersect, isEmpty, NO_VERSIONS, span, type VersionRange } from './versions.js'

class Code {
  private readonly lines: string[] = []
  private depth = 0

  line(text = ''): void {
    this.lines.push(text === '' ? '' : '  '.repeat(this.depth) + text)
  }

  open(text: string): void {
    this.line(text)
    this.depth++
  }

  close(text = '}'): void {
    this.depth--
    this.line(text)
  }

  /** `if (cond) { body }`, folded when cond is decided. */
  when(cond: string, body: () => void, otherwise?: () => void): void {
    if (cond === 'true') {
      body()
      return
    }
    if (cond === 'false') {
      otherwise?.()
      return
    }
    this.open(`if (${cond}) {`)
    body()
    if (otherwise) {
      const mark = this.lines.length
      this.close('} else {')
      this.depth++
      const before = this.lines.length
      otherwise()
      // An empty else is dropped: roll back to before `} else {`.
      if (this.lines.length === before) this.lines.length = mark
    }
    this.close()
  }

  /** `} else {` continuing the block just opened. */
  orElse(): void {
    this.close('} else {')
    this.depth++
  }

  toString(): string {
    return `${this.lines.join('\n')}\n`
  }
}

/** Locals holding decoded fields get a prefix so no field name can shadow `version`, `r` or a loop variable. */
function local(field: FieldSpec): string {
  return `$${field.jsName}`
}

function not(cond: string): string {
  if (cond === 'true') return 'false'
  if (cond === 'false') return 'true'
  return `!(${cond})`
}

function and(a: string, b: string): string {
  if (a === 'false' || b === 'false') return 'false'
  if (a === 'true') return b
  if (b === 'true') return a
  return `${a} && ${b}`
}

/** `a ? x : y` folded when a is decided. */
function choose(cond: string, yes: string, no: string): string {
  if (cond === 'true') return yes
  if (cond === 'false') return no
  return `(${cond} ? ${yes} : ${no})`
}

/** Versions in which the field is a regular (not tagged) field. */
function regularVersions(field: FieldSpec): VersionRange {
  const tagged = field.taggedVersions
  if (isEmpty(tagged)) return field.versions
  const inter = intersect(field.versions, tagged)
  if (isEmpty(inter)) return field.versions
  if (inter.min <= field.versions.min && inter.max >= field.versions.max) return NO_VERSIONS
  if (inter.max >= field.versions.max) return { min: field.versions.min, max: inter.min - 1 }
  throw new Error(`${field.name}: tagged versions ${format(tagged)} are not a suffix of ${format(field.versions)}`)
}

function taggedVersions(field: FieldSpec): VersionRange {
  return intersect(field.versions, field.taggedVersions)
}

const NUMBER_TYPES = new Set<Primitive>(['int8', 'int16', 'uint16', 'int32', 'uint32', 'float64'])

function primitiveTsType(p: Primitive): string {
  if (NUMBER_TYPES.has(p)) return 'number'
  switch (p) {
    case 'bool':
      return 'boolean'
    case 'int64':
      return 'bigint'
    case 'string':
      return 'string'
    default:
      return 'Buffer'
  }
}

function tsType(type: FieldType): string {
  if (type.kind === 'primitive') return primitiveTsType(type.name)
  if (type.kind === 'struct') return type.name
  return `${tsType(type.element)}[]`
}

const FIXED_READ: Partial<Record<Primitive, string>> = {
  bool: 'readBool',
  int8: 'readInt8',
  int16: 'readInt16',
  uint16: 'readUint16',
  int32: 'readInt32',
  uint32: 'readUint32',
  int64: 'readInt64',
  float64: 'readFloat64',
  uuid: 'readUuid',
}

const FIXED_WRITE: Partial<Record<Primitive, string>> = {
  bool: 'writeBool',
  int8: 'writeInt8',
  int16: 'writeInt16',
  uint16: 'writeUint16',
  int32: 'writeInt32',
  uint32: 'writeUint32',
  int64: 'writeInt64',
  float64: 'writeFloat64',
  uuid: 'writeUuid',
}

/** Method name suffix for a variable-length primitive: String, NullableString, CompactString, ... */
function variableMethod(p: Primitive, compact: boolean, nullable: boolean): string {
  const base = p === 'string' ? 'String' : 'Bytes'
  return `${compact ? 'Compact' : ''}${nullable ? 'Nullable' : ''}${base}`
}

function variableExpr(prefix: 'read' | 'write', p: Primitive, flex: string, nul: string, arg = ''): string {
  const pick = (compact: boolean) =>
    choose(
      nul,
      `w_r.${prefix}${variableMethod(p, compact, true)}(${arg})`,
      `w_r.${prefix}${variableMethod(p, compact, false)}(${arg})`,
    )
  return choose(flex, pick(true), pick(false))
}

export interface EmitContext {
  readonly spec: MessageSpec
  /** Path from the generated module to src/protocol/. */
  readonly protocolImport: string
}

export function emitMessage(ctx: EmitContext): string {
  const { spec } = ctx
  const code = new Code()
  const imports = { DecodeError: false, EncodeError: false, Writer: false }
  const structs: StructSpec[] = [spec.root, ...orderStructs(spec)]

  const defaultExpr = (field: FieldSpec, struct: StructSpec): string => {
    const d = field.defaultValue
    const nullable = isNullable(field, struct)
    const isNullDefault = d === null || d === 'null'
    if (isNullDefault) {
      if (!nullable) throw new Error(`${spec.name}.${field.name}: default null on a non-nullable field`)
      return 'null'
    }
    const t = field.type
    if (t.kind === 'array') return '[]'
    if (t.kind === 'struct') return `default${t.name}()`
    switch (t.name) {
      case 'bool':
        return String(d === true || d === 'true')
      case 'int64':
        return `${d === undefined ? 0n : BigInt(String(d))}n`
      case 'string':
        return JSON.stringify(d === undefined ? '' : String(d))
      case 'bytes':
        return 'Buffer.alloc(0)'
      case 'records':
        return nullable ? 'null' : 'Buffer.alloc(0)'
      case 'uuid':
        return 'Buffer.alloc(16)'
      default: {
        const n = d === undefined ? 0 : Number(String(d))
        if (!Number.isFinite(n)) throw new Error(`${spec.name}.${field.name}: bad default ${String(d)}`)
        return String(n)
      }
    }
  }

  /** An expression true when `v` differs from the field's default. */
  const nonDefaultExpr = (field: FieldSpec, struct: StructSpec, v: string): string => {
    const def = defaultExpr(field, struct)
    if (def === 'null') return `${v} !== null`
    const nullable = isNullable(field, struct)
    const guard = nullable ? `${v} === null || ` : ''
    const t = field.type
    if (t.kind === 'array') return `${guard}${v}.length !== 0`
    if (t.kind === 'struct') {
      needsIsDefault.add(t.name)
      return `${guard}!isDefault${t.name}(${v})`
    }
    switch (t.name) {
      case 'bytes':
      case 'records':
        return `${guard}${v}.length !== 0`
      case 'uuid':
        return `${v}.some((b) => b !== 0)`
      default:
        return `${v} !== ${def}`
    }
  }

  const isNullable = (field: FieldSpec, struct: StructSpec): boolean =>
    !isEmpty(intersect(field.nullableVersions, intersect(span(field.versions, field.taggedVersions), struct.versions)))

  // ---- reading ----

  const emitReadValue = (
    field: FieldSpec,
    target: string,
    type: FieldType,
    present: VersionRange,
    tagged: boolean,
  ): void => {
    const flex = tagged ? 'true' : condition(field.flexibleVersions ?? spec.flexibleVersions, present)
    const nul = condition(field.nullableVersions, present)
    if (type.kind === 'primitive') {
      const fixed = FIXED_READ[type.name]
      if (fixed !== undefined) {
        code.line(`${target} = r.${fixed}()`)
        return
      }
      const p = type.name === 'records' ? 'bytes' : type.name
      code.line(`${target} = ${variableExpr('read', p, flex, nul).replaceAll('w_r.', 'r.')}`)
      return
    }
    if (type.kind === 'struct') {
      const read = `read${type.name}(r, version)`
      const marker = tagged ? 'r.readUnsignedVarint() <= 0' : 'r.readInt8() < 0'
      code.when(
        nul,
        () => code.line(`${target} = ${marker} ? null : ${read}`),
        () => code.line(`${target} = ${read}`),
      )
      return
    }
    const element = type.element
    code.open('{')
    code.line(`const n = r.readArrayLength(${flex})`)
    code.open('if (n < 0) {')
    code.when(
      nul,
      () => code.line(`${target} = null`),
      () => {
        imports.DecodeError = true
        code.line(`throw new DecodeError('non-nullable field ${field.name} was serialized as null')`)
      },
    )
    code.orElse()
    code.line(`const a: ${tsType(element)}[] = []`)
    let elementExpr: string
    if (element.kind === 'struct') elementExpr = `read${element.name}(r, version)`
    else if (element.kind === 'array') throw new Error('nested arrays are not in the Kafka format')
    else {
      const fixed = FIXED_READ[element.name]
      elementExpr =
        fixed !== undefined
          ? `r.${fixed}()`
          : variableExpr('read', element.name, flex, 'false').replaceAll('w_r.', 'r.')
    }
    code.line(`for (let i = 0; i < n; i++) a.push(${elementExpr})`)
    code.line(`${target} = a`)
    code.close()
    code.close()
  }

  /** The read of a regular field as one expression, when it is one. */
  const simpleReadExpr = (field: FieldSpec, present: VersionRange): string | undefined => {
    const type = field.type
    if (type.kind !== 'primitive') return undefined
    const fixed = FIXED_READ[type.name]
    if (fixed !== undefined) return `r.${fixed}()`
    const flex = condition(field.flexibleVersions ?? spec.flexibleVersions, present)
    const nul = condition(field.nullableVersions, present)
    const p = type.name === 'records' ? 'bytes' : type.name
    return variableExpr('read', p, flex, nul).replaceAll('w_r.', 'r.')
  }

  const emitRead = (struct: StructSpec): void => {
    const ctxVersions = struct.versions
    code.open(`export function read${struct.name}(r: Reader, version: number): ${struct.name} {`)
    const taggedFields: FieldSpec[] = []
    for (const field of struct.fields) {
      const type = fieldTsType(field, struct)
      const regular = intersect(regularVersions(field), ctxVersions)
      const cond = condition(regular, ctxVersions)
      if (!isEmpty(intersect(taggedVersions(field), ctxVersions))) taggedFields.push(field)
      const simple = simpleReadExpr(field, regular)
      if (cond === 'true' && simple !== undefined && taggedFields.at(-1) !== field) {
        code.line(`const ${local(field)}: ${type} = ${simple}`)
      } else if (cond === 'true') {
        code.line(`let ${local(field)}: ${type}`)
        emitReadValue(field, local(field), field.type, regular, false)
      } else if (cond === 'false') {
        code.line(`let ${local(field)}: ${type} = ${defaultExpr(field, struct)}`)
      } else {
        code.line(`let ${local(field)}: ${type}`)
        code.when(
          cond,
          () => emitReadValue(field, local(field), field.type, regular, false),
          () => code.line(`${local(field)} = ${defaultExpr(field, struct)}`),
        )
      }
    }
    code.line('let unknownTaggedFields: TaggedField[] | undefined')
    const flexibleCtx = intersect(ctxVersions, spec.flexibleVersions)
    code.when(condition(spec.flexibleVersions, ctxVersions), () => {
      code.line('const tagCount = r.readUnsignedVarint()')
      code.open('for (let i = 0; i < tagCount; i++) {')
      code.line('const tag = r.readUnsignedVarint()')
      code.line('const size = r.readUnsignedVarint()')
      for (const field of [...taggedFields].sort((a, b) => (a.tag ?? 0) - (b.tag ?? 0))) {
        const tv = intersect(taggedVersions(field), flexibleCtx)
        const cond = and(`tag === ${field.tag}`, condition(tv, flexibleCtx))
        code.open(`if (${cond}) {`)
        code.line('const end = r.offset + size')
        emitReadValue(field, local(field), field.type, tv, true)
        imports.DecodeError = true
        code.line(`if (r.offset > end) throw new DecodeError('tagged field ${field.name} overran its size')`)
        code.line('r.offset = end')
        code.line('continue')
        code.close()
      }
      code.line('if (unknownTaggedFields === undefined) unknownTaggedFields = []')
      code.line('unknownTaggedFields.push({ tag, data: r.readSlice(size) })')
      code.close()
    })
    const entries = struct.fields.map((f) => `${f.jsName}: ${local(f)}`)
    code.line(`return { ${[...entries, 'unknownTaggedFields'].join(', ')} }`)
    code.close()
  }

  // ---- writing ----

  const emitWriteValue = (
    field: FieldSpec,
    value: string,
    type: FieldType,
    present: VersionRange,
    tagged: boolean,
    w: string,
  ): void => {
    const flex = tagged ? 'true' : condition(field.flexibleVersions ?? spec.flexibleVersions, present)
    const nul = condition(field.nullableVersions, present)
    if (type.kind === 'primitive') {
      const fixed = FIXED_WRITE[type.name]
      if (fixed !== undefined) {
        code.line(`${w}.${fixed}(${value})`)
        return
      }
      const p = type.name === 'records' ? 'bytes' : type.name
      const expr = variableExpr('write', p, flex, nul, value).replaceAll('w_r.', `${w}.`)
      code.line(expr.startsWith('(') ? `void ${expr}` : expr)
      return
    }
    if (type.kind === 'struct') {
      const write = `write${type.name}(${w}, ${value}, version)`
      if (nul === 'false') {
        code.line(write)
        return
      }
      code.open(`if (${value} === null) {`)
      code.when(
        nul,
        () => code.line(tagged ? `${w}.writeUnsignedVarint(0)` : `${w}.writeInt8(-1)`),
        () => {
          imports.EncodeError = true
          code.line(`throw new EncodeError('non-nullable field ${field.name} was null at version ' + version)`)
        },
      )
      code.orElse()
      code.when(nul, () => code.line(tagged ? `${w}.writeUnsignedVarint(1)` : `${w}.writeInt8(1)`))
      code.line(write)
      code.close()
      return
    }
    const element = type.element
    code.open('{')
    code.line(`const a = ${value}`)
    const nullableType = fieldTsType(field, undefined).endsWith('| null')
    if (nullableType) {
      code.open('if (a === null) {')
      code.when(
        nul,
        () => code.line(`${w}.writeArrayLength(${flex}, null)`),
        () => {
          imports.EncodeError = true
          code.line(`throw new EncodeError('non-nullable field ${field.name} was null at version ' + version)`)
        },
      )
      code.orElse()
    }
    code.line(`${w}.writeArrayLength(${flex}, a.length)`)
    let elementStmt: string
    if (element.kind === 'struct') elementStmt = `write${element.name}(${w}, e, version)`
    else if (element.kind === 'array') throw new Error('nested arrays are not in the Kafka format')
    else {
      const fixed = FIXED_WRITE[element.name]
      elementStmt =
        fixed !== undefined
          ? `${w}.${fixed}(e)`
          : variableExpr('write', element.name, flex, 'false', 'e').replaceAll('w_r.', `${w}.`)
      if (elementStmt.startsWith('(')) elementStmt = `void ${elementStmt}`
    }
    code.line(`for (const e of a) ${elementStmt}`)
    if (nullableType) code.close()
    code.close()
  }

  const emitWrite = (struct: StructSpec): void => {
    const ctxVersions = struct.versions
    code.open(`export function write${struct.name}(w: Writer, m: ${struct.name}, version: number): void {`)
    const taggedFields: FieldSpec[] = []
    for (const field of struct.fields) {
      const regular = intersect(regularVersions(field), ctxVersions)
      const tagged = intersect(taggedVersions(field), ctxVersions)
      if (!isEmpty(tagged)) taggedFields.push(field)
      const value = `m.${field.jsName}`
      const cond = condition(regular, ctxVersions)
      const absent = () => {
        if (field.ignorable) return
        // Called where the field is not regular; it is absent unless tagged here.
        const absentCond = isEmpty(tagged) ? 'true' : not(condition(tagged, ctxVersions))
        if (absentCond === 'false') return
        imports.EncodeError = true
        code.when(absentCond, () => {
          code.line(
            `if (${nonDefaultExpr(field, struct, value)}) throw new EncodeError('field ${field.name} cannot be written at version ' + version + ' of ${spec.name}')`,
          )
        })
      }
      if (cond === 'true') emitWriteValue(field, value, field.type, regular, false, 'w')
      else if (cond === 'false') absent()
      else code.when(cond, () => emitWriteValue(field, value, field.type, regular, false, 'w'), absent)
    }
    const flexibleCtx = intersect(ctxVersions, spec.flexibleVersions)
    code.when(condition(spec.flexibleVersions, ctxVersions), () => {
      if (taggedFields.length === 0) {
        code.line('w.writeTaggedFields([], m.unknownTaggedFields)')
        return
      }
      code.line('const tagged: TaggedField[] = []')
      for (const field of [...taggedFields].sort((a, b) => (a.tag ?? 0) - (b.tag ?? 0))) {
        const tv = intersect(taggedVersions(field), flexibleCtx)
        const value = `m.${field.jsName}`
        code.when(and(condition(tv, flexibleCtx), nonDefaultExpr(field, struct, value)), () => {
          imports.Writer = true
          code.line('const t = new Writer(64)')
          emitWriteValue(field, value, field.type, tv, true, 't')
          code.line(`tagged.push({ tag: ${field.tag}, data: t.toBuffer() })`)
        })
      }
      code.line('w.writeTaggedFields(tagged, m.unknownTaggedFields)')
    })
    code.close()
  }

  const fieldTsType = (field: FieldSpec, struct: StructSpec | undefined): string => {
    const owner = struct ?? structs.find((s) => s.fields.includes(field))
    if (owner === undefined) throw new Error(`field ${field.name} has no owner`)
    return `${tsType(field.type)}${isNullable(field, owner) ? ' | null' : ''}`
  }

  // ---- declarations ----

  const emitInterface = (struct: StructSpec): void => {
    code.line(`/** Versions ${format(struct.versions)}. */`)
    code.open(`export interface ${struct.name} {`)
    for (const field of struct.fields) {
      const notes = [`versions ${format(field.versions)}`]
      if (!isEmpty(field.taggedVersions)) notes.push(`tag ${field.tag} in ${format(field.taggedVersions)}`)
      if (!isEmpty(field.nullableVersions)) notes.push(`nullable ${format(field.nullableVersions)}`)
      if (field.ignorable) notes.push('ignorable')
      if (field.mapKey) notes.push('map key')
      const about = (field.about ?? '').replaceAll('*/', '* /')
      code.line(`/** ${about}${about === '' ? '' : ' '}(${notes.join('; ')}) */`)
      code.line(`${field.jsName}: ${fieldTsType(field, struct)}`)
    }
    code.line('/** Tagged fields this version of the codec does not know, kept to be written back. */')
    code.line('unknownTaggedFields?: TaggedField[]')
    code.close()
  }

  /** Kafka writes a struct-typed tagged field only when it differs from a fresh default instance. */
  const emitIsDefault = (struct: StructSpec): void => {
    code.open(`export function isDefault${struct.name}(m: ${struct.name}): boolean {`)
    const parts = struct.fields.map((f) => `!(${nonDefaultExpr(f, struct, `m.${f.jsName}`)})`)
    parts.push('(m.unknownTaggedFields === undefined || m.unknownTaggedFields.length === 0)')
    code.line(`return ${parts.join(' &&\n    ')}`)
    code.close()
  }

  const emitDefault = (struct: StructSpec): void => {
    code.open(`export function default${struct.name}(): ${struct.name} {`)
    code.open('return {')
    for (const field of struct.fields) code.line(`${field.jsName}: ${defaultExpr(field, struct)},`)
    code.line('unknownTaggedFields: undefined,')
    code.close('}')
    code.close()
  }

  const needsIsDefault = new Set<string>()
  const body = new Code()
  // Emit the body first into `code`, then prepend imports based on use.
  for (const struct of structs) {
    emitInterface(struct)
    code.line()
  }
  for (const struct of structs) {
    emitDefault(struct)
    code.line()
    emitRead(struct)
    code.line()
    emitWrite(struct)
    code.line()
  }
  // Struct defaults compare field by field; a struct may pull in the ones it nests.
  const emitted = new Set<string>()
  for (
    let pending = [...needsIsDefault];
    pending.length > 0;
    pending = [...needsIsDefault].filter((n) => !emitted.has(n))
  ) {
    for (const name of pending) {
      emitted.add(name)
      const struct = structs.find((s) => s.name === name)
      if (struct === undefined) throw new Error(`${spec.name}: no struct ${name}`)
      emitIsDefault(struct)
      code.line()
    }
  }

  const p = ctx.protocolImport
  body.line(`// Generated from spec/kafka/${spec.folder}/${spec.file} by scripts/codegen. Do not edit.`)
  body.line(
    `// ${spec.name}: ${spec.type}${spec.apiKey === undefined ? '' : `, api key ${spec.apiKey}`}, versions ${format(spec.validVersions)}, flexible ${format(spec.flexibleVersions)}.`,
  )
  const errors = [imports.DecodeError && 'DecodeError', imports.EncodeError && 'EncodeError'].filter(Boolean)
  if (errors.length > 0) body.line(`import { ${errors.join(', ')} } from '${p}/decode-error.js'`)
  body.line(`import type { Reader } from '${p}/reader.js'`)
  body.line(`import type { TaggedField } from '${p}/tagged-fields.js'`)
  body.line(imports.Writer ? `import { Writer } from '${p}/writer.js'` : `import type { Writer } from '${p}/writer.js'`)
  body.line()
  return body.toString() + code.toString().replace(/\n+$/, '\n')
}

/** Nested structs in declaration order: inline structs as met, then common structs. */
function orderStructs(spec: MessageSpec): StructSpec[] {
  const out: StructSpec[] = []
  const seen = new Set<string>()
  const walk = (struct: StructSpec) => {
    for (const field of struct.fields) {
      const name = structNameOf(field.type)
      if (name === undefined || seen.has(name)) continue
      seen.add(name)
      const s = spec.structs.get(name)
      if (s === undefined) throw new Error(`${spec.name}: unknown struct ${name}`)
      out.push(s)
      walk(s)
    }
  }
  walk(spec.root)
  return out
}
