// Generated from spec/kafka/message/DescribeUserScramCredentialsRequest.json by scripts/codegen. Do not edit.
// DescribeUserScramCredentialsRequest: request, api key 50, versions 0, flexible 0+.
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0. */
export interface DescribeUserScramCredentialsRequest {
  /** The users to describe, or null/empty to describe all users. (versions 0+; nullable 0+) */
  users: UserName[] | null
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0. */
export interface UserName {
  /** The user name. (versions 0+) */
  name: string
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultDescribeUserScramCredentialsRequest(): DescribeUserScramCredentialsRequest {
  return {
    users: [],
    unknownTaggedFields: undefined,
  }
}

export function readDescribeUserScramCredentialsRequest(r: Reader, version: number): DescribeUserScramCredentialsRequest {
  let $users: UserName[] | null
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      $users = null
    } else {
      const a: UserName[] = []
      for (let i = 0; i < n; i++) a.push(readUserName(r, version))
      $users = a
    }
  }
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { users: $users, unknownTaggedFields }
}

export function writeDescribeUserScramCredentialsRequest(w: Writer, m: DescribeUserScramCredentialsRequest, version: number): void {
  {
    const a = m.users
    if (a === null) {
      w.writeArrayLength(true, null)
    } else {
      w.writeArrayLength(true, a.length)
      for (const e of a) writeUserName(w, e, version)
    }
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultUserName(): UserName {
  return {
    name: "",
    unknownTaggedFields: undefined,
  }
}

export function readUserName(r: Reader, version: number): UserName {
  const $name: string = r.readCompactString()
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { name: $name, unknownTaggedFields }
}

export function writeUserName(w: Writer, m: UserName, version: number): void {
  w.writeCompactString(m.name)
  w.writeTaggedFields([], m.unknownTaggedFields)
}
