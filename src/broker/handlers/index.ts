// Every API this broker serves, by key. ApiVersions advertises exactly these.
// Grouped by area so that work on one area does not touch another's list.
import type { Handler } from '../handler.js'
import { metadataHandler } from './03-metadata.js'
import { apiVersionsHandler } from './18-api-versions.js'
import { describeQuorumHandler } from './55-describe-quorum.js'
import { adminHandlers } from './admin-handlers.js'
import { dataHandlers } from './data-handlers.js'
import { groupHandlers } from './group-handlers.js'
import { txnHandlers } from './txn-handlers.js'

const all: Handler[] = [
  metadataHandler as Handler,
  apiVersionsHandler as Handler,
  describeQuorumHandler as Handler,
  ...dataHandlers,
  ...adminHandlers,
  ...groupHandlers,
  ...txnHandlers,
]

export const brokerHandlers: ReadonlyMap<number, Handler> = new Map(all.map((h) => [h.api.apiKey, h]))
