// What the transaction coordinator shard takes in and gives back, so that the driver that wires it
// to the network, the __transaction_state log, WriteTxnMarkers and a timer stays thin.
//
// Every call answers at once: unlike JoinGroup, no transaction request waits for another one (an
// InitProducerId that has to abort an ongoing transaction answers CONCURRENT_TRANSACTIONS, and the
// client retries, as in Kafka). So a result is records, markers and the response.
//
// Order of effects, as Kafka's coordinator: the driver appends `records` to __transaction_state;
// only when the append is committed does it send the response and start writing `markers`. The
// shard has already applied the records; when an append fails the driver answers with the mapped
// append error (NOT_COORDINATOR or COORDINATOR_NOT_AVAILABLE), drops the markers, unloads the shard
// and loads it again from the log, which then holds exactly what was written. Loading resumes the
// markers of every transaction the log leaves in PrepareCommit or PrepareAbort (`onLoaded`).
//
// Markers. A marker entry asks the driver to write a COMMIT or ABORT control batch, with the given
// producer id, producer epoch and coordinator epoch, to each listed partition through
// WriteTxnMarkers sent to the partition's leader (which may be this broker). The driver reports
// partitions whose marker is written with `markersWritten`; the last one moves the transaction to
// CompleteCommit/CompleteAbort, which is one more record. `markerErrorAction` says what to do with
// a WriteTxnMarkers partition error, as Kafka's TransactionMarkerRequestCompletionHandler.

import { ErrorCode } from '../../protocol/errors.js'
import type { TopicPartition } from './metadata.js'
import type { TransactionRecord } from './records.js'

export type TransactionResult = 'COMMIT' | 'ABORT'

export interface TxnMarker {
  readonly transactionalId: string
  readonly producerId: bigint
  readonly producerEpoch: number
  /** The leader epoch of the __transaction_state partition: brokers reject markers of an older coordinator. */
  readonly coordinatorEpoch: number
  readonly result: TransactionResult
  readonly partitions: readonly TopicPartition[]
}

/** The request header facts the coordinator needs: fencing errors depend on the version. */
export interface TxnRequestContext {
  readonly apiVersion: number
}

/** The effects of one call: records to append, then the response to send and the markers to write. */
export interface CoordinatorResult<T> {
  readonly records: readonly TransactionRecord[]
  readonly markers: readonly TxnMarker[]
  readonly response: T
}

/** Collects effects while one call runs; the public methods turn it into a CoordinatorResult. */
export class Effects {
  readonly records: TransactionRecord[] = []
  readonly markers: TxnMarker[] = []

  result<T>(response: T): CoordinatorResult<T> {
    return { records: this.records, markers: this.markers, response }
  }
}

/**
 * What the driver does with one partition's error in a WriteTxnMarkers response:
 *   written  the marker is there (or can never be needed): report it with `markersWritten`
 *   retry    send it again, to the partition's leader as the metadata then says
 *   cancel   the producer or coordinator epoch moved on: stop sending this transaction's markers
 *   fatal    a bug (Kafka throws): log it and stop sending; the transaction stays Prepare* until a reload
 * A partition whose topic was deleted is `written` too (Kafka drops it from the pending set).
 */
export type MarkerErrorAction = 'written' | 'retry' | 'cancel' | 'fatal'

export function markerErrorAction(errorCode: number): MarkerErrorAction {
  switch (errorCode) {
    case ErrorCode.NONE:
    case ErrorCode.UNSUPPORTED_FOR_MESSAGE_FORMAT:
    case ErrorCode.UNSUPPORTED_VERSION:
      return 'written'
    case ErrorCode.UNKNOWN_TOPIC_OR_PARTITION:
    case ErrorCode.NOT_LEADER_OR_FOLLOWER:
    case ErrorCode.NOT_ENOUGH_REPLICAS:
    case ErrorCode.NOT_ENOUGH_REPLICAS_AFTER_APPEND:
    case ErrorCode.REQUEST_TIMED_OUT:
    case ErrorCode.KAFKA_STORAGE_ERROR:
      return 'retry'
    case ErrorCode.INVALID_PRODUCER_EPOCH:
    case ErrorCode.TRANSACTION_COORDINATOR_FENCED:
      return 'cancel'
    default:
      return 'fatal'
  }
}
