// DeleteTopics v0-6. v1 throttle time; v2-3 same (v3: TOPIC_DELETION_DISABLED
// instead of INVALID_REQUEST when `delete.topic.enable=false`); v4 flexible;
// v5 error messages (KIP-599); v6 topics by name or by id (KIP-516). Decided
// by metadata/controller/delete-topics.ts: a RemoveTopicRecord per topic,
// after which the log reconciler deletes its partition logs. Internal topics
// may be deleted, as Kafka's KRaft controller allows.
//
// Not implemented: `timeoutMs` (deletion is committed before the answer),
// authorization (Kafka's TOPIC_AUTHORIZATION_FAILED cases), quotas.
import { deleteTopics } from '../../metadata/controller/delete-topics.js'
import { ErrorCode } from '../../protocol/errors.js'
import { deleteTopicsApi } from '../../protocol/generated/apis/delete-topics.js'
import type { DeleteTopicsRequest } from '../../protocol/generated/index.js'
import { defineHandler } from '../handler.js'

const ZERO_UUID = Buffer.alloc(16)

export const deleteTopicsHandler = defineHandler(deleteTopicsApi, {
  async handle(request, context, broker) {
    const refs = topicRefs(request, context.apiVersion)
    const response = deleteTopicsApi.response.create()
    if (!broker.config.deleteTopicEnable) {
      const disabled = context.apiVersion < 3 ? ErrorCode.INVALID_REQUEST : ErrorCode.TOPIC_DELETION_DISABLED
      response.responses = refs.map((ref) => ({
        name: ref.name,
        topicId: ref.topicId,
        errorCode: disabled,
        // Kafka throws InvalidRequestException with this message before v3, a bare TopicDeletionDisabledException after.
        errorMessage: context.apiVersion < 3 ? 'Topic deletion is disabled.' : null,
      }))
      return finish(response, context.apiVersion)
    }
    const results = await broker.metadata.write((image) => {
      const decision = deleteTopics(image, refs)
      return { records: decision.records, result: decision.results }
    })
    response.responses = results.map((r) => ({ ...r }))
    return finish(response, context.apiVersion)
  },
})

function topicRefs(request: DeleteTopicsRequest, version: number) {
  if (version < 6) return request.topicNames.map((name) => ({ name, topicId: ZERO_UUID }))
  return request.topics.map((t) => ({ name: t.name, topicId: t.topicId }))
}

/** Before v6 names are not nullable and ids absent; before v5 there are no messages. */
function finish(response: ReturnType<typeof deleteTopicsApi.response.create>, version: number) {
  for (const r of response.responses) {
    if (version < 6) {
      r.name ??= ''
      r.topicId = ZERO_UUID
    }
    if (version < 5) r.errorMessage = null
  }
  return response
}
