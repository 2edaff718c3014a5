// The records of the __consumer_offsets topic that the classic group coordinator writes and
// replays: committed offsets and group metadata, in Kafka's exact byte format so that a log
// written by Kafka loads here and the other way round.
//
// Byte layout of one record (both parts big-endian, structs from the generated codecs):
//
//   key   = int16 keyVersion   + key struct   (OffsetCommitKey v0/v1, GroupMetadataKey v2)
//   value = int16 valueVersion + value struct (OffsetCommitValue v0-v4, GroupMetadataValue v0-v4)
//           or null: a tombstone, which deletes the key when the topic is compacted
//
// The key version says which struct the key is: 0 and 1 are an offset commit, 2 is group metadata.
// Versions 3 and above are KIP-848/KIP-932 records (consumer and share groups), which this
// coordinator does not implement; `decodeRecord` reports them as `unsupported` so that loading can
// skip them rather than fail. We write what Kafka 3.x/4.x writes: OffsetCommitKey v1,
// OffsetCommitValue v3 (v1 when the commit carries an explicit expire timestamp, as Kafka's
// `offsetCommitValueVersion`), GroupMetadataKey v2 and GroupMetadataValue v3. Reading accepts
// every version of the specs. A record is written whole or not at all (it sits in a record
// batch with a CRC), so a crash leaves no partial record to handle here.

import { DecodeError } from '../../protocol/decode-error.js'
import {
  type GroupMetadataKey,
  readGroupMetadataKey,
  writeGroupMetadataKey,
} from '../../protocol/generated/group-coordinator/group-metadata-key.js'
import {
  type GroupMetadataValue,
  readGroupMetadataValue,
  writeGroupMetadataValue,
} from '../../protocol/generated/group-coordinator/group-metadata-value.js'
import {
  type OffsetCommitKey,
  readOffsetCommitKey,
  writeOffsetCommitKey,
} from '../../protocol/generated/group-coordinator/offset-commit-key.js'
import {
  type OffsetCommitValue,
  readOffsetCommitValue,
  writeOffsetCommitValue,
} from '../../protocol/generated/group-coordinator/offset-commit-value.js'
import { Reader } from '../../protocol/reader.js'
import { Writer } from '../../protocol/writer.js'
import { assert } from '../../util/assert.js'

/** One __consumer_offsets record as bytes: what the driver appends and what replay reads. */
export interface CoordinatorRecord {
  readonly key: Buffer
  /** null is a tombstone. */
  readonly value: Buffer | null
}

/** A decoded record. */
export type GroupCoordinatorRecord =
  | { readonly kind: 'offset-commit'; readonly key: OffsetCommitKey; readonly value: OffsetCommitValue | null }
  | { readonly kind: 'group-metadata'; readonly key: GroupMetadataKey; readonly value: GroupMetadataValue | null }
  /** A key version this coordinator does not implement (KIP-848 consumer groups, share groups). */
  | { readonly kind: 'unsupported'; readonly keyVersion: number }

export const OFFSET_COMMIT_KEY_VERSION = 1
export const GROUP_METADATA_KEY_VERSION = 2
export const OFFSET_COMMIT_VALUE_VERSION = 3
/** Kafka writes v1 when the commit has an expire timestamp (OffsetCommit v2-v4 retention). */
export const OFFSET_COMMIT_VALUE_VERSION_WITH_EXPIRY = 1
export const GROUP_METADATA_VALUE_VERSION = 3

const OFFSET_COMMIT_VALUE_MAX_VERSION = 4
const GROUP_METADATA_VALUE_MAX_VERSION = 4

export function offsetCommitRecord(key: OffsetCommitKey, value: OffsetCommitValue | null): CoordinatorRecord {
  const valueVersion =
    value !== null && value.expireTimestamp !== -1n
      ? OFFSET_COMMIT_VALUE_VERSION_WITH_EXPIRY
      : OFFSET_COMMIT_VALUE_VERSION
  return {
    key: encode(OFFSET_COMMIT_KEY_VERSION, (w) => writeOffsetCommitKey(w, key, OFFSET_COMMIT_KEY_VERSION)),
    value: value === null ? null : encode(valueVersion, (w) => writeOffsetCommitValue(w, value, valueVersion)),
  }
}

export function groupMetadataRecord(key: GroupMetadataKey, value: GroupMetadataValue | null): CoordinatorRecord {
  return {
    key: encode(GROUP_METADATA_KEY_VERSION, (w) => writeGroupMetadataKey(w, key, GROUP_METADATA_KEY_VERSION)),
    value:
      value === null
        ? null
        : encode(GROUP_METADATA_VALUE_VERSION, (w) => writeGroupMetadataValue(w, value, GROUP_METADATA_VALUE_VERSION)),
  }
}

/** Decodes one record; throws DecodeError on bytes that are not a record of a known version. */
export function decodeRecord(record: CoordinatorRecord): GroupCoordinatorRecord {
  const keyReader = new Reader(record.key)
  const keyVersion = keyReader.readInt16()
  if (keyVersion === 0 || keyVersion === 1) {
    const key = readOffsetCommitKey(keyReader, keyVersion)
    expectEnd(keyReader, 'OffsetCommitKey')
    const value =
      record.value === null
        ? null
        : decodeValue(record.value, OFFSET_COMMIT_VALUE_MAX_VERSION, readOffsetCommitValue, 'OffsetCommitValue')
    return { kind: 'offset-commit', key, value }
  }
  if (keyVersion === 2) {
    const key = readGroupMetadataKey(keyReader, keyVersion)
    expectEnd(keyReader, 'GroupMetadataKey')
    const value =
      record.value === null
        ? null
        : decodeValue(record.value, GROUP_METADATA_VALUE_MAX_VERSION, readGroupMetadataValue, 'GroupMetadataValue')
    return { kind: 'group-metadata', key, value }
  }
  if (keyVersion < 0) throw new DecodeError(`__consumer_offsets key version ${keyVersion} is negative`)
  return { kind: 'unsupported', keyVersion }
}

function decodeValue<T>(bytes: Buffer, maxVersion: number, read: (r: Reader, version: number) => T, name: string): T {
  const r = new Reader(bytes)
  const version = r.readInt16()
  if (version < 0 || version > maxVersion) throw new DecodeError(`${name} version ${version} is not in 0-${maxVersion}`)
  const value = read(r, version)
  // Kafka ignores bytes after a value it knows how to read (a newer minor field set); so do we.
  return value
}

function expectEnd(r: Reader, name: string): void {
  if (r.remaining() !== 0) throw new DecodeError(`${name}: ${r.remaining()} bytes after the key`)
}

function encode(version: number, write: (w: Writer) => void): Buffer {
  assert(Number.isInteger(version) && version >= 0 && version <= 0x7fff, 'record version must be an int16')
  const w = new Writer()
  w.writeInt16(version)
  write(w)
  return w.toBuffer()
}
