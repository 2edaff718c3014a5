// Generated from spec/kafka/message/BrokerRegistrationRequest.json by scripts/codegen. Do not edit.
// BrokerRegistrationRequest: request, api key 62, versions 0-4, flexible 0+.
import { DecodeError, EncodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-4. */
export interface BrokerRegistrationRequest {
  /** The broker ID. (versions 0+) */
  brokerId: number
  /** The cluster id of the broker process. (versions 0+) */
  clusterId: string
  /** The incarnation id of the broker process. (versions 0+) */
  incarnationId: Buffer
  /** The listeners of this broker (versions 0+) */
  listeners: Listener[]
  /** The features on this broker. Note: in v0-v3, features with MinSupportedVersion = 0 are omitted. (versions 0+) */
  features: Feature[]
  /** The rack which this broker is in. (versions 0+; nullable 0+) */
  rack: string | null
  /** If the required configurations for ZK migration are present, this value is set to true (versions 1+) */
  isMigratingZkBroker: boolean
  /** Log directories configured in this broker which are available. (versions 2+; ignorable) */
  logDirs: Buffer[]
  /** The epoch before a clean shutdown. (versions 3+; ignorable) */
  previousBrokerEpoch: bigint
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-4. */
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

/** Versions 0-4. */
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

export function defaultBrokerRegistrationRequest(): BrokerRegistrationRequest {
  return {
    brokerId: 0,
    clusterId: "",
    incarnationId: Buffer.alloc(16),
    listeners: [],
    features: [],
    rack: "",
    isMigratingZkBroker: false,
    logDirs: [],
    previousBrokerEpoch: -1n,
    unknownTaggedFields: undefined,
  }
}

export function readBrokerRegistrationRequest(r: Reader, version: number): BrokerRegistrationRequest {
  const $brokerId: number = r.readInt32()
  const $clusterId: string = r.readCompactString()
  const $incarnationId: Buffer = r.readUuid()
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
  const $rack: string | null = r.readCompactNullableString()
  let $isMigratingZkBroker: boolean
  if (version >= 1) {
    $isMigratingZkBroker = r.readBool()
  } else {
    $isMigratingZkBroker = false
  }
  let $logDirs: Buffer[]
  if (version >= 2) {
    {
      const n = r.readArrayLength(true)
      if (n < 0) {
        throw new DecodeError('non-nullable field LogDirs was serialized as null')
      } else {
        const a: Buffer[] = []
        for (let i = 0; i < n; i++) a.push(r.readUuid())
        $logDirs = a
      }
    }
  } else {
    $logDirs = []
  }
  let $previousBrokerEpoch: bigint
  if (version >= 3) {
    $previousBrokerEpoch = r.readInt64()
  } else {
    $previousBrokerEpoch = -1n
  }
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { brokerId: $brokerId, clusterId: $clusterId, incarnationId: $incarnationId, listeners: $listeners, features: $features, rack: $rack, isMigratingZkBroker: $isMigratingZkBroker, logDirs: $logDirs, previousBrokerEpoch: $previousBrokerEpoch, unknownTaggedFields }
}

export function writeBrokerRegistrationRequest(w: Writer, m: BrokerRegistrationRequest, version: number): void {
  w.writeInt32(m.brokerId)
  w.writeCompactString(m.clusterId)
  w.writeUuid(m.incarnationId)
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
  w.writeCompactNullableString(m.rack)
  if (version >= 1) {
    w.writeBool(m.isMigratingZkBroker)
  } else {
    if (m.isMigratingZkBroker !== false) throw new EncodeError('field IsMigratingZkBroker cannot be written at version ' + version + ' of BrokerRegistrationRequest')
  }
  if (version >= 2) {
    {
      const a = m.logDirs
      w.writeArrayLength(true, a.length)
      for (const e of a) w.writeUuid(e)
    }
  }
  if (version >= 3) {
    w.writeInt64(m.previousBrokerEpoch)
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
