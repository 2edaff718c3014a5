// Test scaffolding for the transaction coordinator shard: a simulated wall clock, producer ids
// handed out in order from 1000, a log that keeps every record the shard asked to append (and
// replays into a fresh shard on `reload`), and the markers the driver would be writing. Builders
// start tests from a named state (`withOngoing`), as Kafka's TransactionCoordinatorTest does.

import { expect } from 'vitest'
import { groupPartition } from '../../../../src/coordinator/group/partition.js'
import type { TransactionCoordinatorConfig } from '../../../../src/coordinator/transaction/config.js'
import type { TopicPartition, TransactionMetadata } from '../../../../src/coordinator/transaction/metadata.js'
import { type TransactionRecord, transactionRecord } from '../../../../src/coordinator/transaction/records.js'
import { TransactionCoordinatorShard } from '../../../../src/coordinator/transaction/shard.js'
import type { CoordinatorResult, TxnMarker } from '../../../../src/coordinator/transaction/types.js'
import { ErrorCode } from '../../../../src/protocol/errors.js'
import type { AddPartitionsToTxnResult } from '../../../../src/protocol/generated/message/add-partitions-to-txn-response.js'
import type { InitProducerIdResponse } from '../../../../src/protocol/generated/message/init-producer-id-response.js'

export const T0 = 1_000_000
export const TIMEOUT_MS = 60_000
export const COORDINATOR_EPOCH = 7

export interface Producer {
  readonly producerId: bigint
  readonly producerEpoch: number
}

export class TxnContext {
  nowMs = T0
  coordinatorEpoch = COORDINATOR_EPOCH
  nextProducerId = 1000n
  producerIdsAvailable = true
  shard: TransactionCoordinatorShard
  /** Every record the shard returned, in order: what the log would hold. */
  readonly log: TransactionRecord[] = []
  /** Markers the driver is writing (replaced on reload, as the driver drops them on unload). */
  markers: TxnMarker[] = []
  readonly config: Partial<TransactionCoordinatorConfig>

  constructor(config: Partial<TransactionCoordinatorConfig> = {}) {
    this.config = config
    this.shard = this.#newShard()
    this.collect(this.shard.onLoaded(this.nowMs))
  }

  #newShard(): TransactionCoordinatorShard {
    return new TransactionCoordinatorShard({
      config: this.config,
      coordinatorEpoch: this.coordinatorEpoch,
      allocateProducerId: () => (this.producerIdsAvailable ? this.nextProducerId++ : null),
      groupPartition: (groupId) => groupPartition(groupId, 50),
    })
  }

  collect<T>(result: CoordinatorResult<T>): T {
    this.log.push(...result.records)
    this.markers.push(...result.markers)
    return result.response
  }

  init(
    transactionalId: string,
    options: { timeoutMs?: number; producerId?: bigint; producerEpoch?: number; version?: number } = {},
  ): InitProducerIdResponse {
    return this.collect(
      this.shard.initProducerId(
        { apiVersion: options.version ?? 5 },
        {
          transactionalId,
          transactionTimeoutMs: options.timeoutMs ?? TIMEOUT_MS,
          producerId: options.producerId ?? -1n,
          producerEpoch: options.producerEpoch ?? -1,
        },
        this.nowMs,
      ),
    )
  }

  /** Initialises and expects success. */
  initOk(transactionalId: string, options: Parameters<TxnContext['init']>[1] = {}): Producer {
    const r = this.init(transactionalId, options)
    expect(r.errorCode).toBe(ErrorCode.NONE)
    return { producerId: r.producerId, producerEpoch: r.producerEpoch }
  }

  add(
    transactionalId: string,
    p: Producer,
    partitions: Array<[string, number]>,
    options: { version?: number; verifyOnly?: boolean } = {},
  ): AddPartitionsToTxnResult {
    const topics = new Map<string, number[]>()
    for (const [topic, partition] of partitions) topics.set(topic, [...(topics.get(topic) ?? []), partition])
    return this.collect(
      this.shard.addPartitionsToTxn(
        { apiVersion: options.version ?? 3 },
        {
          transactionalId,
          producerId: p.producerId,
          producerEpoch: p.producerEpoch,
          verifyOnly: options.verifyOnly ?? false,
          topics: [...topics].map(([name, ps]) => ({ name, partitions: ps })),
        },
        this.nowMs,
      ),
    )
  }

  /** The one error code of an AddPartitionsToTxn result whose partitions all share it. */
  addError(transactionalId: string, p: Producer, partitions: Array<[string, number]>, version = 3): number {
    const codes = errorCodes(this.add(transactionalId, p, partitions, { version }))
    expect(new Set(codes).size).toBe(1)
    return codes[0] ?? -1
  }

  addOffsets(transactionalId: string, p: Producer, groupId: string, version = 3): number {
    return this.collect(
      this.shard.addOffsetsToTxn(
        { apiVersion: version },
        { transactionalId, producerId: p.producerId, producerEpoch: p.producerEpoch, groupId },
        this.nowMs,
      ),
    ).errorCode
  }

  end(transactionalId: string, p: Producer, committed: boolean, version = 4): number {
    return this.collect(
      this.shard.endTxn(
        { apiVersion: version },
        { transactionalId, producerId: p.producerId, producerEpoch: p.producerEpoch, committed },
        this.nowMs,
      ),
    ).errorCode
  }

  /** Reports markers as written: all partitions of every outstanding marker, or those given. */
  writeMarkers(marker?: TxnMarker, partitions?: TopicPartition[]): boolean[] {
    const targets = marker === undefined ? [...this.markers] : [marker]
    const answers: boolean[] = []
    for (const m of targets) {
      const written = partitions ?? m.partitions
      answers.push(this.collect(this.shard.markersWritten({ ...m, partitions: written }, this.nowMs)))
      if (partitions === undefined) this.markers = this.markers.filter((x) => x !== m)
    }
    return answers
  }

  advance(ms: number): void {
    this.nowMs += ms
    const r = this.shard.tick(this.nowMs)
    this.collect(r)
  }

  /** Unloads and loads the partition again from the log, at the next coordinator epoch. */
  reload(coordinatorEpoch = this.coordinatorEpoch + 1): void {
    this.shard.unload()
    this.coordinatorEpoch = coordinatorEpoch
    this.markers = []
    this.shard = this.#newShard()
    for (const record of this.log) this.shard.replay(record)
    this.collect(this.shard.onLoaded(this.nowMs))
  }

  /** Starts from a log that holds `metadata` as its latest record for the id (then reloads). */
  withRecord(metadata: TransactionMetadata): this {
    this.log.push(transactionRecord(metadata.transactionalId, metadata))
    this.reload(this.coordinatorEpoch)
    return this
  }

  describe(transactionalId: string) {
    return this.shard.describeTransaction(transactionalId)
  }

  txn(transactionalId: string): TransactionMetadata {
    const m = this.shard.transaction(transactionalId)
    expect(m).toBeDefined()
    return m as TransactionMetadata
  }

  /** An initialised producer with an Ongoing transaction over `partitions`. */
  withOngoing(
    transactionalId: string,
    partitions: Array<[string, number]> = [
      ['t', 0],
      ['t', 1],
      ['u', 0],
    ],
  ): Producer {
    const p = this.initOk(transactionalId)
    expect(errorCodes(this.add(transactionalId, p, partitions))).toEqual(partitions.map(() => ErrorCode.NONE))
    expect(this.txn(transactionalId).state).toBe('Ongoing')
    return p
  }
}

export function errorCodes(result: AddPartitionsToTxnResult): number[] {
  return result.topicResults.flatMap((t) => t.resultsByPartition.map((p) => p.partitionErrorCode))
}
