// The data-path APIs: Produce, Fetch, ListOffsets, OffsetForLeaderEpoch, DeleteRecords.
import type { Handler } from '../handler.js'
import { produceHandler } from './00-produce.js'
import { fetchHandler } from './01-fetch.js'
import { listOffsetsHandler } from './02-list-offsets.js'
import { deleteRecordsHandler } from './21-delete-records.js'
import { offsetForLeaderEpochHandler } from './23-offset-for-leader-epoch.js'

export const dataHandlers: Handler[] = [
  produceHandler as Handler,
  fetchHandler as Handler,
  listOffsetsHandler as Handler,
  deleteRecordsHandler as Handler,
  offsetForLeaderEpochHandler as Handler,
]
