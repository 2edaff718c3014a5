// Goal: groups map to __consumer_offsets partitions exactly as Kafka computes it
// (Utils.abs(groupId.hashCode()) % partitions), so clients and tools agree on the coordinator.
// Method: Java String.hashCode values known independently (including the Integer.MIN_VALUE case).

import { describe, expect, it } from 'vitest'
import { groupPartition, javaStringHashCode } from '../../../../src/coordinator/group/partition.js'

describe('groupPartition', () => {
  it('uses Java String.hashCode', () => {
    expect(javaStringHashCode('')).toBe(0)
    expect(javaStringHashCode('ab')).toBe(3105)
    expect(javaStringHashCode('Aa')).toBe(javaStringHashCode('BB'))
    expect(javaStringHashCode('my-group')).toBe(-1906497762)
    expect(javaStringHashCode('polygenelubricants')).toBe(-2147483648)
    expect(javaStringHashCode('ünï')).toBe(245821)
  })

  it('maps like Utils.abs(hash) % partitions', () => {
    expect(groupPartition('my-group', 50)).toBe(12)
    expect(groupPartition('console-consumer-12345', 50)).toBe(6)
    expect(groupPartition('polygenelubricants', 50)).toBe(0)
    expect(groupPartition('a', 1)).toBe(0)
    expect(() => groupPartition('a', 0)).toThrow()
  })
})
