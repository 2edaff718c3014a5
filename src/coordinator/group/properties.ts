// The group coordinator's settings read from the broker's Kafka properties, by Kafka's names
// (`GroupCoordinatorConfig.java`); absent keys keep the defaults of config.ts.

import type { GroupCoordinatorConfig } from './config.js'

const KEYS: ReadonlyArray<readonly [keyof GroupCoordinatorConfig, string, number]> = [
  ['groupMinSessionTimeoutMs', 'group.min.session.timeout.ms', 1],
  ['groupMaxSessionTimeoutMs', 'group.max.session.timeout.ms', 1],
  ['groupInitialRebalanceDelayMs', 'group.initial.rebalance.delay.ms', 1],
  ['groupMaxSize', 'group.max.size', 1],
  ['offsetMetadataMaxBytes', 'offset.metadata.max.bytes', 1],
  ['offsetsRetentionMs', 'offsets.retention.minutes', 60_000],
  ['offsetsRetentionCheckIntervalMs', 'offsets.retention.check.interval.ms', 1],
]

/** The settings given in `properties`; a value that is not an integer is left at its default. */
export function groupCoordinatorConfigFromProperties(
  properties: ReadonlyMap<string, string>,
): Partial<GroupCoordinatorConfig> {
  const config: Partial<Record<keyof GroupCoordinatorConfig, number>> = {}
  for (const [field, key, scale] of KEYS) {
    const text = properties.get(key)
    if (text === undefined) continue
    const value = Number(text.trim())
    if (Number.isSafeInteger(value)) config[field] = value * scale
  }
  return config
}
