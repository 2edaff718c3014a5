// BrokerHeartbeat v0-1 (controller listener only). v1 offline log dirs
// (tagged, KIP-858). Decided by metadata/controller/broker-lifecycle.ts
// brokerHeartbeat: unfenced once currentMetadataOffset reaches the broker's
// registration, fenced on wantFence, controlled shutdown on wantShutDown
// (leaderships moved first, shouldShutDown once it leads nothing and the
// other brokers have seen that); a heartbeat from an unregistered broker or
// at another epoch is STALE_BROKER_EPOCH. The session it returns is stored in
// the controller's heartbeat tracker (controller-heartbeats.ts), whose timer
// fences brokers that stop. A node that is not the active controller answers
// NOT_CONTROLLER (isFenced true, as Kafka's default).
//
// Not implemented: offline log dirs (JBOD failure handling).
import { brokerHeartbeat } from '../../metadata/controller/broker-lifecycle.js'
import { ErrorCode } from '../../protocol/errors.js'
import { brokerHeartbeatApi } from '../../protocol/generated/apis/broker-heartbeat.js'
import { controllerHeartbeats, notController } from '../controller-heartbeats.js'
import { defineHandler } from '../handler.js'

export const brokerHeartbeatHandler = defineHandler(brokerHeartbeatApi, {
  async handle(request, _context, broker) {
    const response = brokerHeartbeatApi.response.create()
    if (!broker.metadata.isActiveController()) {
      response.errorCode = ErrorCode.NOT_CONTROLLER
      return response
    }
    const heartbeats = controllerHeartbeats(broker)
    const decision = await notController(
      broker.metadata.write((image) => {
        const d = brokerHeartbeat(image, request, {
          nowMs: heartbeats.nowMs(),
          sessions: heartbeats.sessions,
          uncleanLeaderElectionEnable: heartbeats.uncleanLeaderElectionEnable,
        })
        if (d.session !== null) heartbeats.touch(request.brokerId, d.session)
        return { records: d.records, result: d }
      }),
    )
    if (decision === null) {
      response.errorCode = ErrorCode.NOT_CONTROLLER
      return response
    }
    response.errorCode = decision.errorCode
    response.isCaughtUp = decision.isCaughtUp
    response.isFenced = decision.isFenced
    response.shouldShutDown = decision.shouldShutDown
    return response
  },
})
