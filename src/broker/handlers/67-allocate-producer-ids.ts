// AllocateProducerIds v0 (controller listener only): a broker takes the next
// block of 1000 producer ids (metadata/controller/producer-ids.ts, Kafka's
// ProducerIdControlManager), recorded as a ProducerIdsRecord so no id is
// handed out twice. The broker must be registered at the epoch it sends
// (STALE_BROKER_EPOCH otherwise); a node that is not the active controller
// answers NOT_CONTROLLER.
import { allocateProducerIds } from '../../metadata/controller/producer-ids.js'
import { ErrorCode } from '../../protocol/errors.js'
import { allocateProducerIdsApi } from '../../protocol/generated/apis/allocate-producer-ids.js'
import { notController } from '../controller-heartbeats.js'
import { defineHandler } from '../handler.js'

export const allocateProducerIdsHandler = defineHandler(allocateProducerIdsApi, {
  async handle(request, _context, broker) {
    const response = allocateProducerIdsApi.response.create()
    if (!broker.metadata.isActiveController()) {
      response.errorCode = ErrorCode.NOT_CONTROLLER
      return response
    }
    const answer = await notController(broker.metadata.write((image) => allocateProducerIds(image, request)))
    if (answer === null) {
      response.errorCode = ErrorCode.NOT_CONTROLLER
      return response
    }
    response.errorCode = answer.errorCode
    response.producerIdStart = answer.producerIdStart
    response.producerIdLen = answer.producerIdLen
    return response
  },
})
