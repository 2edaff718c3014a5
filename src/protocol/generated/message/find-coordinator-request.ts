// Generated from spec/kafka/message/FindCoordinatorRequest.json by scripts/codegen. Do not edit.
// FindCoordinatorRequest: request, api key 10, versions 0-6, flexible 3+.
import { DecodeError, EncodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-6. */
export interface FindCoordinatorRequest {
  /** The coordinator key. (versions 0-3) */
  key: string
  /** The coordinator key type. (Group, transaction, etc.) (versions 1+) */
  keyType: number
  /** The coordinator keys. (versions 4+) */
  coordinatorKeys: string[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultFindCoordinatorRequest(): FindCoordinatorRequest {
  return {
    key: "",
    keyType: 0,
    coordinatorKeys: [],
    unknownTaggedFields: undefined,
  }
}

export function readFindCoordinatorRequest(r: Reader, version: number): FindCoordinatorRequest {
  let $key: string
  if (version <= 3) {
    $key = (version >= 3 ? r.readCompactString() : r.readString())
  } else {
    $key = ""
  }
  let $keyType: number
  if (version >= 1) {
    $keyType = r.readInt8()
  } else {
    $keyType = 0
  }
  let $coordinatorKeys: string[]
  if (version >= 4) {
    {
      const n = r.readArrayLength(true)
      if (n < 0) {
        throw new DecodeError('non-nullable field CoordinatorKeys was serialized as null')
      } else {
        const a: string[] = []
        for (let i = 0; i < n; i++) a.push(r.readCompactString())
        $coordinatorKeys = a
      }
    }
  } else {
    $coordinatorKeys = []
  }
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 3) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { key: $key, keyType: $keyType, coordinatorKeys: $coordinatorKeys, unknownTaggedFields }
}

export function writeFindCoordinatorRequest(w: Writer, m: FindCoordinatorRequest, version: number): void {
  if (version <= 3) {
    void (version >= 3 ? w.writeCompactString(m.key) : w.writeString(m.key))
  } else {
    if (m.key !== "") throw new EncodeError('field Key cannot be written at version ' + version + ' of FindCoordinatorRequest')
  }
  if (version >= 1) {
    w.writeInt8(m.keyType)
  } else {
    if (m.keyType !== 0) throw new EncodeError('field KeyType cannot be written at version ' + version + ' of FindCoordinatorRequest')
  }
  if (version >= 4) {
    {
      const a = m.coordinatorKeys
      w.writeArrayLength(true, a.length)
      for (const e of a) w.writeCompactString(e)
    }
  } else {
    if (m.coordinatorKeys.length !== 0) throw new EncodeError('field CoordinatorKeys cannot be written at version ' + version + ' of FindCoordinatorRequest')
  }
  if (version >= 3) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}
