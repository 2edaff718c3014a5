// From a broker request context to the header facts the group coordinator records about a
// member: the API version, the client id and the client's host in Kafka's printed form.

import type { GroupRequestHeader } from './runtime.js'

/** The part of the broker's RequestContext this needs (coordinator/ does not import broker/). */
export interface RequestContextLike {
  readonly apiVersion: number
  readonly header: { readonly clientId: string | null }
  /** `host:port` as the network layer reports it. */
  readonly remoteAddress: string
}

export function groupRequestHeader(context: RequestContextLike): GroupRequestHeader {
  return {
    apiVersion: context.apiVersion,
    clientId: context.header.clientId ?? '',
    clientHost: clientHost(context.remoteAddress),
  }
}

/** Kafka prints a member's host as `InetAddress.toString()` of an unresolved address: `/127.0.0.1`. */
export function clientHost(remoteAddress: string): string {
  const colon = remoteAddress.lastIndexOf(':')
  let host = colon > 0 ? remoteAddress.slice(0, colon) : remoteAddress
  if (host.startsWith('::ffff:') && host.includes('.')) host = host.slice('::ffff:'.length)
  return `/${host}`
}
