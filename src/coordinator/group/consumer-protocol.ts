// Reads the topics out of a consumer's JoinGroup metadata (ConsumerProtocolSubscription), the one
// place the coordinator looks inside the otherwise opaque member metadata: OffsetDelete refuses to
// delete offsets of topics the group subscribes to, and offset expiration keeps them.
//
// Layout: int16 version, then the subscription struct of that version. Every version starts with
// the v0 fields (topics, userData), so we read v0 whatever the version says and ignore the rest,
// as Kafka's `ClassicGroup.computeSubscribedTopics` does. This also reads subscriptions that claim
// a version whose fields they lack (@platformatic/kafka sends "v1" without owned partitions).

import { DecodeError } from '../../protocol/decode-error.js'
import { readConsumerProtocolSubscription } from '../../protocol/generated/message/consumer-protocol-subscription.js'
import { Reader } from '../../protocol/reader.js'

/** The subscribed topics, or null when the bytes are not a consumer subscription. */
export function subscribedTopicsOf(metadata: Buffer): string[] | null {
  try {
    const r = new Reader(metadata)
    const version = r.readInt16()
    if (version < 0) return null
    return readConsumerProtocolSubscription(r, 0).topics
  } catch (err) {
    if (err instanceof DecodeError) return null
    throw err
  }
}
