// Goal: leader and ISR changes are Kafka's PartitionChangeBuilder's: the
// current leader stays while valid, else the first valid replica in replica
// order; the ISR never empties (the last member stays, leader -1); unclean
// election only when enabled, with ISR = [leader] and RECOVERING; epochs per
// PartitionRegistration.merge. Method: build records from fixture images,
// assert the exact records, replay them and assert the partition.
import { describe, expect, it } from 'vitest'
import {
  buildPartitionChange,
  leaderAndIsrUpdates,
  uncleanLeaderElectionEnabled,
} from '../../../src/metadata/controller/partition-election.js'
import { apply, change, cluster, partitionOf, topicId, withTopic } from './lifecycle-fixtures.js'

const T = topicId(1)
const all = () => true

describe('buildPartitionChange', () => {
  const partition = { partition: 0, replicas: [1, 2, 3], isr: [1, 2, 3], leader: 1, leaderEpoch: 4, partitionEpoch: 7 }

  it('no change is no record', () => {
    expect(buildPartitionChange({ topicId: T, partition, isAcceptableLeader: all })).toBeNull()
    expect(buildPartitionChange({ topicId: T, partition, isAcceptableLeader: all, targetIsr: [1, 2, 3] })).toBeNull()
  })

  it('an ISR shrink that keeps the leader names no leader (no leader epoch bump)', () => {
    expect(buildPartitionChange({ topicId: T, partition, isAcceptableLeader: all, targetIsr: [1, 3] })).toEqual(
      change(T, 0, { isr: [1, 3] }),
    )
  })

  it('a leader that may not lead is replaced by the first valid replica in replica order', () => {
    const record = buildPartitionChange({
      topicId: T,
      partition: { ...partition, replicas: [1, 3, 2] },
      isAcceptableLeader: (id) => id !== 1,
      targetIsr: [2, 3],
    })
    expect(record).toEqual(change(T, 0, { leader: 3, isr: [2, 3] }))
  })

  it('the last ISR member leaving: leader -1, the ISR stays as it was', () => {
    const lone = { ...partition, isr: [1] }
    expect(
      buildPartitionChange({ topicId: T, partition: lone, isAcceptableLeader: (id) => id !== 1, targetIsr: [] }),
    ).toEqual(change(T, 0, { leader: -1 }))
  })

  it('unclean election picks the first acceptable replica outside the ISR: ISR = [it], RECOVERING', () => {
    const lone = { ...partition, isr: [1] }
    const record = buildPartitionChange({
      topicId: T,
      partition: lone,
      isAcceptableLeader: (id) => id === 3,
      targetIsr: [],
      election: 'UNCLEAN',
    })
    expect(record).toEqual(change(T, 0, { leader: 3, isr: [3], leaderRecoveryState: 1 }))
  })
})

describe('replaying partition changes (PartitionRegistration.merge)', () => {
  it('leader -2 keeps leader and leader epoch; any leader value bumps it; the partition epoch always bumps', () => {
    let image = withTopic(cluster([1, 2, 3]), 't', T, [{ replicas: [1, 2, 3] }])
    image = apply(image, [change(T, 0, { isr: [1, 2] })])
    expect(partitionOf(image, 't', 0)).toMatchObject({ leader: 1, isr: [1, 2], leaderEpoch: 0, partitionEpoch: 1 })
    image = apply(image, [change(T, 0, { leader: 1 })])
    expect(partitionOf(image, 't', 0)).toMatchObject({ leader: 1, leaderEpoch: 1, partitionEpoch: 2 })
    image = apply(image, [change(T, 0, { leader: -1 })])
    expect(partitionOf(image, 't', 0)).toMatchObject({ leader: -1, leaderEpoch: 2, partitionEpoch: 3 })
    image = apply(image, [change(T, 0, { leader: 2, isr: [2], leaderRecoveryState: 1 })])
    expect(partitionOf(image, 't', 0)).toEqual({
      partition: 0,
      replicas: [1, 2, 3],
      isr: [2],
      leader: 2,
      leaderEpoch: 3,
      partitionEpoch: 4,
      leaderRecoveryState: 1,
    })
  })
})

describe('leaderAndIsrUpdates', () => {
  it('removing a broker: out of each ISR, leaders re-elected, topics by name and partitions in order', () => {
    const U = topicId(2)
    let image = cluster([1, 2, 3])
    image = withTopic(image, 'b', T, [{ replicas: [2, 1] }, { replicas: [1, 3] }])
    image = withTopic(image, 'a', U, [{ replicas: [2] }, { replicas: [3, 2, 1], isr: [3, 2] }])
    const records = leaderAndIsrUpdates(image, {
      brokerToRemove: 2,
      brokerToAdd: -1,
      partitions: (p) => p.isr.includes(2),
    })
    expect(records).toEqual([
      change(U, 0, { leader: -1 }),
      change(U, 1, { isr: [3] }),
      change(T, 0, { leader: 1, isr: [1] }),
    ])
  })

  it('unclean.leader.election.enable: topic override, then the cluster default, then the static default', () => {
    let image = withTopic(cluster([1, 2]), 't', T, [{ replicas: [1, 2], isr: [1] }])
    expect(uncleanLeaderElectionEnabled(image, 't')).toBe(false)
    expect(uncleanLeaderElectionEnabled(image, 't', true)).toBe(true)
    image = apply(image, [
      {
        type: 'ConfigRecord',
        data: { resourceType: 4, resourceName: '', name: 'unclean.leader.election.enable', value: 'true' },
      },
    ])
    expect(uncleanLeaderElectionEnabled(image, 't')).toBe(true)
    image = apply(image, [
      {
        type: 'ConfigRecord',
        data: { resourceType: 2, resourceName: 't', name: 'unclean.leader.election.enable', value: 'false' },
      },
    ])
    expect(uncleanLeaderElectionEnabled(image, 't', true)).toBe(false)
    image = apply(image, [
      {
        type: 'ConfigRecord',
        data: { resourceType: 2, resourceName: 't', name: 'unclean.leader.election.enable', value: 'true' },
      },
    ])
    expect(leaderAndIsrUpdates(image, { brokerToRemove: 1, brokerToAdd: -1, partitions: () => true })).toEqual([
      change(T, 0, { leader: 2, isr: [2], leaderRecoveryState: 1 }),
    ])
  })
})
