// One interface over the stock clients the integration tests drive: produce
// a list of records with kcat, confluent-kafka, kafka-python, KafkaJS or
// @platformatic/kafka, and consume a topic from its start with kcat,
// confluent-kafka or kafka-python (no consumer groups: assign() only).
// Records are compared as hex strings so binary keys and values, null and
// empty ones all keep their identity.
import { createRequire } from 'node:module'
import { Producer as PlatformaticProducer } from '@platformatic/kafka'
import kafkajs, { type CompressionTypes as KafkajsCompression } from 'kafkajs'
import { kcat, pyClient } from './harness.js'

const require = createRequire(import.meta.url)
// KafkaJS is CommonJS; Node's ESM loader does not see all of its named exports.
const { CompressionCodecs, CompressionTypes, Kafka, logLevel } = kafkajs

export type Codec = 'none' | 'gzip' | 'snappy' | 'lz4' | 'zstd'
export type ProducerName = 'kcat' | 'confluent-kafka' | 'kafka-python' | 'kafkajs' | 'platformatic'
export type ConsumerName = 'kcat' | 'confluent-kafka' | 'kafka-python'

/** A record as the clients exchange it: hex key, value and header values; null stays null. */
export interface Rec {
  p?: number
  o?: number
  ts?: number
  k: string | null
  v: string | null
  h: [string, string | null][]
}

export const hex = (text: string | Buffer): string =>
  (typeof text === 'string' ? Buffer.from(text) : text).toString('hex')
const unhex = (text: string | null): Buffer | null => (text === null ? null : Buffer.from(text, 'hex'))

export interface ProduceOptions {
  readonly codec?: Codec
  /** 1 or -1 (all); default all. */
  readonly acks?: 1 | -1
  /** Extra client settings (librdkafka properties for kcat and confluent-kafka). */
  readonly config?: Readonly<Record<string, string | number>>
  readonly timeoutMs?: number
}

/** Produces `records` in order and returns [partition, offset] for each. */
export async function produce(
  client: ProducerName,
  bootstrap: string,
  topic: string,
  records: readonly Rec[],
  options: ProduceOptions = {},
): Promise<[number, number][]> {
  const codec = options.codec ?? 'none'
  const acks = options.acks ?? -1
  const timeoutMs = options.timeoutMs ?? 60_000
  switch (client) {
    case 'confluent-kafka': {
      const conf = { 'compression.codec': codec, acks: acks === -1 ? 'all' : '1', ...options.config }
      const args = [bootstrap, topic, ...Object.entries(conf).map(([k, v]) => `${k}=${v}`)]
      return pyClient<[number, number][]>('ck-produce', args, { input: JSON.stringify(records), timeoutMs })
    }
    case 'kafka-python': {
      const conf: Record<string, string | number> = { acks: acks === -1 ? 'all' : 1, ...options.config }
      if (codec !== 'none') conf['compression_type'] = codec
      const args = [bootstrap, topic, ...Object.entries(conf).map(([k, v]) => `${k}=${v}`)]
      return pyClient<[number, number][]>('kp-produce', args, { input: JSON.stringify(records), timeoutMs })
    }
    case 'kcat':
      return kcatProduce(bootstrap, topic, records, codec, acks, options)
    case 'kafkajs':
      return kafkajsProduce(bootstrap, topic, records, codec, acks)
    case 'platformatic':
      return platformaticProduce(bootstrap, topic, records, codec, acks)
  }
}

/**
 * kcat -P: one message per line (`key<TAB>value`), so keys and values must be
 * printable text without tabs or newlines; no per-message headers or
 * partitions. kcat reports no offsets: they are returned as -1.
 */
async function kcatProduce(
  bootstrap: string,
  topic: string,
  records: readonly Rec[],
  codec: Codec,
  acks: 1 | -1,
  options: ProduceOptions,
): Promise<[number, number][]> {
  const lines: string[] = []
  for (const r of records) {
    if (r.h.length > 0 || r.p !== undefined || r.k === null || r.v === null) {
      throw new Error('kcat produces text keys and values only, without headers or partitions')
    }
    const key = unhex(r.k)!.toString()
    const value = unhex(r.v)!.toString()
    if (/[\t\n]/.test(key + value)) throw new Error('kcat records must not contain tabs or newlines')
    lines.push(`${key}\t${value}`)
  }
  const args = ['-b', bootstrap, '-P', '-t', topic, '-K', '\t', '-D', '\n', '-X', `acks=${acks}`, '-X', 'linger.ms=5']
  args.push('-X', `compression.codec=${codec}`)
  for (const [k, v] of Object.entries(options.config ?? {})) args.push('-X', `${k}=${v}`)
  await kcat(args, { input: `${lines.join('\n')}\n`, timeoutMs: options.timeoutMs ?? 60_000 })
  return records.map(() => [-1, -1])
}

let kafkajsCodecsRegistered = false

/** KafkaJS has gzip built in; snappy, lz4 and zstd come from this project's own dependencies. */
function registerKafkajsCodecs(): void {
  if (kafkajsCodecsRegistered) return
  kafkajsCodecsRegistered = true
  const snappy = require('snappy') as {
    compress(b: Buffer): Promise<Buffer>
    uncompress(b: Buffer): Promise<Buffer | string>
  }
  const lz4 = require('lz4-napi') as {
    compressFrame(b: Buffer): Promise<Buffer>
    decompressFrame(b: Buffer): Promise<Buffer>
  }
  const zstd = require('@mongodb-js/zstd') as {
    compress(b: Buffer, level?: number): Promise<Buffer>
    decompress(b: Buffer): Promise<Buffer>
  }
  type Encoder = { buffer: Buffer }
  const codec = (compress: (b: Buffer) => Promise<Buffer>, decompress: (b: Buffer) => Promise<Buffer>) => () => ({
    compress: (encoder: Encoder) => compress(encoder.buffer),
    decompress,
  })
  CompressionCodecs[CompressionTypes.Snappy] = codec(
    (b) => snappy.compress(b),
    async (b) => Buffer.from(await snappy.uncompress(b)),
  )
  CompressionCodecs[CompressionTypes.LZ4] = codec(
    (b) => lz4.compressFrame(b),
    (b) => lz4.decompressFrame(b),
  )
  CompressionCodecs[CompressionTypes.ZSTD] = codec(
    (b) => zstd.compress(b, 3),
    (b) => zstd.decompress(b),
  )
}

const KAFKAJS_CODECS: Record<Codec, KafkajsCompression> = {
  none: CompressionTypes.None,
  gzip: CompressionTypes.GZIP,
  snappy: CompressionTypes.Snappy,
  lz4: CompressionTypes.LZ4,
  zstd: CompressionTypes.ZSTD,
}

/** Groups records by partition in input order (KafkaJS and platformatic report one base offset per partition). */
function offsetsFromBases(records: readonly Rec[], bases: Map<number, number>): [number, number][] {
  const next = new Map(bases)
  return records.map((r) => {
    const partition = r.p ?? 0
    const offset = next.get(partition)
    if (offset === undefined) throw new Error(`no base offset reported for partition ${partition}`)
    next.set(partition, offset + 1)
    return [partition, offset]
  })
}

async function kafkajsProduce(
  bootstrap: string,
  topic: string,
  records: readonly Rec[],
  codec: Codec,
  acks: 1 | -1,
): Promise<[number, number][]> {
  registerKafkajsCodecs()
  const kafka = new Kafka({ brokers: [bootstrap], logLevel: logLevel.NOTHING, retry: { retries: 3 } })
  const producer = kafka.producer({ allowAutoTopicCreation: true })
  await producer.connect()
  try {
    const result = await producer.send({
      topic,
      acks,
      compression: KAFKAJS_CODECS[codec],
      messages: records.map((r) => {
        const headers: Record<string, Buffer[]> = {}
        for (const [name, value] of r.h) {
          if (value === null) throw new Error('KafkaJS cannot send a null header value')
          const values = headers[name] ?? []
          values.push(unhex(value)!)
          headers[name] = values
        }
        return {
          key: unhex(r.k),
          value: unhex(r.v),
          headers,
          partition: r.p ?? 0,
          ...(r.ts === undefined ? {} : { timestamp: String(r.ts) }),
        }
      }),
    })
    return offsetsFromBases(records, new Map(result.map((m) => [m.partition, Number(m.baseOffset)])))
  } finally {
    await producer.disconnect()
  }
}

async function platformaticProduce(
  bootstrap: string,
  topic: string,
  records: readonly Rec[],
  codec: Codec,
  acks: 1 | -1,
): Promise<[number, number][]> {
  const producer = new PlatformaticProducer({
    clientId: 'oxbow-it',
    bootstrapBrokers: [bootstrap],
    acks,
    autocreateTopics: true,
  })
  try {
    const result = await producer.send({
      ...(codec === 'none' ? {} : { compression: codec }),
      messages: records.map((r) => {
        const headers = new Map<Buffer, Buffer>()
        for (const [name, value] of r.h) {
          if (value === null) throw new Error('@platformatic/kafka cannot send a null header value')
          if ([...headers.keys()].some((k) => k.toString() === name)) {
            throw new Error('@platformatic/kafka headers are a map: no repeated names')
          }
          headers.set(Buffer.from(name), unhex(value)!)
        }
        return {
          topic,
          partition: r.p ?? 0,
          ...(r.k === null ? {} : { key: unhex(r.k)! }),
          ...(r.v === null ? {} : { value: unhex(r.v)! }),
          headers,
          ...(r.ts === undefined ? {} : { timestamp: BigInt(r.ts) }),
        }
      }),
    })
    const bases = new Map((result.offsets ?? []).map((o) => [o.partition, Number(o.offset)]))
    return offsetsFromBases(records, bases)
  } finally {
    await producer.close()
  }
}

export interface ConsumeOptions {
  /** Records expected (kafka-python polls until it has this many). */
  readonly count: number
  /** Start offset in every partition; default the log start. */
  readonly offset?: number
  readonly timeoutMs?: number
  /** Extra settings (librdkafka properties for kcat and confluent-kafka). */
  readonly config?: Readonly<Record<string, string | number>>
}

/** Every record of every partition from the start, in (partition, offset) order. */
export async function consume(
  client: ConsumerName,
  bootstrap: string,
  topic: string,
  options: ConsumeOptions,
): Promise<Rec[]> {
  const timeoutMs = options.timeoutMs ?? 30_000
  const extra = Object.entries(options.config ?? {}).map(([k, v]) => `${k}=${v}`)
  switch (client) {
    case 'confluent-kafka': {
      const args = [bootstrap, topic, `timeout=${Math.floor(timeoutMs / 1000) - 2}`, ...extra]
      if (options.offset !== undefined) args.push(`offset=${options.offset}`)
      return pyClient<Rec[]>('ck-consume', args, { timeoutMs })
    }
    case 'kafka-python': {
      const args = [bootstrap, topic, `count=${options.count}`, `timeout=${Math.floor(timeoutMs / 1000) - 2}`, ...extra]
      if (options.offset !== undefined) args.push(`offset=${options.offset}`)
      return pyClient<Rec[]>('kp-consume', args, { timeoutMs })
    }
    case 'kcat':
      return kcatConsume(bootstrap, topic, options, timeoutMs)
  }
}

/**
 * kcat -C -e with a binary-safe format: a text line `partition offset
 * timestamp keyLength valueLength headers`, then the key and value bytes.
 * Headers are kcat's `name=value,...` text, so header values must be
 * printable text without commas.
 */
async function kcatConsume(bootstrap: string, topic: string, options: ConsumeOptions, timeoutMs: number) {
  const args = ['-b', bootstrap, '-C', '-t', topic, '-e', '-q', '-o', String(options.offset ?? 'beginning')]
  args.push('-f', '%p %o %T %K %S %h\\n%k%s')
  for (const [k, v] of Object.entries(options.config ?? {})) args.push('-X', `${k}=${v}`)
  const out = (await kcat(args, { timeoutMs })).stdout
  const records: Rec[] = []
  let at = 0
  while (at < out.length) {
    const eol = out.indexOf(0x0a, at)
    if (eol < 0) throw new Error(`kcat output ends inside a record header at byte ${at}`)
    const line = out.subarray(at, eol).toString()
    const [p, o, ts, keyLength, valueLength, ...rest] = line.split(' ')
    const headerText = rest.join(' ')
    at = eol + 1
    const kLen = Number(keyLength)
    const vLen = Number(valueLength)
    const key = kLen < 0 ? null : out.subarray(at, at + kLen).toString('hex')
    at += Math.max(kLen, 0)
    const value = vLen < 0 ? null : out.subarray(at, at + vLen).toString('hex')
    at += Math.max(vLen, 0)
    const h: [string, string | null][] =
      headerText === ''
        ? []
        : headerText.split(',').map((pair) => {
            const eq = pair.indexOf('=')
            return [pair.slice(0, eq), hex(pair.slice(eq + 1))]
          })
    records.push({ p: Number(p), o: Number(o), ts: Number(ts), k: key, v: value, h })
  }
  return records.sort((a, b) => a.p! - b.p! || a.o! - b.o!)
}
