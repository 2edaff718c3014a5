// Generated from spec/kafka/message/FindCoordinatorResponse.json by scripts/codegen. Do not edit.
// FindCoordinatorResponse: response, api key 10, versions 0-6, flexible 3+.
import { DecodeError, EncodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-6. */
export interface FindCoordinatorResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 1+; ignorable) */
  throttleTimeMs: number
  /** The error code, or 0 if there was no error. (versions 0-3) */
  errorCode: number
  /** The error message, or null if there was no error. (versions 1-3; nullable 1-3; ignorable) */
  errorMessage: string | null
  /** The node id. (versions 0-3) */
  nodeId: number
  /** The host name. (versions 0-3) */
  host: string
  /** The port. (versions 0-3) */
  port: number
  /** Each coordinator result in the response (versions 4+) */
  coordinators: Coordinator[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 4-6. */
export interface Coordinator {
  /** The coordinator key. (versions 4+) */
  key: string
  /** The node id. (versions 4+) */
  nodeId: number
  /** The host name. (versions 4+) */
  host: string
  /** The port. (versions 4+) */
  port: number
  /** The error code, or 0 if there was no error. (versions 4+) */
  errorCode: number
  /** The error message, or null if there was no error. (versions 4+; nullable 4+; ignorable) */
  errorMessage: string | null
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultFindCoordinatorResponse(): FindCoordinatorResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: "",
    nodeId: 0,
    host: "",
    port: 0,
    coordinators: [],
    unknownTaggedFields: undefined,
  }
}

export function readFindCoordinatorResponse(r: Reader, version: number): FindCoordinatorResponse {
  let $throttleTimeMs: number
  if (version >= 1) {
    $throttleTimeMs = r.readInt32()
  } else {
    $throttleTimeMs = 0
  }
  let $errorCode: number
  if (version <= 3) {
    $errorCode = r.readInt16()
  } else {
    $errorCode = 0
  }
  let $errorMessage: string | null
  if (version >= 1 && version <= 3) {
    $errorMessage = (version >= 3 ? r.readCompactNullableString() : r.readNullableString())
  } else {
    $errorMessage = ""
  }
  let $nodeId: number
  if (version <= 3) {
    $nodeId = r.readInt32()
  } else {
    $nodeId = 0
  }
  let $host: string
  if (version <= 3) {
    $host = (version >= 3 ? r.readCompactString() : r.readString())
  } else {
    $host = ""
  }
  let $port: number
  if (version <= 3) {
    $port = r.readInt32()
  } else {
    $port = 0
  }
  let $coordinators: Coordinator[]
  if (version >= 4) {
    {
      const n = r.readArrayLength(true)
      if (n < 0) {
        throw new DecodeError('non-nullable field Coordinators was serialized as null')
      } else {
        const a: Coordinator[] = []
        for (let i = 0; i < n; i++) a.push(readCoordinator(r, version))
        $coordinators = a
      }
    }
  } else {
    $coordinators = []
  }
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 3) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { throttleTimeMs: $throttleTimeMs, errorCode: $errorCode, errorMessage: $errorMessage, nodeId: $nodeId, host: $host, port: $port, coordinators: $coordinators, unknownTaggedFields }
}

export function writeFindCoordinatorResponse(w: Writer, m: FindCoordinatorResponse, version: number): void {
  if (version >= 1) {
    w.writeInt32(m.throttleTimeMs)
  }
  if (version <= 3) {
    w.writeInt16(m.errorCode)
  } else {
    if (m.errorCode !== 0) throw new EncodeError('field ErrorCode cannot be written at version ' + version + ' of FindCoordinatorResponse')
  }
  if (version >= 1 && version <= 3) {
    void (version >= 3 ? w.writeCompactNullableString(m.errorMessage) : w.writeNullableString(m.errorMessage))
  }
  if (version <= 3) {
    w.writeInt32(m.nodeId)
  } else {
    if (m.nodeId !== 0) throw new EncodeError('field NodeId cannot be written at version ' + version + ' of FindCoordinatorResponse')
  }
  if (version <= 3) {
    void (version >= 3 ? w.writeCompactString(m.host) : w.writeString(m.host))
  } else {
    if (m.host !== "") throw new EncodeError('field Host cannot be written at version ' + version + ' of FindCoordinatorResponse')
  }
  if (version <= 3) {
    w.writeInt32(m.port)
  } else {
    if (m.port !== 0) throw new EncodeError('field Port cannot be written at version ' + version + ' of FindCoordinatorResponse')
  }
  if (version >= 4) {
    {
      const a = m.coordinators
      w.writeArrayLength(true, a.length)
      for (const e of a) writeCoordinator(w, e, version)
    }
  } else {
    if (m.coordinators.length !== 0) throw new EncodeError('field Coordinators cannot be written at version ' + version + ' of FindCoordinatorResponse')
  }
  if (version >= 3) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultCoordinator(): Coordinator {
  return {
    key: "",
    nodeId: 0,
    host: "",
    port: 0,
    errorCode: 0,
    errorMessage: "",
    unknownTaggedFields: undefined,
  }
}

export function readCoordinator(r: Reader, version: number): Coordinator {
  const $key: string = r.readCompactString()
  const $nodeId: number = r.readInt32()
  const $host: string = r.readCompactString()
  const $port: number = r.readInt32()
  const $errorCode: number = r.readInt16()
  const $errorMessage: string | null = r.readCompactNullableString()
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { key: $key, nodeId: $nodeId, host: $host, port: $port, errorCode: $errorCode, errorMessage: $errorMessage, unknownTaggedFields }
}

export function writeCoordinator(w: Writer, m: Coordinator, version: number): void {
  w.writeCompactString(m.key)
  w.writeInt32(m.nodeId)
  w.writeCompactString(m.host)
  w.writeInt32(m.port)
  w.writeInt16(m.errorCode)
  w.writeCompactNullableString(m.errorMessage)
  w.writeTaggedFields([], m.unknownTaggedFields)
}
