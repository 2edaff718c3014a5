// Generated from spec/kafka/message/AddPartitionsToTxnRequest.json by scripts/codegen. Do not edit.
// AddPartitionsToTxnRequest: request, api key 24, versions 0-5, flexible 3+.
import { DecodeError, EncodeError } from '../../decode-error.js'
import type { Reader } from '../../reader.js'
import type { TaggedField } from '../../tagged-fields.js'
import type { Writer } from '../../writer.js'

/** Versions 0-5. */
export interface AddPartitionsToTxnRequest {
  /** List of transactions to add partitions to. (versions 4+) */
  transactions: AddPartitionsToTxnTransaction[]
  /** The transactional id corresponding to the transaction. (versions 0-3) */
  v3AndBelowTransactionalId: string
  /** Current producer id in use by the transactional id. (versions 0-3) */
  v3AndBelowProducerId: bigint
  /** Current epoch associated with the producer id. (versions 0-3) */
  v3AndBelowProducerEpoch: number
  /** The partitions to add to the transaction. (versions 0-3) */
  v3AndBelowTopics: AddPartitionsToTxnTopic[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 4-5. */
export interface AddPartitionsToTxnTransaction {
  /** The transactional id corresponding to the transaction. (versions 4+; map key) */
  transactionalId: string
  /** Current producer id in use by the transactional id. (versions 4+) */
  producerId: bigint
  /** Current epoch associated with the producer id. (versions 4+) */
  producerEpoch: number
  /** Boolean to signify if we want to check if the partition is in the transaction rather than add it. (versions 4+) */
  verifyOnly: boolean
  /** The partitions to add to the transaction. (versions 4+) */
  topics: AddPartitionsToTxnTopic[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

/** Versions 0-5. */
export interface AddPartitionsToTxnTopic {
  /** The name of the topic. (versions 0+; map key) */
  name: string
  /** The partition indexes to add to the transaction (versions 0+) */
  partitions: number[]
  /** Tagged fields this version of the codec does not know, kept to be written back. */
  unknownTaggedFields?: TaggedField[]
}

export function defaultAddPartitionsToTxnRequest(): AddPartitionsToTxnRequest {
  return {
    transactions: [],
    v3AndBelowTransactionalId: "",
    v3AndBelowProducerId: 0n,
    v3AndBelowProducerEpoch: 0,
    v3AndBelowTopics: [],
    unknownTaggedFields: undefined,
  }
}

export function readAddPartitionsToTxnRequest(r: Reader, version: number): AddPartitionsToTxnRequest {
  let $transactions: AddPartitionsToTxnTransaction[]
  if (version >= 4) {
    {
      const n = r.readArrayLength(true)
      if (n < 0) {
        throw new DecodeError('non-nullable field Transactions was serialized as null')
      } else {
        const a: AddPartitionsToTxnTransaction[] = []
        for (let i = 0; i < n; i++) a.push(readAddPartitionsToTxnTransaction(r, version))
        $transactions = a
      }
    }
  } else {
    $transactions = []
  }
  let $v3AndBelowTransactionalId: string
  if (version <= 3) {
    $v3AndBelowTransactionalId = (version >= 3 ? r.readCompactString() : r.readString())
  } else {
    $v3AndBelowTransactionalId = ""
  }
  let $v3AndBelowProducerId: bigint
  if (version <= 3) {
    $v3AndBelowProducerId = r.readInt64()
  } else {
    $v3AndBelowProducerId = 0n
  }
  let $v3AndBelowProducerEpoch: number
  if (version <= 3) {
    $v3AndBelowProducerEpoch = r.readInt16()
  } else {
    $v3AndBelowProducerEpoch = 0
  }
  let $v3AndBelowTopics: AddPartitionsToTxnTopic[]
  if (version <= 3) {
    {
      const n = r.readArrayLength(version >= 3)
      if (n < 0) {
        throw new DecodeError('non-nullable field V3AndBelowTopics was serialized as null')
      } else {
        const a: AddPartitionsToTxnTopic[] = []
        for (let i = 0; i < n; i++) a.push(readAddPartitionsToTxnTopic(r, version))
        $v3AndBelowTopics = a
      }
    }
  } else {
    $v3AndBelowTopics = []
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
  return { transactions: $transactions, v3AndBelowTransactionalId: $v3AndBelowTransactionalId, v3AndBelowProducerId: $v3AndBelowProducerId, v3AndBelowProducerEpoch: $v3AndBelowProducerEpoch, v3AndBelowTopics: $v3AndBelowTopics, unknownTaggedFields }
}

export function writeAddPartitionsToTxnRequest(w: Writer, m: AddPartitionsToTxnRequest, version: number): void {
  if (version >= 4) {
    {
      const a = m.transactions
      w.writeArrayLength(true, a.length)
      for (const e of a) writeAddPartitionsToTxnTransaction(w, e, version)
    }
  } else {
    if (m.transactions.length !== 0) throw new EncodeError('field Transactions cannot be written at version ' + version + ' of AddPartitionsToTxnRequest')
  }
  if (version <= 3) {
    void (version >= 3 ? w.writeCompactString(m.v3AndBelowTransactionalId) : w.writeString(m.v3AndBelowTransactionalId))
  } else {
    if (m.v3AndBelowTransactionalId !== "") throw new EncodeError('field V3AndBelowTransactionalId cannot be written at version ' + version + ' of AddPartitionsToTxnRequest')
  }
  if (version <= 3) {
    w.writeInt64(m.v3AndBelowProducerId)
  } else {
    if (m.v3AndBelowProducerId !== 0n) throw new EncodeError('field V3AndBelowProducerId cannot be written at version ' + version + ' of AddPartitionsToTxnRequest')
  }
  if (version <= 3) {
    w.writeInt16(m.v3AndBelowProducerEpoch)
  } else {
    if (m.v3AndBelowProducerEpoch !== 0) throw new EncodeError('field V3AndBelowProducerEpoch cannot be written at version ' + version + ' of AddPartitionsToTxnRequest')
  }
  if (version <= 3) {
    {
      const a = m.v3AndBelowTopics
      w.writeArrayLength(version >= 3, a.length)
      for (const e of a) writeAddPartitionsToTxnTopic(w, e, version)
    }
  } else {
    if (m.v3AndBelowTopics.length !== 0) throw new EncodeError('field V3AndBelowTopics cannot be written at version ' + version + ' of AddPartitionsToTxnRequest')
  }
  if (version >= 3) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}

export function defaultAddPartitionsToTxnTransaction(): AddPartitionsToTxnTransaction {
  return {
    transactionalId: "",
    producerId: 0n,
    producerEpoch: 0,
    verifyOnly: false,
    topics: [],
    unknownTaggedFields: undefined,
  }
}

export function readAddPartitionsToTxnTransaction(r: Reader, version: number): AddPartitionsToTxnTransaction {
  const $transactionalId: string = r.readCompactString()
  const $producerId: bigint = r.readInt64()
  const $producerEpoch: number = r.readInt16()
  const $verifyOnly: boolean = r.readBool()
  let $topics: AddPartitionsToTxnTopic[]
  {
    const n = r.readArrayLength(true)
    if (n < 0) {
      throw new DecodeError('non-nullable field Topics was serialized as null')
    } else {
      const a: AddPartitionsToTxnTopic[] = []
      for (let i = 0; i < n; i++) a.push(readAddPartitionsToTxnTopic(r, version))
      $topics = a
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
  return { transactionalId: $transactionalId, producerId: $producerId, producerEpoch: $producerEpoch, verifyOnly: $verifyOnly, topics: $topics, unknownTaggedFields }
}

export function writeAddPartitionsToTxnTransaction(w: Writer, m: AddPartitionsToTxnTransaction, version: number): void {
  w.writeCompactString(m.transactionalId)
  w.writeInt64(m.producerId)
  w.writeInt16(m.producerEpoch)
  w.writeBool(m.verifyOnly)
  {
    const a = m.topics
    w.writeArrayLength(true, a.length)
    for (const e of a) writeAddPartitionsToTxnTopic(w, e, version)
  }
  w.writeTaggedFields([], m.unknownTaggedFields)
}

export function defaultAddPartitionsToTxnTopic(): AddPartitionsToTxnTopic {
  return {
    name: "",
    partitions: [],
    unknownTaggedFields: undefined,
  }
}

export function readAddPartitionsToTxnTopic(r: Reader, version: number): AddPartitionsToTxnTopic {
  const $name: string = (version >= 3 ? r.readCompactString() : r.readString())
  let $partitions: number[]
  {
    const n = r.readArrayLength(version >= 3)
    if (n < 0) {
      throw new DecodeError('non-nullable field Partitions was serialized as null')
    } else {
      const a: number[] = []
      for (let i = 0; i < n; i++) a.push(r.readInt32())
      $partitions = a
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
  return { name: $name, partitions: $partitions, unknownTaggedFields }
}

export function writeAddPartitionsToTxnTopic(w: Writer, m: AddPartitionsToTxnTopic, version: number): void {
  void (version >= 3 ? w.writeCompactString(m.name) : w.writeString(m.name))
  {
    const a = m.partitions
    w.writeArrayLength(version >= 3, a.length)
    for (const e of a) w.writeInt32(e)
  }
  if (version >= 3) {
    w.writeTaggedFields([], m.unknownTaggedFields)
  }
}
