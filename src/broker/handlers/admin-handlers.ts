// The admin APIs: topics, partitions, configs, leader elections, partition reassignments, cluster and
// log-dir descriptions.
import type { Handler } from '../handler.js'
import { createTopicsHandler } from './19-create-topics.js'
import { deleteTopicsHandler } from './20-delete-topics.js'
import { describeConfigsHandler } from './32-describe-configs.js'
import { alterConfigsHandler } from './33-alter-configs.js'
import { describeLogDirsHandler } from './35-describe-log-dirs.js'
import { createPartitionsHandler } from './37-create-partitions.js'
import { electLeadersHandler } from './43-elect-leaders.js'
import { incrementalAlterConfigsHandler } from './44-incremental-alter-configs.js'
import { alterPartitionReassignmentsHandler } from './45-alter-partition-reassignments.js'
import { listPartitionReassignmentsHandler } from './46-list-partition-reassignments.js'
import { describeClusterHandler } from './60-describe-cluster.js'

export const adminHandlers: Handler[] = [
  createTopicsHandler as Handler,
  deleteTopicsHandler as Handler,
  describeConfigsHandler as Handler,
  alterConfigsHandler as Handler,
  describeLogDirsHandler as Handler,
  createPartitionsHandler as Handler,
  electLeadersHandler as Handler,
  incrementalAlterConfigsHandler as Handler,
  alterPartitionReassignmentsHandler as Handler,
  listPartitionReassignmentsHandler as Handler,
  describeClusterHandler as Handler,
]
