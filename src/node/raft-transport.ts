// The raft driver's network: each outbound RaftMessage request goes to the voter's controller
// listener as the Kafka request of the same name (src/raft/wire.ts), over one NodeClient per voter
// (NodeClientPool), as Kafka's KafkaNetworkChannel sends raft requests through a NetworkClient.
// Voters are found by `controller.quorum.voters` (`id@host:port,...`). Observers (broker-only
// nodes) use the same transport to reach the voters.
//
// The response goes back to the driver as the core's RaftMessage with the correlation id of the
// core's request (the wire's correlation id is the client's own). Anything that is not a usable
// answer is dropped, and the core sends again after `controller.quorum.request.timeout.ms`: a
// connection failure or timeout, a top-level error (BROKER_NOT_AVAILABLE while the peer starts or
// stops, INCONSISTENT_CLUSTER_ID), an answer about another partition, or batches that do not
// decode. As in Kafka, a request waits at most the request timeout; a Fetch, which the leader may
// hold up to its maxWaitMs, waits that much longer.
import type { Logger } from 'pino'
import { parseQuorumVoters } from '../broker/controller-channel.js'
import { ClientError, NodeClientPool } from '../network/client.js'
import type { RaftTransport } from '../raft/driver.js'
import type { NodeId } from '../raft/election-state.js'
import type { LogEntry } from '../raft/log.js'
import type { FetchSnapshotRequest, FetchSnapshotResponse, RaftMessage } from '../raft/messages.js'
import { isRaftRequest, type OutboundRequest, outboundFetchSnapshot, outboundRequest } from '../raft/wire.js'
import type { Clock } from '../util/clock.js'

export interface KafkaRaftTransportOptions {
  readonly clusterId: string
  /** `controller.quorum.voters`: each voter's controller endpoint. */
  readonly voters: ReadonlyMap<NodeId, { readonly host: string; readonly port: number }>
  /** `controller.quorum.request.timeout.ms` (Kafka's default 2000). */
  readonly requestTimeoutMs: number
  /**
   * Turns a Fetch response's batches into entries; default wire.ts `decodeEntries`. The node passes
   * disk-log.ts `decodeRaftBatches`, which remembers the bytes so the follower writes them as is.
   */
  readonly decodeFetchRecords?: (records: Buffer) => LogEntry[] | Promise<LogEntry[]>
  /** The client id in the request headers (Kafka's raft client uses `raft-client-<id>`). */
  readonly clientId: string
  readonly logger?: Logger
  readonly clock?: Clock
}

export class KafkaRaftTransport implements RaftTransport {
  private readonly pool: NodeClientPool

  constructor(private readonly options: KafkaRaftTransportOptions) {
    const voters = options.voters
    this.pool = new NodeClientPool((id) => voters.get(id) ?? null, {
      clientId: options.clientId,
      requestTimeoutMs: options.requestTimeoutMs,
      ...(options.clock === undefined ? {} : { clock: options.clock }),
    })
  }

  /** Parses Kafka's `controller.quorum.voters` value. */
  static voters(value: string): Map<NodeId, { host: string; port: number }> {
    return parseQuorumVoters(value)
  }

  send(to: NodeId, request: RaftMessage, onResponse: (response: RaftMessage) => void): void {
    if (!isRaftRequest(request)) {
      this.options.logger?.error({ to, kind: request.kind }, 'raft transport: not a request, not sent')
      return
    }
    const outbound = outboundRequest(request, {
      clusterId: this.options.clusterId,
      to,
      ...(this.options.decodeFetchRecords === undefined ? {} : { decodeFetchRecords: this.options.decodeFetchRecords }),
    })
    const timeoutMs =
      this.options.requestTimeoutMs + (request.kind === 'FetchRequest' ? Math.max(request.maxWaitMs, 0) : 0)
    void this.exchange(to, request.kind, outbound, timeoutMs, onResponse)
  }

  /** FetchSnapshot (KIP-630) to the leader; not a RaftMessage (see messages.ts), same rules. */
  sendFetchSnapshot(
    to: NodeId,
    request: FetchSnapshotRequest,
    onResponse: (response: FetchSnapshotResponse) => void,
  ): void {
    const outbound = outboundFetchSnapshot(request, { clusterId: this.options.clusterId, to })
    void this.exchange(to, request.kind, outbound, this.options.requestTimeoutMs, onResponse)
  }

  private async exchange<R>(
    to: NodeId,
    kind: string,
    outbound: OutboundRequest<R>,
    timeoutMs: number,
    onResponse: (response: R) => void,
  ): Promise<void> {
    let message: R | null
    try {
      const response = await this.pool.request(to, outbound.api, outbound.version, outbound.body, { timeoutMs })
      message = await outbound.decodeResponse(response)
    } catch (err) {
      if (err instanceof ClientError) {
        this.options.logger?.debug({ to, kind, reason: err.reason }, 'raft transport: no answer')
      } else {
        this.options.logger?.error({ err, to, kind }, 'raft transport: request failed')
      }
      return
    }
    if (message === null) {
      this.options.logger?.debug({ to, kind }, 'raft transport: unusable answer dropped')
      return
    }
    try {
      onResponse(message)
    } catch (err) {
      this.options.logger?.error({ err, to, kind }, 'raft transport: the driver threw on a response')
    }
  }

  /** Closes every connection; requests in flight are dropped. */
  close(): Promise<void> {
    return this.pool.close()
  }
}
