// Generated from spec/kafka/message/SyncGroupRequest.json by scripts/codegen. Do not edit.
// SyncGroupRequest: request, api key 14, versions 0-5, flexible 4+.
import { DecodeError, EncodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-5. */
export interface SyncGroupRequest {
  /** The unique group identifier. (versions 0+) */
  groupId: string
  /** The generation of the group. (versions 0+) */
  generationId: number
  /** The member ID assigned by the group. (versions 0+) */
  memberId: string
  /** The unique identifier of the consumer instance provided by end user. (versions 3+; nullable 3+) */
  groupInstanceId: string | null
  /** The group protocol type. (versions 5+; nullable 5+; ignorable) */
  protocolType: string | null
  /** The group protocol name. (versions 5+; nullable 5+; ignorable) */
  protocolName: string | null
  /** Each assignment. (versions 0+) */
  assignments: SyncGroupRequestAssignment[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-5. */
export interface SyncGroupRequestAssignment {
  /** The ID of the member to assign. (versions 0+) */
  memberId: string
  /** The member assignment. (versions 0+) */
  assignment: Buffer
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultSyncGroupRequest(): SyncGroupRequest {
  return {
    groupId: "",
    generationId: 0,
    memberId: "",
    groupInstanceId: null,
    protocolType: null,
    protocolName: null,
    assignments: [],
    unknownTaggedFields: undefined,
  }
}

export function readSyncGroupRequest(r: Reader, version: number): SyncGroupRequest {
  const $groupId: string = (version >= 4 ? r.readCompactString() : r.readString())
  const $generationId: number = r.readInt32()
  const $memberId: string = (version >= 4 ? r.readCompactString() : r.readString())
  let $groupInstanceId: string | null
  if (version >= 3) {
    $groupInstanceId = (version >= 4 ? r.readCompactNullableString() : r.readNullableString())
  } else {
    $groupInstanceId = null
  }
  let $protocolType: string | null
  if (version >= 5) {
    $protocolType = r.readCompactNullableString()
  } else {
    $protocolType = null
  }
  let $protocolName: string | null
  if (version >= 5) {
    $protocolName = r.readCompactNullableString()
  } else {
    $protocolName = null
  }
  let $assignments: SyncGroupRequestAssignment[]
  {
    const n = r.readArrayLength(version >= 4)
    if (n < 0) {
      throw new DecodeError('non-nullable field Assignments was serialized as null')
    } else {
      const a: SyncGroupRequestAssignment[] = []
      for (let i = 0; i < n; i++) a.push(readSyncGroupRequestAssignment(r, version))
      $assignments = a
    }
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
  return { groupId: $groupId, generationId: $generationId, memberId: $memberId, groupInstanceId: $groupInstanceId, protocolType: $protocolType, protocolName: $protocolName, assignments: $assignments, unknownTaggedFields }
}

export function writeSyncGroupRequest(w: Writer, m: SyncGroupRequest, version: number): void {
  void (version >= 4 ? w.writeCompactString(m.groupId) : w.writeString(m.groupId))
  w.writeInt32(m.generationId)
  void (version >= 4 ? w.writeCompactString(m.memberId) : w.writeString(m.memberId))
  if (version >= 3) {
    void (version >= 4 ? w.writeCompactNullableString(m.groupInstanceId) : w.writeNullableString(m.groupInstanceId))
  } else {
    if (m.groupInstanceId !== null) throw new EncodeError('field GroupInstanceId cannot be written at version ' + version + ' of SyncGroupRequest')
  }
  if (version >= 5) {
    w.writeCompactNullableString(m.protocolType)
  }
  if (version >= 5) {
    w.writeCompactNullableString(m.protocolName)
  }
  {
    const a = m.assignments
    w.writeArrayLength(version >= 4, a.length)
    for (const e of a) writeSyncGroupRequestAssignment(w, e, version)
  }
  if (version >= 4) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultSyncGroupRequestAssignment(): SyncGroupRequestAssignment {
  return {
    memberId: "",
    assignment: Buffer.alloc(0),
    unknownTaggedFields: undefined,
  }
}

export function readSyncGroupRequestAssignment(r: Reader, version: number): SyncGroupRequestAssignment {
  const $memberId: string = (version >= 4 ? r.readCompactString() : r.readString())
  const $assignment: Buffer = (version >= 4 ? r.readCompactBytes() : r.readBytes())
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
  return { memberId: $memberId, assignment: $assignment, unknownTaggedFields }
}

export function writeSyncGroupRequestAssignment(w: Writer, m: SyncGroupRequestAssignment, version: number): void {
  void (version >= 4 ? w.writeCompactString(m.memberId) : w.writeString(m.memberId))
  void (version >= 4 ? w.writeCompactBytes(m.assignment) : w.writeBytes(m.assignment))
  if (version >= 4) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}
