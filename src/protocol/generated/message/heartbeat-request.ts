// Generated from spec/kafka/message/HeartbeatRequest.json by scripts/codegen. Do not edit.
// HeartbeatRequest: request, api key 12, versions 0-4, flexible 4+.
import { EncodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-4. */
export interface HeartbeatRequest {
  /** The group id. (versions 0+) */
  groupId: string
  /** The generation of the group. (versions 0+) */
  generationId: number
  /** The member ID. (versions 0+) */
  memberId: string
  /** The unique identifier of the consumer instance provided by end user. (versions 3+; nullable 3+) */
  groupInstanceId: string | null
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultHeartbeatRequest(): HeartbeatRequest {
  return {
    groupId: "",
    generationId: 0,
    memberId: "",
    groupInstanceId: null,
    unknownTaggedFields: undefined,
  }
}

export function readHeartbeatRequest(r: Reader, version: number): HeartbeatRequest {
  const $groupId: string = (version >= 4 ? r.readCompactString() : r.readString())
  const $generationId: number = r.readInt32()
  const $memberId: string = (version >= 4 ? r.readCompactString() : r.readString())
  let $groupInstanceId: string | null
  if (version >= 3) {
    $groupInstanceId = (version >= 4 ? r.readCompactNullableString() : r.readNullableString())
  } else {
    $groupInstanceId = null
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
  return { groupId: $groupId, generationId: $generationId, memberId: $memberId, groupInstanceId: $groupInstanceId, unknownTaggedFields }
}

export function writeHeartbeatRequest(w: Writer, m: HeartbeatRequest, version: number): void {
  void (version >= 4 ? w.writeCompactString(m.groupId) : w.writeString(m.groupId))
  w.writeInt32(m.generationId)
  void (version >= 4 ? w.writeCompactString(m.memberId) : w.writeString(m.memberId))
  if (version >= 3) {
    void (version >= 4 ? w.writeCompactNullableString(m.groupInstanceId) : w.writeNullableString(m.groupInstanceId))
  } else {
    if (m.groupInstanceId !== null) throw new EncodeError('field GroupInstanceId cannot be written at version ' + version + ' of HeartbeatRequest')
  }
  if (version >= 4) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}
