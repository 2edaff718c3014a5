// Which __transaction_state partition coordinates a transactional id: Kafka's
// `Utils.abs(transactionalId.hashCode()) % transaction.state.log.num.partitions`, the same hash
// as the group coordinator's (so FindCoordinator with key type TRANSACTION agrees with clients and tools).

import { groupPartition } from '../group/partition.js'

export const TRANSACTION_STATE_TOPIC = '__transaction_state'

/** transaction.state.log.num.partitions default. */
export const DEFAULT_TRANSACTION_STATE_PARTITIONS = 50

export function transactionPartition(transactionalId: string, partitionCount: number): number {
  return groupPartition(transactionalId, partitionCount)
}
