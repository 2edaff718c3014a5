// The broker settings the transaction coordinator reads, with Kafka's names and defaults
// (`TransactionStateManagerConfig`, `TransactionLogConfig`). The driver fills them from the broker config.

export interface TransactionCoordinatorConfig {
  /** transactional.id.expiration.ms: an idle transactional id (Empty or Complete*) is deleted after this. */
  readonly transactionalIdExpirationMs: number
  /** transaction.max.timeout.ms: InitProducerId asking for more gets INVALID_TRANSACTION_TIMEOUT. */
  readonly transactionMaxTimeoutMs: number
  /** transaction.abort.timed.out.transaction.cleanup.interval.ms: how often timed-out transactions are looked for. */
  readonly abortTimedOutTransactionCleanupIntervalMs: number
  /** transaction.remove.expired.transaction.cleanup.interval.ms: how often expired transactional ids are looked for. */
  readonly removeExpiredTransactionalIdCleanupIntervalMs: number
}

export const defaultTransactionCoordinatorConfig: TransactionCoordinatorConfig = Object.freeze({
  transactionalIdExpirationMs: 7 * 24 * 60 * 60 * 1000,
  transactionMaxTimeoutMs: 900_000,
  abortTimedOutTransactionCleanupIntervalMs: 10_000,
  removeExpiredTransactionalIdCleanupIntervalMs: 3_600_000,
})
