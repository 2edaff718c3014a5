// Kafka's text checkpoint files, and the offset checkpoints of a log directory
// (`recovery-point-offset-checkpoint`, `log-start-offset-checkpoint`,
// `replication-offset-checkpoint`). Same bytes as Kafka's CheckpointFile and OffsetCheckpointFile,
// so a data directory moves between Kafka and Oxbow.
//
// Layout: UTF-8 text, each line ended by "\n" (Java's BufferedWriter.newLine on Linux):
//
//   0                  version (always 0)
//   2                  number of entry lines that follow
//   topic-a 0 42       one entry per line; for offset checkpoints `topic partition offset`,
//   topic-b 3 7        fields separated by one space
//
// Reading follows Kafka: lines may also end in "\r\n" or "\r"; fields are split on runs of
// whitespace; an empty file, or one holding only the version line, reads as no entries. A wrong
// version, a count that differs from the number of entry lines, a line with the wrong number of
// fields, or a number that does not parse (int32 for version, count and partition; a safe integer
// for offsets) throws CorruptCheckpointError. Kafka reads offset checkpoints into a map, so a
// repeated topic-partition takes its last value.
//
// Writes go through writeFileAtomically (`<path>.tmp`, fsync, rename, fsync dir), so a crash leaves
// the old or the new file, plus perhaps a stale `.tmp` that reading ignores and the next write
// replaces. A missing file reads as no entries (Kafka creates it empty on first use). On a corrupt
// file Kafka's LogManager logs a warning and carries on without it (recovery points reset to 0, so
// every segment is recovered; log start offsets fall back to the first segment's base offset).
import { assert } from '../util/assert.js'
import { type FileSystem, writeFileAtomically } from './fs.js'

export const CHECKPOINT_VERSION = 0

export class CorruptCheckpointError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`)
    this.name = 'CorruptCheckpointError'
  }
}

/** Encodes a checkpoint of `lines` (each one entry, without newline). */
export function encodeCheckpoint(version: number, lines: readonly string[]): Buffer {
  for (const line of lines) assert(!/[\r\n]/.test(line), `checkpoint line ${JSON.stringify(line)}`)
  const text = [String(version), String(lines.length), ...lines].map((line) => `${line}\n`).join('')
  return Buffer.from(text, 'utf8')
}

/**
 * Decodes a checkpoint into its entry lines split into fields. `path` only names the file in errors.
 * Throws CorruptCheckpointError on a wrong version or a count that does not match.
 */
export function decodeCheckpoint(path: string, data: Buffer, version: number): string[][] {
  const lines = data.toString('utf8').split(/\r\n|\r|\n/)
  // Like Java's readLine: a final line terminator does not start another line.
  if (lines[lines.length - 1] === '') lines.pop()
  const [versionLine, countLine, ...entryLines] = lines
  if (versionLine === undefined) return []
  const readVersion = parseInt32(path, versionLine)
  if (readVersion !== version) throw new CorruptCheckpointError(path, `version ${readVersion}, expected ${version}`)
  if (countLine === undefined) return []
  const count = parseInt32(path, countLine)
  const entries = entryLines.map(splitFields)
  if (entries.length !== count)
    throw new CorruptCheckpointError(path, `${entries.length} entries, header says ${count}`)
  return entries
}

/** Writes `lines` as a checkpoint, atomically (see the file comment). */
export async function writeCheckpoint(
  fsys: FileSystem,
  path: string,
  version: number,
  lines: readonly string[],
): Promise<void> {
  return writeFileAtomically(fsys, path, encodeCheckpoint(version, lines))
}

/** Reads a checkpoint's entry lines split into fields; a missing file has none. */
export function readCheckpoint(fsys: FileSystem, path: string, version: number): string[][] {
  if (!fsys.exists(path)) return []
  return decodeCheckpoint(path, fsys.readFile(path), version)
}

// Java's \s, which Kafka's formatters split on. Like Java's String.split, leading whitespace yields
// an empty first field (so the line is malformed) and trailing whitespace is dropped.
const JAVA_WHITESPACE = /[ \t\n\v\f\r]+/

function splitFields(line: string): string[] {
  const fields = line.split(JAVA_WHITESPACE)
  while (fields.length > 0 && fields[fields.length - 1] === '') fields.pop()
  return fields
}

const INT_PATTERN = /^[+-]?[0-9]+$/

/** Java's Integer.parseInt: decimal with an optional sign, within int32. */
export function parseInt32(path: string, text: string): number {
  const value = INT_PATTERN.test(text) ? Number(text) : Number.NaN
  if (!Number.isInteger(value) || value < -0x80000000 || value > 0x7fffffff) {
    throw new CorruptCheckpointError(path, `malformed int32 ${JSON.stringify(text)}`)
  }
  return value
}

/** Java's Long.parseLong, limited to the safe integers our offsets are. */
export function parseSafeInteger(path: string, text: string): number {
  const value = INT_PATTERN.test(text) ? Number(text) : Number.NaN
  if (!Number.isSafeInteger(value)) throw new CorruptCheckpointError(path, `malformed offset ${JSON.stringify(text)}`)
  return value
}

export interface TopicPartitionOffset {
  readonly topic: string
  readonly partition: number
  readonly offset: number
}

// Kafka's legal topic characters (Topic.LEGAL_CHARS); anything else could break the line format.
const TOPIC_PATTERN = /^[a-zA-Z0-9._-]+$/

/** Writes an offset checkpoint with one line per entry, in the order given. */
export async function writeOffsetCheckpoint(
  fsys: FileSystem,
  path: string,
  entries: readonly TopicPartitionOffset[],
): Promise<void> {
  return writeCheckpoint(fsys, path, CHECKPOINT_VERSION, entries.map(formatOffsetEntry))
}

/** Reads an offset checkpoint in file order; a missing file has no entries. */
export function readOffsetCheckpoint(fsys: FileSystem, path: string): TopicPartitionOffset[] {
  return readCheckpoint(fsys, path, CHECKPOINT_VERSION).map((fields) => parseOffsetEntry(path, fields))
}

function formatOffsetEntry(entry: TopicPartitionOffset): string {
  assert(TOPIC_PATTERN.test(entry.topic), `topic ${JSON.stringify(entry.topic)}`)
  assert(Number.isInteger(entry.partition), `partition ${entry.partition}`)
  assert(entry.partition >= 0, `partition ${entry.partition}`)
  assert(entry.partition <= 0x7fffffff, `partition ${entry.partition}`)
  assert(Number.isSafeInteger(entry.offset), `offset ${entry.offset}`)
  return `${entry.topic} ${entry.partition} ${entry.offset}`
}

function parseOffsetEntry(path: string, fields: string[]): TopicPartitionOffset {
  const [topic, partition, offset] = fields
  if (fields.length !== 3 || topic === undefined || partition === undefined || offset === undefined || topic === '') {
    throw new CorruptCheckpointError(path, `malformed line ${JSON.stringify(fields.join(' '))}`)
  }
  return { topic, partition: parseInt32(path, partition), offset: parseSafeInteger(path, offset) }
}
