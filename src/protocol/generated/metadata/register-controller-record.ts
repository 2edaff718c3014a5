// Generated from spec/kafka/metadata/RegisterControllerRecord.json by scripts/codegen. Do not edit.
// RegisterControllerRecord: metadata, api key 27, versions 0, flexible 0+.
import { DecodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0. */
export interface RegisterControllerRecord {
  /** The controller id. (versions 0+) */
  controllerId: number
  /** The incarnation ID of the controller process (versions 0+) */
  incarnationId: Buffer
  /** Set if the required configurations for ZK migration are present. (versions 0+) */
  zkMigrationReady: boolean
  /** The endpoints that can be used to communicate with this controller. (versions 0+) */
  endPoints: ControllerEndpoint[]
  /** The features on this controller (versions 0+) */
  features: ControllerFeature[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0. */
export interface ControllerEndpoint {
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
export interface ControllerFeature {
  /** The feature name. (versions 0+; map key) */
  name: string
  /** The minimum supported feature level. (versions 0+) */
  minSupportedVersion: number
  /** The maximum supported feature level. (versions 0+) */
  maxSupportedVersion: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultRegisterControllerRecord(): RegisterControllerRecord {
  return {
    controllerId: 0,
    incarnationId: Buffer.alloc(16),
    zkMigrationReady: false,
    endPoints: [],
    features: [],
    unknownTaggedFields: undefined,
  }
}

export function readRegisterControllerRecord(r: Reader, version: number): RegisterControllerRecord {
  const $controllerId: number = r.readInt32()
  const $incarnationId: Buffer = r.readUuid()
  const $zkMigrationReady: boolean = r.readBool()
  let $endPoints: ControllerEndpoint[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field EndPoints was serialized as null')
    } else {
      const a: ControllerEndpoint[] = []
      for (let i = 0; i < n; i++) a.push(readControllerEndpoint(r, version))
      $endPoints = a
    }
  }
  let $features: ControllerFeature[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field Features was serialized as null')
    } else {
      const a: ControllerFeature[] = []
      for (let i = 0; i < n; i++) a.push(readControllerFeature(r, version))
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
  return { controllerId: $controllerId, incarnationId: $incarnationId, zkMigrationReady: $zkMigrationReady, endPoints: $endPoints, features: $features, unknownTaggedFields }
}

export function writeRegisterControllerRecord(w: Writer, m: RegisterControllerRecord, version: number): void {
  w.writeInt32(m.controllerId)
  w.writeUuid(m.incarnationId)
  w.writeBool(m.zkMigrationReady)
  {
    const a = m.endPoints
    w.writeArrayLength(true, a.length)
    for (const e of a) writeControllerEndpoint(w, e, version)
  }
  {
    const a = m.features
    w.writeArrayLength(true, a.length)
    for (const e of a) writeControllerFeature(w, e, version)
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultControllerEndpoint(): ControllerEndpoint {
  return {
    name: "",
    host: "",
    port: 0,
    securityProtocol: 0,
    unknownTaggedFields: undefined,
  }
}

export function readControllerEndpoint(r: Reader, version: number): ControllerEndpoint {
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

export function writeControllerEndpoint(w: Writer, m: ControllerEndpoint, version: number): void {
  w.writeCompactString(m.name)
  w.writeCompactString(m.host)
  w.writeUint16(m.port)
  w.writeInt16(m.securityProtocol)
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultControllerFeature(): ControllerFeature {
  return {
    name: "",
    minSupportedVersion: 0,
    maxSupportedVersion: 0,
    unknownTaggedFields: undefined,
  }
}

export function readControllerFeature(r: Reader, version: number): ControllerFeature {
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

export function writeControllerFeature(w: Writer, m: ControllerFeature, version: number): void {
  w.writeCompactString(m.name)
  w.writeInt16(m.minSupportedVersion)
  w.writeInt16(m.maxSupportedVersion)
  w.writeTaggedFields([], m.unknownTaggedFields)
}
