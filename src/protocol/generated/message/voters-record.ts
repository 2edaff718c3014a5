// Generated from spec/kafka/message/VotersRecord.json by scripts/codegen. Do not edit.
// VotersRecord: data, versions 0, flexible 0+.
import { DecodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0. */
export interface VotersRecord {
  /** The version of the voters record (versions 0+) */
  version: number
  /** (versions 0+) */
  voters: Voter[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0. */
export interface Voter {
  /** The replica id of the voter in the topic partition (versions 0+) */
  voterId: number
  /** The directory id of the voter in the topic partition (versions 0+) */
  voterDirectoryId: Buffer
  /** The endpoint that can be used to communicate with the voter (versions 0+) */
  endpoints: Endpoint[]
  /** The range of versions of the protocol that the replica supports (versions 0+) */
  kRaftVersionFeature: KRaftVersionFeature
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0. */
export interface Endpoint {
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

export function defaultVotersRecord(): VotersRecord {
  return {
    version: 0,
    voters: [],
    unknownTaggedFields: undefined,
  }
}

export function readVotersRecord(r: Reader, version: number): VotersRecord {
  const $version: number = r.readInt16()
  let $voters: Voter[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field Voters was serialized as null')
    } else {
      const a: Voter[] = []
      for (let i = 0; i < n; i++) a.push(readVoter(r, version))
      $voters = a
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
  return { version: $version, voters: $voters, unknownTaggedFields }
}

export function writeVotersRecord(w: Writer, m: VotersRecord, version: number): void {
  w.writeInt16(m.version)
  {
    const a = m.voters
    w.writeArrayLength(true, a.length)
    for (const e of a) writeVoter(w, e, version)
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultVoter(): Voter {
  return {
    voterId: 0,
    voterDirectoryId: Buffer.alloc(16),
    endpoints: [],
    kRaftVersionFeature: defaultKRaftVersionFeature(),
    unknownTaggedFields: undefined,
  }
}

export function readVoter(r: Reader, version: number): Voter {
  const $voterId: number = r.readInt32()
  const $voterDirectoryId: Buffer = r.readUuid()
  let $endpoints: Endpoint[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field Endpoints was serialized as null')
    } else {
      const a: Endpoint[] = []
      for (let i = 0; i < n; i++) a.push(readEndpoint(r, version))
      $endpoints = a
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
  return { voterId: $voterId, voterDirectoryId: $voterDirectoryId, endpoints: $endpoints, kRaftVersionFeature: $kRaftVersionFeature, unknownTaggedFields }
}

export function writeVoter(w: Writer, m: Voter, version: number): void {
  w.writeInt32(m.voterId)
  w.writeUuid(m.voterDirectoryId)
  {
    const a = m.endpoints
    w.writeArrayLength(true, a.length)
    for (const e of a) writeEndpoint(w, e, version)
  }
  writeKRaftVersionFeature(w, m.kRaftVersionFeature, version)
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultEndpoint(): Endpoint {
  return {
    name: "",
    host: "",
    port: 0,
    unknownTaggedFields: undefined,
  }
}

export function readEndpoint(r: Reader, version: number): Endpoint {
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

export function writeEndpoint(w: Writer, m: Endpoint, version: number): void {
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
