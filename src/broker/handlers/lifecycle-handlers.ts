// The controller-side broker lifecycle APIs, served on the controller
// listener: BrokerRegistration (62), BrokerHeartbeat (63) and
// AllocateProducerIds (67). Each answers NOT_CONTROLLER unless this node is
// the active controller, also when it stops being it before the write commits
// (controller-heartbeats.ts `notController`).
import type { Handler } from '../handler.js'
import { brokerRegistrationHandler } from './62-broker-registration.js'
import { brokerHeartbeatHandler } from './63-broker-heartbeat.js'
import { allocateProducerIdsHandler } from './67-allocate-producer-ids.js'

export const lifecycleHandlers: Handler[] = [
  brokerRegistrationHandler as Handler,
  brokerHeartbeatHandler as Handler,
  allocateProducerIdsHandler as Handler,
]
