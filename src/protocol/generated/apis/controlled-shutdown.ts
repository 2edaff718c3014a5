// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// API key 7: ControlledShutdown.
import type { ApiDefinition } from '../api-table.js'
import { defaultControlledShutdownRequest, readControlledShutdownRequest, writeControlledShutdownRequest, type ControlledShutdownRequest } from '../message/controlled-shutdown-request.js'
import { defaultControlledShutdownResponse, readControlledShutdownResponse, writeControlledShutdownResponse, type ControlledShutdownResponse } from '../message/controlled-shutdown-response.js'

export const controlledShutdownApi: ApiDefinition<ControlledShutdownRequest, ControlledShutdownResponse> = {
  ...{ apiKey: 7, name: 'ControlledShutdown', minVersion: 0, maxVersion: 3, flexibleMinVersion: 3, deprecatedMaxVersion: -1, listeners: ['zkBroker', 'controller'], latestVersionUnstable: false },
  request: { name: 'ControlledShutdownRequest', minVersion: 0, maxVersion: 3, flexibleMinVersion: 3, read: readControlledShutdownRequest, write: writeControlledShutdownRequest, create: defaultControlledShutdownRequest },
  response: { name: 'ControlledShutdownResponse', minVersion: 0, maxVersion: 3, flexibleMinVersion: 3, read: readControlledShutdownResponse, write: writeControlledShutdownResponse, create: defaultControlledShutdownResponse },
}
