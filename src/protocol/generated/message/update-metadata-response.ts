// Generated from spec/kafka/message/UpdateMetadataResponse.json by scripts/codegen. Do not edit.
// UpdateMetadataResponse: response, api key 6, versions 0-8, flexible 6+.
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-8. */
export interface UpdateMetadataResponse {
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultUpdateMetadataResponse(): UpdateMetadataResponse {
  return {
    errorCode: 0,
    unknownTaggedFields: undefined,
  }
}

export function readUpdateMetadataResponse(r: Reader, version: number): UpdateMetadataResponse {
  const $errorCode: number = r.readInt16()
  let unknownTaggedFields: TaggedField[] | undefined
  if (version >= 6) {
    const tagCount = r.readUnsignedVarint()
    for (let i = 0; i < tagCount; i++) {
      const tag = r.readUnsignedVarint()
      const size = r.readUnsignedVarint()
      if (unknownTaggedFields === undefined) unknownTaggedFields = []
      unknownTaggedFields.push({ tag, data: r.readSlice(size) })
    }
  }
  return { errorCode: $errorCode, unknownTaggedFields }
}

export function writeUpdateMetadataResponse(w: Writer, m: UpdateMetadataResponse, version: number): void {
  w.writeInt16(m.errorCode)
  if (version >= 6) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}
