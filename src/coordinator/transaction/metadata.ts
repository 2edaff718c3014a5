// The coordinator's view of one transactional id, as Kafka's `TransactionMetadata`: an immutable
// snapshot that each transition replaces whole (Kafka's TxnTransitMetadata and the metadata it is
// completed into are one object here, because a call runs to completion and never waits for an
// append with a half-applied state), and the partition sets it holds.
//
// `lastProducerId` and `lastProducerEpoch` live only in memory, as in Kafka 3.9: TransactionLogValue
// v0 has no field for them, so after a reload they are -1 and a KIP-360 retry that spans a
// coordinator move is fenced (Kafka accepts the same loss).

import { assert } from '../../util/assert.js'
import type { TransactionState } from './state.js'

export const NO_PRODUCER_ID = -1n
export const NO_PRODUCER_EPOCH = -1
/** Short.MaxValue: an epoch the coordinator keeps for fencing; clients never get it. */
export const MAX_PRODUCER_EPOCH = 32767

/** Kafka's isEpochExhausted: the last epoch a client may use is 32766, so 32767 can always fence it. */
export function isEpochExhausted(producerEpoch: number): boolean {
  return producerEpoch >= MAX_PRODUCER_EPOCH - 1
}

export interface TopicPartition {
  readonly topic: string
  readonly partition: number
}

/** Topic -> partitions, both in the order they were added (so records and responses are deterministic). */
export type PartitionSet = ReadonlyMap<string, ReadonlySet<number>>

export interface TransactionMetadata {
  readonly transactionalId: string
  readonly producerId: bigint
  /** The producer id before the last transition (differs from producerId only after a rotation). */
  readonly lastProducerId: bigint
  readonly producerEpoch: number
  /** The epoch before a KIP-360 bump, so that a retry of that InitProducerId is recognised; -1 otherwise. */
  readonly lastProducerEpoch: number
  readonly txnTimeoutMs: number
  readonly state: TransactionState
  /** The partitions of the transaction; in PrepareCommit/PrepareAbort, those whose marker is not written yet. */
  readonly topicPartitions: PartitionSet
  /** When the transaction started (first partition added), -1 when none has. Wall-clock ms. */
  readonly txnStartTimestamp: number
  /** When any transition last happened; transactional id expiration counts from here. Wall-clock ms. */
  readonly txnLastUpdateTimestamp: number
}

export const EMPTY_PARTITIONS: PartitionSet = new Map()

export function partitionCount(set: PartitionSet): number {
  let n = 0
  for (const partitions of set.values()) n += partitions.size
  return n
}

export function containsPartition(set: PartitionSet, tp: TopicPartition): boolean {
  return set.get(tp.topic)?.has(tp.partition) === true
}

export function containsAll(set: PartitionSet, tps: readonly TopicPartition[]): boolean {
  return tps.every((tp) => containsPartition(set, tp))
}

export function addPartitions(set: PartitionSet, tps: readonly TopicPartition[]): PartitionSet {
  const out = new Map<string, Set<number>>()
  for (const [topic, partitions] of set) out.set(topic, new Set(partitions))
  for (const tp of tps) {
    assert(Number.isInteger(tp.partition) && tp.partition >= 0, 'partition must be a non-negative integer')
    let partitions = out.get(tp.topic)
    if (partitions === undefined) {
      partitions = new Set()
      out.set(tp.topic, partitions)
    }
    partitions.add(tp.partition)
  }
  return out
}

export function removePartitions(set: PartitionSet, tps: readonly TopicPartition[]): PartitionSet {
  const out = new Map<string, Set<number>>()
  for (const [topic, partitions] of set) out.set(topic, new Set(partitions))
  for (const tp of tps) {
    const partitions = out.get(tp.topic)
    if (partitions === undefined) continue
    partitions.delete(tp.partition)
    if (partitions.size === 0) out.delete(tp.topic)
  }
  return out
}

export function partitionList(set: PartitionSet): TopicPartition[] {
  const out: TopicPartition[] = []
  for (const [topic, partitions] of set) for (const partition of partitions) out.push({ topic, partition })
  return out
}

/** Every partition of `b` is in `a`. */
export function isSubset(b: PartitionSet, a: PartitionSet): boolean {
  return containsAll(a, partitionList(b))
}
