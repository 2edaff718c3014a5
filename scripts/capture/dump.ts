// Prints every fixture decoded with our codecs (a reading aid when writing
// expectations after a re-capture): npx tsx scripts/capture/dump.ts [filter]
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { readRequestHeader } from '../../src/protocol/frame.js'
import { apiByKey } from '../../src/protocol/generated/index.js'
import { decodeBatch } from '../../src/protocol/records/index.js'

const FIXTURES = join(import.meta.dirname, '../../test/protocol/golden/fixtures')
const manifest = JSON.parse(readFileSync(join(FIXTURES, 'manifest.json'), 'utf8'))
const show = (_k: string, v: unknown) => {
  if (typeof v === 'bigint') return `${v}n`
  if (v !== null && typeof v === 'object' && (v as { type?: string }).type === 'Buffer') {
    return `<${Buffer.from((v as { data: number[] }).data).toString('hex')}>`
  }
  return v
}
for (const entry of manifest.fixtures) {
  if (process.argv[2] !== undefined && !entry.file.includes(process.argv[2])) continue
  const frame = Buffer.from(readFileSync(join(FIXTURES, entry.file), 'utf8').trim(), 'hex')
  const { header, body } = readRequestHeader(frame)
  const api = apiByKey.get(header.requestApiKey)!
  const message = api.request.read(body, header.requestApiVersion) as Record<string, unknown>
  console.log(`== ${entry.file} ${JSON.stringify(header, show)}`)
  console.log(JSON.stringify(message, show))
  for (const t of (message.topicData ?? []) as { partitionData: { records: Buffer }[] }[]) {
    for (const p of t.partitionData) {
      const { header: h, records } = await decodeBatch(p.records)
      console.log(JSON.stringify(h, show))
      for (const r of records)
        console.log(
          JSON.stringify(
            {
              ...r,
              key: r.key?.toString(),
              value: r.value?.toString(),
              headers: r.headers.map((x) => `${x.key}=${x.value}`),
            },
            show,
          ),
        )
    }
  }
}
