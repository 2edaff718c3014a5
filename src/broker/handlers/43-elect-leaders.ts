// ElectLeaders v0-2: v1 election type (KIP-460) and top-level error code, v2 flexible. Forwardable
// (KIP-590): a broker that is not the active controller sends it there in an Envelope, so this
// runs on the active controller, as Kafka's ControllerApis.handleElectLeaders. The decision is
// metadata/controller/elect-leaders.ts; its PartitionChangeRecords are committed before the answer.
// An empty topic list does nothing (QuorumController.electLeaders); a null one elects for every
// partition. Off the active controller (or on losing it before the commit) every listed partition
// and the top level answer NOT_CONTROLLER, as ElectLeadersRequest.getErrorResponse.
//
// Not implemented: `timeoutMs` (the answer waits for the commit), authorization (CLUSTER_ALTER).
import { electLeaders, electLeadersErrorResponse } from '../../metadata/controller/elect-leaders.js'
import { ErrorCode, errorInfo } from '../../protocol/errors.js'
import { electLeadersApi } from '../../protocol/generated/apis/elect-leaders.js'
import { defineHandler } from '../handler.js'
import { NotControllerError } from '../metadata-log.js'

export const electLeadersHandler = defineHandler(electLeadersApi, {
  async handle(request, _context, broker) {
    if (request.topicPartitions !== null && request.topicPartitions.length === 0) {
      return { throttleTimeMs: 0, errorCode: ErrorCode.NONE, replicaElectionResults: [] }
    }
    try {
      return await broker.metadata.write((image) => {
        const decision = electLeaders(image, request)
        return { records: decision.records, result: decision.response }
      })
    } catch (err) {
      if (!(err instanceof NotControllerError)) throw err
      const code = ErrorCode.NOT_CONTROLLER
      return electLeadersErrorResponse(request, code, errorInfo(code).message ?? null)
    }
  },
})
