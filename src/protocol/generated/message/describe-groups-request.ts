// Generated from spec/kafka/message/DescribeGroupsRequest.json by scripts/codegen. Do not edit.
// DescribeGroupsRequest: request, api key 15, versions 0-5, flexible 5+.
import { DecodeError, EncodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-5. */
export interface DescribeGroupsRequest {
  /** The names of the groups to describe (versions 0+) */
  groups: string[]
  /** Whether to include authorized operations. (versions 3+) */
  includeAuthorizedOperations: boolean
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultDescribeGroupsRequest(): DescribeGroupsRequest {
  return {
    groups: [],
    includeAuthorizedOperations: false,
    unknownTaggedFields: undefined,
  }
}

export function readDescribeGroupsRequest(r: Reader, version: number): DescribeGroupsRequest {
  let $groups: string[]
  {
    const n = r.readArrayLength(version >= 5)
    if (n < 0) {
      throw new DecodeError('non-nullable field Groups was serialized as null')
    } else {
      const a: string[] = []
      for (let i = 0; i < n; i++) a.push((version >= 5 ? r.readCompactString() : r.readString()))
      $groups = a
    }
  }
  let $includeAuthorizedOperations: boolean
  if (version >= 3) {
    $includeAuthorizedOperations = r.readBool()
  } else {
    $includeAuthorizedOperations = false
  }
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 5) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { groups: $groups, includeAuthorizedOperations: $includeAuthorizedOperations, unknownTaggedFields }
}

export function writeDescribeGroupsRequest(w: Writer, m: DescribeGroupsRequest, version: number): void {
  {
    const a = m.groups
    w.writeArrayLength(version >= 5, a.length)
    for (const e of a) void (version >= 5 ? w.writeCompactString(e) : w.writeString(e))
  }
  if (version >= 3) {
    w.writeBool(m.includeAuthorizedOperations)
  } else {
    if (m.includeAuthorizedOperations !== false) throw new EncodeError('field IncludeAuthorizedOperations cannot be written at version ' + version + ' of DescribeGroupsRequest')
  }
  if (version >= 5) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}
