// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// API key 70: ControllerRegistration.
import type { ApiDefinition } from '../api-table.js'
import { defaultControllerRegistrationRequest, readControllerRegistrationRequest, writeControllerRegistrationRequest, type ControllerRegistrationRequest } from '../message/controller-registration-request.js'
import { defaultControllerRegistrationResponse, readControllerRegistrationResponse, writeControllerRegistrationResponse, type ControllerRegistrationResponse } from '../message/controller-registration-response.js'

export const controllerRegistrationApi: ApiDefinition<ControllerRegistrationRequest, ControllerRegistrationResponse> = {
  ...{ apiKey: 70, name: 'ControllerRegistration', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, deprecatedMaxVersion: -1, listeners: ['controller'], latestVersionUnstable: false },
  request: { name: 'ControllerRegistrationRequest', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readControllerRegistrationRequest, write: writeControllerRegistrationRequest, create: defaultControllerRegistrationRequest },
  response: { name: 'ControllerRegistrationResponse', minVersion: 0, maxVersion: 0, flexibleMinVersion: 0, read: readControllerRegistrationResponse, write: writeControllerRegistrationResponse, create: defaultControllerRegistrationResponse },
}
