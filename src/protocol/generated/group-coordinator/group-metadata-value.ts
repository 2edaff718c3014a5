// Generated from spec/kafka/group-coordinator/GroupMetadataValue.json by scripts/codegen. Do not edit.
// GroupMetadataValue: data, versions 0-4, flexible 4+.
import { DecodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-4. */
export interface GroupMetadataValue {
  /** (versions 0+) */
  protocolType: string
  /** (versions 0+) */
  generation: number
  /** (versions 0+; nullable 0+) */
  protocol: string | null
  /** (versions 0+; nullable 0+) */
  leader: string | null
  /** (versions 2+; ignorable) */
  currentStateTimestamp: bigint
  /** (versions 0+) */
  members: MemberMetadata[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-4. */
export interface MemberMetadata {
  /** (versions 0+) */
  memberId: string
  /** (versions 3+; nullable 3+; ignorable) */
  groupInstanceId: string | null
  /** (versions 0+) */
  clientId: string
  /** (versions 0+) */
  clientHost: string
  /** (versions 1+; ignorable) */
  rebalanceTimeout: number
  /** (versions 0+) */
  sessionTimeout: number
  /** (versions 0+) */
  subscription: Buffer
  /** (versions 0+) */
  assignment: Buffer
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultGroupMetadataValue(): GroupMetadataValue {
  return {
    protocolType: "",
    generation: 0,
    protocol: "",
    leader: "",
    currentStateTimestamp: -1n,
    members: [],
    unknownTaggedFields: undefined,
  }
}

export function readGroupMetadataValue(r: Reader, version: number): GroupMetadataValue {
  const $protocolType: string = (version >= 4 ? r.readCompactString() : r.readString())
  const $generation: number = r.readInt32()
  const $protocol: string | null = (version >= 4 ? r.readCompactNullableString() : r.readNullableString())
  const $leader: string | null = (version >= 4 ? r.readCompactNullableString() : r.readNullableString())
  let $currentStateTimestamp: bigint
  if (version >= 2) {
    $currentStateTimestamp = r.readInt64()
  } else {
    $currentStateTimestamp = -1n
  }
  let $members: MemberMetadata[]
  {
    const n = r.readArrayLength(version >= 4)
    if (n < 0) {
      throw new DecodeError('non-nullable field members was serialized as null')
    } else {
      const a: MemberMetadata[] = []
      for (let i = 0; i < n; i++) a.push(readMemberMetadata(r, version))
      $members = a
    }
  }
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 4) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { protocolType: $protocolType, generation: $generation, protocol: $protocol, leader: $leader, currentStateTimestamp: $currentStateTimestamp, members: $members, unknownTaggedFields }
}

export function writeGroupMetadataValue(w: Writer, m: GroupMetadataValue, version: number): void {
  void (version >= 4 ? w.writeCompactString(m.protocolType) : w.writeString(m.protocolType))
  w.writeInt32(m.generation)
  void (version >= 4 ? w.writeCompactNullableString(m.protocol) : w.writeNullableString(m.protocol))
  void (version >= 4 ? w.writeCompactNullableString(m.leader) : w.writeNullableString(m.leader))
  if (version >= 2) {
    w.writeInt64(m.currentStateTimestamp)
  }
  {
    const a = m.members
    w.writeArrayLength(version >= 4, a.length)
    for (const e of a) writeMemberMetadata(w, e, version)
  }
  if (version >= 4) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultMemberMetadata(): MemberMetadata {
  return {
    memberId: "",
    groupInstanceId: null,
    clientId: "",
    clientHost: "",
    rebalanceTimeout: -1,
    sessionTimeout: 0,
    subscription: Buffer.alloc(0),
    assignment: Buffer.alloc(0),
    unknownTaggedFields: undefined,
  }
}

export function readMemberMetadata(r: Reader, version: number): MemberMetadata {
  const $memberId: string = (version >= 4 ? r.readCompactString() : r.readString())
  let $groupInstanceId: string | null
  if (version >= 3) {
    $groupInstanceId = (version >= 4 ? r.readCompactNullableString() : r.readNullableString())
  } else {
    $groupInstanceId = null
  }
  const $clientId: string = (version >= 4 ? r.readCompactString() : r.readString())
  const $clientHost: string = (version >= 4 ? r.readCompactString() : r.readString())
  let $rebalanceTimeout: number
  if (version >= 1) {
    $rebalanceTimeout = r.readInt32()
  } else {
    $rebalanceTimeout = -1
  }
  const $sessionTimeout: number = r.readInt32()
  const $subscription: Buffer = (version >= 4 ? r.readCompactBytes() : r.readBytes())
  const $assignment: Buffer = (version >= 4 ? r.readCompactBytes() : r.readBytes())
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 4) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { memberId: $memberId, groupInstanceId: $groupInstanceId, clientId: $clientId, clientHost: $clientHost, rebalanceTimeout: $rebalanceTimeout, sessionTimeout: $sessionTimeout, subscription: $subscription, assignment: $assignment, unknownTaggedFields }
}

export function writeMemberMetadata(w: Writer, m: MemberMetadata, version: number): void {
  void (version >= 4 ? w.writeCompactString(m.memberId) : w.writeString(m.memberId))
  if (version >= 3) {
    void (version >= 4 ? w.writeCompactNullableString(m.groupInstanceId) : w.writeNullableString(m.groupInstanceId))
  }
  void (version >= 4 ? w.writeCompactString(m.clientId) : w.writeString(m.clientId))
  void (version >= 4 ? w.writeCompactString(m.clientHost) : w.writeString(m.clientHost))
  if (version >= 1) {
    w.writeInt32(m.rebalanceTimeout)
  }
  w.writeInt32(m.sessionTimeout)
  void (version >= 4 ? w.writeCompactBytes(m.subscription) : w.writeBytes(m.subscription))
  void (version >= 4 ? w.writeCompactBytes(m.assignment) : w.writeBytes(m.assignment))
  if (version >= 4) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}
