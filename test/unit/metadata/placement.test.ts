// Goal: replica placement follows placement.ts's documented rules: only
// usable brokers, Kafka's INVALID_REPLICATION_FACTOR messages, a striped
// round robin from a start drawn from the injected random, distinct racks
// when there are enough. Method: fixture images, exact assignments.
import { describe, expect, it } from 'vitest'
import { createPartitions } from '../../../src/metadata/controller/create-partitions.js'
import { placeReplicas } from '../../../src/metadata/controller/placement.js'
import { ErrorCode } from '../../../src/protocol/errors.js'
import { apply, cluster, topicId, withTopic } from './lifecycle-fixtures.js'

describe('placeReplicas', () => {
  it('round robin from the start the random picks; the leader stripes across brokers', () => {
    const image = cluster([1, 2, 3])
    expect(placeReplicas(image, { startPartition: 0, numPartitions: 4, replicationFactor: 2 })).toEqual({
      ok: true,
      assignments: [
        [1, 2],
        [2, 3],
        [3, 1],
        [1, 2],
      ],
    })
    expect(
      placeReplicas(image, { startPartition: 0, numPartitions: 3, replicationFactor: 3, random: () => 0.5 }),
    ).toEqual({
      ok: true,
      assignments: [
        [2, 3, 1],
        [3, 1, 2],
        [1, 2, 3],
      ],
    })
  })

  it('leaves out fenced brokers and brokers in controlled shutdown', () => {
    let image = cluster([1, 2, 3, 4], { fenced: [2] })
    image = apply(image, [
      {
        type: 'BrokerRegistrationChangeRecord',
        data: {
          brokerId: 3,
          brokerEpoch: image.brokers.get(3)!.brokerEpoch!,
          fenced: 0,
          inControlledShutdown: 1,
          logDirs: [],
        },
      },
    ])
    expect(placeReplicas(image, { startPartition: 0, numPartitions: 2, replicationFactor: 2 })).toEqual({
      ok: true,
      assignments: [
        [1, 4],
        [4, 1],
      ],
    })
    expect(placeReplicas(image, { startPartition: 0, numPartitions: 1, replicationFactor: 3 })).toEqual({
      ok: false,
      message: 'The target replication factor of 3 cannot be reached because only 2 broker(s) are registered.',
    })
  })

  it("Kafka's messages when nothing can be placed", () => {
    expect(
      placeReplicas(cluster([1], { fenced: [1] }), { startPartition: 0, numPartitions: 1, replicationFactor: 1 }),
    ).toEqual({
      ok: false,
      message: 'All brokers are currently fenced.',
    })
    const shuttingDown = apply(cluster([1]), [
      {
        type: 'BrokerRegistrationChangeRecord',
        data: { brokerId: 1, brokerEpoch: 1n, fenced: 0, inControlledShutdown: 1, logDirs: [] },
      },
    ])
    expect(placeReplicas(shuttingDown, { startPartition: 0, numPartitions: 1, replicationFactor: 1 })).toEqual({
      ok: false,
      message: 'All brokers are currently fenced or in controlled shutdown.',
    })
    expect(placeReplicas(cluster([1]), { startPartition: 0, numPartitions: 1, replicationFactor: 0 })).toEqual({
      ok: false,
      message: 'Invalid replication factor 0: the replication factor must be positive.',
    })
  })

  it('rack-aware: the replicas of a partition are on distinct racks when there are enough racks', () => {
    const image = cluster([1, 2, 3, 4, 5, 6], { racks: { 1: 'a', 2: 'a', 3: 'b', 4: 'b', 5: 'c', 6: 'c' } })
    const placed = placeReplicas(image, { startPartition: 0, numPartitions: 6, replicationFactor: 3 })
    expect(placed).toEqual({
      ok: true,
      // Interleaved rack by rack: 1(a) 3(b) 5(c) 2(a) 4(b) 6(c).
      assignments: [
        [1, 3, 5],
        [3, 5, 2],
        [5, 2, 4],
        [2, 4, 6],
        [4, 6, 1],
        [6, 1, 3],
      ],
    })
    // Two racks, three replicas: two racks used, then the rest.
    const two = cluster([1, 2, 3, 4], { racks: { 1: 'a', 2: 'a', 3: 'a', 4: 'b' } })
    expect(placeReplicas(two, { startPartition: 0, numPartitions: 2, replicationFactor: 3 })).toEqual({
      ok: true,
      assignments: [
        [1, 4, 2],
        [4, 2, 3],
      ],
    })
  })
})

describe('createPartitions uses the placer', () => {
  it('continues the stripe from the partition count, shifted by the random', () => {
    const image = withTopic(cluster([1, 2, 3]), 't', topicId(1), [{ replicas: [1, 2] }])
    const grown = createPartitions(image, [{ name: 't', count: 3, assignments: null }], false, { random: () => 0.4 })
    expect(grown.results).toEqual([{ name: 't', errorCode: ErrorCode.NONE, errorMessage: null }])
    expect(
      grown.records.map((r) => (r.type === 'PartitionRecord' ? [r.data.partitionId, r.data.replicas] : null)),
    ).toEqual([
      [1, [3, 1]],
      [2, [1, 2]],
    ])
  })
})
