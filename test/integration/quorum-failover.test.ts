// Goal: the metadata quorum of a real 3-process cluster survives `kill -9` of its active controller:
// a new one is elected within a few election timeouts, CreateTopics sent to any live node keeps
// working during and after each failover, and every acknowledged topic exists afterwards on every
// node (as kcat, a stock librdkafka client, lists them). The killed node restarts on its data
// and catches up.
// Method: Cluster (test/integration/cluster.ts) starts `oxbow start` three times; a writer loop
// sends CreateTopics to live nodes in turn (raw frames, retried on errors as a client would) while
// the test kills the node that Metadata names as controller, waits for a successor, and restarts
// the killed one, three times.
import { afterAll, beforeAll, expect, it } from 'vitest'
import { ErrorCode } from '../../src/protocol/errors.js'
import { apis } from '../../src/protocol/generated/index.js'
import { Cluster } from './cluster.js'
import { activeController, liveIds, withClient } from './cluster-clients.js'
import { ensureBuilt, kcat } from './harness.js'

let cluster: Cluster

beforeAll(async () => {
  ensureBuilt()
  cluster = await Cluster.start({
    voters: 3,
    overrides: {
      'controller.quorum.election.timeout.ms': '500',
      'controller.quorum.fetch.timeout.ms': '1000',
      'broker.session.timeout.ms': '3000',
      'broker.heartbeat.interval.ms': '300',
    },
  })
}, 90_000)

afterAll(async () => {
  await cluster?.cleanup()
})

it('kill -9 of the active controller three times: topics keep being created and all exist on every node', async () => {
  const acknowledged: string[] = []
  let stop = false
  let next = 0
  const writer = (async () => {
    while (!stop) {
      const name = `quorum-${next}`
      const ids = liveIds(cluster)
      const id = ids[next % ids.length] as number
      try {
        const answer = await withClient(cluster.node(id).port, (c) =>
          c.requestWith(apis.CREATE_TOPICS, 7, {
            topics: [{ name, numPartitions: 1, replicationFactor: 1, assignments: [], configs: [] }],
            timeoutMs: 15_000,
            validateOnly: false,
          }),
        )
        const code = answer.topics[0]?.errorCode
        // TOPIC_ALREADY_EXISTS: an earlier try whose answer was lost had created it.
        if (code === ErrorCode.NONE || code === ErrorCode.TOPIC_ALREADY_EXISTS) {
          acknowledged.push(name)
          next++
        }
      } catch {
        // The node died under the request: send the same topic again elsewhere.
      }
      await new Promise((r) => setTimeout(r, 20))
    }
  })()

  const failovers: number[] = []
  for (let round = 0; round < 3; round++) {
    await new Promise((r) => setTimeout(r, 1500))
    const victim = await activeController(cluster)
    expect(victim).not.toBeNull()
    const before = acknowledged.length
    await cluster.kill(victim as number)
    const killedAt = Date.now()
    let successor: number | null = null
    while (successor === null || successor === victim) {
      expect(Date.now() - killedAt).toBeLessThan(15_000)
      await new Promise((r) => setTimeout(r, 50))
      successor = await activeController(cluster)
    }
    failovers.push(Date.now() - killedAt)
    // Writes continue while the killed node is down.
    while (acknowledged.length < before + 3) {
      expect(Date.now() - killedAt).toBeLessThan(30_000)
      await new Promise((r) => setTimeout(r, 50))
    }
    await cluster.startNode(victim as number)
  }
  stop = true
  await writer
  console.log(
    `failover to a new controller took ${failovers.join(', ')} ms; ${acknowledged.length} topics acknowledged`,
  )
  expect(acknowledged.length).toBeGreaterThan(9)

  // Every acknowledged topic is listed by every node, as a stock client sees it.
  for (const id of [1, 2, 3]) {
    const deadline = Date.now() + 15_000
    for (;;) {
      const listing = (await kcat(['-b', cluster.node(id).bootstrap, '-L', '-J'])).stdout.toString()
      const topics = new Set((JSON.parse(listing) as { topics: { topic: string }[] }).topics.map((t) => t.topic))
      const missing = acknowledged.filter((name) => !topics.has(name))
      if (missing.length === 0) break
      if (Date.now() > deadline) expect(missing, `node ${id} lacks acknowledged topics`).toEqual([])
      await new Promise((r) => setTimeout(r, 200))
    }
  }
}, 180_000)
