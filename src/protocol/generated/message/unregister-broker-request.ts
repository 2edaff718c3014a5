// Generated from spec/kafka/message/UnregisterBrokerRequest.json by scripts/codegen. Do not edit.
// UnregisterBrokerRequest: request, api key 64, versions 0, flexible 0+.
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0. */
export interface UnregisterBrokerRequest {
  /** The broker ID to unregister. (versions 0+) */
  brokerId: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultUnregisterBrokerRequest(): UnregisterBrokerRequest {
  return {
    brokerId: 0,
    unknownTaggedFields: undefined,
  }
}

export function readUnregisterBrokerRequest(r: Reader, version: number): UnregisterBrokerRequest {
  const $brokerId: number = r.readInt32()
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { brokerId: $brokerId, unknownTaggedFields }
}

export function writeUnregisterBrokerRequest(w: Writer, m: UnregisterBrokerRequest, version: number): void {
  w.writeInt32(m.brokerId)
  w.writeTaggedFields([], m.unknownTaggedFields)
}
