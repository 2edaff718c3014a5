// BrokerRegistration v0-4 (controller listener only). v1 isMigratingZkBroker
// (KIP-866); v2 log dirs (KIP-858); v3 previousBrokerEpoch (KIP-966); v4 same
// as v3 (features with min version 0 are sent). Decided by
// metadata/controller/broker-lifecycle.ts registerBroker: a new registration
// is fenced, its epoch the offset of its RegisterBrokerRecord; the same
// incarnation again keeps its epoch; DUPLICATE_BROKER_REGISTRATION,
// INCONSISTENT_CLUSTER_ID, UNSUPPORTED_VERSION as Kafka. A node that is not
// the active controller answers NOT_CONTROLLER, and the broker retries
// elsewhere. Deviation: in combined mode a new incarnation of this node's own
// broker is not DUPLICATE_BROKER_REGISTRATION (the old one is this process's
// dead predecessor), so a restart after kill -9 does not wait out the session.
//
// Not implemented: ZK migration (isMigratingZkBroker is ignored), log dirs,
// previousBrokerEpoch (clean-shutdown detection for ELR).
import { registerBroker } from '../../metadata/controller/broker-lifecycle.js'
import { ErrorCode } from '../../protocol/errors.js'
import { brokerRegistrationApi } from '../../protocol/generated/apis/broker-registration.js'
import { controllerHeartbeats, notController } from '../controller-heartbeats.js'
import { defineHandler } from '../handler.js'

export const brokerRegistrationHandler = defineHandler(brokerRegistrationApi, {
  async handle(request, _context, broker) {
    const response = brokerRegistrationApi.response.create()
    if (!broker.metadata.isActiveController()) {
      response.errorCode = ErrorCode.NOT_CONTROLLER
      return response
    }
    const heartbeats = controllerHeartbeats(broker)
    const decision = await notController(
      broker.metadata.write((image) => {
        const d = registerBroker(image, request, {
          clusterId: broker.clusterId,
          // Kafka's offsetControl.nextWriteOffset(): writes are serialised and the leader is ready, so
          // everything in the log is delivered and the batch lands at the delivered offset. The
          // image's offset alone would miss leader-change batches, which are not replayed.
          nextOffset: Math.max(image.offset + 1, Number(broker.metadata.quorum.deliveredOffset())),
          nowMs: heartbeats.nowMs(),
          sessions: heartbeats.sessions,
          sessionTimeoutMs: heartbeats.sessionTimeoutMs,
          // Combined mode: this process's own broker re-registering after a crash replaces its dead self.
          localBrokerId: broker.config.processRoles.includes('broker') ? broker.nodeId : undefined,
        })
        if (d.session !== null) heartbeats.touch(request.brokerId, d.session, d.brokerEpoch)
        return { records: d.records, result: d }
      }),
    )
    if (decision === null) {
      response.errorCode = ErrorCode.NOT_CONTROLLER
      return response
    }
    if (decision.errorCode !== ErrorCode.NONE) {
      broker.logger.info({ brokerId: request.brokerId, message: decision.errorMessage }, 'broker registration refused')
    }
    response.errorCode = decision.errorCode
    response.brokerEpoch = decision.brokerEpoch
    return response
  },
})
