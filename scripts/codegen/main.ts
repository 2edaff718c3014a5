// npm run codegen: regenerates src/protocol/generated/ from spec/kafka/.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { generate } from './generate.js'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const outDir = join(root, 'src/protocol/generated')
const files = generate(join(root, 'spec/kafka'))
rmSync(outDir, { recursive: true, force: true })
for (const [path, text] of files) {
  mkdirSync(dirname(join(outDir, path)), { recursive: true })
  writeFileSync(join(outDir, path), text)
}
console.log(`codegen: wrote ${files.size} files to ${outDir}`)
