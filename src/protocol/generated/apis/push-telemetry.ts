// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// API key 72: PushTelemetry.
import type { ApiDefinition } from '../api-table.js'
import { defaultPushTelemetryRequest, readPushTelemetryRequest, writePushTelemetryRequest, type PushTelemetryRequest } from '../message/push-telemetry-request.js'
import { defaultPushTelemetryResponse, readPushTelemetryResponse, writePushTelemetryResponse, type PushTelemetryResponse } from '../message/push-telemetry-response.js'

export const pushTelemetryApi: ApiDefinition<PushTelemetryRequest, PushTelemetryResponse> = {
  ...{ apiKey: 72, name: 'PushTelemetry', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, deprecatedMaxVersion: -1, listeners: ['broker'], latestVersionUnstable: false },
  request: { name: 'PushTelemetryRequest', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readPushTelemetryRequest, write: writePushTelemetryRequest, create: defaultPushTelemetryRequest },
  response: { name: 'PushTelemetryResponse', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readPushTelemetryResponse, write: writePushTelemetryResponse, create: defaultPushTelemetryResponse },
}
