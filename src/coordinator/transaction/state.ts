// The states of one transactional id and the transitions between them, as Kafka's
// `TransactionState` (ids, names and valid previous states are Kafka's, so the status byte in
// __transaction_state and the names DescribeTransactions and ListTransactions show agree).
//
// Transition table (state <- the states it may be entered from):
//
//   Empty             <- Empty, CompleteCommit, CompleteAbort   InitProducerId (epoch bump, new producer id)
//   Ongoing           <- Ongoing, Empty, CompleteCommit, CompleteAbort   AddPartitionsToTxn, AddOffsetsToTxn
//   PrepareCommit     <- Ongoing                                EndTxn(commit)
//   PrepareAbort      <- Ongoing, PrepareEpochFence             EndTxn(abort); InitProducerId or the
//                                                               transaction timeout fencing an ongoing one
//   CompleteCommit    <- PrepareCommit                          every COMMIT marker written
//   CompleteAbort     <- PrepareAbort                           every ABORT marker written
//   Dead              <- Empty, CompleteCommit, CompleteAbort   transactional.id.expiration.ms (tombstone)
//   PrepareEpochFence <- Ongoing                                never persisted: the step between Ongoing
//                                                               and PrepareAbort while the epoch is bumped
//
// What each state answers: Empty, CompleteCommit and CompleteAbort take InitProducerId (bump) and
// AddPartitionsToTxn (start a transaction); Ongoing takes more partitions and EndTxn, and
// InitProducerId there fences the producer by aborting; PrepareCommit and PrepareAbort answer
// CONCURRENT_TRANSACTIONS while their markers are written; Dead and PrepareEpochFence are
// transient and never seen by a request (Kafka treats meeting them as a bug, so do we).

import { DecodeError } from '../../protocol/decode-error.js'
import { assertNever } from '../../util/assert.js'

export type TransactionState =
  | 'Empty'
  | 'Ongoing'
  | 'PrepareCommit'
  | 'PrepareAbort'
  | 'CompleteCommit'
  | 'CompleteAbort'
  | 'Dead'
  | 'PrepareEpochFence'

export const VALID_PREVIOUS_STATES: Readonly<Record<TransactionState, readonly TransactionState[]>> = Object.freeze({
  Empty: ['Empty', 'CompleteCommit', 'CompleteAbort'],
  Ongoing: ['Ongoing', 'Empty', 'CompleteCommit', 'CompleteAbort'],
  PrepareCommit: ['Ongoing'],
  PrepareAbort: ['Ongoing', 'PrepareEpochFence'],
  CompleteCommit: ['PrepareCommit'],
  CompleteAbort: ['PrepareAbort'],
  Dead: ['Empty', 'CompleteCommit', 'CompleteAbort'],
  PrepareEpochFence: ['Ongoing'],
})

/** The TransactionStatus byte of TransactionLogValue, in Kafka's numbering. */
export const STATE_IDS: Readonly<Record<TransactionState, number>> = Object.freeze({
  Empty: 0,
  Ongoing: 1,
  PrepareCommit: 2,
  PrepareAbort: 3,
  CompleteCommit: 4,
  CompleteAbort: 5,
  Dead: 6,
  PrepareEpochFence: 7,
})

export const ALL_STATES: readonly TransactionState[] = Object.freeze(Object.keys(STATE_IDS) as TransactionState[])

export function isValidTransition(from: TransactionState, to: TransactionState): boolean {
  return VALID_PREVIOUS_STATES[to].includes(from)
}

/** States a transactional id may expire in (Kafka's `isExpirationAllowed`). */
export function isExpirationAllowed(state: TransactionState): boolean {
  switch (state) {
    case 'Empty':
    case 'CompleteCommit':
    case 'CompleteAbort':
      return true
    case 'Ongoing':
    case 'PrepareCommit':
    case 'PrepareAbort':
    case 'Dead':
    case 'PrepareEpochFence':
      return false
    default:
      return assertNever(state, 'transaction state')
  }
}

export function stateFromId(id: number): TransactionState {
  const state = ALL_STATES.find((s) => STATE_IDS[s] === id)
  if (state === undefined) throw new DecodeError(`unknown transaction state id ${id}`)
  return state
}

/** The state of a name as DescribeTransactions prints it, or undefined for an unknown name. */
export function stateFromName(name: string): TransactionState | undefined {
  return ALL_STATES.find((s) => s === name)
}
