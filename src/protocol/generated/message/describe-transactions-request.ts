// Generated from spec/kafka/message/DescribeTransactionsRequest.json by scripts/codegen. Do not edit.
// DescribeTransactionsRequest: request, api key 65, versions 0, flexible 0+.
import { DecodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0. */
export interface DescribeTransactionsRequest {
  /** Array of transactionalIds to include in describe results. If empty, then no results will be returned. (versions 0+) */
  transactionalIds: string[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultDescribeTransactionsRequest(): DescribeTransactionsRequest {
  return {
    transactionalIds: [],
    unknownTaggedFields: undefined,
  }
}

export function readDescribeTransactionsRequest(r: Reader, version: number): DescribeTransactionsRequest {
  let $transactionalIds: string[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field TransactionalIds was serialized as null')
    } else {
      const a: string[] = []
      for (let i = 0; i < n; i++) a.push(r.readCompactString())
      $transactionalIds = a
    }
  }
  let unknownTaggedFields: TaggedField[] | undefined
  const tagCount = r.readUnsignedVarint()
  for (let i = 0; i < tagCount; i++) {
    const tag = r.readUnsignedVarint()
    const size = r.readUnsignedVarint()
    if (unknownTaggedFields === undefined) unknownTaggedFields = []
    unknownTaggedFields.push({ tag, data: r.readSlice(size) })
  }
  return { transactionalIds: $transactionalIds, unknownTaggedFields }
}

export function writeDescribeTransactionsRequest(w: Writer, m: DescribeTransactionsRequest, version: number): void {
  {
    const a = m.transactionalIds
    w.writeArrayLength(true, a.length)
    for (const e of a) w.writeCompactString(e)
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}
