// The transaction coordinator's settings read from the broker's Kafka properties, by Kafka's names
// (`TransactionStateManagerConfig`, `TransactionLogConfig`); absent or non-integer values keep the
// defaults.

import { defaultTransactionCoordinatorConfig, type TransactionCoordinatorConfig } from './config.js'
import { DEFAULT_TRANSACTION_STATE_PARTITIONS } from './partition.js'

const KEYS: ReadonlyArray<readonly [keyof TransactionCoordinatorConfig, string]> = [
  ['transactionalIdExpirationMs', 'transactional.id.expiration.ms'],
  ['transactionMaxTimeoutMs', 'transaction.max.timeout.ms'],
  ['abortTimedOutTransactionCleanupIntervalMs', 'transaction.abort.timed.out.transaction.cleanup.interval.ms'],
  ['removeExpiredTransactionalIdCleanupIntervalMs', 'transaction.remove.expired.transaction.cleanup.interval.ms'],
]

export interface TransactionCoordinatorProperties {
  /** transaction.state.log.num.partitions (50). */
  readonly numPartitions: number
  /** transaction.state.log.replication.factor (3). */
  readonly replicationFactor: number
  /** transaction.state.log.min.isr (2). */
  readonly minInsyncReplicas: number
  /** transaction.state.log.segment.bytes (100 MiB). */
  readonly segmentBytes: number
  readonly config: TransactionCoordinatorConfig
}

export function transactionCoordinatorOptionsFromProperties(
  properties: ReadonlyMap<string, string>,
): TransactionCoordinatorProperties {
  const positive = (key: string, fallback: number): number => {
    const value = Number(properties.get(key)?.trim())
    return Number.isSafeInteger(value) && value > 0 ? value : fallback
  }
  const config: Record<keyof TransactionCoordinatorConfig, number> = { ...defaultTransactionCoordinatorConfig }
  for (const [field, key] of KEYS) config[field] = positive(key, config[field])
  return {
    numPartitions: positive('transaction.state.log.num.partitions', DEFAULT_TRANSACTION_STATE_PARTITIONS),
    replicationFactor: positive('transaction.state.log.replication.factor', 3),
    minInsyncReplicas: positive('transaction.state.log.min.isr', 2),
    segmentBytes: positive('transaction.state.log.segment.bytes', 104_857_600),
    config,
  }
}
