// Generated from spec/kafka/message/UpdateRaftVoterRequest.json by scripts/codegen. Do not edit.
// UpdateRaftVoterRequest: request, api key 82, versions 0, flexible 0+.
import { DecodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0. */
export interface UpdateRaftVoterRequest {
  /** (versions 0+; nullable 0+) */
  clusterId: string | null
  /** The current leader epoch of the partition, -1 for unknown leader epoch (versions 0+) */
  currentLeaderEpoch: number
  /** The replica id of the voter getting updated in the topic partition (versions 0+) */
  voterId: number
  /** The directory id of the voter getting updated in the topic partition (versions 0+) */
  voterDirectoryId: Buffer
  /** The endpoint that can be used to communicate with the leader (versions 0+) */
  listeners: Listener[]
  /** The range of versions of the protocol that the replica supports (versions 0+) */
  kRaftVersionFeature: KRaftVersionFeature
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0. */
export interface Listener {
  /** The name of the endpoint (versions 0+; map key) */
  name: string
  /** The hostname (versions 0+) */
  host: string
  /** The port (versions 0+) */
  port: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0. */
export interface KRaftVersionFeature {
  /** The minimum supported KRaft protocol version (versions 0+) */
  minSupportedVersion: number
  /** The maximum supported KRaft protocol version (versions 0+) */
  maxSupportedVersion: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultUpdateRaftVoterRequest(): UpdateRaftVoterRequest {
  return {
    clusterId: "",
    currentLeaderEpoch: 0,
    voterId: 0,
    voterDirectoryId: Buffer.alloc(16),
    listeners: [],
    kRaftVersionFeature: defaultKRaftVersionFeature(),
    unknownTaggedFields: undefined,
  }
}

export function readUpdateRaftVoterRequest(r: Reader, version: number): UpdateRaftVoterRequest {
  const $clusterId: string | null = r.readCompactNullableString()
  const $currentLeaderEpoch: number = r.readInt32()
  const $voterId: number = r.readInt32()
  const $voterDirectoryId: Buffer = r.readUuid()
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
  let $kRaftVersionFeature: KRaftVersionFeature
  $kRaftVersionFeature = readKRaftVersionFeature(r, version)
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { clusterId: $clusterId, currentLeaderEpoch: $currentLeaderEpoch, voterId: $voterId, voterDirectoryId: $voterDirectoryId, listeners: $listeners, kRaftVersionFeature: $kRaftVersionFeature, unknownTaggedFields }
}

export function writeUpdateRaftVoterRequest(w: Writer, m: UpdateRaftVoterRequest, version: number): void {
  w.writeCompactNullableString(m.clusterId)
  w.writeInt32(m.currentLeaderEpoch)
  w.writeInt32(m.voterId)
  w.writeUuid(m.voterDirectoryId)
  {
    const a = m.listeners
    w.writeArrayLength(true, a.length)
    for (const e of a) writeListener(w, e, version)
  }
  writeKRaftVersionFeature(w, m.kRaftVersionFeature, version)
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultListener(): Listener {
  return {
    name: "",
    host: "",
    port: 0,
    unknownTaggedFields: undefined,
  }
}

export function readListener(r: Reader, version: number): Listener {
  const $name: string = r.readCompactString()
  const $host: string = r.readCompactString()
  const $port: number = r.readUint16()
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { name: $name, host: $host, port: $port, unknownTaggedFields }
}

export function writeListener(w: Writer, m: Listener, version: number): void {
  w.writeCompactString(m.name)
  w.writeCompactString(m.host)
  w.writeUint16(m.port)
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultKRaftVersionFeature(): KRaftVersionFeature {
  return {
    minSupportedVersion: 0,
    maxSupportedVersion: 0,
    unknownTaggedFields: undefined,
  }
}

export function readKRaftVersionFeature(r: Reader, version: number): KRaftVersionFeature {
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
  return { minSupportedVersion: $minSupportedVersion, maxSupportedVersion: $maxSupportedVersion, unknownTaggedFields }
}

export function writeKRaftVersionFeature(w: Writer, m: KRaftVersionFeature, version: number): void {
  w.writeInt16(m.minSupportedVersion)
  w.writeInt16(m.maxSupportedVersion)
  w.writeTaggedFields([], m.unknownTaggedFields)
}
