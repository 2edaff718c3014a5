// Generated from spec/kafka/message/SyncGroupResponse.json by scripts/codegen. Do not edit.
// SyncGroupResponse: response, api key 14, versions 0-5, flexible 4+.
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-5. */
export interface SyncGroupResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 1+; ignorable) */
  throttleTimeMs: number
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number
  /** The group protocol type. (versions 5+; nullable 5+; ignorable) */
  protocolType: string | null
  /** The group protocol name. (versions 5+; nullable 5+; ignorable) */
  protocolName: string | null
  /** The member assignment. (versions 0+) */
  assignment: Buffer
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultSyncGroupResponse(): SyncGroupResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    protocolType: null,
    protocolName: null,
    assignment: Buffer.alloc(0),
    unknownTaggedFields: undefined,
  }
}

export function readSyncGroupResponse(r: Reader, version: number): SyncGroupResponse {
  let $throttleTimeMs: number
  if (version >= 1) {
    $throttleTimeMs = r.readInt32()
  } else {
    $throttleTimeMs = 0
  }
  const $errorCode: number = r.readInt16()
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
  return { throttleTimeMs: $throttleTimeMs, errorCode: $errorCode, protocolType: $protocolType, protocolName: $protocolName, assignment: $assignment, unknownTaggedFields }
}

export function writeSyncGroupResponse(w: Writer, m: SyncGroupResponse, version: number): void {
  if (version >= 1) {
    w.writeInt32(m.throttleTimeMs)
  }
  w.writeInt16(m.errorCode)
  if (version >= 5) {
    w.writeCompactNullableString(m.protocolType)
  }
  if (version >= 5) {
    w.writeCompactNullableString(m.protocolName)
  }
  void (version >= 4 ? w.writeCompactBytes(m.assignment) : w.writeBytes(m.assignment))
  if (version >= 4) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}
