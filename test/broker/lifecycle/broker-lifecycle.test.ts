// Goal: the broker side of registration and heartbeats behaves as Kafka's
// BrokerLifecycleManager: register, heartbeat at once, unfence within a few
// milliseconds of catching up, heartbeat every interval, back off on errors,
// register again on STALE_BROKER_EPOCH, and finish a controlled shutdown only
// when the controller says so. Method: a manual clock and scheduler; `send`
// goes to a fake controller that runs the real pure decisions on an
// in-memory image; every request is logged with its time.
import { describe, expect, it } from 'vitest'
import { startBrokerLifecycle } from '../../../src/broker/broker-lifecycle.js'
import {
  type BrokerSession,
  brokerHeartbeat,
  registerBroker,
} from '../../../src/metadata/controller/broker-lifecycle.js'
import type { MetadataImage } from '../../../src/metadata/image.js'
import { ErrorCode } from '../../../src/protocol/errors.js'
import type { ApiDefinition } from '../../../src/protocol/generated/api-table.js'
import type {
  BrokerHeartbeatRequest,
  BrokerHeartbeatResponse,
  BrokerRegistrationRequest,
  BrokerRegistrationResponse,
} from '../../../src/protocol/generated/index.js'
import { ManualClock } from '../../../src/util/clock.js'
import { ManualScheduler } from '../../../src/util/scheduler.js'
import { apply, CLUSTER_ID, cluster, topicId, withTopic } from '../../unit/metadata/lifecycle-fixtures.js'

class FakeController {
  image: MetadataImage
  readonly sessions = new Map<number, BrokerSession>()
  readonly log: string[] = []
  /** Errors to throw (a failed send) or answer, one per request, before deciding. */
  readonly faults: (Error | number)[] = []

  constructor(
    image: MetadataImage,
    private readonly clock: ManualClock,
  ) {
    this.image = image
  }

  send = async <Req, Res>(api: ApiDefinition<Req, Res>, _version: number, body: Req): Promise<Res> => {
    await Promise.resolve()
    const now = this.clock.monotonicMs()
    const fault = this.faults.shift()
    if (fault instanceof Error) {
      this.log.push(`${now} ${api.name} throws`)
      throw fault
    }
    if (api.apiKey === 62) {
      const req = body as BrokerRegistrationRequest
      const response = { ...(api.response.create() as BrokerRegistrationResponse) }
      if (fault !== undefined) {
        response.errorCode = fault
      } else {
        const d = registerBroker(this.image, req, {
          clusterId: CLUSTER_ID,
          nextOffset: this.image.offset + 1,
          nowMs: now,
          sessions: this.sessions,
          sessionTimeoutMs: 9000,
        })
        if (d.session !== null) this.sessions.set(req.brokerId, d.session)
        this.image = apply(this.image, d.records)
        response.errorCode = d.errorCode
        response.brokerEpoch = d.brokerEpoch
      }
      this.log.push(`${now} register -> ${response.errorCode} epoch ${response.brokerEpoch}`)
      return response as Res
    }
    const req = body as BrokerHeartbeatRequest
    const response = { ...(api.response.create() as BrokerHeartbeatResponse) }
    if (fault !== undefined) {
      response.errorCode = fault
    } else {
      const d = brokerHeartbeat(this.image, req, { nowMs: now, sessions: this.sessions })
      if (d.session !== null) this.sessions.set(req.brokerId, d.session)
      this.image = apply(this.image, d.records)
      Object.assign(response, {
        errorCode: d.errorCode,
        isCaughtUp: d.isCaughtUp,
        isFenced: d.isFenced,
        shouldShutDown: d.shouldShutDown,
      })
    }
    const flags = `${req.wantShutDown ? ' wantShutDown' : ''}`
    this.log.push(
      `${now} heartbeat@${req.currentMetadataOffset}${flags} -> ${response.errorCode}${response.isFenced ? ' fenced' : ''}${response.shouldShutDown ? ' shouldShutDown' : ''}`,
    )
    return response as Res
  }
}

function setup(options: { lag?: () => number } = {}) {
  const clock = new ManualClock()
  const scheduler = new ManualScheduler(clock)
  const controller = new FakeController(cluster([1]), clock)
  const lifecycle = startBrokerLifecycle({
    nodeId: 2,
    clusterId: CLUSTER_ID,
    incarnationId: Buffer.alloc(16, 2),
    listeners: [{ name: 'PLAINTEXT', host: '127.0.0.1', port: 9002, securityProtocol: 0 }],
    rack: null,
    features: [{ name: 'metadata.version', minSupportedVersion: 1, maxSupportedVersion: 21 }],
    send: controller.send,
    currentMetadataOffset: () => controller.image.offset - (options.lag?.() ?? 0),
    clock,
    scheduler,
    heartbeatIntervalMs: 2000,
  })
  /** Moves time to `ms`, running due timers and letting answers arrive at each step. */
  const runTo = async (ms: number) => {
    for (;;) {
      await settle()
      while (scheduler.runDue() > 0) await settle()
      if (clock.monotonicMs() >= ms) return
      clock.advance(Math.min(1, ms - clock.monotonicMs()))
    }
  }
  return { clock, scheduler, controller, lifecycle, runTo }
}

const settle = () => new Promise<void>((resolve) => setImmediate(resolve))

describe('startBrokerLifecycle', () => {
  it('registers, heartbeats at once and is unfenced; then heartbeats every interval', async () => {
    const { controller, lifecycle, runTo } = setup()
    await runTo(0)
    expect(await lifecycle.registered).toBe(2n)
    await lifecycle.unfenced
    await runTo(4000)
    expect(controller.log).toEqual([
      '0 register -> 0 epoch 2',
      '0 heartbeat@2 -> 0',
      '2000 heartbeat@3 -> 0',
      '4000 heartbeat@3 -> 0',
    ])
    expect(controller.image.brokers.get(2)?.fenced).toBe(false)
    lifecycle.close()
  })

  it('while fenced and not caught up, heartbeats every 10 ms; unfenced on the first caught-up one', async () => {
    let lag = 1
    const { controller, lifecycle, runTo } = setup({ lag: () => lag })
    await runTo(20)
    lag = 0
    await runTo(30)
    await lifecycle.unfenced
    expect(controller.log).toEqual([
      '0 register -> 0 epoch 2',
      '0 heartbeat@1 -> 0 fenced',
      '10 heartbeat@1 -> 0 fenced',
      '20 heartbeat@1 -> 0 fenced',
      '30 heartbeat@2 -> 0',
    ])
    lifecycle.close()
  })

  it('failed sends and errors back off 100, 200, 400 ms; STALE_BROKER_EPOCH registers again', async () => {
    const { controller, lifecycle, runTo } = setup()
    controller.faults.push(new Error('connection refused'), ErrorCode.NOT_CONTROLLER, new Error('timeout'))
    await runTo(700)
    expect(await lifecycle.registered).toBe(2n)
    controller.faults.push(ErrorCode.STALE_BROKER_EPOCH)
    await runTo(2700)
    expect(controller.log).toEqual([
      '0 BrokerRegistration throws',
      '100 register -> 41 epoch -1',
      '300 BrokerRegistration throws',
      '700 register -> 0 epoch 2',
      '700 heartbeat@2 -> 0',
      '2700 heartbeat@3 -> 77 fenced',
      // Same incarnation: the controller keeps its epoch.
      '2700 register -> 0 epoch 2',
      '2700 heartbeat@3 -> 0',
    ])
    lifecycle.close()
  })

  it('controlled shutdown: wantShutDown until the controller answers shouldShutDown, then silence', async () => {
    const { controller, lifecycle, runTo, clock } = setup()
    await runTo(0)
    await lifecycle.unfenced
    const T = topicId(1)
    controller.image = withTopic(controller.image, 't', T, [{ replicas: [2, 1] }])
    // Broker 1 lags behind the shutdown batch at first.
    controller.sessions.set(1, { lastContactMs: 0, metadataOffset: 0 })
    const done = lifecycle.controlledShutdown()
    await runTo(100)
    controller.sessions.set(1, { lastContactMs: clock.monotonicMs(), metadataOffset: controller.image.offset })
    await runTo(200)
    await done
    expect(controller.log.slice(2)).toEqual([
      '0 heartbeat@5 wantShutDown -> 0',
      '50 heartbeat@7 wantShutDown -> 0',
      '100 heartbeat@7 wantShutDown -> 0',
      '150 heartbeat@7 wantShutDown -> 0 fenced shouldShutDown',
    ])
    expect(controller.image.topicsByName.get('t')?.partitions[0]).toMatchObject({ leader: 1, isr: [1] })
    await runTo(5000)
    expect(controller.log).toHaveLength(6)
  })

  it('close() stops everything; unsettled promises reject', async () => {
    const { controller, lifecycle, runTo } = setup()
    controller.faults.push(new Error('down'))
    await runTo(0)
    lifecycle.close()
    await runTo(10_000)
    expect(controller.log).toEqual(['0 BrokerRegistration throws'])
    await expect(lifecycle.registered).rejects.toThrow('broker lifecycle closed')
  })
})
