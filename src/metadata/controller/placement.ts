// Where new partitions' replicas go: Kafka's StripedReplicaPlacer, simplified.
// Pure; randomness comes in as a function.
//
// - Only usable brokers: registered, unfenced, not in controlled shutdown
//   (Kafka may also place followers on fenced brokers; we do not).
// - The usable brokers are laid out rack by rack interleaved: racks sorted by
//   name (brokers without a rack form one group), brokers by id within a rack,
//   then the first broker of every rack, the second of every rack, and so on.
//   Without racks this is the brokers by id.
// - Partition p's first replica (its preferred leader) is the broker at
//   (start + p) in that list, so leadership stripes across brokers; `start`
//   is drawn once per call from `random` (Kafka also starts at a random
//   offset), or is 0 when no `random` is given.
// - The next replicas walk on from there, skipping brokers on a rack the
//   partition already uses while an unused rack is left: a partition's
//   replicas are on distinct racks whenever there are enough racks.
//
// Errors are Kafka's INVALID_REPLICATION_FACTOR messages, which the caller
// prefixes with "Unable to replicate the partition N time(s): ".
import type { MetadataImage } from '../image.js'
import { isActiveBroker } from '../image.js'

export type PlacementResult =
  | { readonly ok: true; readonly assignments: number[][] }
  | { readonly ok: false; readonly message: string }

export interface PlacementRequest {
  /** The id of the first partition placed (CreatePartitions continues a topic's stripe). */
  readonly startPartition: number
  readonly numPartitions: number
  readonly replicationFactor: number
  /** A number in [0, 1), as Math.random; absent: start at 0. */
  readonly random?: () => number
}

export function placeReplicas(image: MetadataImage, request: PlacementRequest): PlacementResult {
  const { replicationFactor } = request
  if (replicationFactor <= 0) {
    return {
      ok: false,
      message: `Invalid replication factor ${replicationFactor}: the replication factor must be positive.`,
    }
  }
  const usable = [...image.brokers.values()].filter((b) => isActiveBroker(image, b.nodeId))
  if (usable.length === 0) {
    // Kafka's placer refuses when nothing is unfenced; createTopic when the rest are shutting down.
    const unfenced = [...image.brokers.values()].some((b) => !b.fenced)
    return {
      ok: false,
      message: unfenced
        ? 'All brokers are currently fenced or in controlled shutdown.'
        : 'All brokers are currently fenced.',
    }
  }
  if (replicationFactor > usable.length) {
    return {
      ok: false,
      message: `The target replication factor of ${replicationFactor} cannot be reached because only ${usable.length} broker(s) are registered.`,
    }
  }
  const rackOf = new Map(usable.map((b) => [b.nodeId, b.rack]))
  const list = interleaveRacks(usable.map((b) => ({ id: b.nodeId, rack: b.rack })))
  const start = request.random === undefined ? 0 : Math.floor(request.random() * list.length) % list.length
  const assignments: number[][] = []
  for (let i = 0; i < request.numPartitions; i++) {
    const first = (start + request.startPartition + i) % list.length
    const replicas: number[] = []
    const racks = new Set<string | null>()
    const rackCount = new Set(rackOf.values()).size
    for (let step = 0; replicas.length < replicationFactor && step < 2 * list.length; step++) {
      const id = list[(first + (step % list.length)) % list.length]!
      if (replicas.includes(id)) continue
      const rack = rackOf.get(id) ?? null
      // First lap: only racks not used yet (while one is left); second lap: anything not chosen.
      if (step < list.length && racks.has(rack) && racks.size < rackCount) continue
      replicas.push(id)
      racks.add(rack)
    }
    assignments.push(replicas)
  }
  return { ok: true, assignments }
}

function interleaveRacks(brokers: readonly { id: number; rack: string | null }[]): number[] {
  const byRack = new Map<string, number[]>()
  for (const b of brokers) {
    const key = b.rack === null ? '' : `r:${b.rack}`
    const ids = byRack.get(key) ?? []
    ids.push(b.id)
    byRack.set(key, ids)
  }
  const racks = [...byRack.keys()].sort().map((k) => byRack.get(k)!.sort((a, b) => a - b))
  const out: number[] = []
  for (let i = 0; out.length < brokers.length; i++) {
    for (const ids of racks) {
      const id = ids[i]
      if (id !== undefined) out.push(id)
    }
  }
  return out
}
