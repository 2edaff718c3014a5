// AlterPartition v0-3 (controller listener only): a partition leader proposes a new ISR (and
// leader recovery state). Decided by metadata/controller/alter-partition.ts on the latest image
// (Kafka's ReplicationControlManager.alterPartition): the PartitionChangeRecords it returns are
// committed through the metadata quorum before the answer, so a leader told NONE finds the same
// ISR in the image it replays next. v0-1 name topics, v2+ topic ids, v3 members with broker
// epochs (KIP-903). A node that is not the active controller (or stops being it before the
// commit) answers NOT_CONTROLLER at the top level; the sender's channel retries at the new one.
import { alterPartition } from '../../metadata/controller/alter-partition.js'
import { ErrorCode } from '../../protocol/errors.js'
import { alterPartitionApi } from '../../protocol/generated/apis/alter-partition.js'
import { notController } from '../controller-heartbeats.js'
import { defineHandler } from '../handler.js'

export const alterPartitionHandler = defineHandler(alterPartitionApi, {
  async handle(request, context, broker) {
    const refused = () => {
      const response = alterPartitionApi.response.create()
      response.errorCode = ErrorCode.NOT_CONTROLLER
      return response
    }
    if (!broker.metadata.isActiveController()) return refused()
    const response = await notController(
      broker.metadata.write((image) => {
        const decision = alterPartition(image, request, { version: context.apiVersion })
        return { records: decision.records, result: decision.response }
      }),
    )
    return response ?? refused()
  },
})
