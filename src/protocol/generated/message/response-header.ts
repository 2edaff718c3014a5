// Generated from spec/kafka/message/ResponseHeader.json by scripts/codegen. Do not edit.
// ResponseHeader: header, versions 0-1, flexible 1+.
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-1. */
export interface ResponseHeader {
  /** The correlation ID of this response. (versions 0+) */
  correlationId: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultResponseHeader(): ResponseHeader {
  return {
    correlationId: 0,
    unknownTaggedFields: undefined,
  }
}

export function readResponseHeader(r: Reader, version: number): ResponseHeader {
  const $correlationId: number = r.readInt32()
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 1) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { correlationId: $correlationId, unknownTaggedFields }
}

export function writeResponseHeader(w: Writer, m: ResponseHeader, version: number): void {
  w.writeInt32(m.correlationId)
  if (version >= 1) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}
