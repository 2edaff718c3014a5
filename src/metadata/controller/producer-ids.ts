// The controller's producer id blocks, as Kafka's ProducerIdControlManager:
// a block of 1000 ids is taken by a ProducerIdsRecord { brokerId,
// brokerEpoch, nextProducerId = the first id after the block }, so no id is
// ever handed out twice, across restarts and brokers. Pure: the block is a
// function of the image. AllocateProducerIds (API 67) first checks that the
// asking broker is registered at that epoch (Kafka's checkBrokerEpoch).
import { ErrorCode } from '../../protocol/errors.js'
import { assert } from '../../util/assert.js'
import type { MetadataImage } from '../image.js'
import type { ControllerRecord } from './configs.js'

export const PRODUCER_ID_BLOCK_SIZE = 1000

export interface ProducerIdsBlock {
  readonly brokerId: number
  readonly firstProducerId: number
  readonly size: number
}

/** The next block for `brokerId`, and the record that takes it. */
export function allocateProducerIdBlock(
  image: { readonly nextProducerId?: number },
  brokerId: number,
  brokerEpoch = -1,
): { records: ControllerRecord[]; result: ProducerIdsBlock } {
  const firstProducerId = image.nextProducerId ?? 0
  const next = firstProducerId + PRODUCER_ID_BLOCK_SIZE
  // Kafka fails at Long.MAX_VALUE; our ids are numbers, so the bound is 2^53.
  assert(Number.isSafeInteger(next), 'producer ids exhausted')
  return {
    records: [
      {
        type: 'ProducerIdsRecord',
        data: { brokerId, brokerEpoch: BigInt(brokerEpoch), nextProducerId: BigInt(next) },
      },
    ],
    result: { brokerId, firstProducerId, size: PRODUCER_ID_BLOCK_SIZE },
  }
}

export interface AllocateProducerIdsAnswer {
  readonly errorCode: number
  readonly producerIdStart: bigint
  readonly producerIdLen: number
}

/** AllocateProducerIds: STALE_BROKER_EPOCH unless the broker is registered at `brokerEpoch`, else the next block. */
export function allocateProducerIds(
  image: MetadataImage,
  request: { readonly brokerId: number; readonly brokerEpoch: bigint },
): { records: ControllerRecord[]; result: AllocateProducerIdsAnswer } {
  const broker = image.brokers.get(request.brokerId)
  if (broker === undefined || (broker.brokerEpoch ?? -1n) !== request.brokerEpoch) {
    return { records: [], result: { errorCode: ErrorCode.STALE_BROKER_EPOCH, producerIdStart: -1n, producerIdLen: 0 } }
  }
  const block = allocateProducerIdBlock(image, request.brokerId, Number(request.brokerEpoch))
  return {
    records: block.records,
    result: {
      errorCode: ErrorCode.NONE,
      producerIdStart: BigInt(block.result.firstProducerId),
      producerIdLen: block.result.size,
    },
  }
}
