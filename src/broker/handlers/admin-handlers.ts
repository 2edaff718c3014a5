// The admin APIs: topics, partitions, configs, cluster and log-dir descriptions.
import type { Handler } from '../handler.js'

export const adminHandlers: Handler[] = []
