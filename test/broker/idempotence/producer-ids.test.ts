// Goal: producer ids come from blocks of 1000 recorded in the metadata image, never repeat, and
// the next block is taken before the current one runs out. Method: the pure decision on images,
// and ProducerIdManager over a fake allocation that counts its calls.
import { describe, expect, it } from 'vitest'
import {
  allocateProducerIdBlock,
  PRODUCER_ID_BLOCK_SIZE,
  ProducerIdManager,
  type ProducerIdsBlock,
} from '../../../src/broker/producer-ids.js'
import { EMPTY_IMAGE } from '../../../src/metadata/image.js'
import { replay } from '../../../src/metadata/replay.js'

describe('producer id blocks', () => {
  it('takes the block at nextProducerId and records the next one as ProducerIdsRecord', () => {
    const first = allocateProducerIdBlock(EMPTY_IMAGE, 1)
    expect(first.result).toEqual({ brokerId: 1, firstProducerId: 0, size: 1000 })
    expect(first.records).toEqual([
      { type: 'ProducerIdsRecord', data: { brokerId: 1, brokerEpoch: -1n, nextProducerId: 1000n } },
    ])
    const image = replay(EMPTY_IMAGE, first.records, 0)
    expect(image.nextProducerId).toBe(1000)
    expect(allocateProducerIdBlock(image, 2).result.firstProducerId).toBe(1000)
  })

  it('hands out every id of a block once, prefetching the next block at 90%', async () => {
    let next = 0
    let calls = 0
    const manager = new ProducerIdManager(async () => {
      calls++
      const block: ProducerIdsBlock = { brokerId: 1, firstProducerId: next, size: PRODUCER_ID_BLOCK_SIZE }
      next += PRODUCER_ID_BLOCK_SIZE
      return block
    })
    const ids = await Promise.all(Array.from({ length: 50 }, () => manager.generateProducerId()))
    expect(ids).toEqual(Array.from({ length: 50 }, (_, i) => i))
    expect(calls).toBe(1)
    for (let i = 50; i < 901; i++) expect(await manager.generateProducerId()).toBe(i)
    await Promise.resolve()
    expect(calls).toBe(2)
    const rest = []
    for (let i = 901; i < 2100; i++) rest.push(await manager.generateProducerId())
    expect(rest).toEqual(Array.from({ length: 1199 }, (_, i) => 901 + i))
    expect(calls).toBe(3)
  })

  it('reports a failed allocation to the caller and recovers on the next call', async () => {
    let fail = true
    const manager = new ProducerIdManager(async () => {
      if (fail) throw new Error('metadata write failed')
      return { brokerId: 1, firstProducerId: 5000, size: PRODUCER_ID_BLOCK_SIZE }
    })
    await expect(manager.generateProducerId()).rejects.toThrow('metadata write failed')
    fail = false
    expect(await manager.generateProducerId()).toBe(5000)
  })
})
