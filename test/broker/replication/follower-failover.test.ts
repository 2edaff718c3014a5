// Goal: a returning old leader drops the suffix only it had and converges on the new leader's
// history byte for byte (issue 9: diverging-epoch truncation across a failover).
// Method: three in-process nodes (as test/broker/cluster/three-nodes.test.ts) and an RF=3 topic;
// the replica manager drives the fetchers from each metadata image. Both followers copy batch A;
// then they are told to stop fetching (unfollow, as on a lost connection) while the leader takes
// batch B with acks=1, which only it holds. The leader stops (controlled shutdown moves the
// leadership to a follower at a new epoch), the new leader takes batch C, and the old leader
// restarts: it must fetch with its last epoch, be told where that epoch ends on the new leader,
// truncate B away and copy C. All three logs then hold A then C at the same offsets, with the same
// bytes and the same leader-epoch entries.
import { expect, it } from 'vitest'
import { leaderEpochs } from '../../../src/broker/leader-epochs.js'
import { replicaFetchers } from '../../../src/broker/replica-fetchers.js'
import type { RunningNode } from '../../../src/node/start-node.js'
import { ErrorCode } from '../../../src/protocol/errors.js'
import { InProcessCluster } from '../../support/in-process-cluster.js'
import { produceTagged } from '../../support/raw-produce.js'
import { createPlacedTopic } from '../../support/raw-topics.js'
import { allBytes, logOn, partitionOn } from '../../support/replica-state.js'

const TOPIC = 'failover'
const cluster = InProcessCluster.forSuite({
  name: 'follower-failover',
  properties: { 'replica.fetch.backoff.ms': '100' },
  waitMs: 20_000,
})
const nodes = cluster.nodes

it('the old leader truncates the suffix only it had and converges on the new leader’s history', async () => {
  const created = await createPlacedTopic(nodes.get(1)!.port, TOPIC, 1, 3)
  expect(created.topics.map((t) => t.errorCode)).toEqual([ErrorCode.NONE])
  await cluster.eventually(() => {
    for (const n of nodes.values()) logOn(n, TOPIC, 0)
  })
  const oldLeaderId = partitionOn(nodes.get(1)!, TOPIC, 0).leader
  const oldLeader = nodes.get(oldLeaderId)!
  const firstEpoch = partitionOn(oldLeader, TOPIC, 0).leaderEpoch
  const followers = [...nodes.values()].filter((n) => n !== oldLeader)

  // A: everyone has it.
  expect(await produceTagged(oldLeader, TOPIC, 'A', 3)).toEqual([ErrorCode.NONE, 0])
  await cluster.eventually(() => {
    for (const f of followers) expect(logOn(f, TOPIC, 0).logEndOffset).toBe(3)
  })

  // B: only the leader has it.
  for (const f of followers) await replicaFetchers(f.broker).unfollow([{ topic: TOPIC, partition: 0 }])
  expect(await produceTagged(oldLeader, TOPIC, 'B', 2)).toEqual([ErrorCode.NONE, 3])
  expect(logOn(oldLeader, TOPIC, 0).logEndOffset).toBe(5)
  for (const f of followers) expect(logOn(f, TOPIC, 0).logEndOffset).toBe(3)

  // The leader stops; a follower takes over at a newer epoch.
  await oldLeader.close()
  nodes.delete(oldLeaderId)
  let newLeader: RunningNode | undefined
  await cluster.eventually(() => {
    const p = partitionOn(followers[0]!, TOPIC, 0)
    expect(p.leaderEpoch).toBeGreaterThan(firstEpoch)
    newLeader = followers.find((f) => f.nodeId === p.leader)
    expect(newLeader).toBeDefined()
    expect(partitionOn(newLeader!, TOPIC, 0).leader).toBe(newLeader!.nodeId)
  })
  const leader = newLeader!
  const other = followers.find((f) => f !== leader)!

  // C: written by the new leader over A.
  await cluster.eventually(async () => expect(await produceTagged(leader, TOPIC, 'C', 4)).toEqual([ErrorCode.NONE, 3]))
  await cluster.eventually(() => expect(logOn(other, TOPIC, 0).logEndOffset).toBe(7))

  // The old leader returns as a follower: B goes, C comes.
  const returned = await cluster.start(oldLeaderId)
  const expected = allBytes(logOn(leader, TOPIC, 0))
  await cluster.eventually(() => {
    expect(logOn(returned, TOPIC, 0).logEndOffset).toBe(7)
    expect(allBytes(logOn(returned, TOPIC, 0)).equals(expected)).toBe(true)
  })
  expect(allBytes(logOn(other, TOPIC, 0)).equals(expected)).toBe(true)
  const epochs = leaderEpochs(logOn(leader, TOPIC, 0)).entries()
  expect(epochs[0]).toEqual({ epoch: firstEpoch, startOffset: 0 })
  expect(epochs.at(-1)?.startOffset).toBe(3)
  for (const n of [returned, other]) expect(leaderEpochs(logOn(n, TOPIC, 0)).entries()).toEqual(epochs)
}, 90_000)
