// Requests from this broker to other brokers by broker id: what replica fetchers (and later
// transaction markers) send over the inter-broker listener, as Kafka's BrokerBlockingSender /
// NetworkClient do. broker/ does not import network/, so the node passes in a NodeClientPool
// (which has this shape) whose resolver is `interBrokerEndpoint` over the current metadata image:
// a broker is reached at the endpoint it registered for `inter.broker.listener.name`, and a
// re-registration at a new port is followed on the next request.
//
// Transport errors carry a string `reason` (NodeClientPool's ClientError: 'timeout',
// 'disconnected', 'closed', 'connect-failed', 'malformed'); callers treat any of them as a failed
// request and retry after their backoff.
import type { MetadataImage } from '../metadata/image.js'
import type { ApiDefinition } from '../protocol/generated/api-table.js'

/** Requests to a broker by id: NodeClientPool's shape. */
export interface BrokerClients {
  request<Req, Res>(
    brokerId: number,
    api: ApiDefinition<Req, Res>,
    version: number,
    body: Req,
    options?: { readonly timeoutMs?: number },
  ): Promise<Res>
  /** Drops the connection to one broker (after a failed request, so the next one reconnects). */
  closeNode?(brokerId: number): Promise<void>
  close(): Promise<void>
}

export interface BrokerAddress {
  readonly host: string
  readonly port: number
}

/**
 * Where `brokerId` listens for other brokers: its registered endpoint named `listenerName`
 * (`inter.broker.listener.name`, compared case-insensitively as listener names are), or null when
 * the broker is not registered or has no such listener. Fenced brokers still resolve: a follower
 * may keep fetching from a leader whose registration is being fenced until metadata moves it.
 */
export function interBrokerEndpoint(
  image: MetadataImage,
  brokerId: number,
  listenerName: string,
): BrokerAddress | null {
  const broker = image.brokers.get(brokerId)
  if (broker === undefined) return null
  const wanted = listenerName.toUpperCase()
  const endpoint = broker.endpoints.find((e) => e.name.toUpperCase() === wanted)
  return endpoint === undefined ? null : { host: endpoint.host, port: endpoint.port }
}

/** The reason of a transport failure (NodeClientPool's ClientError), or null for anything else. */
export function transportFailureReason(err: unknown): string | null {
  if (!(err instanceof Error) || !('reason' in err)) return null
  const reason = (err as { reason: unknown }).reason
  return typeof reason === 'string' ? reason : null
}
