// Replication cost benchmark (issue 9): a 3-process local cluster (test/integration/cluster.ts,
// `oxbow start` from dist/), one topic with replication.factor=3, and librdkafka
// (bench/replication/producer.py, python3-confluent-kafka) producing 1 KiB messages with acks=1
// and then with acks=all in the same run. Prints throughput (MB/s, producing as fast as the
// producer takes messages) and latency percentiles (at a fixed rate, produce() to delivery
// report) for each. Not a test: it prints figures.
// Run: npm run build && npx tsx bench/replication/run.ts [count] [rate] [seconds]
import { join } from 'node:path'
import { ErrorCode } from '../../src/protocol/errors.js'
import { apis } from '../../src/protocol/generated/index.js'
import { Cluster } from '../../test/integration/cluster.js'
import { PYTHON, REPO_ROOT, run } from '../../test/integration/harness.js'
import { RawClient } from '../../test/support/raw-client.js'

const TOPIC = 'bench-rf3'
const PARTITIONS = 3
const count = Number(process.argv[2] ?? 200_000)
const rate = Number(process.argv[3] ?? 1000)
const seconds = Number(process.argv[4] ?? 5)

interface Result {
  readonly acks: string
  readonly messages: number
  readonly seconds: number
  readonly mbPerSec: number
  readonly latencyMs: { readonly p50: number; readonly p99: number; readonly max: number; readonly samples: number }
}

async function main(): Promise<void> {
  const cluster = await Cluster.start({ voters: 3 })
  try {
    const client = await RawClient.connect(cluster.node(1).port)
    try {
      const created = await client.requestWith(apis.CREATE_TOPICS, 7, {
        topics: [{ name: TOPIC, numPartitions: PARTITIONS, replicationFactor: 3, assignments: [], configs: [] }],
        timeoutMs: 10_000,
        validateOnly: false,
      })
      const errorCode = created.topics[0]?.errorCode
      if (errorCode !== ErrorCode.NONE) throw new Error(`CreateTopics: error ${errorCode}`)
    } finally {
      client.close()
    }
    await new Promise((r) => setTimeout(r, 2000))
    const results: Result[] = []
    for (const acks of ['1', 'all']) {
      // The followers finish copying the previous run's backlog before this one starts.
      await new Promise((r) => setTimeout(r, 5000))
      const out = await run(
        PYTHON,
        [join(REPO_ROOT, 'bench/replication/producer.py'), cluster.bootstrap(), TOPIC, acks, count, rate, seconds].map(
          String,
        ),
        { timeoutMs: 600_000 },
      )
      if (out.code !== 0) throw new Error(`producer.py acks=${acks} exited ${out.code}:\n${out.stderr}`)
      results.push(JSON.parse(out.stdout.toString()) as Result)
    }
    console.log(
      `3 nodes, RF=3, ${PARTITIONS} partitions, 1 KiB messages, linger.ms=5; throughput over ${count} messages, latency at ${rate} msg/s for ${seconds} s`,
    )
    console.log('acks   MB/s    p50 ms   p99 ms   max ms')
    for (const r of results) {
      console.log(
        `${r.acks.padEnd(5)} ${r.mbPerSec.toFixed(2).padStart(6)} ${r.latencyMs.p50.toFixed(2).padStart(8)} ${r.latencyMs.p99.toFixed(2).padStart(8)} ${r.latencyMs.max.toFixed(2).padStart(8)}`,
      )
    }
  } finally {
    await cluster.cleanup()
  }
}

await main()
