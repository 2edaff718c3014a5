// Where the transaction coordinator's markers go: WriteTxnMarkers to the leader of each partition,
// as Kafka's TransactionMarkerChannelManager. Markers for partitions this node leads are written
// in-process (the same function the WriteTxnMarkers handler runs); markers for partitions led by
// another broker go over the inter-broker listener, on connections of their own (see txnMarkerSender).
//
// Per destination broker, one request is in flight at a time (Kafka's marker channel runs with
// max.in.flight.requests.per.connection 1); markers that arrive meanwhile wait, and go out together
// in the next request, one WriteTxnMarkers carrying the markers of several transactions, as
// Kafka's drainQueuedTransactionMarkers batches them per broker. Two markers of one producer id
// never share a request, because the response identifies a marker only by its producer id.
//
// Failures: the coordinator runtime (coordinator/transaction/runtime.ts) groups partitions by
// leader per call, and retries what failed after its backoff, re-resolving the leader from the
// current image: per-partition errors come back as they are (markerErrorAction decides), and a
// request that could not be sent or timed out (request.timeout.ms, default 30000) rejects, so the
// runtime sends those partitions again, as Kafka re-enqueues the markers of a disconnected request.
// A broker with no inter-broker clients (a lone node in tests) answers NOT_LEADER_OR_FOLLOWER for
// another leader's partitions, which the runtime retries until the image moves them.
import { ErrorCode } from '../protocol/errors.js'
import { writeTxnMarkersApi } from '../protocol/generated/apis/write-txn-markers.js'
import type { WriteTxnMarkersRequest } from '../protocol/generated/message/write-txn-markers-request.js'
import type {
  WritableTxnMarkerResult,
  WriteTxnMarkersResponse,
} from '../protocol/generated/message/write-txn-markers-response.js'
import type { Broker } from './broker.js'
import type { BrokerClients } from './broker-clients.js'
import { writeTxnMarkers, writeTxnMarkersHandler } from './handlers/27-write-txn-markers.js'

/** Kafka's request.timeout.ms default. */
const DEFAULT_REQUEST_TIMEOUT_MS = 30_000

export class TxnMarkersClosedError extends Error {
  override readonly name = 'TxnMarkersClosedError'
}

export interface TxnMarkerSenderOptions {
  readonly nodeId: number
  /** Writes markers to partitions this node leads. */
  readonly writeLocal: (request: WriteTxnMarkersRequest) => Promise<WriteTxnMarkersResponse>
  readonly clients: BrokerClients | null
  /** The WriteTxnMarkers version sent to other brokers (Oxbow nodes of one release serve the same). */
  readonly version: number
  readonly requestTimeoutMs?: number
}

interface Pending {
  readonly request: WriteTxnMarkersRequest
  readonly resolve: (response: WriteTxnMarkersResponse) => void
  readonly reject: (err: unknown) => void
}

interface Destination {
  inFlight: boolean
  readonly queue: Pending[]
}

export class TxnMarkerSender {
  readonly #options: TxnMarkerSenderOptions
  readonly #destinations = new Map<number, Destination>()
  #closed = false
  /** Requests sent to other brokers (tests count coalescing). */
  requestsSent = 0

  constructor(options: TxnMarkerSenderOptions) {
    this.#options = options
  }

  /** The coordinator runtime's `sendMarkers`: the leader's answer for every partition of `request`. */
  send(leader: number, request: WriteTxnMarkersRequest): Promise<WriteTxnMarkersResponse> {
    if (this.#closed) return Promise.reject(new TxnMarkersClosedError('transaction marker sender closed'))
    if (leader === this.#options.nodeId) return this.#options.writeLocal(request)
    if (this.#options.clients === null)
      return Promise.resolve(failedResponse(request, ErrorCode.NOT_LEADER_OR_FOLLOWER))
    return new Promise((resolve, reject) => {
      let destination = this.#destinations.get(leader)
      if (destination === undefined) {
        destination = { inFlight: false, queue: [] }
        this.#destinations.set(leader, destination)
      }
      destination.queue.push({ request, resolve, reject })
      this.#drain(leader, destination)
    })
  }

  /** Fails every queued marker; requests in flight settle when the clients close. */
  close(): void {
    this.#closed = true
    for (const destination of this.#destinations.values()) {
      for (const pending of destination.queue.splice(0)) {
        pending.reject(new TxnMarkersClosedError('transaction marker sender closed'))
      }
    }
    this.#destinations.clear()
  }

  #drain(leader: number, destination: Destination): void {
    const clients = this.#options.clients
    if (destination.inFlight || destination.queue.length === 0 || clients === null) return
    const batch: Pending[] = []
    const producerIds = new Set<bigint>()
    for (let i = 0; i < destination.queue.length; ) {
      const pending = destination.queue[i] as Pending
      const ids = pending.request.markers.map((m) => m.producerId)
      if (batch.length > 0 && ids.some((id) => producerIds.has(id))) {
        i++
        continue
      }
      for (const id of ids) producerIds.add(id)
      batch.push(pending)
      destination.queue.splice(i, 1)
    }
    destination.inFlight = true
    this.requestsSent++
    const request: WriteTxnMarkersRequest = { markers: batch.flatMap((p) => p.request.markers) }
    clients
      .request(leader, writeTxnMarkersApi, this.#options.version, request, {
        timeoutMs: this.#options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
      })
      .then(
        (response) => {
          for (const pending of batch) pending.resolve(answerFor(pending.request, response))
        },
        (err: unknown) => {
          for (const pending of batch) pending.reject(err)
        },
      )
      .finally(() => {
        destination.inFlight = false
        if (!this.#closed) this.#drain(leader, destination)
      })
  }
}

/**
 * The part of a combined response that answers `request`: its markers' results by producer id,
 * partitions the leader did not answer as UNKNOWN_SERVER_ERROR (the runtime's reading of a gap).
 */
function answerFor(request: WriteTxnMarkersRequest, response: WriteTxnMarkersResponse): WriteTxnMarkersResponse {
  const byProducer = new Map<bigint, WritableTxnMarkerResult>()
  for (const m of response.markers) byProducer.set(m.producerId, m)
  return {
    markers: request.markers.map((marker) => {
      const answered = byProducer.get(marker.producerId)
      const errors = new Map<string, number>()
      for (const t of answered?.topics ?? []) {
        for (const p of t.partitions) errors.set(`${t.name}:${p.partitionIndex}`, p.errorCode)
      }
      return {
        producerId: marker.producerId,
        topics: marker.topics.map((t) => ({
          name: t.name,
          partitions: t.partitionIndexes.map((partitionIndex) => ({
            partitionIndex,
            errorCode: errors.get(`${t.name}:${partitionIndex}`) ?? ErrorCode.UNKNOWN_SERVER_ERROR,
          })),
        })),
      }
    }),
  }
}

/** Every partition of `request` with `errorCode`. */
export function failedResponse(request: WriteTxnMarkersRequest, errorCode: number): WriteTxnMarkersResponse {
  return {
    markers: request.markers.map((m) => ({
      producerId: m.producerId,
      topics: m.topics.map((t) => ({
        name: t.name,
        partitions: t.partitionIndexes.map((partitionIndex) => ({ partitionIndex, errorCode })),
      })),
    })),
  }
}

const byBroker = new WeakMap<Broker, TxnMarkerSender>()

/**
 * The node's marker sender (one per broker). `clients` should be connections of the markers' own
 * (Kafka's marker channel has its own NetworkClient): a WriteTxnMarkers waits for the leader's ISR,
 * and on a connection shared with this broker's replica fetches it would hold up, behind it, the
 * very fetch that moves that ISR's high watermark. Default: the broker's inter-broker clients.
 */
export function txnMarkerSender(broker: Broker, clients: BrokerClients | null = broker.brokerClients): TxnMarkerSender {
  let sender = byBroker.get(broker)
  if (sender === undefined) {
    const timeout = Number(broker.config.properties.get('request.timeout.ms')?.trim())
    sender = new TxnMarkerSender({
      nodeId: broker.nodeId,
      writeLocal: (request) => writeTxnMarkers(broker, request),
      clients,
      version: writeTxnMarkersHandler.maxVersion,
      ...(Number.isSafeInteger(timeout) && timeout > 0 ? { requestTimeoutMs: timeout } : {}),
    })
    byBroker.set(broker, sender)
  }
  return sender
}
