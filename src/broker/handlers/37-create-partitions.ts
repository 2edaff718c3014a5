// CreatePartitions v0-3. v1 same as v0 (throttling behaviour, KIP-219); v2
// flexible; v3 quota errors (KIP-599). Decided by
// metadata/controller/create-partitions.ts: only increases, with Kafka's
// INVALID_PARTITIONS / INVALID_REPLICA_ASSIGNMENT messages; new partitions
// are PartitionRecords and the log reconciler opens their logs.
//
// Not implemented: `timeoutMs` (committed before the answer), quotas,
// authorization.
import { createPartitions } from '../../metadata/controller/create-partitions.js'
import { createPartitionsApi } from '../../protocol/generated/apis/create-partitions.js'
import { defineHandler } from '../handler.js'

export const createPartitionsHandler = defineHandler(createPartitionsApi, {
  async handle(request, _context, broker) {
    const results = await broker.metadata.write((image) => {
      const decision = createPartitions(image, request.topics, request.validateOnly, { random: Math.random })
      return { records: decision.records, result: decision.results }
    })
    const response = createPartitionsApi.response.create()
    response.results = results.map((r) => ({ ...r }))
    return response
  },
})
