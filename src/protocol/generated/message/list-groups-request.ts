// Generated from spec/kafka/message/ListGroupsRequest.json by scripts/codegen. Do not edit.
// ListGroupsRequest: request, api key 16, versions 0-5, flexible 3+.
import { DecodeError, EncodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-5. */
export interface ListGroupsRequest {
  /** The states of the groups we want to list. If empty, all groups are returned with their state. (versions 4+) */
  statesFilter: string[]
  /** The types of the groups we want to list. If empty, all groups are returned with their type. (versions 5+) */
  typesFilter: string[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultListGroupsRequest(): ListGroupsRequest {
  return {
    statesFilter: [],
    typesFilter: [],
    unknownTaggedFields: undefined,
  }
}

export function readListGroupsRequest(r: Reader, version: number): ListGroupsRequest {
  let $statesFilter: string[]
  if (version >= 4) {
    {
      const n = r.readArrayLength(true)
      if (n < 0) {
        throw new DecodeError('non-nullable field StatesFilter was serialized as null')
      } else {
        const a: string[] = []
        for (let i = 0; i < n; i++) a.push(r.readCompactString())
        $statesFilter = a
      }
    }
  } else {
    $statesFilter = []
  }
  let $typesFilter: string[]
  if (version >= 5) {
    {
      const n = r.readArrayLength(true)
      if (n < 0) {
        throw new DecodeError('non-nullable field TypesFilter was serialized as null')
      } else {
        const a: string[] = []
        for (let i = 0; i < n; i++) a.push(r.readCompactString())
        $typesFilter = a
      }
    }
  } else {
    $typesFilter = []
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
  return { statesFilter: $statesFilter, typesFilter: $typesFilter, unknownTaggedFields }
}

export function writeListGroupsRequest(w: Writer, m: ListGroupsRequest, version: number): void {
  if (version >= 4) {
    {
      const a = m.statesFilter
      w.writeArrayLength(true, a.length)
      for (const e of a) w.writeCompactString(e)
    }
  } else {
    if (m.statesFilter.length !== 0) throw new EncodeError('field StatesFilter cannot be written at version ' + version + ' of ListGroupsRequest')
  }
  if (version >= 5) {
    {
      const a = m.typesFilter
      w.writeArrayLength(true, a.length)
      for (const e of a) w.writeCompactString(e)
    }
  } else {
    if (m.typesFilter.length !== 0) throw new EncodeError('field TypesFilter cannot be written at version ' + version + ' of ListGroupsRequest')
  }
  if (version >= 3) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}
