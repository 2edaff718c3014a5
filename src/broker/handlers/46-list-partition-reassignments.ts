// ListPartitionReassignments v0 (KIP-455; flexible from v0), the request behind
// `kafka-reassign-partitions.sh --verify` and `--list`. Forwardable (KIP-590), so it runs on the
// active controller, as Kafka's ControllerApis.handleListPartitionReassignments. It is read from the
// active controller's image after every write queued before it (an empty write), so an
// AlterPartitionReassignments answered earlier is always visible. A null topic list lists every
// partition being reassigned; unknown topics and partitions are left out
// (metadata/controller/reassignment.ts). Off the active controller: top-level NOT_CONTROLLER, as
// ListPartitionReassignmentsRequest.getErrorResponse.
//
// Not implemented: `timeoutMs` (nothing waits), authorization (CLUSTER_DESCRIBE).
import {
  listPartitionReassignments,
  listPartitionReassignmentsErrorResponse,
} from '../../metadata/controller/reassignment.js'
import { ErrorCode, errorInfo } from '../../protocol/errors.js'
import { listPartitionReassignmentsApi } from '../../protocol/generated/apis/list-partition-reassignments.js'
import { defineHandler } from '../handler.js'
import { NotControllerError } from '../metadata-log.js'

export const listPartitionReassignmentsHandler = defineHandler(listPartitionReassignmentsApi, {
  async handle(request, _context, broker) {
    try {
      return await broker.metadata.write((image) => ({
        records: [],
        result: listPartitionReassignments(image, request),
      }))
    } catch (err) {
      if (!(err instanceof NotControllerError)) throw err
      const code = ErrorCode.NOT_CONTROLLER
      return listPartitionReassignmentsErrorResponse(code, errorInfo(code).message ?? null)
    }
  },
})
