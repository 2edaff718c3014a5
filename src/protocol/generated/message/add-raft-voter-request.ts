// Generated from spec/kafka/message/AddRaftVoterRequest.json by scripts/codegen. Do not edit.
// AddRaftVoterRequest: request, api key 80, versions 0, flexible 0+.
import { DecodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0. */
export interface AddRaftVoterRequest {
  /** (versions 0+; nullable 0+) */
  clusterId: string | null
  /** (versions 0+) */
  timeoutMs: number
  /** The replica id of the voter getting added to the topic partition (versions 0+) */
  voterId: number
  /** The directory id of the voter getting added to the topic partition (versions 0+) */
  voterDirectoryId: Buffer
  /** The endpoints that can be used to communicate with the voter (versions 0+) */
  listeners: Listener[]
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

export function defaultAddRaftVoterRequest(): AddRaftVoterRequest {
  return {
    clusterId: "",
    timeoutMs: 0,
    voterId: 0,
    voterDirectoryId: Buffer.alloc(16),
    listeners: [],
    unknownTaggedFields: undefined,
  }
}

export function readAddRaftVoterRequest(r: Reader, version: number): AddRaftVoterRequest {
  const $clusterId: string | null = r.readCompactNullableString()
  const $timeoutMs: number = r.readInt32()
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
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { clusterId: $clusterId, timeoutMs: $timeoutMs, voterId: $voterId, voterDirectoryId: $voterDirectoryId, listeners: $listeners, unknownTaggedFields }
}

export function writeAddRaftVoterRequest(w: Writer, m: AddRaftVoterRequest, version: number): void {
  w.writeCompactNullableString(m.clusterId)
  w.writeInt32(m.timeoutMs)
  w.writeInt32(m.voterId)
  w.writeUuid(m.voterDirectoryId)
  {
    const a = m.listeners
    w.writeArrayLength(true, a.length)
    for (const e of a) writeListener(w, e, version)
  }
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
