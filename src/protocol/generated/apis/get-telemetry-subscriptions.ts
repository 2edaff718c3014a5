// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// API key 71: GetTelemetrySubscriptions.
import type { ApiDefinition } from '../api-table.js'
import { defaultGetTelemetrySubscriptionsRequest, readGetTelemetrySubscriptionsRequest, writeGetTelemetrySubscriptionsRequest, type GetTelemetrySubscriptionsRequest } from '../message/get-telemetry-subscriptions-request.js'
import { defaultGetTelemetrySubscriptionsResponse, readGetTelemetrySubscriptionsResponse, writeGetTelemetrySubscriptionsResponse, type GetTelemetrySubscriptionsResponse } from '../message/get-telemetry-subscriptions-response.js'

export const getTelemetrySubscriptionsApi: ApiDefinition<GetTelemetrySubscriptionsRequest, GetTelemetrySubscriptionsResponse> = {
  ...{ apiKey: 71, name: 'GetTelemetrySubscriptions', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, deprecatedMaxVersion: -1, listeners: ['broker'], latestVersionUnstable: false },
  request: { name: 'GetTelemetrySubscriptionsRequest', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readGetTelemetrySubscriptionsRequest, write: writeGetTelemetrySubscriptionsRequest, create: defaultGetTelemetrySubscriptionsRequest },
  response: { name: 'GetTelemetrySubscriptionsResponse', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readGetTelemetrySubscriptionsResponse, write: writeGetTelemetrySubscriptionsResponse, create: defaultGetTelemetrySubscriptionsResponse },
}
