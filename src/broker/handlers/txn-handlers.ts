// The producer APIs: InitProducerId (producer ids for idempotent producers) and DescribeProducers.
// The transaction coordinator's APIs join them here.
import type { Handler } from '../handler.js'
import { initProducerIdHandler } from './22-init-producer-id.js'
import { describeProducersHandler } from './61-describe-producers.js'

export const txnHandlers: Handler[] = [initProducerIdHandler as Handler, describeProducersHandler as Handler]
