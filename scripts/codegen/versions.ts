// Version ranges as Kafka's specs write them: "3", "0-4", "3+", "none".
export interface VersionRange {
  readonly min: number
  /** Inclusive; Infinity for an open range ("3+"). */
  readonly max: number
}

export const NO_VERSIONS: VersionRange = { min: 0, max: -1 }

export function parseVersions(text: string | undefined, fallback: VersionRange = NO_VERSIONS): VersionRange {
  if (text === undefined) return fallback
  const s = text.trim()
  if (s === 'none') return NO_VERSIONS
  if (s.endsWith('+')) return { min: Number(s.slice(0, -1)), max: Number.POSITIVE_INFINITY }
  const dash = s.indexOf('-')
  if (dash > 0) return { min: Number(s.slice(0, dash)), max: Number(s.slice(dash + 1)) }
  const v = Number(s)
  if (!Number.isInteger(v)) throw new Error(`bad version range '${text}'`)
  return { min: v, max: v }
}

export function isEmpty(r: VersionRange): boolean {
  return r.max < r.min
}

export function intersect(a: VersionRange, b: VersionRange): VersionRange {
  const r = { min: Math.max(a.min, b.min), max: Math.min(a.max, b.max) }
  return isEmpty(r) ? NO_VERSIONS : r
}

export function contains(outer: VersionRange, inner: VersionRange): boolean {
  return isEmpty(inner) || (outer.min <= inner.min && inner.max <= outer.max)
}

export function has(r: VersionRange, v: number): boolean {
  return v >= r.min && v <= r.max
}

/** The smallest range covering both (versions of a struct used in several places). */
export function span(a: VersionRange, b: VersionRange): VersionRange {
  if (isEmpty(a)) return b
  if (isEmpty(b)) return a
  return { min: Math.min(a.min, b.min), max: Math.max(a.max, b.max) }
}

export function format(r: VersionRange): string {
  if (isEmpty(r)) return 'none'
  if (r.max === Number.POSITIVE_INFINITY) return `${r.min}+`
  return r.min === r.max ? `${r.min}` : `${r.min}-${r.max}`
}

/**
 * A JS condition on `version` that is true exactly for `field` within the
 * versions `context` can still take, or 'true'/'false' when it is decided.
 * This is how the generated code folds away branches that cannot run.
 */
export function condition(field: VersionRange, context: VersionRange): string {
  const both = intersect(field, context)
  if (isEmpty(both)) return 'false'
  if (contains(field, context)) return 'true'
  const parts: string[] = []
  if (field.min > context.min) parts.push(`version >= ${field.min}`)
  if (field.max < context.max) parts.push(`version <= ${field.max}`)
  return parts.join(' && ')
}
