// FindCoordinator v0-6. v1 key type (GROUP 0, TRANSACTION 1), throttle time and error message;
// v2 no change; v3 flexible; v4 batched `coordinatorKeys` answered per key in `coordinators`
// (KIP-699); v5 TRANSACTION_ABORTABLE may be returned (KIP-890; never by us); v6 key type SHARE 2
// (KIP-932).
//
// A group's coordinator is the leader of its __consumer_offsets partition, Kafka's
// `abs(hashCode(groupId)) % partitions`, reached through the listener the request came in on. The
// topic is created on first use; Kafka answers COORDINATOR_NOT_AVAILABLE to the request that
// triggered the creation, we wait for it (a single metadata write) and answer the coordinator.
// Every key is answered, the empty group id included, as Kafka does. The error message is
// Kafka's `Errors.message()`, which is "NONE" on success.
//
// A transactional id's coordinator (key type TRANSACTION) is the leader of its __transaction_state
// partition, the same hash over that topic's partition count; the topic is created on first use
// the same way.
//
// Not implemented: share groups: SHARE keys get INVALID_REQUEST, as Kafka with share groups
// disabled. Authorization.

import { ErrorCode, errorInfo, errorName } from '../../protocol/errors.js'
import { findCoordinatorApi } from '../../protocol/generated/apis/find-coordinator.js'
import type { Coordinator } from '../../protocol/generated/message/find-coordinator-response.js'
import type { Broker } from '../broker.js'
import { defineHandler } from '../handler.js'

const GROUP = 0
const TRANSACTION = 1
const BATCHED_VERSION = 4

export const findCoordinatorHandler = defineHandler(findCoordinatorApi, {
  async handle(request, context, broker) {
    const keyType = context.apiVersion >= 1 ? request.keyType : GROUP
    if (keyType === GROUP) await broker.groupCoordinator.ensureTopic()
    if (keyType === TRANSACTION) await broker.transactionCoordinator.ensureTopic()
    const response = findCoordinatorApi.response.create()
    if (context.apiVersion >= BATCHED_VERSION) {
      response.coordinators = request.coordinatorKeys.map((key) =>
        findCoordinator(broker, key, keyType, context.listenerName),
      )
      return response
    }
    const found = findCoordinator(broker, request.key, keyType, context.listenerName)
    response.errorCode = found.errorCode
    response.errorMessage = found.errorMessage
    response.nodeId = found.nodeId
    response.host = found.host
    response.port = found.port
    return response
  },
})

function findCoordinator(broker: Broker, key: string, keyType: number, listenerName: string): Coordinator {
  if (keyType !== GROUP && keyType !== TRANSACTION) return noCoordinator(key, ErrorCode.INVALID_REQUEST)
  const lookup =
    keyType === GROUP ? broker.groupCoordinator.coordinatorFor(key) : broker.transactionCoordinator.coordinatorFor(key)
  if (!lookup.ok) return noCoordinator(key, lookup.errorCode)
  const leader = broker.image.brokers.get(lookup.leader)
  const endpoint = leader?.fenced === false ? leader.endpoints.find((e) => e.name === listenerName) : undefined
  if (endpoint === undefined) return noCoordinator(key, ErrorCode.COORDINATOR_NOT_AVAILABLE)
  return {
    key,
    nodeId: lookup.leader,
    host: endpoint.host,
    port: endpoint.port,
    errorCode: ErrorCode.NONE,
    errorMessage: message(ErrorCode.NONE),
  }
}

/** Kafka's `Node.noNode()`: id -1, empty host, port -1. */
function noCoordinator(key: string, errorCode: ErrorCode): Coordinator {
  return { key, nodeId: -1, host: '', port: -1, errorCode, errorMessage: message(errorCode) }
}

function message(errorCode: ErrorCode): string {
  return errorInfo(errorCode).message ?? errorName(errorCode)
}
