// Reads the raft timing properties (`controller.quorum.*`, Kafka's QuorumConfig names) from a
// node's properties into a RaftConfig; an absent key keeps Kafka's default (config.ts). A value
// that is not an integer in range is refused, as Kafka's ConfigDef refuses it at startup.

import { defaultRaftConfig, type RaftConfig } from './config.js'

export class RaftConfigError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'RaftConfigError'
  }
}

/** Each property, the field it sets and its smallest allowed value (Kafka's validators). */
const PROPERTIES: readonly { key: string; field: keyof RaftConfig; min: number }[] = [
  { key: 'controller.quorum.election.timeout.ms', field: 'electionTimeoutMs', min: 1 },
  { key: 'controller.quorum.election.backoff.max.ms', field: 'electionBackoffMaxMs', min: 0 },
  { key: 'controller.quorum.fetch.timeout.ms', field: 'fetchTimeoutMs', min: 1 },
  { key: 'controller.quorum.request.timeout.ms', field: 'requestTimeoutMs', min: 1 },
  { key: 'controller.quorum.retry.backoff.ms', field: 'retryBackoffMs', min: 0 },
]

export function raftConfigFromProperties(
  props: ReadonlyMap<string, string>,
  base: RaftConfig = defaultRaftConfig,
): RaftConfig {
  const config: Record<keyof RaftConfig, number> = { ...base }
  for (const { key, field, min } of PROPERTIES) {
    const raw = props.get(key)
    if (raw === undefined) continue
    const value = Number(raw.trim())
    if (raw.trim() === '' || !Number.isSafeInteger(value) || value < min || value > 0x7fffffff) {
      throw new RaftConfigError(`${key}=${raw}: expected an integer in [${min}, ${0x7fffffff}]`)
    }
    config[field] = value
  }
  return Object.freeze(config)
}
