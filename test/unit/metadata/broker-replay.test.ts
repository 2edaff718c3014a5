// Goal: broker registration records replay as Kafka's ClusterControlManager
// replays them: fence/unfence/registration changes must name the registered
// epoch (anything else stops replay), controlled shutdown remembers the batch
// it began in, unregistering removes the broker; AllocateProducerIds checks
// the epoch before taking a block. Method: records through their encoding
// into fixture images; exact fields asserted.
import { describe, expect, it } from 'vitest'
import { allocateProducerIds } from '../../../src/metadata/controller/producer-ids.js'
import { ErrorCode } from '../../../src/protocol/errors.js'
import { apply, cluster, incarnation } from './lifecycle-fixtures.js'

describe('replaying broker records', () => {
  it('registration: epoch, incarnation, registration offset, features; changes keep the rest', () => {
    let image = cluster([1, 2])
    expect(image.brokers.get(2)).toEqual({
      nodeId: 2,
      endpoints: [{ name: 'PLAINTEXT', host: '127.0.0.1', port: 9002, securityProtocol: 0 }],
      rack: null,
      fenced: false,
      brokerEpoch: 2n,
      incarnationId: incarnation(2),
      inControlledShutdown: false,
      registrationOffset: 2,
      controlledShutdownOffset: -1,
      supportedFeatures: [{ name: 'metadata.version', minSupportedVersion: 1, maxSupportedVersion: 21 }],
    })
    image = apply(image, [{ type: 'FenceBrokerRecord', data: { id: 2, epoch: 2n } }])
    expect(image.brokers.get(2)?.fenced).toBe(true)
    image = apply(image, [{ type: 'UnfenceBrokerRecord', data: { id: 2, epoch: 2n } }])
    expect(image.brokers.get(2)?.fenced).toBe(false)
    image = apply(image, [
      { type: 'ConfigRecord', data: { resourceType: 4, resourceName: '', name: 'x', value: 'y' } },
      {
        type: 'BrokerRegistrationChangeRecord',
        data: { brokerId: 2, brokerEpoch: 2n, fenced: 0, inControlledShutdown: 1, logDirs: [] },
      },
      { type: 'ConfigRecord', data: { resourceType: 4, resourceName: '', name: 'x', value: null } },
    ])
    // The batch's last offset: 3 (the fence), 4 (unfence), then 5..7.
    expect(image.brokers.get(2)).toMatchObject({
      fenced: false,
      inControlledShutdown: true,
      controlledShutdownOffset: 7,
    })
    image = apply(image, [
      {
        type: 'BrokerRegistrationChangeRecord',
        data: { brokerId: 2, brokerEpoch: 2n, fenced: 1, inControlledShutdown: 0, logDirs: [] },
      },
    ])
    expect(image.brokers.get(2)).toMatchObject({
      fenced: true,
      inControlledShutdown: true,
      controlledShutdownOffset: 7,
    })
    image = apply(image, [{ type: 'UnregisterBrokerRecord', data: { brokerId: 2, brokerEpoch: 2n } }])
    expect([...image.brokers.keys()]).toEqual([1])
  })

  it('a change naming another epoch or an unknown broker is a bug: replay refuses it', () => {
    const image = cluster([1])
    expect(() => apply(image, [{ type: 'FenceBrokerRecord', data: { id: 1, epoch: 0n } }])).toThrow(
      'FenceBrokerRecord for broker 1 at epoch 0, registered at 1',
    )
    expect(() => apply(image, [{ type: 'UnfenceBrokerRecord', data: { id: 9, epoch: 1n } }])).toThrow(
      'UnfenceBrokerRecord for unregistered broker 9',
    )
  })
})

describe('allocateProducerIds', () => {
  it('STALE_BROKER_EPOCH unless registered at that epoch; else the next block and its record', () => {
    const image = cluster([1])
    expect(allocateProducerIds(image, { brokerId: 1, brokerEpoch: 0n })).toEqual({
      records: [],
      result: { errorCode: ErrorCode.STALE_BROKER_EPOCH, producerIdStart: -1n, producerIdLen: 0 },
    })
    expect(allocateProducerIds(image, { brokerId: 4, brokerEpoch: 1n }).result.errorCode).toBe(
      ErrorCode.STALE_BROKER_EPOCH,
    )
    const first = allocateProducerIds(image, { brokerId: 1, brokerEpoch: 1n })
    expect(first).toEqual({
      records: [{ type: 'ProducerIdsRecord', data: { brokerId: 1, brokerEpoch: 1n, nextProducerId: 1000n } }],
      result: { errorCode: ErrorCode.NONE, producerIdStart: 0n, producerIdLen: 1000 },
    })
    const next = apply(image, first.records)
    expect(allocateProducerIds(next, { brokerId: 1, brokerEpoch: 1n }).result.producerIdStart).toBe(1000n)
  })
})
