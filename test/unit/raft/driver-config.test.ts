// Goal: the raft timing properties use Kafka's `controller.quorum.*` names and defaults, and bad
// values are refused at startup. Method: property maps in, RaftConfig out.

import { expect, it } from 'vitest'
import { defaultRaftConfig } from '../../../src/raft/config.js'
import { RaftConfigError, raftConfigFromProperties } from '../../../src/raft/config-properties.js'

it('keeps the defaults for absent keys and reads each controller.quorum.* key', () => {
  expect(raftConfigFromProperties(new Map())).toEqual(defaultRaftConfig)
  const config = raftConfigFromProperties(
    new Map([
      ['controller.quorum.election.timeout.ms', '150'],
      ['controller.quorum.election.backoff.max.ms', '0'],
      ['controller.quorum.fetch.timeout.ms', ' 300 '],
      ['controller.quorum.request.timeout.ms', '250'],
      ['controller.quorum.retry.backoff.ms', '5'],
    ]),
  )
  expect(config).toEqual({
    ...defaultRaftConfig,
    electionTimeoutMs: 150,
    electionBackoffMaxMs: 0,
    fetchTimeoutMs: 300,
    requestTimeoutMs: 250,
    retryBackoffMs: 5,
  })
})

it('refuses values that are not integers in range', () => {
  for (const [key, value] of [
    ['controller.quorum.election.timeout.ms', '0'],
    ['controller.quorum.fetch.timeout.ms', 'abc'],
    ['controller.quorum.request.timeout.ms', '1.5'],
    ['controller.quorum.retry.backoff.ms', '-1'],
    ['controller.quorum.election.backoff.max.ms', ''],
  ] as const) {
    expect(() => raftConfigFromProperties(new Map([[key, value]]))).toThrow(RaftConfigError)
  }
})
