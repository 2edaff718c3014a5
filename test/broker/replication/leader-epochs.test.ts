// Goal: a partition's leader-epoch cache (src/broker/leader-epochs.ts) starts from the batch
// headers of a log written before it existed, is written to `leader-epoch-checkpoint` as Kafka
// writes it, is read back from that file after a restart (not from the batches), and keeps within
// the log: an epoch assigned at the log end stays, entries past the end of a cut log go, and the
// entry covering a moved log start moves with it.
// Method: a real PartitionLog in a temp dir (test/unit/log/log-kit.ts), batches appended as
// leader at given epochs, the checkpoint file read as text.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, expect, it } from 'vitest'
import { leaderEpochs } from '../../../src/broker/leader-epochs.js'
import { batch, openLog, tempDir } from '../../unit/log/log-kit.js'

const cleanups: (() => void)[] = []
afterEach(() => {
  for (const c of cleanups.splice(0)) c()
})

it('starts from the batches, persists, reloads from the file and follows the log bounds', async () => {
  const t = tempDir()
  cleanups.push(t.cleanup)
  const { log } = openLog(t.dir)
  log.appendAsLeader(await batch({ count: 3 }), 0)
  log.appendAsLeader(await batch({ count: 2 }), 2)
  const epochs = leaderEpochs(log)
  expect(epochs.entries()).toEqual([
    { epoch: 0, startOffset: 0 },
    { epoch: 2, startOffset: 3 },
  ])
  // A new leader's epoch starts at the log end before it writes anything.
  epochs.assign(5, log.logEndOffset)
  expect(epochs.endOffsetFor(2)).toEqual({ epoch: 2, endOffset: 5 })
  expect(epochs.endOffsetFor(5)).toEqual({ epoch: 5, endOffset: 5 })
  expect(epochs.endOffsetFor(1)).toEqual({ epoch: 0, endOffset: 3 })
  await epochs.flushed()
  expect(readFileSync(join(log.dir, 'leader-epoch-checkpoint'), 'utf8')).toBe('0\n3\n0 0\n2 3\n5 5\n')

  // After a restart the file is the source: an epoch no batch carries is still known.
  await log.close()
  const reopened = openLog(t.dir).log
  const again = leaderEpochs(reopened)
  expect(again.entries()).toEqual([
    { epoch: 0, startOffset: 0 },
    { epoch: 2, startOffset: 3 },
    { epoch: 5, startOffset: 5 },
  ])

  // A log cut at its tail loses the epochs starting past its end (one starting exactly at the end
  // stays: a leader's epoch before its first append); a follower truncating says so itself.
  reopened.truncateTo(3)
  expect(again.entries()).toEqual([
    { epoch: 0, startOffset: 0 },
    { epoch: 2, startOffset: 3 },
  ])
  again.truncateFromEnd(3)
  expect(again.latestEpoch()).toBe(0)
  // A moved log start moves the entry that covers it.
  reopened.updateHighWatermark(3)
  reopened.deleteRecordsBefore(1)
  expect(again.entries()).toEqual([{ epoch: 0, startOffset: 1 }])
  await again.flushed()
  expect(readFileSync(join(reopened.dir, 'leader-epoch-checkpoint'), 'utf8')).toBe('0\n1\n0 1\n')
  await reopened.close()
})
