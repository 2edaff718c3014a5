// Generated from spec/kafka/message/DescribeClusterResponse.json by scripts/codegen. Do not edit.
// DescribeClusterResponse: response, api key 60, versions 0-1, flexible 0+.
import { DecodeError, EncodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-1. */
export interface DescribeClusterResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number
  /** The top-level error code, or 0 if there was no error (versions 0+) */
  errorCode: number
  /** The top-level error message, or null if there was no error. (versions 0+; nullable 0+) */
  errorMessage: string | null
  /** The endpoint type that was described. 1=brokers, 2=controllers. (versions 1+) */
  endpointType: number
  /** The cluster ID that responding broker belongs to. (versions 0+) */
  clusterId: string
  /** The ID of the controller broker. (versions 0+) */
  controllerId: number
  /** Each broker in the response. (versions 0+) */
  brokers: DescribeClusterBroker[]
  /** 32-bit bitfield to represent authorized operations for this cluster. (versions 0+) */
  clusterAuthorizedOperations: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-1. */
export interface DescribeClusterBroker {
  /** The broker ID. (versions 0+; map key) */
  brokerId: number
  /** The broker hostname. (versions 0+) */
  host: string
  /** The broker port. (versions 0+) */
  port: number
  /** The rack of the broker, or null if it has not been assigned to a rack. (versions 0+; nullable 0+) */
  rack: string | null
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultDescribeClusterResponse(): DescribeClusterResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: null,
    endpointType: 1,
    clusterId: "",
    controllerId: -1,
    brokers: [],
    clusterAuthorizedOperations: -2147483648,
    unknownTaggedFields: undefined,
  }
}

export function readDescribeClusterResponse(r: Reader, version: number): DescribeClusterResponse {
  const $throttleTimeMs: number = r.readInt32()
  const $errorCode: number = r.readInt16()
  const $errorMessage: string | null = r.readCompactNullableString()
  let $endpointType: number
  if (version >= 1) {
    $endpointType = r.readInt8()
  } else {
    $endpointType = 1
  }
  const $clusterId: string = r.readCompactString()
  const $controllerId: number = r.readInt32()
  let $brokers: DescribeClusterBroker[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field Brokers was serialized as null')
    } else {
      const a: DescribeClusterBroker[] = []
      for (let i = 0; i < n; i++) a.push(readDescribeClusterBroker(r, version))
      $brokers = a
    }
  }
  const $clusterAuthorizedOperations: number = r.readInt32()
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { throttleTimeMs: $throttleTimeMs, errorCode: $errorCode, errorMessage: $errorMessage, endpointType: $endpointType, clusterId: $clusterId, controllerId: $controllerId, brokers: $brokers, clusterAuthorizedOperations: $clusterAuthorizedOperations, unknownTaggedFields }
}

export function writeDescribeClusterResponse(w: Writer, m: DescribeClusterResponse, version: number): void {
  w.writeInt32(m.throttleTimeMs)
  w.writeInt16(m.errorCode)
  w.writeCompactNullableString(m.errorMessage)
  if (version >= 1) {
    w.writeInt8(m.endpointType)
  } else {
    if (m.endpointType !== 1) throw new EncodeError('field EndpointType cannot be written at version ' + version + ' of DescribeClusterResponse')
  }
  w.writeCompactString(m.clusterId)
  w.writeInt32(m.controllerId)
  {
    const a = m.brokers
    w.writeArrayLength(true, a.length)
    for (const e of a) writeDescribeClusterBroker(w, e, version)
  }
  w.writeInt32(m.clusterAuthorizedOperations)
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultDescribeClusterBroker(): DescribeClusterBroker {
  return {
    brokerId: 0,
    host: "",
    port: 0,
    rack: null,
    unknownTaggedFields: undefined,
  }
}

export function readDescribeClusterBroker(r: Reader, version: number): DescribeClusterBroker {
  const $brokerId: number = r.readInt32()
  const $host: string = r.readCompactString()
  const $port: number = r.readInt32()
  const $rack: string | null = r.readCompactNullableString()
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { brokerId: $brokerId, host: $host, port: $port, rack: $rack, unknownTaggedFields }
}

export function writeDescribeClusterBroker(w: Writer, m: DescribeClusterBroker, version: number): void {
  w.writeInt32(m.brokerId)
  w.writeCompactString(m.host)
  w.writeInt32(m.port)
  w.writeCompactNullableString(m.rack)
  w.writeTaggedFields([], m.unknownTaggedFields)
}
