// ApiVersions v0-4. v1 throttle time; v3 flexible, client software name and
// version (KIP-511), supported/finalized features as tagged fields. The list
// is computed from the registered handlers. An unknown (newer) version is
// answered by the dispatcher with a v0 UNSUPPORTED_VERSION response.
// Produce is advertised from v0 (KAFKA-18659: librdkafka turns compression
// off otherwise) although v0-v2 requests are refused (see 00-produce.ts).
import { ErrorCode } from '../../protocol/errors.js'
import { apiVersionsApi } from '../../protocol/generated/apis/api-versions.js'
import type { ApiVersionsResponse } from '../../protocol/generated/index.js'
import { defineHandler, type Handler } from '../handler.js'

export function apiVersionsResponse(handlers: ReadonlyMap<number, Handler>, errorCode: number): ApiVersionsResponse {
  const response = apiVersionsApi.response.create()
  response.errorCode = errorCode
  response.apiKeys = [...handlers.values()]
    .sort((a, b) => a.api.apiKey - b.api.apiKey)
    .map((h) => ({ apiKey: h.api.apiKey, minVersion: h.minVersion, maxVersion: h.maxVersion }))
  return response
}

export const apiVersionsHandler = defineHandler(apiVersionsApi, {
  handle(request, context) {
    // v3+: an invalid client software name or version is INVALID_REQUEST, as Kafka validates it.
    if (
      context.apiVersion >= 3 &&
      !(validSoftware(request.clientSoftwareName) && validSoftware(request.clientSoftwareVersion))
    ) {
      return apiVersionsResponse(context.handlers, ErrorCode.INVALID_REQUEST)
    }
    return apiVersionsResponse(context.handlers, ErrorCode.NONE)
  },
})

const SOFTWARE = /^[a-zA-Z0-9](?:[a-zA-Z0-9\-.]*[a-zA-Z0-9])?$/

function validSoftware(text: string): boolean {
  return SOFTWARE.test(text)
}
