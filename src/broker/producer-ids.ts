// Producer ids for InitProducerId, handed out from blocks of 1000 that the
// controller records in the metadata log, as Kafka's KRaft controller
// (ProducerIdControlManager) and broker (RPCProducerIdManager) do: a block is
// taken by appending a ProducerIdsRecord { brokerId, brokerEpoch,
// nextProducerId = the first id after the block }, so a restart (or another
// broker) never hands out an id twice; ids left in a block at shutdown are
// skipped.
//
// The decision is a pure function of the metadata image
// (`allocateProducerIdBlock`), so the controller's AllocateProducerIds can
// serve other brokers with it once there are several nodes; here the node is
// its own controller and takes blocks through `broker.metadata.write`. The
// manager asks for the next block when 90% of the current one is used (as
// RPCProducerIdManager), so InitProducerId rarely waits for a metadata write.
//
// The broker epoch written is -1: this single-voter controller does not check
// it (Kafka's answers STALE_BROKER_EPOCH to a fenced broker).
//
// A node that is not the active controller asks the controller for blocks
// with AllocateProducerIds v0 over the controller channel, sending its own
// registration's broker epoch, as RPCProducerIdManager does; an error answer
// or no controller in time fails that allocation (InitProducerId retries).
import {
  allocateProducerIdBlock,
  PRODUCER_ID_BLOCK_SIZE,
  type ProducerIdsBlock,
} from '../metadata/controller/producer-ids.js'
import { ErrorCode, errorName } from '../protocol/errors.js'
import { allocateProducerIdsApi } from '../protocol/generated/apis/allocate-producer-ids.js'
import type { Broker } from './broker.js'

// The block decision is the controller's (metadata/controller/producer-ids.ts); re-exported for this file's users.
export { allocateProducerIdBlock, PRODUCER_ID_BLOCK_SIZE, type ProducerIdsBlock }

const PREFETCH_THRESHOLD = 0.9

/** Hands out ids from the current block, taking the next one through `allocate`. */
export class ProducerIdManager {
  private next = 0
  private end = 0
  private prefetched: ProducerIdsBlock | null = null
  private pending: Promise<void> | null = null

  constructor(private readonly allocate: () => Promise<ProducerIdsBlock>) {}

  /** A producer id never handed out before; waits for a metadata write only when no block is left. */
  async generateProducerId(): Promise<number> {
    for (let attempt = 0; attempt < 3; attempt++) {
      if (this.next >= this.end && this.prefetched !== null) this.use(this.prefetched)
      if (this.next < this.end) {
        const id = this.next++
        const block = this.end - this.next
        if (block < PRODUCER_ID_BLOCK_SIZE * (1 - PREFETCH_THRESHOLD) && this.prefetched === null) {
          void this.fetch().catch(() => {})
        }
        return id
      }
      await this.fetch()
    }
    throw new Error('no producer id block could be taken')
  }

  private use(block: ProducerIdsBlock): void {
    this.prefetched = null
    this.next = block.firstProducerId
    this.end = block.firstProducerId + block.size
  }

  /** One allocation at a time; its block waits in `prefetched` until the current one runs out. */
  private fetch(): Promise<void> {
    this.pending ??= this.allocate()
      .then((block) => {
        this.prefetched = block
      })
      .finally(() => {
        this.pending = null
      })
    return this.pending
  }
}

const managers = new WeakMap<Broker, ProducerIdManager>()

/** The node's producer id manager (one per broker), taking blocks from its metadata log. */
export function producerIdManager(broker: Broker): ProducerIdManager {
  let manager = managers.get(broker)
  if (manager === undefined) {
    manager = new ProducerIdManager(() =>
      broker.metadata.isActiveController()
        ? broker.metadata.write((image) => allocateProducerIdBlock(image, broker.nodeId))
        : allocateFromController(broker),
    )
    managers.set(broker, manager)
  }
  return manager
}

/** AllocateProducerIds to the active controller, for a node that is not it. */
async function allocateFromController(broker: Broker): Promise<ProducerIdsBlock> {
  const channel = broker.controllerChannel
  if (channel === null) throw new Error('no controller channel to allocate producer ids from')
  const brokerEpoch = broker.image.brokers.get(broker.nodeId)?.brokerEpoch ?? -1n
  const response = await channel.request(allocateProducerIdsApi, 0, { brokerId: broker.nodeId, brokerEpoch })
  if (response.errorCode !== ErrorCode.NONE) {
    throw new Error(`AllocateProducerIds failed: ${errorName(response.errorCode)}`)
  }
  return { brokerId: broker.nodeId, firstProducerId: Number(response.producerIdStart), size: response.producerIdLen }
}
