// Generated from spec/kafka/group-coordinator/ShareGroupMemberMetadataValue.json by scripts/codegen. Do not edit.
// ShareGroupMemberMetadataValue: data, versions 0, flexible 0+.
import { DecodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0. */
export interface ShareGroupMemberMetadataValue {
  /** The (optional) rack id. (versions 0+; nullable 0+) */
  rackId: string | null
  /** The client id. (versions 0+) */
  clientId: string
  /** The client host. (versions 0+) */
  clientHost: string
  /** The list of subscribed topic names. (versions 0+) */
  subscribedTopicNames: string[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultShareGroupMemberMetadataValue(): ShareGroupMemberMetadataValue {
  return {
    rackId: "",
    clientId: "",
    clientHost: "",
    subscribedTopicNames: [],
    unknownTaggedFields: undefined,
  }
}

export function readShareGroupMemberMetadataValue(r: Reader, version: number): ShareGroupMemberMetadataValue {
  const $rackId: string | null = r.readCompactNullableString()
  const $clientId: string = r.readCompactString()
  const $clientHost: string = r.readCompactString()
  let $subscribedTopicNames: string[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field SubscribedTopicNames was serialized as null')
    } else {
      const a: string[] = []
      for (let i = 0; i < n; i++) a.push(r.readCompactString())
      $subscribedTopicNames = a
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
  return { rackId: $rackId, clientId: $clientId, clientHost: $clientHost, subscribedTopicNames: $subscribedTopicNames, unknownTaggedFields }
}

export function writeShareGroupMemberMetadataValue(w: Writer, m: ShareGroupMemberMetadataValue, version: number): void {
  w.writeCompactNullableString(m.rackId)
  w.writeCompactString(m.clientId)
  w.writeCompactString(m.clientHost)
  {
    const a = m.subscribedTopicNames
    w.writeArrayLength(true, a.length)
    for (const e of a) w.writeCompactString(e)
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}
