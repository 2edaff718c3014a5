// Generated from spec/kafka/metadata/RegisterBrokerRecord.json by scripts/codegen. Do not edit.
// RegisterBrokerRecord: metadata, api key 0, versions 0-3, flexible 0+.
import { DecodeError, EncodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import { Writer } from '../../writer.js'

/** Versions 0-3. */
export interface RegisterBrokerRecord {
  /** The broker id. (versions 0+) */
  brokerId: number
  /** True if the broker is a ZK broker in migration mode. Otherwise, false (versions 2+) */
  isMigratingZkBroker: boolean
  /** The incarnation ID of the broker process (versions 0+) */
  incarnationId: Buffer
  /** The broker epoch assigned by the controller. (versions 0+) */
  brokerEpoch: bigint
  /** The endpoints that can be used to communicate with this broker. (versions 0+) */
  endPoints: BrokerEndpoint[]
  /** The features on this broker (versions 0+) */
  features: BrokerFeature[]
  /** The broker rack. (versions 0+; nullable 0+) */
  rack: string | null
  /** True if the broker is fenced. (versions 0+) */
  fenced: boolean
  /** True if the broker is in controlled shutdown. (versions 1+) */
  inControlledShutdown: boolean
  /** Log directories configured in this broker which are available. (versions 3+; tag 0 in 3+) */
  logDirs: Buffer[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-3. */
export interface BrokerEndpoint {
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

/** Versions 0-3. */
export interface BrokerFeature {
  /** The feature name. (versions 0+; map key) */
  name: string
  /** The minimum supported feature level. (versions 0+) */
  minSupportedVersion: number
  /** The maximum supported feature level. (versions 0+) */
  maxSupportedVersion: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultRegisterBrokerRecord(): RegisterBrokerRecord {
  return {
    brokerId: 0,
    isMigratingZkBroker: false,
    incarnationId: Buffer.alloc(16),
    brokerEpoch: 0n,
    endPoints: [],
    features: [],
    rack: "",
    fenced: true,
    inControlledShutdown: false,
    logDirs: [],
    unknownTaggedFields: undefined,
  }
}

export function readRegisterBrokerRecord(r: Reader, version: number): RegisterBrokerRecord {
  const $brokerId: number = r.readInt32()
  let $isMigratingZkBroker: boolean
  if (version >= 2) {
    $isMigratingZkBroker = r.readBool()
  } else {
    $isMigratingZkBroker = false
  }
  const $incarnationId: Buffer = r.readUuid()
  const $brokerEpoch: bigint = r.readInt64()
  let $endPoints: BrokerEndpoint[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field EndPoints was serialized as null')
    } else {
      const a: BrokerEndpoint[] = []
      for (let i = 0; i < n; i++) a.push(readBrokerEndpoint(r, version))
      $endPoints = a
    }
  }
  let $features: BrokerFeature[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field Features was serialized as null')
    } else {
      const a: BrokerFeature[] = []
      for (let i = 0; i < n; i++) a.push(readBrokerFeature(r, version))
      $features = a
    }
  }
  const $rack: string | null = r.readCompactNullableString()
  const $fenced: boolean = r.readBool()
  let $inControlledShutdown: boolean
  if (version >= 1) {
    $inControlledShutdown = r.readBool()
  } else {
    $inControlledShutdown = false
  }
  let $logDirs: Buffer[] = []
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (tag === 0 && version >= 3) {
      const end = r.offset + size
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
      if (r.offset > end) throw new DecodeError('tagged field LogDirs overran its size')
      r.offset = end
      continue
    }
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { brokerId: $brokerId, isMigratingZkBroker: $isMigratingZkBroker, incarnationId: $incarnationId, brokerEpoch: $brokerEpoch, endPoints: $endPoints, features: $features, rack: $rack, fenced: $fenced, inControlledShutdown: $inControlledShutdown, logDirs: $logDirs, unknownTaggedFields }
}

export function writeRegisterBrokerRecord(w: Writer, m: RegisterBrokerRecord, version: number): void {
  w.writeInt32(m.brokerId)
  if (version >= 2) {
    w.writeBool(m.isMigratingZkBroker)
  } else {
    if (m.isMigratingZkBroker !== false) throw new EncodeError('field IsMigratingZkBroker cannot be written at version ' + version + ' of RegisterBrokerRecord')
  }
  w.writeUuid(m.incarnationId)
  w.writeInt64(m.brokerEpoch)
  {
    const a = m.endPoints
    w.writeArrayLength(true, a.length)
    for (const e of a) writeBrokerEndpoint(w, e, version)
  }
  {
    const a = m.features
    w.writeArrayLength(true, a.length)
    for (const e of a) writeBrokerFeature(w, e, version)
  }
  w.writeCompactNullableString(m.rack)
  w.writeBool(m.fenced)
  if (version >= 1) {
    w.writeBool(m.inControlledShutdown)
  } else {
    if (m.inControlledShutdown !== false) throw new EncodeError('field InControlledShutdown cannot be written at version ' + version + ' of RegisterBrokerRecord')
  }
  if (!(version >= 3)) {
    if (m.logDirs.length !== 0) throw new EncodeError('field LogDirs cannot be written at version ' + version + ' of RegisterBrokerRecord')
  }
  const tagged: TaggedField[] = []
  if (version >= 3 && m.logDirs.length !== 0) {
    const t = new Writer(64)
    {
      const a = m.logDirs
      t.writeArrayLength(true, a.length)
      for (const e of a) t.writeUuid(e)
    }
    tagged.push({ tag: 0, data: t.toBuffer() })
  }
  w.writeTaggedFields(tagged, m.unknownTaggedFields)
}

export function defaultBrokerEndpoint(): BrokerEndpoint {
  return {
    name: "",
    host: "",
    port: 0,
    securityProtocol: 0,
    unknownTaggedFields: undefined,
  }
}

export function readBrokerEndpoint(r: Reader, version: number): BrokerEndpoint {
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

export function writeBrokerEndpoint(w: Writer, m: BrokerEndpoint, version: number): void {
  w.writeCompactString(m.name)
  w.writeCompactString(m.host)
  w.writeUint16(m.port)
  w.writeInt16(m.securityProtocol)
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultBrokerFeature(): BrokerFeature {
  return {
    name: "",
    minSupportedVersion: 0,
    maxSupportedVersion: 0,
    unknownTaggedFields: undefined,
  }
}

export function readBrokerFeature(r: Reader, version: number): BrokerFeature {
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

export function writeBrokerFeature(w: Writer, m: BrokerFeature, version: number): void {
  w.writeCompactString(m.name)
  w.writeInt16(m.minSupportedVersion)
  w.writeInt16(m.maxSupportedVersion)
  w.writeTaggedFields([], m.unknownTaggedFields)
}
