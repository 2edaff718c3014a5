// Read-your-writes for forwarded admin requests: after the active controller answers a forwarded
// CreateTopics, DeleteTopics or CreatePartitions, the forwarding broker waits (briefly) until its
// own metadata image shows the change before it answers the client. Without this a client that
// asks the same broker for Metadata right after creating a topic can get UNKNOWN_TOPIC_OR_PARTITION
// (KafkaJS's admin.createTopics does exactly that and does not retry it). The wait is bounded: a
// broker that lags longer answers anyway, as Kafka would.

import type { MetadataImage } from '../metadata/image.js'
import { ErrorCode } from '../protocol/errors.js'
import { readResponseHeader } from '../protocol/frame.js'
import { ApiKey } from '../protocol/generated/api-table.js'
import { createPartitionsApi } from '../protocol/generated/apis/create-partitions.js'
import { createTopicsApi } from '../protocol/generated/apis/create-topics.js'
import { deleteTopicsApi } from '../protocol/generated/apis/delete-topics.js'
import type { Broker } from './broker.js'

const MAX_WAIT_MS = 5000

/** The condition the local image must meet for the answer in `frame` (size prefix included), or null. */
function visibleWhen(
  apiKey: number,
  apiVersion: number,
  request: unknown,
  frame: Buffer,
): ((image: MetadataImage) => boolean) | null {
  if (apiKey === ApiKey.CREATE_TOPICS) {
    const { body } = readResponseHeader(frame.subarray(4), apiKey, apiVersion)
    const names = createTopicsApi.response
      .read(body, apiVersion)
      .topics.filter((t) => t.errorCode === ErrorCode.NONE)
      .map((t) => t.name)
    return names.length === 0 ? null : (image) => names.every((n) => image.topicsByName.has(n))
  }
  if (apiKey === ApiKey.DELETE_TOPICS) {
    const { body } = readResponseHeader(frame.subarray(4), apiKey, apiVersion)
    const names = deleteTopicsApi.response
      .read(body, apiVersion)
      .responses.filter((t) => t.errorCode === ErrorCode.NONE && t.name !== null)
      .map((t) => t.name as string)
    return names.length === 0 ? null : (image) => names.every((n) => !image.topicsByName.has(n))
  }
  if (apiKey === ApiKey.CREATE_PARTITIONS) {
    const { body } = readResponseHeader(frame.subarray(4), apiKey, apiVersion)
    const names = createPartitionsApi.response
      .read(body, apiVersion)
      .results.filter((t) => t.errorCode === ErrorCode.NONE)
      .map((t) => t.name)
    const asked = new Map(
      (request as { topics: readonly { name: string; count: number }[] }).topics.map((t) => [t.name, t.count]),
    )
    const targets = names.filter((n) => asked.has(n))
    if (targets.length === 0) return null
    const count = (image: MetadataImage, name: string) => image.topicsByName.get(name)?.partitions.length ?? 0
    return (image) => targets.every((n) => count(image, n) >= (asked.get(n) ?? 0))
  }
  return null
}

/** Resolves once the local image shows the forwarded write (or after MAX_WAIT_MS). */
export function awaitLocalVisibility(
  broker: Broker,
  forwarded: { readonly apiKey: number; readonly apiVersion: number; readonly request: unknown },
  frame: Buffer,
): Promise<void> {
  let visible: ((image: MetadataImage) => boolean) | null
  try {
    visible = visibleWhen(forwarded.apiKey, forwarded.apiVersion, forwarded.request, frame)
  } catch {
    return Promise.resolve()
  }
  if (visible === null || visible(broker.image)) return Promise.resolve()
  // Only a node that follows the quorum the answering controller leads will ever see the change.
  const leader = broker.raft?.leader().leaderId ?? null
  if (leader === null || leader !== broker.metadata.activeControllerId()) return Promise.resolve()
  const check = visible
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer)
      unsubscribe()
      resolve()
    }
    const timer = setTimeout(done, MAX_WAIT_MS)
    const unsubscribe = broker.metadata.onImage((image) => {
      if (check(image)) done()
    })
  })
}
