// The `leader-epoch-checkpoint` file of a partition directory: for each leader epoch, the first
// offset written in it. Followers truncate by it after a leader change (OffsetsForLeaderEpoch).
// Same bytes as Kafka's LeaderEpochCheckpointFile:
//
//   0          version (always 0)
//   2          number of entry lines that follow
//   0 0        `epoch startOffset`: int32 leader epoch, int64 first offset of that epoch
//   3 120
//
// Text rules, atomic writes and crash behaviour are those of checkpoint-file.ts. Entries are
// strictly increasing in epoch and in start offset, as Kafka's LeaderEpochFileCache keeps them; the
// writer asserts that, the reader returns the file as it is and leaves it to the cache.
import { assert } from '../util/assert.js'
import {
  CHECKPOINT_VERSION,
  CorruptCheckpointError,
  parseInt32,
  parseSafeInteger,
  readCheckpoint,
  writeCheckpoint,
} from './checkpoint-file.js'
import type { FileSystem } from './fs.js'

export const LEADER_EPOCH_CHECKPOINT_FILENAME = 'leader-epoch-checkpoint'

export interface EpochEntry {
  readonly epoch: number
  readonly startOffset: number
}

export async function writeLeaderEpochCheckpoint(
  fsys: FileSystem,
  path: string,
  entries: readonly EpochEntry[],
): Promise<void> {
  let previous: EpochEntry | undefined
  for (const entry of entries) {
    assert(Number.isInteger(entry.epoch), `epoch ${entry.epoch}`)
    assert(entry.epoch >= 0, `epoch ${entry.epoch}`)
    assert(entry.epoch <= 0x7fffffff, `epoch ${entry.epoch}`)
    assert(Number.isSafeInteger(entry.startOffset), `start offset ${entry.startOffset}`)
    assert(entry.startOffset >= 0, `start offset ${entry.startOffset}`)
    if (previous !== undefined) {
      assert(entry.epoch > previous.epoch, `epoch ${entry.epoch} after ${previous.epoch}`)
      assert(
        entry.startOffset > previous.startOffset,
        `start offset ${entry.startOffset} after ${previous.startOffset}`,
      )
    }
    previous = entry
  }
  const lines = entries.map((entry) => `${entry.epoch} ${entry.startOffset}`)
  return writeCheckpoint(fsys, path, CHECKPOINT_VERSION, lines)
}

/** Reads the entries in file order; a missing file has none. Throws CorruptCheckpointError. */
export function readLeaderEpochCheckpoint(fsys: FileSystem, path: string): EpochEntry[] {
  return readCheckpoint(fsys, path, CHECKPOINT_VERSION).map((fields) => {
    const [epoch, startOffset] = fields
    if (fields.length !== 2 || epoch === undefined || startOffset === undefined || epoch === '') {
      throw new CorruptCheckpointError(path, `malformed line ${JSON.stringify(fields.join(' '))}`)
    }
    return { epoch: parseInt32(path, epoch), startOffset: parseSafeInteger(path, startOffset) }
  })
}
