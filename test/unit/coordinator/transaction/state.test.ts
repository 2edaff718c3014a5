// Goal: the transition table, ids and names are Kafka's TransactionState exactly (the status byte
// and the names are on disk and on the wire). Method: compare against Kafka's table written out.

import { describe, expect, it } from 'vitest'
import {
  ALL_STATES,
  isExpirationAllowed,
  isValidTransition,
  STATE_IDS,
  stateFromId,
  stateFromName,
} from '../../../../src/coordinator/transaction/state.js'
import { DecodeError } from '../../../../src/protocol/decode-error.js'

describe('transaction states', () => {
  it("has Kafka's ids and names", () => {
    expect(ALL_STATES.map((s) => [s, STATE_IDS[s]])).toEqual([
      ['Empty', 0],
      ['Ongoing', 1],
      ['PrepareCommit', 2],
      ['PrepareAbort', 3],
      ['CompleteCommit', 4],
      ['CompleteAbort', 5],
      ['Dead', 6],
      ['PrepareEpochFence', 7],
    ])
    expect(stateFromId(3)).toBe('PrepareAbort')
    expect(() => stateFromId(8)).toThrow(DecodeError)
    expect(stateFromName('CompleteCommit')).toBe('CompleteCommit')
    expect(stateFromName('completecommit')).toBeUndefined()
  })

  it("allows exactly Kafka's transitions", () => {
    const allowed = ALL_STATES.flatMap((from) =>
      ALL_STATES.filter((to) => isValidTransition(from, to)).map((to) => `${from}->${to}`),
    )
    expect(allowed.sort()).toEqual(
      [
        'Empty->Empty',
        'CompleteCommit->Empty',
        'CompleteAbort->Empty',
        'Ongoing->Ongoing',
        'Empty->Ongoing',
        'CompleteCommit->Ongoing',
        'CompleteAbort->Ongoing',
        'Ongoing->PrepareCommit',
        'Ongoing->PrepareAbort',
        'PrepareEpochFence->PrepareAbort',
        'PrepareCommit->CompleteCommit',
        'PrepareAbort->CompleteAbort',
        'Empty->Dead',
        'CompleteCommit->Dead',
        'CompleteAbort->Dead',
        'Ongoing->PrepareEpochFence',
      ].sort(),
    )
    expect(ALL_STATES.filter(isExpirationAllowed)).toEqual(['Empty', 'CompleteCommit', 'CompleteAbort'])
  })
})
