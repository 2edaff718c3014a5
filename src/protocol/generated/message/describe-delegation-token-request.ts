// Generated from spec/kafka/message/DescribeDelegationTokenRequest.json by scripts/codegen. Do not edit.
// DescribeDelegationTokenRequest: request, api key 41, versions 0-3, flexible 2+.
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-3. */
export interface DescribeDelegationTokenRequest {
  /** Each owner that we want to describe delegation tokens for, or null to describe all tokens. (versions 0+; nullable 0+) */
  owners: DescribeDelegationTokenOwner[] | null
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-3. */
export interface DescribeDelegationTokenOwner {
  /** The owner principal type. (versions 0+) */
  principalType: string
  /** The owner principal name. (versions 0+) */
  principalName: string
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultDescribeDelegationTokenRequest(): DescribeDelegationTokenRequest {
  return {
    owners: [],
    unknownTaggedFields: undefined,
  }
}

export function readDescribeDelegationTokenRequest(r: Reader, version: number): DescribeDelegationTokenRequest {
  let $owners: DescribeDelegationTokenOwner[] | null
  {
    const n = r.readArrayLength(version >= 2)
    if (n < 0) {
      $owners = null
    } else {
      const a: DescribeDelegationTokenOwner[] = []
      for (let i = 0; i < n; i++) a.push(readDescribeDelegationTokenOwner(r, version))
      $owners = a
    }
  }
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 2) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { owners: $owners, unknownTaggedFields }
}

export function writeDescribeDelegationTokenRequest(w: Writer, m: DescribeDelegationTokenRequest, version: number): void {
  {
    const a = m.owners
    if (a === null) {
      w.writeArrayLength(version >= 2, null)
    } else {
      w.writeArrayLength(version >= 2, a.length)
      for (const e of a) writeDescribeDelegationTokenOwner(w, e, version)
    }
  }
  if (version >= 2) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultDescribeDelegationTokenOwner(): DescribeDelegationTokenOwner {
  return {
    principalType: "",
    principalName: "",
    unknownTaggedFields: undefined,
  }
}

export function readDescribeDelegationTokenOwner(r: Reader, version: number): DescribeDelegationTokenOwner {
  const $principalType: string = (version >= 2 ? r.readCompactString() : r.readString())
  const $principalName: string = (version >= 2 ? r.readCompactString() : r.readString())
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 2) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { principalType: $principalType, principalName: $principalName, unknownTaggedFields }
}

export function writeDescribeDelegationTokenOwner(w: Writer, m: DescribeDelegationTokenOwner, version: number): void {
  void (version >= 2 ? w.writeCompactString(m.principalType) : w.writeString(m.principalType))
  void (version >= 2 ? w.writeCompactString(m.principalName) : w.writeString(m.principalName))
  if (version >= 2) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}
