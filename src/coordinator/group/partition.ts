// Which __consumer_offsets partition coordinates a group: Kafka's
// `Utils.abs(groupId.hashCode()) % offsets.topic.num.partitions`, with Java's String.hashCode over
// UTF-16 code units, so that a client or tool that computes it the Kafka way agrees with us.

import { assert } from '../../util/assert.js'

export function javaStringHashCode(s: string): number {
  let h = 0
  for (let i = 0; i < s.length; i++) h = (Math.imul(31, h) + s.charCodeAt(i)) | 0
  return h
}

/** Kafka's Utils.abs: Math.abs, except that Integer.MIN_VALUE maps to 0. */
function kafkaAbs(n: number): number {
  return n === -2147483648 ? 0 : Math.abs(n)
}

export function groupPartition(groupId: string, partitionCount: number): number {
  assert(Number.isInteger(partitionCount) && partitionCount > 0, 'partitionCount must be a positive integer')
  return kafkaAbs(javaStringHashCode(groupId)) % partitionCount
}
