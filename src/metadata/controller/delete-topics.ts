// DeleteTopics as Kafka 3.9's controller decides it (ControllerApis
// .deleteTopics, ReplicationControlManager.deleteTopics), pure. Topics come
// by name (v0-5, and v6 with a zero id) or by id (v6); a name or id given
// twice, both given, or neither given are INVALID_REQUEST; unknown ones are
// UNKNOWN_TOPIC_OR_PARTITION / UNKNOWN_TOPIC_ID. A deleted topic is one
// RemoveTopicRecord; replay drops its partitions and configs and the
// broker's log reconciler deletes the logs. Kafka shuffles the results so
// that their order reveals nothing; without an authorizer there is nothing
// to hide, so they keep the order Kafka builds them in.

import { ErrorCode, errorInfo } from '../../protocol/errors.js'
import { type MetadataImage, topicIdKey } from '../image.js'
import type { ControllerRecord } from './configs.js'

export interface DeleteTopicRef {
  readonly name: string | null
  readonly topicId: Buffer
}

export interface DeleteTopicResult {
  readonly name: string | null
  readonly topicId: Buffer
  readonly errorCode: number
  readonly errorMessage: string | null
}

const ZERO_UUID = Buffer.alloc(16)

export function deleteTopics(
  image: MetadataImage,
  refs: readonly DeleteTopicRef[],
): { records: ControllerRecord[]; results: DeleteTopicResult[] } {
  const results: DeleteTopicResult[] = []
  const answer = (name: string | null, topicId: Buffer, errorCode: number, errorMessage: string | null) =>
    results.push({ name, topicId, errorCode, errorMessage })

  const names: string[] = []
  const duplicateNames = new Set<string>()
  const ids = new Map<string, Buffer>()
  const duplicateIds = new Map<string, Buffer>()
  const addName = (name: string) => {
    if (duplicateNames.has(name)) return
    const at = names.indexOf(name)
    if (at === -1) names.push(name)
    else {
      names.splice(at, 1)
      duplicateNames.add(name)
    }
  }
  for (const ref of refs) {
    const zero = ref.topicId.equals(ZERO_UUID)
    if (ref.name === null) {
      if (zero) {
        answer(null, ZERO_UUID, ErrorCode.INVALID_REQUEST, 'Neither topic name nor id were specified.')
        continue
      }
      const key = topicIdKey(ref.topicId)
      if (duplicateIds.has(key)) continue
      if (ids.has(key)) {
        ids.delete(key)
        duplicateIds.set(key, ref.topicId)
      } else ids.set(key, ref.topicId)
    } else if (zero) {
      addName(ref.name)
    } else {
      answer(ref.name, ref.topicId, ErrorCode.INVALID_REQUEST, 'You may not specify both topic name and topic id.')
    }
  }
  for (const name of duplicateNames) answer(name, ZERO_UUID, ErrorCode.INVALID_REQUEST, 'Duplicate topic name.')
  for (const id of duplicateIds.values()) answer(null, id, ErrorCode.INVALID_REQUEST, 'Duplicate topic id.')

  // Resolve ids to names, then names to ids; a name that maps to an id already given is a duplicate.
  const toDelete = new Map<string, { name: string; topicId: Buffer }>()
  for (const [key, id] of ids) {
    const topic = image.topicsById.get(key)
    if (topic === undefined) answer(null, id, ErrorCode.UNKNOWN_TOPIC_ID, message(ErrorCode.UNKNOWN_TOPIC_ID))
    else toDelete.set(key, { name: topic.name, topicId: topic.topicId })
  }
  for (const name of names) {
    const topic = image.topicsByName.get(name)
    if (topic === undefined) {
      answer(name, ZERO_UUID, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, message(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION))
      continue
    }
    const key = topicIdKey(topic.topicId)
    if (duplicateIds.has(key) || toDelete.has(key)) {
      toDelete.delete(key)
      duplicateIds.set(key, topic.topicId)
      answer(
        name,
        topic.topicId,
        ErrorCode.INVALID_REQUEST,
        'The provided topic name maps to an ID that was already supplied.',
      )
      continue
    }
    toDelete.set(key, { name, topicId: topic.topicId })
  }

  const records: ControllerRecord[] = []
  for (const { name, topicId } of toDelete.values()) {
    records.push({ type: 'RemoveTopicRecord', data: { topicId } })
    answer(name, topicId, ErrorCode.NONE, null)
  }
  return { records, results }
}

function message(code: number): string | null {
  return errorInfo(code)?.message ?? null
}
