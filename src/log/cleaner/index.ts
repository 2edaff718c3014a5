// The log cleaner's pure core (compaction, `cleanup.policy=compact`): selection math
// (cleanable.ts), the bounded key -> offset map (offset-map.ts), its build over the dirty
// range (build-offset-map.ts), the per-batch rewrite (clean-batches.ts), transaction state
// across a round (cleaned-transactions.ts), and one round end to end without the disk
// (clean-log.ts). Picking logs on a timer, the `.cleaned`/`.swap` files, throttling and
// metrics belong to the driver that wires this into the log manager.

export * from './build-offset-map.js'
export * from './clean-batches.js'
export * from './clean-log.js'
export * from './cleanable.js'
export * from './cleaned-transactions.js'
export * from './offset-map.js'
