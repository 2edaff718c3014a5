// What the group coordinator shard takes in and gives back, so that the driver that wires it to
// the network, the __consumer_offsets log and a timer stays thin.
//
// Deferred responses. JoinGroup and SyncGroup are not answered when they arrive: a join waits until
// the rebalance's join phase completes, a follower's sync waits for the leader's assignment. The
// driver gives every such request a `requestId` (unique among the requests it has outstanding on
// this shard); any later call (another member's join, the leader's sync, a leave, `tick`) may
// return `deferred` entries that answer it. A call may also answer its own request at once, in
// which case the entry is in that call's own result. Every join or sync request is answered
// exactly once, with one exception: the driver drops requests whose connection closed (Kafka does
// the same: a parked request's response goes nowhere). `unload` answers every parked request with
// NOT_COORDINATOR.
//
// Order of effects, as Kafka's runtime: the driver appends `records` to __consumer_offsets and
// only when the append is committed sends the responses (the immediate `response` and every
// `deferred` one). The shard has already applied the records to its state; when an append fails
// the driver must unload the shard and load it again from the log (which then holds what was
// really written), answering the held responses with the mapped append error
// (NOT_COORDINATOR or COORDINATOR_NOT_AVAILABLE), as Kafka reverts to its last snapshot.

import type { JoinGroupResponse } from '../../protocol/generated/message/join-group-response.js'
import type { SyncGroupResponse } from '../../protocol/generated/message/sync-group-response.js'
import type { CoordinatorRecord } from './records.js'

/** Chosen by the driver; identifies a parked JoinGroup or SyncGroup request. */
export type RequestId = number

/** The request header facts the coordinator needs. */
export interface RequestContext {
  readonly requestId: RequestId
  readonly apiVersion: number
  readonly clientId: string
  /** The client's address as Kafka prints it in DescribeGroups (`/127.0.0.1`). */
  readonly clientHost: string
}

export type DeferredResponse =
  | { readonly kind: 'join'; readonly requestId: RequestId; readonly response: JoinGroupResponse }
  | { readonly kind: 'sync'; readonly requestId: RequestId; readonly response: SyncGroupResponse }

/** The effects of one call: records to append, responses to send once they are committed. */
export interface CoordinatorResult<T> {
  readonly records: readonly CoordinatorRecord[]
  /** Answers to parked JoinGroup/SyncGroup requests, in the order they completed. */
  readonly deferred: readonly DeferredResponse[]
  /** The immediate response; undefined for JoinGroup and SyncGroup, which answer through `deferred`. */
  readonly response: T
}

/** Collects effects while one call runs; the public methods turn it into a CoordinatorResult. */
export class Effects {
  readonly records: CoordinatorRecord[] = []
  readonly deferred: DeferredResponse[] = []

  result<T>(response: T): CoordinatorResult<T> {
    return { records: this.records, deferred: this.deferred, response }
  }
}
