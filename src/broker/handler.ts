// How a request handler is declared: one file per API key under handlers/,
// each naming the versions it serves. ApiVersions is computed from these
// declarations, so what we advertise is exactly what we implement.
import type { ApiDefinition, RequestHeader } from '../protocol/generated/index.js'
import type { Broker } from './broker.js'

export interface RequestContext {
  readonly header: RequestHeader
  readonly apiVersion: number
  readonly connectionId: number
  readonly remoteAddress: string
  readonly listenerName: string
  /** The handlers of the listener the request came in on (ApiVersions lists exactly these). */
  readonly handlers: ReadonlyMap<number, Handler>
}

export interface Handler<Req = unknown, Res = unknown> {
  readonly api: ApiDefinition<Req, Res>
  readonly minVersion: number
  readonly maxVersion: number
  /** The response, or null when none is sent (Produce with acks=0). */
  handle(request: Req, context: RequestContext, broker: Broker): Res | null | Promise<Res | null>
}

export function defineHandler<Req, Res>(
  api: ApiDefinition<Req, Res>,
  definition: {
    readonly minVersion?: number
    readonly maxVersion?: number
    handle(request: Req, context: RequestContext, broker: Broker): Res | null | Promise<Res | null>
  },
): Handler<Req, Res> {
  const maxVersion = definition.maxVersion ?? api.maxVersion - (api.latestVersionUnstable ? 1 : 0)
  return {
    api,
    minVersion: definition.minVersion ?? api.minVersion,
    maxVersion,
    handle: definition.handle,
  }
}
