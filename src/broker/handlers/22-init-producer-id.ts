// InitProducerId v0-5. v1 no change; v2 flexible; v3 producerId and
// producerEpoch of a producer that has one (KIP-360); v4 no change (the
// client may bump its epoch on UNKNOWN_PRODUCER_ID); v5 no change (the
// client handles PRODUCER_FENCED, KIP-588). v6 (KIP-939 two-phase commit)
// is not served.
//
// An idempotent producer (transactionalId null) gets a new producer id with
// epoch 0, whatever producerId/epoch it sends: Kafka's transaction
// coordinator "blindly accepts" such requests, and the KIP-360 epoch bump of
// an idempotent producer happens in the client, which then starts the new
// epoch at sequence 0. Ids come from blocks of 1000 in the metadata log
// (producer-ids.ts). A producerId given without an epoch, or the reverse, is
// INVALID_REQUEST (KafkaApis).
//
// Transactional producers: an empty transactionalId is INVALID_REQUEST, a
// transactionTimeoutMs outside (0, transaction.max.timeout.ms] is
// INVALID_TRANSACTION_TIMEOUT (KAFKA-TRAPS 8), and otherwise the transaction
// coordinator answers (coordinator/transaction/runtime.ts): NOT_COORDINATOR
// when this node does not lead the id's __transaction_state partition,
// COORDINATOR_LOAD_IN_PROGRESS while it loads, CONCURRENT_TRANSACTIONS while
// an ongoing transaction is being aborted for the new epoch, PRODUCER_FENCED
// (v5; INVALID_PRODUCER_EPOCH before) for a stale producer id/epoch pair.
//
// Not implemented: authorization (IDEMPOTENT_WRITE / TRANSACTIONAL_ID).
import { ErrorCode } from '../../protocol/errors.js'
import { initProducerIdApi } from '../../protocol/generated/apis/init-producer-id.js'
import type { InitProducerIdResponse } from '../../protocol/generated/message/init-producer-id-response.js'
import type { Broker } from '../broker.js'
import { defineHandler } from '../handler.js'
import { producerIdManager } from '../producer-ids.js'

const DEFAULT_TRANSACTION_MAX_TIMEOUT_MS = 900_000

export const initProducerIdHandler = defineHandler(initProducerIdApi, {
  async handle(request, context, broker) {
    const { transactionalId, producerId, producerEpoch } = request
    if ((producerId === -1n) !== (producerEpoch === -1)) return failed(ErrorCode.INVALID_REQUEST)
    if (transactionalId === null) {
      let id: number
      try {
        id = await producerIdManager(broker).generateProducerId()
      } catch (err) {
        // Kafka's broker answers this while it has no block from the controller; the client retries.
        broker.logger.warn({ err }, 'no producer id block')
        return failed(ErrorCode.COORDINATOR_LOAD_IN_PROGRESS)
      }
      return { throttleTimeMs: 0, errorCode: ErrorCode.NONE, producerId: BigInt(id), producerEpoch: 0 }
    }
    if (transactionalId === '') return failed(ErrorCode.INVALID_REQUEST)
    const timeoutMs = request.transactionTimeoutMs
    if (timeoutMs <= 0 || timeoutMs > transactionMaxTimeoutMs(broker)) {
      return failed(ErrorCode.INVALID_TRANSACTION_TIMEOUT)
    }
    return broker.transactionCoordinator.initProducerId({ apiVersion: context.apiVersion }, request, failed)
  },
})

function failed(errorCode: number): InitProducerIdResponse {
  return { throttleTimeMs: 0, errorCode, producerId: -1n, producerEpoch: -1 }
}

function transactionMaxTimeoutMs(broker: Broker): number {
  const value = Number(broker.config.properties.get('transaction.max.timeout.ms')?.trim())
  return Number.isSafeInteger(value) && value > 0 ? value : DEFAULT_TRANSACTION_MAX_TIMEOUT_MS
}
