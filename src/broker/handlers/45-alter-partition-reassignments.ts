// AlterPartitionReassignments v0 (KIP-455; flexible from v0), the request behind
// `kafka-reassign-partitions.sh --execute` and `--cancel`. Forwardable (KIP-590): a broker that is
// not the active controller sends it there in an Envelope, so this runs on the active controller,
// as Kafka's ControllerApis.handleAlterPartitionReassignments. The decision is
// metadata/controller/reassignment.ts; its PartitionChangeRecords are committed as one batch
// before the answer, which therefore says the reassignment started (or was cancelled), not that
// it finished: the active controller completes it later (broker/reassignment-completer.ts), and
// ListPartitionReassignments shows it until then. Off the active controller (or on losing it
// before the commit) the top level and every partition answer NOT_CONTROLLER, as
// AlterPartitionReassignmentsRequest.getErrorResponse.
//
// Not implemented: v1 (allowReplicationFactorChange, KIP-860: our spec stops at v0), `timeoutMs`
// (the answer waits for the commit), authorization (CLUSTER_ALTER).
import {
  alterPartitionReassignments,
  alterPartitionReassignmentsErrorResponse,
} from '../../metadata/controller/reassignment.js'
import { ErrorCode, errorInfo } from '../../protocol/errors.js'
import { alterPartitionReassignmentsApi } from '../../protocol/generated/apis/alter-partition-reassignments.js'
import { defineHandler } from '../handler.js'
import { NotControllerError } from '../metadata-log.js'

export const alterPartitionReassignmentsHandler = defineHandler(alterPartitionReassignmentsApi, {
  async handle(request, _context, broker) {
    try {
      return await broker.metadata.write((image) => {
        const decision = alterPartitionReassignments(image, request)
        if (decision.records.length > 0) {
          broker.logger.info({ partitions: decision.records.length }, 'partition reassignments altered')
        }
        return { records: decision.records, result: decision.response }
      })
    } catch (err) {
      if (!(err instanceof NotControllerError)) throw err
      const code = ErrorCode.NOT_CONTROLLER
      return alterPartitionReassignmentsErrorResponse(request, code, errorInfo(code).message ?? null)
    }
  },
})
