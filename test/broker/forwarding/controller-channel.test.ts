// Goal: parseQuorumVoters reads Kafka's controller.quorum.voters format and
// refuses what Kafka refuses; ControllerChannel sends to the node
// activeControllerId() names, retries NOT_CONTROLLER answers (at any depth,
// as Kafka's errorCounts), transport failures and an unknown controller
// until its timeout, then fails 'timeout'; other errors pass through; close()
// ends a request that is waiting. Method: a scripted fake transport.
import { expect, it } from 'vitest'
import {
  ControllerChannel,
  ControllerChannelError,
  type ControllerTransport,
  containsErrorCode,
  parseQuorumVoters,
} from '../../../src/broker/controller-channel.js'
import { ErrorCode } from '../../../src/protocol/errors.js'
import { apis } from '../../../src/protocol/generated/index.js'

it('parses controller.quorum.voters', () => {
  expect(parseQuorumVoters('1@localhost:9093, 2@10.0.0.2:9193,3@[::1]:9293')).toEqual(
    new Map([
      [1, { host: 'localhost', port: 9093 }],
      [2, { host: '10.0.0.2', port: 9193 }],
      [3, { host: '::1', port: 9293 }],
    ]),
  )
  expect(parseQuorumVoters('')).toEqual(new Map())
  expect(() => parseQuorumVoters('1@localhost')).toThrow("'1@localhost' is not id@host:port")
  expect(() => parseQuorumVoters('x@localhost:9093')).toThrow('is not id@host:port')
  expect(() => parseQuorumVoters('1@a:1,1@b:2')).toThrow('voter 1 is listed twice')
  expect(() => parseQuorumVoters('1@a:70000')).toThrow('bad port')
})

it('finds NOT_CONTROLLER anywhere in a response', () => {
  expect(containsErrorCode({ errorCode: 41, responseData: null }, ErrorCode.NOT_CONTROLLER)).toBe(true)
  expect(
    containsErrorCode(
      {
        topics: [
          { name: 'a', errorCode: 0 },
          { name: 'b', errorCode: 41 },
        ],
      },
      41,
    ),
  ).toBe(true)
  expect(containsErrorCode({ topics: [{ errorCode: 36 }], data: Buffer.from([0, 41]) }, 41)).toBe(false)
})

class TransportError extends Error {
  constructor(readonly reason: string) {
    super(reason)
  }
}

/** Answers each request with the next scripted step, recording the node it went to. */
function scripted(steps: ((nodeId: number) => unknown)[]): ControllerTransport & { calls: number[] } {
  const calls: number[] = []
  return {
    calls,
    request<_Req, Res>(nodeId: number): Promise<Res> {
      calls.push(nodeId)
      const step = steps.shift()
      if (step === undefined) return Promise.reject(new TransportError('disconnected'))
      try {
        return Promise.resolve(step(nodeId) as Res)
      } catch (err) {
        return Promise.reject(err)
      }
    },
    close: () => Promise.resolve(),
  }
}

const body = { brokerId: 2, brokerEpoch: -1n }
const ok = { throttleTimeMs: 0, errorCode: 0, producerIdStart: 5000n, producerIdLen: 1000 }

it('retries NOT_CONTROLLER and transport failures, re-reading the active controller each time', async () => {
  const controllers = [1, null, 2, 3]
  const transport = scripted([
    () => ({ ...ok, errorCode: ErrorCode.NOT_CONTROLLER }),
    () => {
      throw new TransportError('connect-failed')
    },
    () => ok,
  ])
  const channel = new ControllerChannel({
    transport,
    activeControllerId: () => (controllers.length > 0 ? (controllers.shift() ?? null) : 9),
    retryBackoffMs: 1,
  })
  const response = await channel.request(apis.ALLOCATE_PRODUCER_IDS, 0, body)
  expect(response).toEqual(ok)
  expect(transport.calls).toEqual([1, 2, 3])
})

it("gives up with 'timeout' after the retry timeout", async () => {
  const channel = new ControllerChannel({
    transport: scripted([]),
    activeControllerId: () => 1,
    retryTimeoutMs: 100,
    retryBackoffMs: 10,
  })
  const started = performance.now()
  const err = await channel.request(apis.ALLOCATE_PRODUCER_IDS, 0, body).catch((e: unknown) => e)
  expect(err).toBeInstanceOf(ControllerChannelError)
  expect((err as ControllerChannelError).reason).toBe('timeout')
  expect(performance.now() - started).toBeGreaterThanOrEqual(95)
  const perRequest = await channel.request(apis.ALLOCATE_PRODUCER_IDS, 0, body, { timeoutMs: 20 }).catch((e) => e)
  expect((perRequest as ControllerChannelError).reason).toBe('timeout')
})

it('passes other errors through and ends waiting requests on close()', async () => {
  const bug = new Error('encode failed')
  const channel = new ControllerChannel({
    transport: scripted([
      () => {
        throw bug
      },
    ]),
    activeControllerId: () => 1,
  })
  await expect(channel.request(apis.ALLOCATE_PRODUCER_IDS, 0, body)).rejects.toBe(bug)
  const waiting = new ControllerChannel({
    transport: scripted([]),
    activeControllerId: () => null,
    retryBackoffMs: 10_000,
  })
  const pending = waiting.request(apis.ALLOCATE_PRODUCER_IDS, 0, body).catch((e: unknown) => e)
  await new Promise((resolve) => setTimeout(resolve, 5))
  await waiting.close()
  expect(((await pending) as ControllerChannelError).reason).toBe('closed')
})
