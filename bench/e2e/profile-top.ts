// Top self-time functions of a V8 .cpuprofile (from `node --cpu-prof`),
// optionally cut to one phase of a bench/e2e run (phases.json, written by
// `run.ts --cpu-prof <dir>`, holds each phase's CLOCK_MONOTONIC window in µs,
// the clock the profile's timestamps use):
//
//   npx tsx bench/e2e/profile-top.ts <file.cpuprofile> [--phase '<name>'] [--top 25]
import { readdirSync, readFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  children?: number[]
}

interface Profile {
  nodes: ProfileNode[]
  startTime: number
  endTime: number
  samples: number[]
  timeDeltas: number[]
}

const args = process.argv.slice(2)
const file = args[0]
if (file === undefined) throw new Error('usage: profile-top.ts <file.cpuprofile> [--phase name] [--top n]')
const phaseName = args.includes('--phase') ? args[args.indexOf('--phase') + 1] : undefined
const top = args.includes('--top') ? Number(args[args.indexOf('--top') + 1]) : 25

const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile
let window: [number, number] = [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY]
if (phaseName !== undefined) {
  const dir = dirname(file)
  const phasesFile = readdirSync(dir).includes('phases.json') ? join(dir, 'phases.json') : null
  if (phasesFile === null) throw new Error(`no phases.json beside ${basename(file)}`)
  const phases = JSON.parse(readFileSync(phasesFile, 'utf8')) as Record<string, [number, number]>
  const found = phases[phaseName]
  if (found === undefined) throw new Error(`phase '${phaseName}' not in ${Object.keys(phases).join(', ')}`)
  window = found
}

const byId = new Map(profile.nodes.map((n) => [n.id, n]))
const selfUs = new Map<string, number>()
let total = 0
let t = profile.startTime
for (let i = 0; i < profile.samples.length; i++) {
  const delta = profile.timeDeltas[i] ?? 0
  t += delta
  if (t < window[0] || t > window[1]) continue
  // A sample's time is the gap to the next sample.
  const us = profile.timeDeltas[i + 1] ?? 0
  const node = byId.get(profile.samples[i]!)!
  const { functionName, url, lineNumber } = node.callFrame
  const where = url === '' ? '' : ` ${url.replace(/^file:\/\/.*?\/(dist|node_modules)\//, '$1/')}:${lineNumber + 1}`
  const key = `${functionName || '(anonymous)'}${where}`
  selfUs.set(key, (selfUs.get(key) ?? 0) + us)
  total += us
}

const rows = [...selfUs.entries()].sort((a, b) => b[1] - a[1]).slice(0, top)
console.log(`${phaseName ?? 'whole profile'}: ${(total / 1e6).toFixed(2)} s sampled on the main thread`)
console.log('self ms     %   function')
for (const [key, us] of rows) {
  console.log(`${(us / 1000).toFixed(0).padStart(7)}  ${((100 * us) / total).toFixed(1).padStart(5)}  ${key}`)
}
