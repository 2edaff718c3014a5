// Generated from spec/kafka/metadata/AccessControlEntryRecord.json by scripts/codegen. Do not edit.
// AccessControlEntryRecord: metadata, api key 18, versions 0, flexible 0+.
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0. */
export interface AccessControlEntryRecord {
  /** The unique ID of this ACL. (versions 0+) */
  id: Buffer
  /** The resource type. (versions 0+) */
  resourceType: number
  /** The resource name. (versions 0+) */
  resourceName: string
  /** The resource name pattern type. (versions 0+) */
  patternType: number
  /** The principal name. (versions 0+) */
  principal: string
  /** The host name. (versions 0+) */
  host: string
  /** The AclOperation. (versions 0+) */
  operation: number
  /** The AclPermissionType. (versions 0+) */
  permissionType: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultAccessControlEntryRecord(): AccessControlEntryRecord {
  return {
    id: Buffer.alloc(16),
    resourceType: 0,
    resourceName: "",
    patternType: 0,
    principal: "",
    host: "",
    operation: 0,
    permissionType: 0,
    unknownTaggedFields: undefined,
  }
}

export function readAccessControlEntryRecord(r: Reader, version: number): AccessControlEntryRecord {
  const $id: Buffer = r.readUuid()
  const $resourceType: number = r.readInt8()
  const $resourceName: string = r.readCompactString()
  const $patternType: number = r.readInt8()
  const $principal: string = r.readCompactString()
  const $host: string = r.readCompactString()
  const $operation: number = r.readInt8()
  const $permissionType: number = r.readInt8()
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { id: $id, resourceType: $resourceType, resourceName: $resourceName, patternType: $patternType, principal: $principal, host: $host, operation: $operation, permissionType: $permissionType, unknownTaggedFields }
}

export function writeAccessControlEntryRecord(w: Writer, m: AccessControlEntryRecord, version: number): void {
  w.writeUuid(m.id)
  w.writeInt8(m.resourceType)
  w.writeCompactString(m.resourceName)
  w.writeInt8(m.patternType)
  w.writeCompactString(m.principal)
  w.writeCompactString(m.host)
  w.writeInt8(m.operation)
  w.writeInt8(m.permissionType)
  w.writeTaggedFields([], m.unknownTaggedFields)
}
