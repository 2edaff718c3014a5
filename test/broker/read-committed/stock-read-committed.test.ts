// Goal: a stock client's read_committed consumer sees exactly the committed records of a
// transactional producer and none of the aborted ones, while read_uncommitted sees all of them;
// offsets sent to the transaction (send_offsets_to_transaction -> TxnOffsetCommit) count only
// when the transaction commits (KAFKA-TRAPS 9).
// Method: one in-process node (transaction coordinator included); a Python script runs a
// python3-confluent-kafka transactional producer (commit, abort, commit, with consumer offsets
// sent in the first two), then a consumer at the isolation level under test, and reports the
// values it read and the group's committed offset (asked with require_stable).
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningNode, startNode } from '../../../src/node/start-node.js'
import { runJson } from '../../support/process.js'
import { createTopic } from '../../support/topics.js'

const PYTHON = '/usr/bin/python3'
const SCRIPT = fileURLToPath(new URL('./py/read_committed.py', import.meta.url))
const havePython = existsSync(PYTHON)
const COUNT = 5

let dir: string
let node: RunningNode

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'oxbow-rc-stock-'))
  node = await startNode({ dataDir: dir, port: 0, properties: { 'transaction.state.log.num.partitions': '5' } })
})

afterAll(async () => {
  await node?.close()
  rmSync(dir, { recursive: true, force: true })
})

function run(args: string[]): Promise<{ errors: string[]; values: string[]; committed: number }> {
  return runJson(PYTHON, [SCRIPT, ...args])
}

const values = (name: string) => Array.from({ length: COUNT }, (_, i) => `${name}-${i}`)

describe.skipIf(!havePython)('librdkafka read_committed', () => {
  it('read_committed sees only committed records; sent offsets count only when committed', async () => {
    await createTopic(node, 'rc-stock')
    const report = await run([
      node.bootstrap,
      'rc-stock',
      String(COUNT),
      'rc-txn',
      'rc-group',
      'read_committed',
      String(2 * COUNT),
    ])
    expect(report.errors).toEqual([])
    expect(report.values).toEqual([...values('commit-a'), ...values('commit-b')])
    expect(report.committed).toBe(5)
  }, 60_000)

  it('read_uncommitted sees every record, aborted ones included', async () => {
    await createTopic(node, 'ru-stock')
    const report = await run([
      node.bootstrap,
      'ru-stock',
      String(COUNT),
      'ru-txn',
      'ru-group',
      'read_uncommitted',
      String(3 * COUNT),
    ])
    expect(report.errors).toEqual([])
    expect(report.values).toEqual([...values('commit-a'), ...values('abort'), ...values('commit-b')])
    expect(report.committed).toBe(5)
  }, 60_000)
})
