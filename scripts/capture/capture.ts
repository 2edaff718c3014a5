// Captures request frames written by stock Kafka clients, for the golden tests
// in test/protocol/golden/. Run from the repository root:
//
//   npx tsx scripts/capture/capture.ts            # all clients
//   npx tsx scripts/capture/capture.ts kcat       # one client: kcat | kafkajs | kafka-python | platformatic
//
// It starts the fake broker (fake-broker.ts) on 127.0.0.1, drives kcat
// (/usr/bin/kcat, librdkafka), KafkaJS and @platformatic/kafka (devDependencies)
// and kafka-python (/usr/bin/python3) through the scenarios in test/protocol/golden/scenarios.ts,
// and rewrites test/protocol/golden/fixtures/<client>/<nn>-<api>-v<version>.hex
// (hex of one frame after its size prefix) and fixtures/manifest.json. Only a
// selection of the frames is kept (see select()); the full log of every frame
// goes to stdout. Re-capturing changes correlation ids, timestamps and member
// ids, so the expectations in golden.test.ts must be checked after a re-run.
import { execFile, spawn } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { Admin, Consumer, Producer, stringDeserializers, stringSerializers } from '@platformatic/kafka'
import { CompressionTypes, Kafka, logLevel } from 'kafkajs'
import { ApiKey, apiByKey } from '../../src/protocol/generated/index.js'
import {
  type GoldenRecord,
  KAFKAJS_ACKS,
  KAFKAJS_CLIENT_ID,
  KAFKAJS_GROUP,
  KAFKAJS_GZIP_RECORDS,
  KAFKAJS_PLAIN_RECORDS,
  KAFKAJS_TIMEOUT_MS,
  KAFKAJS_TOPIC,
  KCAT_CLIENT_ID,
  KCAT_CODECS,
  KCAT_GROUP,
  KCAT_IDEMPOTENT_RECORDS,
  KCAT_TOPIC,
  type KcatCodec,
  kcatHeaders,
  kcatRecords,
  PLATFORMATIC_CLIENT_ID,
  PLATFORMATIC_CODECS,
  PLATFORMATIC_GROUP,
  PLATFORMATIC_IDEMPOTENT_RECORDS,
  PLATFORMATIC_TIMEOUT_MS,
  PLATFORMATIC_TOPIC,
  PYTHON_CLIENT_ID,
  PYTHON_GROUP,
  PYTHON_RECORDS,
  PYTHON_TOPIC,
  platformaticAcks,
  platformaticRecords,
} from '../../test/protocol/golden/scenarios.js'
import { type CapturedFrame, FakeBroker } from './fake-broker.js'

const ROOT = join(import.meta.dirname, '../..')
const FIXTURES = join(ROOT, 'test/protocol/golden/fixtures')
const run = promisify(execFile)
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

interface Scenario {
  readonly name: string
  readonly run: (port: number) => Promise<void>
}

interface Client {
  readonly name: string
  readonly version: () => Promise<string>
  readonly scenarios: readonly Scenario[]
}

interface TaggedFrame extends CapturedFrame {
  readonly scenario: string
}

/** Runs a child process with stdin, resolves with its output; kills it after `killAfterMs` with SIGINT. */
function child(cmd: string, args: string[], options: { input?: string; killAfterMs?: number; timeoutMs?: number }) {
  return new Promise<string>((resolve, reject) => {
    const p = spawn(cmd, args, { stdio: ['pipe', 'pipe', 'pipe'] })
    let out = ''
    p.stdout.on('data', (d) => {
      out += d
    })
    p.stderr.on('data', (d) => {
      out += d
    })
    const killer = options.killAfterMs === undefined ? null : setTimeout(() => p.kill('SIGINT'), options.killAfterMs)
    const timeout = setTimeout(() => p.kill('SIGKILL'), options.timeoutMs ?? 30_000)
    p.on('close', (code, signal) => {
      if (killer !== null) clearTimeout(killer)
      clearTimeout(timeout)
      if (code === 0 || (options.killAfterMs !== undefined && signal !== 'SIGKILL')) resolve(out)
      else reject(new Error(`${cmd} ${args.join(' ')} exited ${code} ${signal}\n${out}`))
    })
    p.stdin.end(options.input ?? '')
  })
}

function kcatLines(records: readonly GoldenRecord[]): string {
  return records.map((r) => (r.key === null ? r.value : `${r.key}:${r.value}`)).join('\n') + '\n'
}

function kcatBase(port: number): string[] {
  return ['-b', `127.0.0.1:${port}`, '-X', `client.id=${KCAT_CLIENT_ID}`]
}

function kcatProduce(codec: KcatCodec): Scenario {
  const headers = kcatHeaders(codec).flatMap((h) => ['-H', `${h.key}=${h.value}`])
  // -z none also switches to acks=1 so one produce fixture carries acks other than -1.
  const acks = codec === 'none' ? ['-X', 'request.required.acks=1'] : []
  return {
    name: `produce-${codec}`,
    run: async (port) => {
      const args = ['-P', ...kcatBase(port), '-t', KCAT_TOPIC, '-z', codec, '-K', ':', ...headers, ...acks]
      console.log(await child('kcat', [...args, '-X', 'linger.ms=100'], { input: kcatLines(kcatRecords(codec)) }))
    },
  }
}

const KCAT_TOTAL = KCAT_CODECS.length * 3 + KCAT_IDEMPOTENT_RECORDS.length
const FORMAT = ['-f', 'offset %o key %k value %s headers %h\\n']

const kcat: Client = {
  name: 'kcat',
  version: async () => (await run('kcat', ['-V'])).stdout.split('\n').find((l) => l.includes('librdkafka')) ?? '',
  scenarios: [
    ...KCAT_CODECS.map(kcatProduce),
    {
      name: 'produce-idempotent',
      run: async (port) => {
        const args = ['-P', ...kcatBase(port), '-t', KCAT_TOPIC, '-K', ':', '-H', 'trace=idempotent']
        const input = kcatLines(KCAT_IDEMPOTENT_RECORDS)
        console.log(await child('kcat', [...args, '-X', 'enable.idempotence=true', '-X', 'linger.ms=100'], { input }))
      },
    },
    { name: 'list', run: async (port) => console.log(await child('kcat', ['-L', ...kcatBase(port)], {})) },
    {
      name: 'consume',
      run: async (port) => {
        const args = ['-C', ...kcatBase(port), '-t', KCAT_TOPIC, '-o', 'beginning', '-c', String(KCAT_TOTAL)]
        console.log(await child('kcat', [...args, ...FORMAT], {}))
      },
    },
    {
      name: 'group',
      run: async (port) => {
        const args = ['-G', KCAT_GROUP, ...kcatBase(port), KCAT_TOPIC, ...FORMAT]
        const tuning = ['heartbeat.interval.ms=300', 'auto.commit.interval.ms=500', 'auto.offset.reset=earliest']
        const options = { killAfterMs: 4000 }
        console.log(await child('kcat', [...args, ...tuning.flatMap((t) => ['-X', t])], options))
      },
    },
  ],
}

function kafkajsMessages(records: readonly GoldenRecord[]) {
  return records.map((r) => ({
    partition: 0,
    key: r.key,
    value: r.value,
    headers: Object.fromEntries(r.headers.map((h) => [h.key, h.value])),
    timestamp: String(r.timestamp),
  }))
}

function kafkajsClient(port: number): Kafka {
  return new Kafka({
    clientId: KAFKAJS_CLIENT_ID,
    brokers: [`127.0.0.1:${port}`],
    logLevel: logLevel.WARN,
    retry: { retries: 2 },
  })
}

const kafkajs: Client = {
  name: 'kafkajs',
  version: async () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'node_modules/kafkajs/package.json'), 'utf8'))
    return `kafkajs ${pkg.version}`
  },
  scenarios: [
    {
      name: 'produce',
      run: async (port) => {
        const producer = kafkajsClient(port).producer({ allowAutoTopicCreation: false })
        await producer.connect()
        const common = { topic: KAFKAJS_TOPIC, acks: KAFKAJS_ACKS, timeout: KAFKAJS_TIMEOUT_MS }
        console.log(await producer.send({ ...common, messages: kafkajsMessages(KAFKAJS_PLAIN_RECORDS) }))
        const gzip = { ...common, compression: CompressionTypes.GZIP, messages: kafkajsMessages(KAFKAJS_GZIP_RECORDS) }
        console.log(await producer.send(gzip))
        await producer.disconnect()
      },
    },
    {
      name: 'group',
      run: async (port) => {
        const consumer = kafkajsClient(port).consumer({
          groupId: KAFKAJS_GROUP,
          sessionTimeout: 10_000,
          rebalanceTimeout: 12_000,
          heartbeatInterval: 300,
          maxWaitTimeInMs: 300,
        })
        await consumer.connect()
        await consumer.subscribe({ topics: [KAFKAJS_TOPIC], fromBeginning: true })
        const total = KAFKAJS_PLAIN_RECORDS.length + KAFKAJS_GZIP_RECORDS.length
        let seen = 0
        const done = new Promise<void>((resolve) => {
          void consumer.run({
            autoCommitInterval: 500,
            eachMessage: async ({ message }) => {
              console.log(
                `consumed ${message.offset} ${message.key} ${message.value} ${JSON.stringify(message.headers)}`,
              )
              if (++seen === total) resolve()
            },
          })
        })
        await Promise.race([done, sleep(15_000)])
        await sleep(1500)
        await consumer.disconnect()
      },
    },
  ],
}

const kafkaPython: Client = {
  name: 'kafka-python',
  version: async () =>
    `kafka-python ${(await run('/usr/bin/python3', ['-c', 'import kafka; print(kafka.__version__)'])).stdout.trim()}`,
  scenarios: [
    {
      name: 'produce-and-group',
      run: async (port) => {
        const scenario = {
          clientId: PYTHON_CLIENT_ID,
          topic: PYTHON_TOPIC,
          group: PYTHON_GROUP,
          records: PYTHON_RECORDS.map((r) => ({ ...r, timestamp: String(r.timestamp) })),
        }
        const script = join(import.meta.dirname, 'kafka_python_scenario.py')
        console.log(await child('/usr/bin/python3', [script, String(port), JSON.stringify(scenario)], {}))
      },
    },
  ],
}

function platformaticMessages(records: readonly GoldenRecord[]) {
  return records.map((r) => ({
    topic: PLATFORMATIC_TOPIC,
    partition: 0,
    key: r.key ?? undefined,
    value: r.value,
    headers: new Map(r.headers.map((h) => [h.key, h.value])),
    timestamp: r.timestamp,
  }))
}

function platformaticBase(port: number) {
  return {
    clientId: PLATFORMATIC_CLIENT_ID,
    bootstrapBrokers: [`127.0.0.1:${port}`],
    timeout: PLATFORMATIC_TIMEOUT_MS,
    retries: 2,
  }
}

const platformatic: Client = {
  name: 'platformatic',
  version: async () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'node_modules/@platformatic/kafka/package.json'), 'utf8'))
    return `@platformatic/kafka ${pkg.version}`
  },
  scenarios: [
    {
      name: 'admin',
      run: async (port) => {
        const admin = new Admin(platformaticBase(port))
        console.log(await admin.createTopics({ topics: [PLATFORMATIC_TOPIC], partitions: 1, replicas: 1 }))
        const metadata = await admin.metadata({ topics: [PLATFORMATIC_TOPIC] })
        console.log([...metadata.topics.keys()])
        await admin.close()
      },
    },
    {
      name: 'produce',
      run: async (port) => {
        const producer = new Producer({ ...platformaticBase(port), serializers: stringSerializers })
        for (const codec of PLATFORMATIC_CODECS) {
          const messages = platformaticMessages(platformaticRecords(codec))
          console.log(await producer.send({ messages, compression: codec, acks: platformaticAcks(codec) }))
        }
        await producer.close()
        const idempotent = new Producer({ ...platformaticBase(port), serializers: stringSerializers, idempotent: true })
        console.log(await idempotent.send({ messages: platformaticMessages(PLATFORMATIC_IDEMPOTENT_RECORDS) }))
        await idempotent.close()
      },
    },
    {
      name: 'group',
      run: async (port) => {
        const consumer = new Consumer({
          ...platformaticBase(port),
          groupId: PLATFORMATIC_GROUP,
          deserializers: stringDeserializers,
          sessionTimeout: 10_000,
          rebalanceTimeout: 12_000,
          heartbeatInterval: 300,
          maxWaitTime: 300,
        })
        const stream = await consumer.consume({
          topics: [PLATFORMATIC_TOPIC],
          mode: 'committed',
          fallbackMode: 'earliest',
          autocommit: 500,
        })
        const total = PLATFORMATIC_CODECS.length * 3 + PLATFORMATIC_IDEMPOTENT_RECORDS.length
        let seen = 0
        const done = new Promise<void>((resolve) => {
          stream.on('data', (message) => {
            const headers = [...message.headers].map(([k, v]) => `${k}=${v}`).join(',')
            console.log(`consumed ${message.offset} ${message.key} ${message.value} ${headers}`)
            if (++seen === total) resolve()
          })
        })
        await Promise.race([done, sleep(15_000)])
        await sleep(1500)
        await stream.close()
        await consumer.close()
      },
    },
  ],
}

// Kept twice per scenario: JoinGroup without then with a member id (KIP-394),
// SyncGroup before and after a rejoin, Metadata for brokers only then for topics.
const TWICE: readonly number[] = [ApiKey.JOIN_GROUP, ApiKey.SYNC_GROUP, ApiKey.METADATA]

/**
 * Which frames become fixtures: in each scenario the first frame of every
 * (API, version), all Produce frames (each carries a batch), and the first two
 * of the TWICE APIs; then, per client, frames identical to an earlier kept one except for
 * the correlation id are dropped (every kcat run opens with the same ApiVersions).
 */
function select(frames: readonly TaggedFrame[]): TaggedFrame[] {
  const kept: TaggedFrame[] = []
  const bodies = new Set<string>()
  const perScenario = new Map<string, number>()
  for (const f of frames) {
    const key = `${f.scenario}/${f.apiKey}/${f.apiVersion}`
    const count = perScenario.get(key) ?? 0
    perScenario.set(key, count + 1)
    const limit = f.apiKey === ApiKey.PRODUCE ? Number.POSITIVE_INFINITY : TWICE.includes(f.apiKey) ? 2 : 1
    if (count >= limit) continue
    const anonymous = Buffer.from(f.frame)
    anonymous.writeInt32BE(0, 4)
    const body = anonymous.toString('hex')
    if (bodies.has(body)) continue
    bodies.add(body)
    kept.push(f)
  }
  return kept
}

function kebab(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()
}

interface ManifestEntry {
  readonly file: string
  readonly client: string
  readonly scenario: string
  readonly api: string
  readonly apiKey: number
  readonly apiVersion: number
  readonly correlationId: number
  readonly clientId: string | null
  readonly connection: number
}

async function captureClient(
  broker: FakeBroker,
  client: Client,
): Promise<{ version: string; entries: ManifestEntry[] }> {
  broker.reset()
  const tagged: TaggedFrame[] = []
  try {
    for (const scenario of client.scenarios) {
      const before = broker.frames.length
      console.log(`--- ${client.name} ${scenario.name}`)
      await scenario.run(broker.port)
      for (const f of broker.frames.slice(before)) tagged.push({ ...f, scenario: scenario.name })
    }
  } finally {
    console.log(broker.log.join('\n'))
  }
  const dir = join(FIXTURES, client.name)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  const entries = select(tagged).map((f, i) => {
    const api = apiByKey.get(f.apiKey)?.name ?? `api-${f.apiKey}`
    const file = `${client.name}/${String(i + 1).padStart(2, '0')}-${kebab(api)}-v${f.apiVersion}.hex`
    writeFileSync(join(FIXTURES, file), `${f.frame.toString('hex')}\n`)
    const { scenario, apiKey, apiVersion, correlationId, clientId, connection } = f
    return { file, client: client.name, scenario, api, apiKey, apiVersion, correlationId, clientId, connection }
  })
  return { version: await client.version(), entries }
}

async function main(): Promise<void> {
  const only = process.argv[2]
  const clients = [kcat, kafkajs, kafkaPython, platformatic].filter((c) => only === undefined || c.name === only)
  const manifestPath = join(FIXTURES, 'manifest.json')
  const manifest: { clients: Record<string, string>; fixtures: ManifestEntry[] } = (() => {
    try {
      return JSON.parse(readFileSync(manifestPath, 'utf8'))
    } catch {
      return { clients: {}, fixtures: [] }
    }
  })()
  const broker = new FakeBroker()
  await broker.start()
  try {
    for (const client of clients) {
      const { version, entries } = await captureClient(broker, client)
      manifest.clients[client.name] = version
      manifest.fixtures = [...manifest.fixtures.filter((e) => e.client !== client.name), ...entries]
    }
  } finally {
    await broker.stop()
  }
  manifest.fixtures.sort((a, b) => a.file.localeCompare(b.file))
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`)
  console.log(manifest.fixtures.map((e) => `${e.file} (${e.scenario})`).join('\n'))
}

await main()
