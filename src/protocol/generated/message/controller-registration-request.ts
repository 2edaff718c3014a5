// Generated from spec/kafka/message/ControllerRegistrationRequest.json by scripts/codegen. Do not edit.
// ControllerRegistrationRequest: request, api key 70, versions 0, flexible 0+.
import { DecodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0. */
export interface ControllerRegistrationRequest {
  /** The ID of the controller to register. (versions 0+) */
  controllerId: number
  /** The controller incarnation ID, which is unique to each process run. (versions 0+) */
  incarnationId: Buffer
  /** Set if the required configurations for ZK migration are present. (versions 0+) */
  zkMigrationReady: boolean
  /** The listeners of this controller (versions 0+) */
  listeners: Listener[]
  /** The features on this controller (versions 0+) */
  features: Feature[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0. */
export interface Listener {
  /** The name of the endpoint. (versions 0+; map key) */
  name: string
  /** The hostname. (versions 0+) */
  host: string
  /** The port. (versions 0+) */
  port: number
  /** The security protocol. (versions 0+) */
  securityProtocol: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0. */
export interface Feature {
  /** The feature name. (versions 0+; map key) */
  name: string
  /** The minimum supported feature level. (versions 0+) */
  minSupportedVersion: number
  /** The maximum supported feature level. (versions 0+) */
  maxSupportedVersion: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultControllerRegistrationRequest(): ControllerRegistrationRequest {
  return {
    controllerId: 0,
    incarnationId: Buffer.alloc(16),
    zkMigrationReady: false,
    listeners: [],
    features: [],
    unknownTaggedFields: undefined,
  }
}

export function readControllerRegistrationRequest(r: Reader, version: number): ControllerRegistrationRequest {
  const $controllerId: number = r.readInt32()
  const $incarnationId: Buffer = r.readUuid()
  const $zkMigrationReady: boolean = r.readBool()
  let $listeners: Listener[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field Listeners was serialized as null')
    } else {
      const a: Listener[] = []
      for (let i = 0; i < n; i++) a.push(readListener(r, version))
      $listeners = a
    }
  }
  let $features: Feature[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field Features was serialized as null')
    } else {
      const a: Feature[] = []
      for (let i = 0; i < n; i++) a.push(readFeature(r, version))
      $features = a
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
  return { controllerId: $controllerId, incarnationId: $incarnationId, zkMigrationReady: $zkMigrationReady, listeners: $listeners, features: $features, unknownTaggedFields }
}

export function writeControllerRegistrationRequest(w: Writer, m: ControllerRegistrationRequest, version: number): void {
  w.writeInt32(m.controllerId)
  w.writeUuid(m.incarnationId)
  w.writeBool(m.zkMigrationReady)
  {
    const a = m.listeners
    w.writeArrayLength(true, a.length)
    for (const e of a) writeListener(w, e, version)
  }
  {
    const a = m.features
    w.writeArrayLength(true, a.length)
    for (const e of a) writeFeature(w, e, version)
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultListener(): Listener {
  return {
    name: "",
    host: "",
    port: 0,
    securityProtocol: 0,
    unknownTaggedFields: undefined,
  }
}

export function readListener(r: Reader, version: number): Listener {
  const $name: string = r.readCompactString()
  const $host: string = r.readCompactString()
  const $port: number = r.readUint16()
  const $securityProtocol: number = r.readInt16()
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { name: $name, host: $host, port: $port, securityProtocol: $securityProtocol, unknownTaggedFields }
}

export function writeListener(w: Writer, m: Listener, version: number): void {
  w.writeCompactString(m.name)
  w.writeCompactString(m.host)
  w.writeUint16(m.port)
  w.writeInt16(m.securityProtocol)
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultFeature(): Feature {
  return {
    name: "",
    minSupportedVersion: 0,
    maxSupportedVersion: 0,
    unknownTaggedFields: undefined,
  }
}

export function readFeature(r: Reader, version: number): Feature {
  const $name: string = r.readCompactString()
  const $minSupportedVersion: number = r.readInt16()
  const $maxSupportedVersion: number = r.readInt16()
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { name: $name, minSupportedVersion: $minSupportedVersion, maxSupportedVersion: $maxSupportedVersion, unknownTaggedFields }
}

export function writeFeature(w: Writer, m: Feature, version: number): void {
  w.writeCompactString(m.name)
  w.writeInt16(m.minSupportedVersion)
  w.writeInt16(m.maxSupportedVersion)
  w.writeTaggedFields([], m.unknownTaggedFields)
}
