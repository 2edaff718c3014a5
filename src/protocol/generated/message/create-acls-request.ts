// Generated from spec/kafka/message/CreateAclsRequest.json by scripts/codegen. Do not edit.
// CreateAclsRequest: request, api key 30, versions 0-3, flexible 2+.
import { DecodeError, EncodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-3. */
export interface CreateAclsRequest {
  /** The ACLs that we want to create. (versions 0+) */
  creations: AclCreation[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-3. */
export interface AclCreation {
  /** The type of the resource. (versions 0+) */
  resourceType: number
  /** The resource name for the ACL. (versions 0+) */
  resourceName: string
  /** The pattern type for the ACL. (versions 1+) */
  resourcePatternType: number
  /** The principal for the ACL. (versions 0+) */
  principal: string
  /** The host for the ACL. (versions 0+) */
  host: string
  /** The operation type for the ACL (read, write, etc.). (versions 0+) */
  operation: number
  /** The permission type for the ACL (allow, deny, etc.). (versions 0+) */
  permissionType: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultCreateAclsRequest(): CreateAclsRequest {
  return {
    creations: [],
    unknownTaggedFields: undefined,
  }
}

export function readCreateAclsRequest(r: Reader, version: number): CreateAclsRequest {
  let $creations: AclCreation[]
  {
    const n = r.readArrayLength(version >= 2)
    if (n < 0) {
      throw new DecodeError('non-nullable field Creations was serialized as null')
    } else {
      const a: AclCreation[] = []
      for (let i = 0; i < n; i++) a.push(readAclCreation(r, version))
      $creations = a
    }
  }
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 2) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { creations: $creations, unknownTaggedFields }
}

export function writeCreateAclsRequest(w: Writer, m: CreateAclsRequest, version: number): void {
  {
    const a = m.creations
    w.writeArrayLength(version >= 2, a.length)
    for (const e of a) writeAclCreation(w, e, version)
  }
  if (version >= 2) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultAclCreation(): AclCreation {
  return {
    resourceType: 0,
    resourceName: "",
    resourcePatternType: 3,
    principal: "",
    host: "",
    operation: 0,
    permissionType: 0,
    unknownTaggedFields: undefined,
  }
}

export function readAclCreation(r: Reader, version: number): AclCreation {
  const $resourceType: number = r.readInt8()
  const $resourceName: string = (version >= 2 ? r.readCompactString() : r.readString())
  let $resourcePatternType: number
  if (version >= 1) {
    $resourcePatternType = r.readInt8()
  } else {
    $resourcePatternType = 3
  }
  const $principal: string = (version >= 2 ? r.readCompactString() : r.readString())
  const $host: string = (version >= 2 ? r.readCompactString() : r.readString())
  const $operation: number = r.readInt8()
  const $permissionType: number = r.readInt8()
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 2) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { resourceType: $resourceType, resourceName: $resourceName, resourcePatternType: $resourcePatternType, principal: $principal, host: $host, operation: $operation, permissionType: $permissionType, unknownTaggedFields }
}

export function writeAclCreation(w: Writer, m: AclCreation, version: number): void {
  w.writeInt8(m.resourceType)
  void (version >= 2 ? w.writeCompactString(m.resourceName) : w.writeString(m.resourceName))
  if (version >= 1) {
    w.writeInt8(m.resourcePatternType)
  } else {
    if (m.resourcePatternType !== 3) throw new EncodeError('field ResourcePatternType cannot be written at version ' + version + ' of CreateAclsRequest')
  }
  void (version >= 2 ? w.writeCompactString(m.principal) : w.writeString(m.principal))
  void (version >= 2 ? w.writeCompactString(m.host) : w.writeString(m.host))
  w.writeInt8(m.operation)
  w.writeInt8(m.permissionType)
  if (version >= 2) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}
