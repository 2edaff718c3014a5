// What the capture script (scripts/capture/capture.ts) told each stock client to
// do: client ids, topics, groups, and the exact records produced. The golden
// test asserts the decoded fixtures against these values, so they are inputs we
// chose, never values read back from our own decoder.

export interface GoldenHeader {
  readonly key: string
  readonly value: string
}

export interface GoldenRecord {
  readonly key: string | null
  readonly value: string
  readonly headers: readonly GoldenHeader[]
  /** Set by the client when the scenario fixes it (KafkaJS, kafka-python); kcat stamps the wall clock. */
  readonly timestamp?: bigint
}

export const KCAT_CLIENT_ID = 'golden-kcat'
export const KCAT_TOPIC = 'golden-kcat'
export const KCAT_GROUP = 'golden-kcat-group'
export const KCAT_CODECS = ['none', 'gzip', 'snappy', 'lz4', 'zstd'] as const
export type KcatCodec = (typeof KCAT_CODECS)[number]

/** kcat -H adds the same headers to every record of one run. */
export function kcatHeaders(codec: KcatCodec): GoldenHeader[] {
  return [
    { key: 'trace', value: 'golden' },
    { key: 'codec', value: codec },
  ]
}

/**
 * Lines fed to `kcat -P -K :`: the key is what precedes the first ':', a line
 * without ':' is a record without a key. The long value makes compression matter.
 */
export function kcatRecords(codec: KcatCodec): GoldenRecord[] {
  const headers = kcatHeaders(codec)
  return [
    { key: `k-${codec}-1`, value: `first ${codec} value`, headers },
    { key: `k-${codec}-2`, value: `second ${codec} value ${'abcdefgh'.repeat(16)}`, headers },
    { key: null, value: `keyless ${codec} value`, headers },
  ]
}

/** The idempotent run (enable.idempotence=true, no compression). */
export const KCAT_IDEMPOTENT_RECORDS: readonly GoldenRecord[] = [
  { key: 'idem-1', value: 'idempotent one', headers: [{ key: 'trace', value: 'idempotent' }] },
  { key: 'idem-2', value: 'idempotent two', headers: [{ key: 'trace', value: 'idempotent' }] },
]

export const KAFKAJS_CLIENT_ID = 'golden-kafkajs'
export const KAFKAJS_TOPIC = 'golden-kafkajs'
export const KAFKAJS_GROUP = 'golden-kafkajs-group'
export const KAFKAJS_ACKS = -1
export const KAFKAJS_TIMEOUT_MS = 7000

export const KAFKAJS_PLAIN_RECORDS: readonly GoldenRecord[] = [
  {
    key: 'js-1',
    value: 'kafkajs plain one',
    headers: [{ key: 'source', value: 'kafkajs' }],
    timestamp: 1700000000001n,
  },
  {
    key: 'js-2',
    value: 'kafkajs plain two',
    headers: [
      { key: 'source', value: 'kafkajs' },
      { key: 'n', value: '2' },
    ],
    timestamp: 1700000000002n,
  },
]

export const KAFKAJS_GZIP_RECORDS: readonly GoldenRecord[] = [
  {
    key: 'js-gz-1',
    value: `kafkajs gzip one ${'xyz'.repeat(20)}`,
    headers: [{ key: 'source', value: 'kafkajs' }],
    timestamp: 1700000000011n,
  },
  { key: null, value: 'kafkajs gzip keyless', headers: [], timestamp: 1700000000012n },
]

export const PYTHON_CLIENT_ID = 'golden-kafka-python'
export const PYTHON_TOPIC = 'golden-kafka-python'
export const PYTHON_GROUP = 'golden-kafka-python-group'

export const PYTHON_RECORDS: readonly GoldenRecord[] = [
  { key: 'py-1', value: 'kafka-python one', headers: [{ key: 'lang', value: 'python' }], timestamp: 1700000000101n },
  // kafka-python sends a batch uncompressed when gzip does not make it smaller, hence the repetition.
  { key: 'py-2', value: `kafka-python two ${'0123456789'.repeat(12)}`, headers: [], timestamp: 1700000000102n },
]

// What the fake broker answers that the clients then echo back in later requests.
export const FAKE_PRODUCER_ID = 4000n
export const FAKE_PRODUCER_EPOCH = 0

/** Member ids the fake hands out (KIP-394 MEMBER_ID_REQUIRED), counting from 1 per client session. */
export function fakeMemberId(groupId: string, n: number): string {
  return `${groupId}-member-${n}`
}

/** The topic id the fake gives a topic: stable, non-zero, from the name (Fetch v13+ addresses topics by id). */
export function fakeTopicId(name: string): Buffer {
  const id = Buffer.alloc(16)
  Buffer.from(`topic:${name}`).copy(id, 0, 0, 16)
  id[15] = (id[15] ?? 0) | 1
  return id
}

export const PLATFORMATIC_CLIENT_ID = 'golden-platformatic'
export const PLATFORMATIC_TOPIC = 'golden-platformatic'
export const PLATFORMATIC_GROUP = 'golden-platformatic-group'
/** The client's own timeout option, which it also sends as Produce's timeoutMs and CreateTopics' timeoutMs. */
export const PLATFORMATIC_TIMEOUT_MS = 6000
/**
 * Every codec @platformatic/kafka 1.35 can compress with on Node 20: it takes zstd
 * from node:zlib, which has it only from Node 22.15, so zstd is not available here.
 */
export const PLATFORMATIC_CODECS = ['none', 'gzip', 'snappy', 'lz4'] as const
export type PlatformaticCodec = (typeof PLATFORMATIC_CODECS)[number]

/** One send per codec, with acks=1 for the uncompressed one and acks=all (-1) for the rest. */
export function platformaticAcks(codec: PlatformaticCodec): number {
  return codec === 'none' ? 1 : -1
}

/** Keyed records with headers, one keyless and header-less; fixed timestamps, distinct per codec. */
export function platformaticRecords(codec: PlatformaticCodec): GoldenRecord[] {
  const base = 1700000001000n + BigInt(PLATFORMATIC_CODECS.indexOf(codec)) * 100n
  return [
    {
      key: `pl-${codec}-1`,
      value: `platformatic ${codec} one`,
      headers: [
        { key: 'source', value: 'platformatic' },
        { key: 'codec', value: codec },
      ],
      timestamp: base + 1n,
    },
    {
      key: `pl-${codec}-2`,
      value: `platformatic ${codec} two ${'mnopqrst'.repeat(16)}`,
      headers: [{ key: 'codec', value: codec }],
      timestamp: base + 2n,
    },
    { key: null, value: `platformatic ${codec} keyless`, headers: [], timestamp: base + 3n },
  ]
}

/** A last, idempotent send (InitProducerId, then a batch with the fake's producer id). */
export const PLATFORMATIC_IDEMPOTENT_RECORDS: readonly GoldenRecord[] = [
  {
    key: 'pl-idem-1',
    value: 'platformatic idempotent one',
    headers: [{ key: 'trace', value: 'idempotent' }],
    timestamp: 1700000002001n,
  },
  {
    key: 'pl-idem-2',
    value: 'platformatic idempotent two',
    headers: [{ key: 'trace', value: 'idempotent' }],
    timestamp: 1700000002002n,
  },
]
