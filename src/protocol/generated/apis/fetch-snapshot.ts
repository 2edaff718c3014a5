// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// API key 59: FetchSnapshot.
import type { ApiDefinition } from '../api-table.js'
import { defaultFetchSnapshotRequest, readFetchSnapshotRequest, writeFetchSnapshotRequest, type FetchSnapshotRequest } from '../message/fetch-snapshot-request.js'
import { defaultFetchSnapshotResponse, readFetchSnapshotResponse, writeFetchSnapshotResponse, type FetchSnapshotResponse } from '../message/fetch-snapshot-response.js'

export const fetchSnapshotApi: ApiDefinition<FetchSnapshotRequest, FetchSnapshotResponse> = {
  ...{ apiKey: 59, name: 'FetchSnapshot', minVersion: 0, maxVersion: 1, flexibleMinVersion: 0, deprecatedMaxVersion: -1, listeners: ['controller'], latestVersionUnstable: false },
  request: { name: 'FetchSnapshotRequest', minVersion: 0, maxVersion: 1, flexibleMinVersion: 0, read: readFetchSnapshotRequest, write: writeFetchSnapshotRequest, create: defaultFetchSnapshotRequest },
  response: { name: 'FetchSnapshotResponse', minVersion: 0, maxVersion: 1, flexibleMinVersion: 0, read: readFetchSnapshotResponse, write: writeFetchSnapshotResponse, create: defaultFetchSnapshotResponse },
}
