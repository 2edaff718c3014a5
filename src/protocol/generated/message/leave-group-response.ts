// Generated from spec/kafka/message/LeaveGroupResponse.json by scripts/codegen. Do not edit.
// LeaveGroupResponse: response, api key 13, versions 0-5, flexible 4+.
import { DecodeError, EncodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-5. */
export interface LeaveGroupResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 1+; ignorable) */
  throttleTimeMs: number
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number
  /** List of leaving member responses. (versions 3+) */
  members: MemberResponse[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 3-5. */
export interface MemberResponse {
  /** The member ID to remove from the group. (versions 3+) */
  memberId: string
  /** The group instance ID to remove from the group. (versions 3+; nullable 3+) */
  groupInstanceId: string | null
  /** The error code, or 0 if there was no error. (versions 3+) */
  errorCode: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultLeaveGroupResponse(): LeaveGroupResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    members: [],
    unknownTaggedFields: undefined,
  }
}

export function readLeaveGroupResponse(r: Reader, version: number): LeaveGroupResponse {
  let $throttleTimeMs: number
  if (version >= 1) {
    $throttleTimeMs = r.readInt32()
  } else {
    $throttleTimeMs = 0
  }
  const $errorCode: number = r.readInt16()
  let $members: MemberResponse[]
  if (version >= 3) {
    {
      const n = r.readArrayLength(version >= 4)
      if (n < 0) {
        throw new DecodeError('non-nullable field Members was serialized as null')
      } else {
        const a: MemberResponse[] = []
        for (let i = 0; i < n; i++) a.push(readMemberResponse(r, version))
        $members = a
      }
    }
  } else {
    $members = []
  }
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 4) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { throttleTimeMs: $throttleTimeMs, errorCode: $errorCode, members: $members, unknownTaggedFields }
}

export function writeLeaveGroupResponse(w: Writer, m: LeaveGroupResponse, version: number): void {
  if (version >= 1) {
    w.writeInt32(m.throttleTimeMs)
  }
  w.writeInt16(m.errorCode)
  if (version >= 3) {
    {
      const a = m.members
      w.writeArrayLength(version >= 4, a.length)
      for (const e of a) writeMemberResponse(w, e, version)
    }
  } else {
    if (m.members.length !== 0) throw new EncodeError('field Members cannot be written at version ' + version + ' of LeaveGroupResponse')
  }
  if (version >= 4) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultMemberResponse(): MemberResponse {
  return {
    memberId: "",
    groupInstanceId: "",
    errorCode: 0,
    unknownTaggedFields: undefined,
  }
}

export function readMemberResponse(r: Reader, version: number): MemberResponse {
  const $memberId: string = (version >= 4 ? r.readCompactString() : r.readString())
  const $groupInstanceId: string | null = (version >= 4 ? r.readCompactNullableString() : r.readNullableString())
  const $errorCode: number = r.readInt16()
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 4) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { memberId: $memberId, groupInstanceId: $groupInstanceId, errorCode: $errorCode, unknownTaggedFields }
}

export function writeMemberResponse(w: Writer, m: MemberResponse, version: number): void {
  void (version >= 4 ? w.writeCompactString(m.memberId) : w.writeString(m.memberId))
  void (version >= 4 ? w.writeCompactNullableString(m.groupInstanceId) : w.writeNullableString(m.groupInstanceId))
  w.writeInt16(m.errorCode)
  if (version >= 4) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}
