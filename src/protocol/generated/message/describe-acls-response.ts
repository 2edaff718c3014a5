// Generated from spec/kafka/message/DescribeAclsResponse.json by scripts/codegen. Do not edit.
// DescribeAclsResponse: response, api key 29, versions 0-3, flexible 2+.
import { DecodeError, EncodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-3. */
export interface DescribeAclsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number
  /** The error message, or null if there was no error. (versions 0+; nullable 0+) */
  errorMessage: string | null
  /** Each Resource that is referenced in an ACL. (versions 0+) */
  resources: DescribeAclsResource[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-3. */
export interface DescribeAclsResource {
  /** The resource type. (versions 0+) */
  resourceType: number
  /** The resource name. (versions 0+) */
  resourceName: string
  /** The resource pattern type. (versions 1+) */
  patternType: number
  /** The ACLs. (versions 0+) */
  acls: AclDescription[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-3. */
export interface AclDescription {
  /** The ACL principal. (versions 0+) */
  principal: string
  /** The ACL host. (versions 0+) */
  host: string
  /** The ACL operation. (versions 0+) */
  operation: number
  /** The ACL permission type. (versions 0+) */
  permissionType: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultDescribeAclsResponse(): DescribeAclsResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: "",
    resources: [],
    unknownTaggedFields: undefined,
  }
}

export function readDescribeAclsResponse(r: Reader, version: number): DescribeAclsResponse {
  const $throttleTimeMs: number = r.readInt32()
  const $errorCode: number = r.readInt16()
  const $errorMessage: string | null = (version >= 2 ? r.readCompactNullableString() : r.readNullableString())
  let $resources: DescribeAclsResource[]
  {
    const n = r.readArrayLength(version >= 2)
    if (n < 0) {
      throw new DecodeError('non-nullable field Resources was serialized as null')
    } else {
      const a: DescribeAclsResource[] = []
      for (let i = 0; i < n; i++) a.push(readDescribeAclsResource(r, version))
      $resources = a
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
  return { throttleTimeMs: $throttleTimeMs, errorCode: $errorCode, errorMessage: $errorMessage, resources: $resources, unknownTaggedFields }
}

export function writeDescribeAclsResponse(w: Writer, m: DescribeAclsResponse, version: number): void {
  w.writeInt32(m.throttleTimeMs)
  w.writeInt16(m.errorCode)
  void (version >= 2 ? w.writeCompactNullableString(m.errorMessage) : w.writeNullableString(m.errorMessage))
  {
    const a = m.resources
    w.writeArrayLength(version >= 2, a.length)
    for (const e of a) writeDescribeAclsResource(w, e, version)
  }
  if (version >= 2) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultDescribeAclsResource(): DescribeAclsResource {
  return {
    resourceType: 0,
    resourceName: "",
    patternType: 3,
    acls: [],
    unknownTaggedFields: undefined,
  }
}

export function readDescribeAclsResource(r: Reader, version: number): DescribeAclsResource {
  const $resourceType: number = r.readInt8()
  const $resourceName: string = (version >= 2 ? r.readCompactString() : r.readString())
  let $patternType: number
  if (version >= 1) {
    $patternType = r.readInt8()
  } else {
    $patternType = 3
  }
  let $acls: AclDescription[]
  {
    const n = r.readArrayLength(version >= 2)
    if (n < 0) {
      throw new DecodeError('non-nullable field Acls was serialized as null')
    } else {
      const a: AclDescription[] = []
      for (let i = 0; i < n; i++) a.push(readAclDescription(r, version))
      $acls = a
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
  return { resourceType: $resourceType, resourceName: $resourceName, patternType: $patternType, acls: $acls, unknownTaggedFields }
}

export function writeDescribeAclsResource(w: Writer, m: DescribeAclsResource, version: number): void {
  w.writeInt8(m.resourceType)
  void (version >= 2 ? w.writeCompactString(m.resourceName) : w.writeString(m.resourceName))
  if (version >= 1) {
    w.writeInt8(m.patternType)
  } else {
    if (m.patternType !== 3) throw new EncodeError('field PatternType cannot be written at version ' + version + ' of DescribeAclsResponse')
  }
  {
    const a = m.acls
    w.writeArrayLength(version >= 2, a.length)
    for (const e of a) writeAclDescription(w, e, version)
  }
  if (version >= 2) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultAclDescription(): AclDescription {
  return {
    principal: "",
    host: "",
    operation: 0,
    permissionType: 0,
    unknownTaggedFields: undefined,
  }
}

export function readAclDescription(r: Reader, version: number): AclDescription {
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
  return { principal: $principal, host: $host, operation: $operation, permissionType: $permissionType, unknownTaggedFields }
}

export function writeAclDescription(w: Writer, m: AclDescription, version: number): void {
  void (version >= 2 ? w.writeCompactString(m.principal) : w.writeString(m.principal))
  void (version >= 2 ? w.writeCompactString(m.host) : w.writeString(m.host))
  w.writeInt8(m.operation)
  w.writeInt8(m.permissionType)
  if (version >= 2) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}
