// The active controller's completion of partition reassignments (KIP-455). Kafka completes a
// reassignment inside the PartitionChangeBuilder of the change that allows it (mostly the leader's
// AlterPartition adding the last new replica to the ISR); here the AlterPartition decision stays
// as it is, and this task writes the completion right after: on every new image, and when this
// node becomes the active controller (a completion the previous one had not yet written), it
// writes the records of `completeReassignments` (metadata/controller/reassignment.ts) when there
// are any. The decision runs again inside the write on the latest image, so two passes never
// write one completion twice; one pass is in flight at a time and a newer image asks for one more.
// A pass that loses the controller role before its commit is dropped: the next active controller
// runs its own.
import type { Logger } from 'pino'
import { completeReassignments, isReassigning } from '../metadata/controller/reassignment.js'
import type { MetadataImage } from '../metadata/image.js'
import type { Broker } from './broker.js'
import { type Decision, NotControllerError } from './metadata-log.js'

/** The parts of MetadataLog the task needs (a fake in tests). */
export interface CompleterMetadata {
  readonly image: MetadataImage
  isActiveController(): boolean
  write<T>(decide: (image: MetadataImage) => Decision<T>): Promise<T>
  onImage(listener: (image: MetadataImage) => void): () => void
}

export interface ReassignmentCompleterOptions {
  readonly metadata: CompleterMetadata
  /** Calls `listener` whenever this node may have become the active controller; returns an unsubscribe. */
  readonly onLeaderChange: (listener: () => void) => () => void
  readonly logger: Logger
}

/** Starts the task; the returned function stops it (a pass in flight still finishes its write). */
export function startReassignmentCompleterTask(options: ReassignmentCompleterOptions): () => void {
  const { metadata, logger } = options
  let stopped = false
  let running = false
  let again = false
  const pass = async () => {
    if (stopped || !metadata.isActiveController() || !anyReassigning(metadata.image)) return
    if (running) {
      again = true
      return
    }
    running = true
    try {
      const completed = await metadata.write((image) => {
        const records = completeReassignments(image)
        return { records, result: records.length }
      })
      if (completed > 0) logger.info({ partitions: completed }, 'partition reassignments completed')
    } catch (err) {
      if (!(err instanceof NotControllerError)) logger.warn({ err }, 'completing partition reassignments failed')
    } finally {
      running = false
    }
    if (again) {
      again = false
      await pass()
    }
  }
  const run = () => void pass()
  const stopImages = metadata.onImage(run)
  const stopLeaders = options.onLeaderChange(run)
  run()
  return () => {
    stopped = true
    stopImages()
    stopLeaders()
  }
}

function anyReassigning(image: MetadataImage): boolean {
  for (const topic of image.topicsByName.values()) {
    for (const partition of topic.partitions) if (partition !== undefined && isReassigning(partition)) return true
  }
  return false
}

/** The task for a node with the controller role. */
export function startReassignmentCompleter(broker: Broker): () => void {
  return startReassignmentCompleterTask({
    metadata: broker.metadata,
    onLeaderChange: (listener) => broker.metadata.quorum.onLeaderChange(() => listener()),
    logger: broker.logger,
  })
}
