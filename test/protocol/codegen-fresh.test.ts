// Goal: the committed src/protocol/generated/ is exactly what the generator
// makes from spec/kafka/ today, so nobody hand-edits generated code and a spec
// change cannot land without regenerating. Method: generate in memory and
// compare file by file, both ways.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { expect, it } from 'vitest'
import { generate } from '../../scripts/codegen/generate.js'

const root = join(import.meta.dirname, '../..')
const outDir = join(root, 'src/protocol/generated')

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? listFiles(path) : [relative(outDir, path)]
  })
}

it('committed generated code matches a fresh generation (run npm run codegen)', () => {
  const fresh = generate(join(root, 'spec/kafka'))
  expect(fresh.size).toBe(329)
  const committed = listFiles(outDir).sort()
  expect(committed).toEqual([...fresh.keys()].sort())
  for (const [path, text] of fresh) {
    expect(readFileSync(join(outDir, path), 'utf8'), path).toBe(text)
  }
})
