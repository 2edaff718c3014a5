// Generated from spec/kafka/message/RemoveRaftVoterRequest.json by scripts/codegen. Do not edit.
// RemoveRaftVoterRequest: request, api key 81, versions 0, flexible 0+.
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0. */
export interface RemoveRaftVoterRequest {
  /** (versions 0+; nullable 0+) */
  clusterId: string | null
  /** The replica id of the voter getting removed from the topic partition (versions 0+) */
  voterId: number
  /** The directory id of the voter getting removed from the topic partition (versions 0+) */
  voterDirectoryId: Buffer
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultRemoveRaftVoterRequest(): RemoveRaftVoterRequest {
  return {
    clusterId: "",
    voterId: 0,
    voterDirectoryId: Buffer.alloc(16),
    unknownTaggedFields: undefined,
  }
}

export function readRemoveRaftVoterRequest(r: Reader, version: number): RemoveRaftVoterRequest {
  const $clusterId: string | null = r.readCompactNullableString()
  const $voterId: number = r.readInt32()
  const $voterDirectoryId: Buffer = r.readUuid()
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { clusterId: $clusterId, voterId: $voterId, voterDirectoryId: $voterDirectoryId, unknownTaggedFields }
}

export function writeRemoveRaftVoterRequest(w: Writer, m: RemoveRaftVoterRequest, version: number): void {
  w.writeCompactNullableString(m.clusterId)
  w.writeInt32(m.voterId)
  w.writeUuid(m.voterDirectoryId)
  w.writeTaggedFields([], m.unknownTaggedFields)
}
