// Transaction state the cleaner carries while it walks a log in offset order, as Kafka's
// CleanedTransactionMetadata: which producers are inside an aborted transaction (their data
// batches are removed), which are inside a transaction seen committing (its COMMIT marker
// must stay while any of its data does), and which aborted transactions still have data in
// the cleaned output (they go into the cleaned segment's `.txnindex`).
//
// The aborted transactions come from the `.txnindex` of the segments being read (input,
// in any order); the walk consumes each once the batch being read reaches its first offset.
// A marker is dropped only once nothing of its transaction is left before it, so a reader
// never sees a transaction's data without the marker that ends it. The state lives for one
// cleaning round (one pass over the dirty range) and is never persisted.

import { ControlRecordType } from '../../protocol/records/control.js'

/** One entry of a `.txnindex`: an aborted transaction of producerId spanning firstOffset..lastOffset. */
export interface AbortedTxn {
  readonly producerId: number
  readonly firstOffset: number
  readonly lastOffset: number
  readonly lastStableOffset: number
}

/** The header fields the transaction walk reads. */
export interface TxnBatchView {
  readonly producerId: number
  readonly lastOffset: number
  readonly isTransactional: boolean
}

export class CleanedTransactions {
  /** Not yet reached, sorted by firstOffset. */
  #pending: AbortedTxn[] = []
  readonly #ongoingCommitted = new Set<number>()
  /** producerId -> its aborted transaction, and whether any of its batches were seen. */
  readonly #ongoingAborted = new Map<number, { txn: AbortedTxn; sawBatch: boolean }>()
  #retained: AbortedTxn[] = []

  addAbortedTransactions(txns: readonly AbortedTxn[]): void {
    if (txns.length === 0) return
    this.#pending = [...this.#pending, ...txns].sort((a, b) => a.firstOffset - b.firstOffset)
  }

  /**
   * A data batch is being read. Returns true when it belongs to an aborted transaction, so
   * that its records can be removed.
   */
  onBatchRead(batch: TxnBatchView): boolean {
    this.#consumeUpTo(batch.lastOffset)
    if (!batch.isTransactional) return false
    const aborted = this.#ongoingAborted.get(batch.producerId)
    if (aborted !== undefined) {
      aborted.sawBatch = true
      return true
    }
    this.#ongoingCommitted.add(batch.producerId)
    return false
  }

  /**
   * A control batch is being read; `controlType` is its first record's type, or null for a
   * batch a previous clean emptied. Returns true when the marker may be discarded (once its
   * delete horizon has passed): an ABORT whose transaction has no data left, a COMMIT whose
   * transaction had no batch in what was read, an already emptied batch.
   */
  onControlBatchRead(batch: TxnBatchView, controlType: number | null): boolean {
    this.#consumeUpTo(batch.lastOffset)
    if (controlType === null) return true
    switch (controlType) {
      case ControlRecordType.ABORT: {
        const aborted = this.#ongoingAborted.get(batch.producerId)
        this.#ongoingAborted.delete(batch.producerId)
        if (aborted?.sawBatch === true) {
          this.#retained.push(aborted.txn)
          return false
        }
        return true
      }
      case ControlRecordType.COMMIT:
        return !this.#ongoingCommitted.delete(batch.producerId)
      default:
        return false
    }
  }

  /** Aborted transactions whose data stays in the output since the last call, for the cleaned `.txnindex`. */
  takeRetainedAbortedTxns(): AbortedTxn[] {
    const out = this.#retained
    this.#retained = []
    return out
  }

  #consumeUpTo(offset: number): void {
    let i = 0
    for (; i < this.#pending.length; i++) {
      const txn = this.#pending[i]
      if (txn === undefined || txn.firstOffset > offset) break
      if (!this.#ongoingAborted.has(txn.producerId)) this.#ongoingAborted.set(txn.producerId, { txn, sawBatch: false })
    }
    if (i > 0) this.#pending = this.#pending.slice(i)
  }
}
