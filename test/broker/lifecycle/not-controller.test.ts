// Goal: the controller's lifecycle handlers answer NOT_CONTROLLER on a node
// that is not the active controller, and when leadership is lost before
// their write commits (the broker's channel then retries at the new active
// controller). Method: the handlers called directly with a stub broker whose
// metadata log is not active, or whose write rejects with NotControllerError.
import { describe, expect, it } from 'vitest'
import type { Broker } from '../../../src/broker/broker.js'
import type { RequestContext } from '../../../src/broker/handler.js'
import { lifecycleHandlers } from '../../../src/broker/handlers/lifecycle-handlers.js'
import { NotControllerError } from '../../../src/broker/metadata-log.js'
import { ErrorCode } from '../../../src/protocol/errors.js'
import { ManualClock } from '../../../src/util/clock.js'
import { cluster } from '../../unit/metadata/lifecycle-fixtures.js'

function stubBroker(active: boolean): Broker {
  return {
    nodeId: 1,
    clusterId: 'c',
    clock: new ManualClock(),
    config: { properties: new Map(), processRoles: ['broker', 'controller'] },
    logger: { info() {}, warn() {} },
    metadata: {
      image: cluster([1]),
      isActiveController: () => active,
      write: () => Promise.reject(new NotControllerError(2)),
      onImage: () => () => {},
      quorum: { deliveredOffset: () => 0n },
    },
  } as unknown as Broker
}

describe('lifecycle handlers off the active controller', () => {
  for (const active of [false, true]) {
    it(`${active ? 'leadership lost before the commit' : 'not the active controller'}: NOT_CONTROLLER`, async () => {
      const broker = stubBroker(active)
      for (const handler of lifecycleHandlers) {
        const context = { apiVersion: handler.maxVersion } as RequestContext
        const response = (await handler.handle(handler.api.request.create(), context, broker)) as { errorCode: number }
        expect({ api: handler.api.name, errorCode: response.errorCode }).toEqual({
          api: handler.api.name,
          errorCode: ErrorCode.NOT_CONTROLLER,
        })
      }
    })
  }
})
