// Generated from spec/kafka/message/AddPartitionsToTxnResponse.json by scripts/codegen. Do not edit.
// AddPartitionsToTxnResponse: response, api key 24, versions 0-5, flexible 3+.
import { DecodeError, EncodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-5. */
export interface AddPartitionsToTxnResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number
  /** The response top level error code. (versions 4+; ignorable) */
  errorCode: number
  /** Results categorized by transactional ID. (versions 4+) */
  resultsByTransaction: AddPartitionsToTxnResult[]
  /** The results for each topic. (versions 0-3) */
  resultsByTopicV3AndBelow: AddPartitionsToTxnTopicResult[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 4-5. */
export interface AddPartitionsToTxnResult {
  /** The transactional id corresponding to the transaction. (versions 4+; map key) */
  transactionalId: string
  /** The results for each topic. (versions 4+) */
  topicResults: AddPartitionsToTxnTopicResult[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-5. */
export interface AddPartitionsToTxnTopicResult {
  /** The topic name. (versions 0+; map key) */
  name: string
  /** The results for each partition (versions 0+) */
  resultsByPartition: AddPartitionsToTxnPartitionResult[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-5. */
export interface AddPartitionsToTxnPartitionResult {
  /** The partition indexes. (versions 0+; map key) */
  partitionIndex: number
  /** The response error code. (versions 0+) */
  partitionErrorCode: number
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultAddPartitionsToTxnResponse(): AddPartitionsToTxnResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    resultsByTransaction: [],
    resultsByTopicV3AndBelow: [],
    unknownTaggedFields: undefined,
  }
}

export function readAddPartitionsToTxnResponse(r: Reader, version: number): AddPartitionsToTxnResponse {
  const $throttleTimeMs: number = r.readInt32()
  let $errorCode: number
  if (version >= 4) {
    $errorCode = r.readInt16()
  } else {
    $errorCode = 0
  }
  let $resultsByTransaction: AddPartitionsToTxnResult[]
  if (version >= 4) {
    {
      const n = r.readArrayLength(true)
      if (n < 0) {
        throw new DecodeError('non-nullable field ResultsByTransaction was serialized as null')
      } else {
        const a: AddPartitionsToTxnResult[] = []
        for (let i = 0; i < n; i++) a.push(readAddPartitionsToTxnResult(r, version))
        $resultsByTransaction = a
      }
    }
  } else {
    $resultsByTransaction = []
  }
  let $resultsByTopicV3AndBelow: AddPartitionsToTxnTopicResult[]
  if (version <= 3) {
    {
      const n = r.readArrayLength(version >= 3)
      if (n < 0) {
        throw new DecodeError('non-nullable field ResultsByTopicV3AndBelow was serialized as null')
      } else {
        const a: AddPartitionsToTxnTopicResult[] = []
        for (let i = 0; i < n; i++) a.push(readAddPartitionsToTxnTopicResult(r, version))
        $resultsByTopicV3AndBelow = a
      }
    }
  } else {
    $resultsByTopicV3AndBelow = []
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
  return { throttleTimeMs: $throttleTimeMs, errorCode: $errorCode, resultsByTransaction: $resultsByTransaction, resultsByTopicV3AndBelow: $resultsByTopicV3AndBelow, unknownTaggedFields }
}

export function writeAddPartitionsToTxnResponse(w: Writer, m: AddPartitionsToTxnResponse, version: number): void {
  w.writeInt32(m.throttleTimeMs)
  if (version >= 4) {
    w.writeInt16(m.errorCode)
  }
  if (version >= 4) {
    {
      const a = m.resultsByTransaction
      w.writeArrayLength(true, a.length)
      for (const e of a) writeAddPartitionsToTxnResult(w, e, version)
    }
  } else {
    if (m.resultsByTransaction.length !== 0) throw new EncodeError('field ResultsByTransaction cannot be written at version ' + version + ' of AddPartitionsToTxnResponse')
  }
  if (version <= 3) {
    {
      const a = m.resultsByTopicV3AndBelow
      w.writeArrayLength(version >= 3, a.length)
      for (const e of a) writeAddPartitionsToTxnTopicResult(w, e, version)
    }
  } else {
    if (m.resultsByTopicV3AndBelow.length !== 0) throw new EncodeError('field ResultsByTopicV3AndBelow cannot be written at version ' + version + ' of AddPartitionsToTxnResponse')
  }
  if (version >= 3) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultAddPartitionsToTxnResult(): AddPartitionsToTxnResult {
  return {
    transactionalId: "",
    topicResults: [],
    unknownTaggedFields: undefined,
  }
}

export function readAddPartitionsToTxnResult(r: Reader, version: number): AddPartitionsToTxnResult {
  const $transactionalId: string = r.readCompactString()
  let $topicResults: AddPartitionsToTxnTopicResult[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field TopicResults was serialized as null')
    } else {
      const a: AddPartitionsToTxnTopicResult[] = []
      for (let i = 0; i < n; i++) a.push(readAddPartitionsToTxnTopicResult(r, version))
      $topicResults = a
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
  return { transactionalId: $transactionalId, topicResults: $topicResults, unknownTaggedFields }
}

export function writeAddPartitionsToTxnResult(w: Writer, m: AddPartitionsToTxnResult, version: number): void {
  w.writeCompactString(m.transactionalId)
  {
    const a = m.topicResults
    w.writeArrayLength(true, a.length)
    for (const e of a) writeAddPartitionsToTxnTopicResult(w, e, version)
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultAddPartitionsToTxnTopicResult(): AddPartitionsToTxnTopicResult {
  return {
    name: "",
    resultsByPartition: [],
    unknownTaggedFields: undefined,
  }
}

export function readAddPartitionsToTxnTopicResult(r: Reader, version: number): AddPartitionsToTxnTopicResult {
  const $name: string = (version >= 3 ? r.readCompactString() : r.readString())
  let $resultsByPartition: AddPartitionsToTxnPartitionResult[]
  {
    const n = r.readArrayLength(version >= 3)
    if (n < 0) {
      throw new DecodeError('non-nullable field ResultsByPartition was serialized as null')
    } else {
      const a: AddPartitionsToTxnPartitionResult[] = []
      for (let i = 0; i < n; i++) a.push(readAddPartitionsToTxnPartitionResult(r, version))
      $resultsByPartition = a
    }
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
  return { name: $name, resultsByPartition: $resultsByPartition, unknownTaggedFields }
}

export function writeAddPartitionsToTxnTopicResult(w: Writer, m: AddPartitionsToTxnTopicResult, version: number): void {
  void (version >= 3 ? w.writeCompactString(m.name) : w.writeString(m.name))
  {
    const a = m.resultsByPartition
    w.writeArrayLength(version >= 3, a.length)
    for (const e of a) writeAddPartitionsToTxnPartitionResult(w, e, version)
  }
  if (version >= 3) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultAddPartitionsToTxnPartitionResult(): AddPartitionsToTxnPartitionResult {
  return {
    partitionIndex: 0,
    partitionErrorCode: 0,
    unknownTaggedFields: undefined,
  }
}

export function readAddPartitionsToTxnPartitionResult(r: Reader, version: number): AddPartitionsToTxnPartitionResult {
  const $partitionIndex: number = r.readInt32()
  const $partitionErrorCode: number = r.readInt16()
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
  return { partitionIndex: $partitionIndex, partitionErrorCode: $partitionErrorCode, unknownTaggedFields }
}

export function writeAddPartitionsToTxnPartitionResult(w: Writer, m: AddPartitionsToTxnPartitionResult, version: number): void {
  w.writeInt32(m.partitionIndex)
  w.writeInt16(m.partitionErrorCode)
  if (version >= 3) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}
