// Envelope v0 (KIP-590), served on the controller listener: a broker that is
// not the active controller forwards a client's admin request here, bytes
// unchanged (forwarding.ts). We decode the embedded request (header and
// body), run this listener's handler for its API (`context.handlers`, so the
// controller listener's handler map decides what is served), and answer
// with the encoded response (header and body, no size prefix) in
// responseData. The inner response carries the client's correlation id.
//
// Errors, in the Envelope's errorCode (responseData null), as Kafka:
// - this node is not the active controller: NOT_CONTROLLER (the sender's
//   controller channel finds the new controller and retries);
// - the embedded header or body does not parse, its version is not served,
//   or its API is not forwardable (ApiKeys.forwardable) or not served on this
//   listener: INVALID_REQUEST (Kafka's EnvelopeUtils throws
//   InvalidRequestException for each);
// - the inner handler threw: NOT_CONTROLLER if this node stopped being the
//   active controller meanwhile, else UNKNOWN_SERVER_ERROR, logged.
//
// The principal and client address are read only for logs and the inner
// request context: without authentication every principal is
// User:ANONYMOUS, so there is nothing to authorise
// (PRINCIPAL_DESERIALIZATION_FAILURE is never answered). Not implemented:
// CLUSTER_ACTION authorisation of the sending broker.
import { DecodeError } from '../../protocol/decode-error.js'
import { ErrorCode } from '../../protocol/errors.js'
import { encodeResponse, readRequestHeader } from '../../protocol/frame.js'
import { envelopeApi } from '../../protocol/generated/apis/envelope.js'
import type { EnvelopeResponse } from '../../protocol/generated/message/envelope-response.js'
import { FORWARDABLE_API_KEYS, formatClientAddress } from '../forwarding.js'
import { defineHandler, type Handler, type RequestContext } from '../handler.js'

function envelopeError(errorCode: number): EnvelopeResponse {
  return { responseData: null, errorCode }
}

export const envelopeHandler = defineHandler(envelopeApi, {
  async handle(request, context, broker) {
    if (!broker.metadata.isActiveController()) return envelopeError(ErrorCode.NOT_CONTROLLER)
    let inner: ReturnType<typeof readRequestHeader>
    try {
      inner = readRequestHeader(request.requestData)
    } catch (err) {
      if (err instanceof DecodeError) return envelopeError(ErrorCode.INVALID_REQUEST)
      throw err
    }
    const { header } = inner
    const apiKey = header.requestApiKey
    const version = header.requestApiVersion
    const handler: Handler | undefined = context.handlers.get(apiKey)
    if (!FORWARDABLE_API_KEYS.has(apiKey) || handler === undefined) return envelopeError(ErrorCode.INVALID_REQUEST)
    if (version < handler.minVersion || version > handler.maxVersion) return envelopeError(ErrorCode.INVALID_REQUEST)
    let body: unknown
    try {
      body = handler.api.request.read(inner.body, version)
    } catch (err) {
      if (err instanceof DecodeError) return envelopeError(ErrorCode.INVALID_REQUEST)
      throw err
    }
    const innerContext: RequestContext = {
      header,
      apiVersion: version,
      connectionId: context.connectionId,
      remoteAddress: formatClientAddress(request.clientHostAddress),
      listenerName: context.listenerName,
      handlers: context.handlers,
    }
    let response: unknown
    try {
      response = await handler.handle(body, innerContext, broker)
    } catch (err) {
      // Leadership lost while the request ran: the sender retries at the new controller, as Kafka's
      // controller fails in-flight operations with NOT_CONTROLLER when it resigns.
      if (!broker.metadata.isActiveController()) return envelopeError(ErrorCode.NOT_CONTROLLER)
      broker.logger.error({ err, api: handler.api.name, version }, 'forwarded request failed')
      return envelopeError(ErrorCode.UNKNOWN_SERVER_ERROR)
    }
    if (response === null) return envelopeError(ErrorCode.INVALID_REQUEST)
    const chunks = encodeResponse(handler.api, version, header.correlationId, response)
    // Without the size prefix, as Kafka's EnvelopeResponse carries it.
    return { responseData: Buffer.concat(chunks).subarray(4), errorCode: ErrorCode.NONE }
  },
})
