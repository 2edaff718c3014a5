// Generated from spec/kafka/message/DefaultPrincipalData.json by scripts/codegen. Do not edit.
// DefaultPrincipalData: data, versions 0, flexible 0+.
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0. */
export interface DefaultPrincipalData {
  /** The principal type (versions 0+) */
  type: string
  /** The principal name (versions 0+) */
  name: string
  /** Whether the principal was authenticated by a delegation token on the forwarding broker. (versions 0+) */
  tokenAuthenticated: boolean
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultDefaultPrincipalData(): DefaultPrincipalData {
  return {
    type: "",
    name: "",
    tokenAuthenticated: false,
    unknownTaggedFields: undefined,
  }
}

export function readDefaultPrincipalData(r: Reader, version: number): DefaultPrincipalData {
  const $type: string = r.readCompactString()
  const $name: string = r.readCompactString()
  const $tokenAuthenticated: boolean = r.readBool()
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { type: $type, name: $name, tokenAuthenticated: $tokenAuthenticated, unknownTaggedFields }
}

export function writeDefaultPrincipalData(w: Writer, m: DefaultPrincipalData, version: number): void {
  w.writeCompactString(m.type)
  w.writeCompactString(m.name)
  w.writeBool(m.tokenAuthenticated)
  w.writeTaggedFields([], m.unknownTaggedFields)
}
