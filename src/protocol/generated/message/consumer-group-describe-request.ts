// Generated from spec/kafka/message/ConsumerGroupDescribeRequest.json by scripts/codegen. Do not edit.
// ConsumerGroupDescribeRequest: request, api key 69, versions 0, flexible 0+.
import { DecodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0. */
export interface ConsumerGroupDescribeRequest {
  /** The ids of the groups to describe (versions 0+) */
  groupIds: string[]
  /** Whether to include authorized operations. (versions 0+) */
  includeAuthorizedOperations: boolean
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultConsumerGroupDescribeRequest(): ConsumerGroupDescribeRequest {
  return {
    groupIds: [],
    includeAuthorizedOperations: false,
    unknownTaggedFields: undefined,
  }
}

export function readConsumerGroupDescribeRequest(r: Reader, version: number): ConsumerGroupDescribeRequest {
  let $groupIds: string[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field GroupIds was serialized as null')
    } else {
      const a: string[] = []
      for (let i = 0; i < n; i++) a.push(r.readCompactString())
      $groupIds = a
    }
  }
  const $includeAuthorizedOperations: boolean = r.readBool()
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { groupIds: $groupIds, includeAuthorizedOperations: $includeAuthorizedOperations, unknownTaggedFields }
}

export function writeConsumerGroupDescribeRequest(w: Writer, m: ConsumerGroupDescribeRequest, version: number): void {
  {
    const a = m.groupIds
    w.writeArrayLength(true, a.length)
    for (const e of a) w.writeCompactString(e)
  }
  w.writeBool(m.includeAuthorizedOperations)
  w.writeTaggedFields([], m.unknownTaggedFields)
}
