// Kafka's topic-name rules and the internal topic names, shared by the
// controller's decisions (create-topics.ts) and the request handlers.
import type { MetadataImage } from '../image.js'

export const MAX_TOPIC_NAME_LENGTH = 249
const LEGAL_TOPIC_NAME = /^[a-zA-Z0-9._-]+$/

/** Kafka's Topic.validate: null when valid, otherwise the reason. */
export function topicNameProblem(name: string): string | null {
  if (name.length === 0) return "Topic name is illegal, it can't be empty"
  if (name === '.' || name === '..') return 'Topic name cannot be "." or ".."'
  if (name.length > MAX_TOPIC_NAME_LENGTH) {
    return `Topic name is illegal, it can't be longer than ${MAX_TOPIC_NAME_LENGTH} characters, Topic name: ${name}`
  }
  if (!LEGAL_TOPIC_NAME.test(name)) {
    return `Topic name "${name}" is illegal, it contains a character other than ASCII alphanumerics, '.', '_' and '-'`
  }
  return null
}

/** Topics whose names differ only in '.' versus '_' collide in metrics names; Kafka refuses the second. */
export function collidingTopic(image: MetadataImage, name: string): string | null {
  if (!name.includes('.') && !name.includes('_')) return null
  const unified = name.replaceAll('.', '_')
  for (const existing of image.topicsByName.keys()) {
    if (existing !== name && existing.replaceAll('.', '_') === unified) return existing
  }
  return null
}

export const INTERNAL_TOPICS = new Set(['__consumer_offsets', '__transaction_state', '__share_group_state'])
