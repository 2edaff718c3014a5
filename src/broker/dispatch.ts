// From a request frame to a response frame. Kafka's rules for what cannot be
// served: a malformed header or body, an unknown API key, or a version we do
// not serve closes the connection (InvalidRequestException in Kafka's
// SocketServer), except ApiVersions at a version newer than ours, which gets
// a v0-shaped UNSUPPORTED_VERSION response listing what we serve (KIP-511),
// so the client can retry at a version we know.
import { DecodeError, EncodeError } from '../protocol/decode-error.js'
import { ErrorCode } from '../protocol/errors.js'
import { encodeResponse, readRequestHeader } from '../protocol/frame.js'
import { ApiKey } from '../protocol/generated/api-table.js'
import { apiVersionsApi } from '../protocol/generated/apis/api-versions.js'
import type { Broker } from './broker.js'
import { forwardRequest, shouldForward } from './forwarding.js'
import type { Handler, RequestContext } from './handler.js'
import { apiVersionsResponse } from './handlers/18-api-versions.js'

/** Structurally the network layer's FrameResult; broker/ does not import network/. */
export type DispatchResult =
  | { readonly kind: 'response'; readonly chunks: readonly Buffer[]; readonly frameReleased?: boolean }
  | { readonly kind: 'none'; readonly frameReleased?: boolean }
  | { readonly kind: 'close'; readonly reason: string }

export interface ConnectionDescription {
  readonly id: number
  readonly remoteAddress: string
  readonly listenerName: string
}

/**
 * Thrown by a handler to close the connection without answering, as Kafka's
 * CloseConnectionResponse: Produce with acks=0 and a partition error
 * (KAFKA-TRAPS 12), or Produce v0-v2 (advertised only for KAFKA-18659).
 */
export class CloseConnection extends Error {}

/**
 * APIs whose handler, when it answers synchronously, keeps no reference to the
 * request frame's bytes (byte fields are views of the frame): the network
 * layer may then reuse the frame's buffer. Produce copies the records into the
 * log file inside handle(); anything that keeps them later must copy them.
 */
const RELEASES_FRAME: ReadonlySet<number> = new Set([ApiKey.PRODUCE])

export type Dispatcher = (frame: Buffer, connection: ConnectionDescription) => DispatchResult | Promise<DispatchResult>

export function createDispatcher(broker: Broker, handlers: ReadonlyMap<number, Handler>): Dispatcher {
  return (frame, connection) => {
    let decoded: ReturnType<typeof readRequestHeader>
    try {
      decoded = readRequestHeader(frame)
    } catch (err) {
      if (err instanceof DecodeError) return { kind: 'close', reason: `malformed request header: ${err.message}` }
      throw err
    }
    const { header, body } = decoded
    const apiKey = header.requestApiKey
    const version = header.requestApiVersion
    const handler = handlers.get(apiKey)
    if (handler === undefined) return { kind: 'close', reason: `unsupported API key ${apiKey}` }
    if (version < handler.minVersion || version > handler.maxVersion) {
      if (apiKey === ApiKey.API_VERSIONS && version > handler.maxVersion) {
        const response = apiVersionsResponse(handlers, ErrorCode.UNSUPPORTED_VERSION)
        return { kind: 'response', chunks: encodeResponse(apiVersionsApi, 0, header.correlationId, response) }
      }
      return { kind: 'close', reason: `unsupported version ${version} of API key ${apiKey}` }
    }
    let request: unknown
    try {
      request = handler.api.request.read(body, version)
    } catch (err) {
      if (err instanceof DecodeError)
        return { kind: 'close', reason: `malformed ${handler.api.name} v${version}: ${err.message}` }
      throw err
    }
    // Admin requests on a Kafka listener of a node that is not the active controller (forwarding.ts).
    if (shouldForward(broker, apiKey, connection.listenerName)) {
      const { correlationId } = header
      const { remoteAddress } = connection
      return forwardRequest(broker, {
        api: handler.api,
        apiVersion: version,
        correlationId,
        frame,
        request,
        remoteAddress,
      })
    }
    const context: RequestContext = {
      header,
      apiVersion: version,
      connectionId: connection.id,
      remoteAddress: connection.remoteAddress,
      listenerName: connection.listenerName,
      handlers,
    }
    const respond = (response: unknown, frameReleased = false): DispatchResult => {
      if (response === null) return { kind: 'none', frameReleased }
      try {
        const chunks = encodeResponse(handler.api, version, header.correlationId, response)
        return { kind: 'response', chunks, frameReleased }
      } catch (err) {
        if (err instanceof EncodeError) {
          broker.logger.error({ err, api: handler.api.name, version }, 'response could not be encoded')
          return { kind: 'close', reason: `response encoding failed: ${err.message}` }
        }
        throw err
      }
    }
    const closeOn = (err: unknown): DispatchResult => {
      if (err instanceof CloseConnection) return { kind: 'close', reason: err.message }
      throw err
    }
    let result: ReturnType<Handler['handle']>
    try {
      result = handler.handle(request, context, broker)
    } catch (err) {
      return closeOn(err)
    }
    if (result instanceof Promise) return result.then((r) => respond(r), closeOn)
    return respond(result, RELEASES_FRAME.has(apiKey))
  }
}
