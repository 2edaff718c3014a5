// Goal: the error table matches Kafka's Errors.java: every code from -1 to 133 present once,
// names unique, exact values and retriable flags where clients depend on them. Method: structural
// checks over allErrors, then spot checks against values read from Kafka's source.

import { describe, expect, expectTypeOf, it } from 'vitest'
import { allErrors, ErrorCode, errorInfo, errorName, isErrorCode, KafkaError } from '../../../src/protocol/errors.js'
import { AssertionError } from '../../../src/util/assert.js'

describe('error table', () => {
  it('has unique codes and names, sorted, covering -1..133 without gaps', () => {
    const codes = allErrors.map((e) => e.code)
    const names = allErrors.map((e) => e.name)
    expect(new Set(codes).size).toBe(codes.length)
    expect(new Set(names).size).toBe(names.length)
    expect(codes).toEqual(Array.from({ length: 135 }, (_, i) => i - 1))
    expect(Object.keys(ErrorCode).length).toBe(allErrors.length)
  })

  it('uses Kafka UPPER_SNAKE names and a message for every error but NONE', () => {
    for (const e of allErrors) {
      expect(e.name).toMatch(/^[A-Z][A-Z0-9_]*$/)
      expect(ErrorCode[e.name]).toBe(e.code)
      if (e.name === 'NONE') expect(e.message).toBeNull()
      else expect(e.message?.length).toBeGreaterThan(0)
    }
  })

  it('has the exact codes of Kafka', () => {
    expectTypeOf(ErrorCode.NOT_LEADER_OR_FOLLOWER).toEqualTypeOf<6>()
    expect(ErrorCode.UNKNOWN_SERVER_ERROR).toBe(-1)
    expect(ErrorCode.NONE).toBe(0)
    expect(ErrorCode.OFFSET_OUT_OF_RANGE).toBe(1)
    expect(ErrorCode.CORRUPT_MESSAGE).toBe(2)
    expect(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION).toBe(3)
    expect(ErrorCode.LEADER_NOT_AVAILABLE).toBe(5)
    expect(ErrorCode.NOT_LEADER_OR_FOLLOWER).toBe(6)
    expect(ErrorCode.REQUEST_TIMED_OUT).toBe(7)
    expect(ErrorCode.NOT_COORDINATOR).toBe(16)
    expect(ErrorCode.NOT_ENOUGH_REPLICAS).toBe(19)
    expect(ErrorCode.UNKNOWN_MEMBER_ID).toBe(25)
    expect(ErrorCode.REBALANCE_IN_PROGRESS).toBe(27)
    expect(ErrorCode.UNSUPPORTED_VERSION).toBe(35)
    expect(ErrorCode.TOPIC_ALREADY_EXISTS).toBe(36)
    expect(ErrorCode.INVALID_REQUEST).toBe(42)
    expect(ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER).toBe(45)
    expect(ErrorCode.KAFKA_STORAGE_ERROR).toBe(56)
    expect(ErrorCode.UNKNOWN_PRODUCER_ID).toBe(59)
    expect(ErrorCode.MEMBER_ID_REQUIRED).toBe(79)
    expect(ErrorCode.FENCED_INSTANCE_ID).toBe(82)
    expect(ErrorCode.UNSTABLE_OFFSET_COMMIT).toBe(88)
    expect(ErrorCode.PRODUCER_FENCED).toBe(90)
    expect(ErrorCode.UNKNOWN_TOPIC_ID).toBe(100)
    expect(ErrorCode.FENCED_MEMBER_EPOCH).toBe(110)
    expect(ErrorCode.TRANSACTION_ABORTABLE).toBe(120)
    expect(ErrorCode.INVALID_RECORD_STATE).toBe(121)
    expect(ErrorCode.SHARE_SESSION_NOT_FOUND).toBe(122)
    expect(ErrorCode.INVALID_REGULAR_EXPRESSION).toBe(128)
    expect(ErrorCode.REBOOTSTRAP_REQUIRED).toBe(129)
    expect(ErrorCode.SHARE_SESSION_LIMIT_REACHED).toBe(133)
  })

  it('marks retriable exactly the codes whose Kafka exception extends RetriableException', () => {
    const retriable = allErrors.filter((e) => e.retriable).map((e) => e.name)
    expect(retriable).toEqual([
      'CORRUPT_MESSAGE',
      'UNKNOWN_TOPIC_OR_PARTITION',
      'LEADER_NOT_AVAILABLE',
      'NOT_LEADER_OR_FOLLOWER',
      'REQUEST_TIMED_OUT',
      'REPLICA_NOT_AVAILABLE',
      'NETWORK_EXCEPTION',
      'COORDINATOR_LOAD_IN_PROGRESS',
      'COORDINATOR_NOT_AVAILABLE',
      'NOT_COORDINATOR',
      'NOT_ENOUGH_REPLICAS',
      'NOT_ENOUGH_REPLICAS_AFTER_APPEND',
      'NOT_CONTROLLER',
      'CONCURRENT_TRANSACTIONS',
      'KAFKA_STORAGE_ERROR',
      'FETCH_SESSION_ID_NOT_FOUND',
      'INVALID_FETCH_SESSION_EPOCH',
      'LISTENER_NOT_FOUND',
      'FENCED_LEADER_EPOCH',
      'UNKNOWN_LEADER_EPOCH',
      'OFFSET_NOT_AVAILABLE',
      'PREFERRED_LEADER_NOT_AVAILABLE',
      'ELIGIBLE_LEADERS_NOT_AVAILABLE',
      'ELECTION_NOT_NEEDED',
      'UNSTABLE_OFFSET_COMMIT',
      'THROTTLING_QUOTA_EXCEEDED',
      'UNKNOWN_TOPIC_ID',
      'INCONSISTENT_TOPIC_ID',
      'FETCH_SESSION_TOPIC_ID_ERROR',
      'SHARE_SESSION_NOT_FOUND',
      'INVALID_SHARE_SESSION_EPOCH',
      'SHARE_SESSION_LIMIT_REACHED',
    ])
    expect(errorInfo(ErrorCode.NOT_LEADER_OR_FOLLOWER).retriable).toBe(true)
    expect(errorInfo(ErrorCode.TOPIC_ALREADY_EXISTS).retriable).toBe(false)
    expect(errorInfo(ErrorCode.INVALID_PRODUCER_EPOCH).retriable).toBe(false)
    expect(errorInfo(ErrorCode.REBALANCE_IN_PROGRESS).retriable).toBe(false)
  })

  it('keeps Kafka default messages', () => {
    expect(errorInfo(ErrorCode.REQUEST_TIMED_OUT).message).toBe('The request timed out.')
    expect(errorInfo(ErrorCode.UNSUPPORTED_VERSION).message).toBe('The version of API is not supported.')
    expect(errorInfo(ErrorCode.TOPIC_ALREADY_EXISTS).message).toBe('Topic with this name already exists.')
    expect(errorInfo(ErrorCode.UNKNOWN_SERVER_ERROR).message).toBe(
      'The server experienced an unexpected error when processing the request.',
    )
  })
})

describe('lookups', () => {
  it('errorInfo finds known codes and returns undefined for others', () => {
    expect(errorInfo(6)).toEqual({
      code: 6,
      name: 'NOT_LEADER_OR_FOLLOWER',
      retriable: true,
      message: errorInfo(ErrorCode.NOT_LEADER_OR_FOLLOWER).message,
    })
    expect(errorInfo(-2)).toBeUndefined()
    expect(errorInfo(134)).toBeUndefined()
    expect(errorInfo(1.5)).toBeUndefined()
  })

  it('isErrorCode and errorName', () => {
    expect(isErrorCode(0)).toBe(true)
    expect(isErrorCode(133)).toBe(true)
    expect(isErrorCode(9999)).toBe(false)
    expect(errorName(36)).toBe('TOPIC_ALREADY_EXISTS')
    expect(errorName(9999)).toBe('UNKNOWN(9999)')
  })

  it('the table cannot be changed at run time', () => {
    expect(Object.isFrozen(ErrorCode)).toBe(true)
    expect(Object.isFrozen(allErrors)).toBe(true)
    expect(Object.isFrozen(allErrors[0])).toBe(true)
  })
})

describe('KafkaError', () => {
  it('carries the code, name and Kafka default message', () => {
    const err = new KafkaError(ErrorCode.NOT_COORDINATOR)
    expect(err).toBeInstanceOf(Error)
    expect(err.name).toBe('KafkaError')
    expect(err.code).toBe(16)
    expect(err.errorName).toBe('NOT_COORDINATOR')
    expect(err.message).toBe('This is not the correct coordinator.')
    expect(err.retriable).toBe(true)
  })

  it('takes a custom message and cause', () => {
    const cause = new Error('disk')
    const err = new KafkaError(ErrorCode.KAFKA_STORAGE_ERROR, 'log dir /data offline', { cause })
    expect(err.message).toBe('log dir /data offline')
    expect(err.cause).toBe(cause)
    expect(new KafkaError(ErrorCode.NONE).message).toBe('NONE')
    expect(new KafkaError(ErrorCode.TOPIC_ALREADY_EXISTS).retriable).toBe(false)
  })

  it('refuses a number that is not a Kafka error code', () => {
    expect(() => new KafkaError(1234 as ErrorCode)).toThrow(AssertionError)
  })
})
