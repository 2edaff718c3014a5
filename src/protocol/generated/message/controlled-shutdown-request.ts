// Generated from spec/kafka/message/ControlledShutdownRequest.json by scripts/codegen. Do not edit.
// ControlledShutdownRequest: request, api key 7, versions 0-3, flexible 3+.
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-3. */
export interface ControlledShutdownRequest {
  /** The id of the broker for which controlled shutdown has been requested. (versions 0+) */
  brokerId: number
  /** The broker epoch. (versions 2+; ignorable) */
  brokerEpoch: bigint
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultControlledShutdownRequest(): ControlledShutdownRequest {
  return {
    brokerId: 0,
    brokerEpoch: -1n,
    unknownTaggedFields: undefined,
  }
}

export function readControlledShutdownRequest(r: Reader, version: number): ControlledShutdownRequest {
  const $brokerId: number = r.readInt32()
  let $brokerEpoch: bigint
  if (version >= 2) {
    $brokerEpoch = r.readInt64()
  } else {
    $brokerEpoch = -1n
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
  return { brokerId: $brokerId, brokerEpoch: $brokerEpoch, unknownTaggedFields }
}

export function writeControlledShutdownRequest(w: Writer, m: ControlledShutdownRequest, version: number): void {
  w.writeInt32(m.brokerId)
  if (version >= 2) {
    w.writeInt64(m.brokerEpoch)
  }
  if (version >= 3) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}
