// The data-path APIs: Produce, Fetch, ListOffsets, OffsetForLeaderEpoch, DeleteRecords.
import type { Handler } from '../handler.js'

export const dataHandlers: Handler[] = []
