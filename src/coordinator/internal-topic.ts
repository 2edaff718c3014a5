// The internal topic a coordinator keeps its state in (__consumer_offsets, __transaction_state),
// shared by the group and transaction runtimes: creating it on first use with a replication factor
// capped by the live brokers (KAFKA-TRAPS 11), hashing a key to its partition, answering
// FindCoordinator (the leader of the key's partition), and following leadership as metadata images
// arrive: a partition this node starts leading (or leads at a new leader epoch) is handed to
// `load`, one it stops leading is handed to `unload`. A runtime extends `InternalTopicRuntime`,
// keeps its partitions' states in `partitions` and implements `load` and `unload`; once `closed`,
// the topic is not created, FindCoordinator answers COORDINATOR_NOT_AVAILABLE and images are ignored.

import type { Logger } from 'pino'
import type { PartitionLog } from '../log/partition-log.js'
import type { MetadataImage, PartitionImage } from '../metadata/image.js'
import { ErrorCode } from '../protocol/errors.js'

/** What a runtime asks the broker to create. */
export interface InternalTopicSpec {
  readonly name: string
  readonly numPartitions: number
  readonly replicationFactor: number
  readonly configs: ReadonlyMap<string, string>
}

/** The answer of `coordinatorFor`: the partition's leader, or why there is none. */
export type CoordinatorLookup =
  | { readonly ok: true; readonly partition: number; readonly leader: number }
  | { readonly ok: false; readonly errorCode: ErrorCode }

export interface InternalTopicOptions {
  readonly name: string
  readonly nodeId: number
  /** Used when the topic is created; an existing topic's count wins. */
  readonly numPartitions: number
  /** Capped by the live brokers at creation. */
  readonly replicationFactor: number
  /** The topic's configs, given the replication factor it is created with. */
  readonly configs: (replicationFactor: number) => ReadonlyMap<string, string>
  /** The partition of a key (group id, transactional id) among `partitionCount`. */
  readonly partitionOf: (key: string, partitionCount: number) => number
  readonly logs: { getLog(tp: { topic: string; partition: number }): PartitionLog | undefined }
  readonly image: () => MetadataImage
  /** Creates the topic through the controller; resolves once the image that holds it is published. */
  readonly createTopic: (spec: InternalTopicSpec) => Promise<{ errorCode: number; message: string | null }>
  readonly logger: Logger
}

export abstract class InternalTopicRuntime<S extends { readonly leaderEpoch: number }> {
  /** One state per partition this node leads (none for the others). */
  protected readonly partitions = new Map<number, S>()
  protected closed = false
  readonly #topicOptions: InternalTopicOptions
  #creating: Promise<void> | null = null

  constructor(options: InternalTopicOptions) {
    this.#topicOptions = options
  }

  /** This node now leads `partition` at `leaderEpoch`: start loading it from `log`. */
  protected abstract load(partition: number, leaderEpoch: number, log: PartitionLog): void
  /** This node no longer leads `partition` (or leads it at another epoch): forget it. */
  protected abstract unload(partition: number): void

  /** The topic in the current image, if it exists. */
  protected topic() {
    return this.#topicOptions.image().topicsByName.get(this.#topicOptions.name)
  }

  /** Creates the topic unless it exists; resolves when it does (or creation failed). */
  ensureTopic(): Promise<void> {
    if (this.closed || this.topic() !== undefined) return Promise.resolve()
    this.#creating ??= this.#create().finally(() => {
      this.#creating = null
    })
    return this.#creating
  }

  async #create(): Promise<void> {
    const image = this.#topicOptions.image()
    const liveBrokers = [...image.brokers.values()].filter((b) => !b.fenced).length
    const replicationFactor = Math.max(1, Math.min(this.#topicOptions.replicationFactor, liveBrokers))
    const result = await this.#topicOptions.createTopic({
      name: this.#topicOptions.name,
      numPartitions: this.#topicOptions.numPartitions,
      replicationFactor,
      configs: this.#topicOptions.configs(replicationFactor),
    })
    if (result.errorCode !== ErrorCode.NONE && result.errorCode !== ErrorCode.TOPIC_ALREADY_EXISTS) {
      this.#topicOptions.logger.warn(
        { errorCode: result.errorCode, message: result.message },
        `cannot create ${this.#topicOptions.name}`,
      )
    }
  }

  /** The number of partitions keys hash over: the topic's, or the configured count before it exists. */
  get partitionCount(): number {
    return this.topic()?.partitions.length || this.#topicOptions.numPartitions
  }

  /** The partition of a key. */
  partitionFor(key: string): number {
    return this.#topicOptions.partitionOf(key, this.partitionCount)
  }

  /** Which broker coordinates a key (FindCoordinator): the leader of its partition. */
  coordinatorFor(key: string): CoordinatorLookup {
    if (this.closed) return { ok: false, errorCode: ErrorCode.COORDINATOR_NOT_AVAILABLE }
    const topic = this.topic()
    if (topic === undefined) return { ok: false, errorCode: ErrorCode.COORDINATOR_NOT_AVAILABLE }
    const partition = this.#topicOptions.partitionOf(key, topic.partitions.length)
    const leader = topic.partitions[partition]?.leader ?? -1
    if (leader < 0) return { ok: false, errorCode: ErrorCode.COORDINATOR_NOT_AVAILABLE }
    return { ok: true, partition, leader }
  }

  /** Loads the partitions this node now leads and unloads the others (a new metadata image). */
  onImage(image: MetadataImage): void {
    if (this.closed) return
    const { name } = this.#topicOptions
    const held = this.partitions
    const topic = image.topicsByName.get(name)
    for (const [partition, state] of [...held]) {
      const current = topic?.partitions[partition]
      if (!this.#leads(current) || current?.leaderEpoch !== state.leaderEpoch) this.unload(partition)
    }
    for (const p of topic?.partitions ?? []) {
      if (!this.#leads(p) || held.has(p.partition)) continue
      const log = this.#topicOptions.logs.getLog({ topic: name, partition: p.partition })
      if (log === undefined) continue
      this.load(p.partition, p.leaderEpoch, log)
    }
  }

  #leads(p: PartitionImage | undefined): boolean {
    return p !== undefined && p.leader === this.#topicOptions.nodeId
  }
}
