// A node's simulated disk for raft: the quorum-state record is durable once written (the driver
// fsyncs it before sending), log entries are volatile until flushed, and a crash drops every
// unflushed entry, as Kafka's raft/src/test/.../MockLog.java does on restart. Truncation is
// durable at once. Torn writes of a single entry are not modelled (entries are whole records).

import type { ElectionState } from '../../../src/raft/election-state.js'
import { initialElectionState } from '../../../src/raft/election-state.js'
import { type LogEntry, MemoryRaftLog } from '../../../src/raft/log.js'

export class SimDisk {
  electionState: ElectionState = initialElectionState
  readonly log = new MemoryRaftLog()
  flushedEndOffset = 0n

  append(entries: readonly LogEntry[]): void {
    this.log.append(entries)
  }

  truncateTo(toOffset: bigint): void {
    this.log.truncateTo(toOffset)
    if (this.flushedEndOffset > toOffset) this.flushedEndOffset = toOffset
  }

  flush(): bigint {
    this.flushedEndOffset = this.log.endOffset()
    return this.flushedEndOffset
  }

  /** What survives a crash: the flushed prefix. Returns how many entries were lost. */
  crash(): number {
    const lost = Number(this.log.endOffset() - this.flushedEndOffset)
    this.log.truncateTo(this.flushedEndOffset)
    return lost
  }
}
