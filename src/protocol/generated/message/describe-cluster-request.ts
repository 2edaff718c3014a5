// Generated from spec/kafka/message/DescribeClusterRequest.json by scripts/codegen. Do not edit.
// DescribeClusterRequest: request, api key 60, versions 0-1, flexible 0+.
import { EncodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-1. */
export interface DescribeClusterRequest {
  /** Whether to include cluster authorized operations. (versions 0+) */
  includeClusterAuthorizedOperations: boolean
  /** The endpoint type to describe. 1=brokers, 2=controllers. (versions 1+) */
  endpointType: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultDescribeClusterRequest(): DescribeClusterRequest {
  return {
    includeClusterAuthorizedOperations: false,
    endpointType: 1,
    unknownTaggedFields: undefined,
  }
}

export function readDescribeClusterRequest(r: Reader, version: number): DescribeClusterRequest {
  const $includeClusterAuthorizedOperations: boolean = r.readBool()
  let $endpointType: number
  if (version >= 1) {
    $endpointType = r.readInt8()
  } else {
    $endpointType = 1
  }
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { includeClusterAuthorizedOperations: $includeClusterAuthorizedOperations, endpointType: $endpointType, unknownTaggedFields }
}

export function writeDescribeClusterRequest(w: Writer, m: DescribeClusterRequest, version: number): void {
  w.writeBool(m.includeClusterAuthorizedOperations)
  if (version >= 1) {
    w.writeInt8(m.endpointType)
  } else {
    if (m.endpointType !== 1) throw new EncodeError('field EndpointType cannot be written at version ' + version + ' of DescribeClusterRequest')
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}
