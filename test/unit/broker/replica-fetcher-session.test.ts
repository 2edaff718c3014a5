// Goal: the follower's fetch session (src/broker/replica-fetch-session.ts) builds the requests
// Kafka's FetchSessionHandler builds: full with epoch 0 until the leader gives a session, then
// incremental ones naming only added or altered partitions and forgetting the rest, with the epoch
// advancing per answer; session errors, failures and resets go back to full.
// Method: the pure session object fed partitions and answers by hand.
import { describe, expect, it } from 'vitest'
import { ReplicaFetchSession, type SessionPartition } from '../../../src/broker/replica-fetch-session.js'
import { ErrorCode } from '../../../src/protocol/errors.js'

const ID_A = Buffer.alloc(16, 0xaa)
const ID_B = Buffer.alloc(16, 0xbb)

function p(partition: number, fetchOffset: number, extra: Partial<SessionPartition> = {}): SessionPartition {
  return {
    topic: 'events',
    topicId: ID_A,
    partition,
    fetchOffset,
    logStartOffset: 0,
    currentLeaderEpoch: 3,
    lastFetchedEpoch: 3,
    partitionMaxBytes: 1_048_576,
    ...extra,
  }
}

const summary = (fetch: ReturnType<ReplicaFetchSession['build']>) => ({
  sessionId: fetch.sessionId,
  sessionEpoch: fetch.sessionEpoch,
  full: fetch.full,
  partitions: fetch.partitions.map((x) => [x.partition, x.fetchOffset]),
  forgotten: fetch.forgotten.map((x) => [x.topicId.toString('hex').slice(0, 2), x.partition]),
})

/** A session the leader opened (id 7) after one full fetch of partitions 0-2 at offset 10. */
function opened(): ReplicaFetchSession {
  const session = new ReplicaFetchSession()
  const full = session.build([p(0, 10), p(1, 10), p(2, 10)])
  expect(session.onResponse(full, ErrorCode.NONE, 7)).toBe('ok')
  return session
}

describe('building requests', () => {
  it('starts full at epoch 0 with every partition', () => {
    const session = new ReplicaFetchSession()
    expect(summary(session.build([p(0, 10), p(1, 5)]))).toEqual({
      sessionId: 0,
      sessionEpoch: 0,
      full: true,
      partitions: [
        [0, 10],
        [1, 5],
      ],
      forgotten: [],
    })
  })

  it('then names only added and altered partitions, forgets the missing ones, and advances the epoch', () => {
    const session = opened()
    const second = session.build([p(0, 10), p(1, 12), p(3, 0)])
    expect(summary(second)).toEqual({
      sessionId: 7,
      sessionEpoch: 1,
      full: false,
      partitions: [
        [1, 12],
        [3, 0],
      ],
      forgotten: [['aa', 2]],
    })
    expect(session.onResponse(second, ErrorCode.NONE, 7)).toBe('ok')
    const third = session.build([p(0, 10, { lastFetchedEpoch: 4 }), p(1, 12, { currentLeaderEpoch: 5 }), p(3, 0)])
    expect(summary(third)).toMatchObject({
      sessionEpoch: 2,
      partitions: [
        [0, 10],
        [1, 12],
      ],
      forgotten: [],
    })
  })

  it('a recreated topic (new topic id) forgets the old id and adds the new one', () => {
    const session = opened()
    expect(summary(session.build([p(0, 0, { topicId: ID_B }), p(1, 10), p(2, 10)]))).toMatchObject({
      partitions: [[0, 0]],
      forgotten: [['aa', 0]],
    })
  })
})

describe('answers', () => {
  it('a full answer without a session id stays sessionless', () => {
    const session = new ReplicaFetchSession()
    const full = session.build([p(0, 10)])
    expect(session.onResponse(full, ErrorCode.NONE, 0)).toBe('ok')
    expect(summary(session.build([p(0, 10)]))).toMatchObject({ sessionId: 0, sessionEpoch: 0, full: true })
  })

  it('an incremental answer without a session id means the leader closed it', () => {
    const session = opened()
    const second = session.build([p(0, 10), p(1, 10), p(2, 10)])
    expect(session.onResponse(second, ErrorCode.NONE, 0)).toBe('ok')
    expect(summary(session.build([p(0, 10)]))).toMatchObject({ sessionId: 0, sessionEpoch: 0, full: true })
  })

  it('FETCH_SESSION_ID_NOT_FOUND refetches in full without a session id', () => {
    const session = opened()
    const second = session.build([p(0, 10)])
    expect(session.onResponse(second, ErrorCode.FETCH_SESSION_ID_NOT_FOUND, 0)).toBe('retryFull')
    expect(summary(session.build([p(0, 10)]))).toMatchObject({ sessionId: 0, sessionEpoch: 0, full: true })
  })

  it('INVALID_FETCH_SESSION_EPOCH and FETCH_SESSION_TOPIC_ID_ERROR close the session with a full fetch', () => {
    for (const error of [ErrorCode.INVALID_FETCH_SESSION_EPOCH, ErrorCode.FETCH_SESSION_TOPIC_ID_ERROR]) {
      const session = opened()
      const second = session.build([p(0, 10)])
      expect(session.onResponse(second, error, 0)).toBe('retryFull')
      expect(summary(session.build([p(0, 10)]))).toMatchObject({ sessionId: 7, sessionEpoch: 0, full: true })
    }
  })

  it('another top-level error or a failed request backs off, then closes the session with a full fetch', () => {
    const a = opened()
    expect(a.onResponse(a.build([p(0, 10)]), ErrorCode.UNKNOWN_SERVER_ERROR, 0)).toBe('error')
    expect(summary(a.build([p(0, 10)]))).toMatchObject({ sessionId: 7, sessionEpoch: 0, full: true })
    const b = opened()
    b.build([p(0, 10)])
    b.onFailure()
    expect(summary(b.build([p(0, 10)]))).toMatchObject({ sessionId: 7, sessionEpoch: 0, full: true })
  })

  it('reset makes the next request full even when the answer in flight opened a session', () => {
    const session = new ReplicaFetchSession()
    const full = session.build([p(0, 10)])
    session.reset()
    expect(session.onResponse(full, ErrorCode.NONE, 9)).toBe('ok')
    expect(summary(session.build([p(0, 10)]))).toMatchObject({ sessionId: 9, sessionEpoch: 0, full: true })
  })
})
