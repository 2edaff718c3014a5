// Goal: runtime code never loads the generated everything-barrel
// (src/protocol/generated/index.ts pulls in all ~240 message modules, about
// 15 MB of RSS). Type-only imports are erased and allowed; the package entry
// and the CLI's `apis` command (a dynamic import) are the exceptions.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { expect, it } from 'vitest'

const SRC = join(import.meta.dirname, '../../src')
const ALLOWED = new Set(['index.ts'])

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return name === 'generated' ? [] : files(path)
    return name.endsWith('.ts') ? [path] : []
  })
}

it('no runtime module value-imports generated/index.js', () => {
  const offenders: string[] = []
  const scanned = files(SRC)
  for (const path of scanned) {
    const rel = relative(SRC, path)
    if (ALLOWED.has(rel)) continue
    const text = readFileSync(path, 'utf8')
    for (const match of text.matchAll(
      /^(?:import|export)\s+(type\s+)?(?:\{[^}]*\}|\*(?:\s+as\s+\w+)?)\s+from\s+'[^']*generated\/index\.js'/gm,
    )) {
      if (match[1] === undefined) offenders.push(`${rel}: ${match[0].split('\n')[0]}`)
    }
  }
  expect(scanned.length).toBeGreaterThan(50)
  expect(offenders).toEqual([])
})
