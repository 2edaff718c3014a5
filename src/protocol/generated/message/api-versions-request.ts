// Generated from spec/kafka/message/ApiVersionsRequest.json by scripts/codegen. Do not edit.
// ApiVersionsRequest: request, api key 18, versions 0-4, flexible 3+.
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-4. */
export interface ApiVersionsRequest {
  /** The name of the client. (versions 3+; ignorable) */
  clientSoftwareName: string
  /** The version of the client. (versions 3+; ignorable) */
  clientSoftwareVersion: string
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultApiVersionsRequest(): ApiVersionsRequest {
  return {
    clientSoftwareName: "",
    clientSoftwareVersion: "",
    unknownTaggedFields: undefined,
  }
}

export function readApiVersionsRequest(r: Reader, version: number): ApiVersionsRequest {
  let $clientSoftwareName: string
  if (version >= 3) {
    $clientSoftwareName = r.readCompactString()
  } else {
    $clientSoftwareName = ""
  }
  let $clientSoftwareVersion: string
  if (version >= 3) {
    $clientSoftwareVersion = r.readCompactString()
  } else {
    $clientSoftwareVersion = ""
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
  return { clientSoftwareName: $clientSoftwareName, clientSoftwareVersion: $clientSoftwareVersion, unknownTaggedFields }
}

export function writeApiVersionsRequest(w: Writer, m: ApiVersionsRequest, version: number): void {
  if (version >= 3) {
    w.writeCompactString(m.clientSoftwareName)
  }
  if (version >= 3) {
    w.writeCompactString(m.clientSoftwareVersion)
  }
  if (version >= 3) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}
