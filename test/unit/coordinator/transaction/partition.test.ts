// Goal: transactional ids map to __transaction_state partitions as Kafka computes it
// (Utils.abs(transactionalId.hashCode()) % transaction.state.log.num.partitions), with the group
// coordinator's hash. Method: Java String.hashCode values known independently.

import { describe, expect, it } from 'vitest'
import {
  DEFAULT_TRANSACTION_STATE_PARTITIONS,
  transactionPartition,
} from '../../../../src/coordinator/transaction/partition.js'

describe('transactionPartition', () => {
  it('maps like Utils.abs(hash) % partitions', () => {
    expect(DEFAULT_TRANSACTION_STATE_PARTITIONS).toBe(50)
    // "my-group".hashCode() = -1906497762
    expect(transactionPartition('my-group', 50)).toBe(12)
    // "polygenelubricants".hashCode() = Integer.MIN_VALUE, which Utils.abs maps to 0
    expect(transactionPartition('polygenelubricants', 50)).toBe(0)
    // "ab".hashCode() = 3105
    expect(transactionPartition('ab', 50)).toBe(5)
    expect(() => transactionPartition('a', 0)).toThrow()
  })
})
