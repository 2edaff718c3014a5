// Goal: src/ keeps the dependency direction and purity rules of STYLE.md section 2, as Kafka's
// checkstyle import-control and TigerBeetle's tidy test do. Method: read every .ts file under
// src/, run the checker in import-rules.ts, and expect no violations; a self-test first feeds the
// checker a made-up file set with known violations so this test cannot pass by checking nothing.

import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { checkImports, formatViolation, lex, type SourceFile } from './import-rules.js'

const repoRoot = fileURLToPath(new URL('../../', import.meta.url))

function listTsFiles(dir: string): string[] {
  const out: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name)
    if (entry.isDirectory()) out.push(...listTsFiles(full))
    else if (entry.isFile() && entry.name.endsWith('.ts')) out.push(full)
  }
  return out
}

function readSources(): SourceFile[] {
  return listTsFiles(join(repoRoot, 'src'))
    .sort()
    .map((full) => ({ path: relative(repoRoot, full).split(sep).join('/'), text: readFileSync(full, 'utf8') }))
}

function check(files: Record<string, string>): string[] {
  return checkImports(Object.entries(files).map(([path, text]) => ({ path, text }))).map(formatViolation)
}

describe('src/ dependency rules', () => {
  it('scans at least one file', () => {
    expect(readSources().length).toBeGreaterThanOrEqual(1)
  })

  it('has no violations', () => {
    const violations = checkImports(readSources()).map(formatViolation)
    expect(violations, `dependency rule violations:\n${violations.join('\n')}`).toEqual([])
  })
})

describe('checker self-test', () => {
  it('reports a forbidden import with file, line and specifier', () => {
    expect(
      check({ 'src/util/bad.ts': "// util imports nothing of ours\nimport { x } from '../protocol/x.js'\n" }),
    ).toEqual(["src/util/bad.ts:2: util/ may not import protocol/ ('../protocol/x.js'); allowed: nothing of ours"])
  })

  it('applies the allowed-imports table', () => {
    expect(
      check({
        'src/protocol/a.ts': "import { assert } from '../util/assert.js'\nimport { b } from './b.js'\n",
        'src/log/segment.ts': "import type { X } from '../protocol/records/batch.js'\n",
        'src/raft/core.ts': "import { Segment } from '../log/segment.js'\n",
        'src/raft/driver.ts': "import { Segment } from '../log/segment.js'\n",
        'src/metadata/image.ts': "import { step } from '../raft/core.js'\n",
        'src/replication/leader.ts': "import type { Image } from '../metadata/image.js'\n",
        'src/coordinator/group/shard.ts': "import { leader } from '../../replication/leader.js'\n",
        'src/broker/handlers/00-produce.ts': "import { shard } from '../../coordinator/group/shard.js'\n",
        'src/network/server.ts': "import { handler } from '../broker/handlers/00-produce.js'\n",
        'src/broker/x.ts': "import { config } from '../node/config.js'\n",
        'src/cli/main.ts': "import { start } from '../node/start.js'\nimport { y } from '../broker/x.js'\n",
        'src/log/outside.ts': "import { gen } from '../../scripts/codegen/main.js'\n",
        'src/somewhere/new.ts': 'export const a = 1\n',
      }),
    ).toEqual([
      "src/raft/core.ts:1: raft/ may not import log/ ('../log/segment.js'); allowed: protocol/, util/",
      "src/network/server.ts:1: network/ may not import broker/ ('../broker/handlers/00-produce.js'); allowed: protocol/, util/",
      "src/broker/x.ts:1: broker/ may not import node/ ('../node/config.js'): nothing imports node/, admin/, cli/ or the files directly in src/",
      "src/log/outside.ts:1: import '../../scripts/codegen/main.js' reaches outside src/",
      'src/somewhere/new.ts:1: src/somewhere/ is not in the dependency table of STYLE.md section 2 (add it to test/arch/import-rules.ts)',
    ])
  })

  it('finds export-from, side-effect, multi-line and dynamic imports and require calls', () => {
    expect(
      check({
        'src/protocol/a.ts': [
          "export * from '../log/a.js'",
          "export { b } from '../log/b.js'",
          "import '../log/c.js'",
          'import {',
          '  d,',
          '  e,',
          "} from '../log/d.js'",
          "const m = await import('../log/e.js')",
          'const n = await import(name)',
          "type T = import('../log/f.js').T",
          "const fs = require('node:fs')",
          "const crc = require('crc-32/crc32c')",
        ].join('\n'),
      }),
    ).toEqual([
      "src/protocol/a.ts:1: protocol/ may not import log/ ('../log/a.js'); allowed: util/",
      "src/protocol/a.ts:2: protocol/ may not import log/ ('../log/b.js'); allowed: util/",
      "src/protocol/a.ts:3: protocol/ may not import log/ ('../log/c.js'); allowed: util/",
      "src/protocol/a.ts:4: protocol/ may not import log/ ('../log/d.js'); allowed: util/",
      "src/protocol/a.ts:8: protocol/ may not import log/ ('../log/e.js'); allowed: util/",
      'src/protocol/a.ts:9: dynamic import() with a computed specifier cannot be checked; use a string literal',
      "src/protocol/a.ts:10: protocol/ may not import log/ ('../log/f.js'); allowed: util/",
      "src/protocol/a.ts:11: pure module src/protocol/a.ts must not import 'node:fs' (I/O and timers belong in a driver)",
    ])
  })

  it('bans I/O builtins in pure modules only, and allows node:zlib', () => {
    expect(
      check({
        'src/protocol/records/compression.ts':
          "import { gzipSync } from 'node:zlib'\nimport { crc32c } from 'crc-32'\n",
        'src/protocol/io.ts': "import { readFileSync } from 'node:fs'\nimport * as net from 'net'\n",
        'src/metadata/t.ts': "import { setTimeout } from 'node:timers/promises'\n",
        'src/raft/driver.ts': "import { open } from 'node:fs/promises'\n",
        'src/coordinator/runtime.ts': "import { open } from 'node:fs'\n",
        'src/log/fs.ts': "import { open } from 'node:fs'\n",
      }),
    ).toEqual([
      "src/protocol/io.ts:1: pure module src/protocol/io.ts must not import 'node:fs' (I/O and timers belong in a driver)",
      "src/protocol/io.ts:2: pure module src/protocol/io.ts must not import 'net' (I/O and timers belong in a driver)",
      "src/metadata/t.ts:1: pure module src/metadata/t.ts must not import 'node:timers/promises' (I/O and timers belong in a driver)",
    ])
  })

  it('bans clock, randomness, timers and process in pure modules and util/, except clocks in util/clock.ts', () => {
    expect(
      check({
        'src/metadata/image.ts':
          'const a = Date.now()\nconst b = Math.random()\nsetTimeout(f, 1)\nconst c = process.env.X\n',
        'src/raft/roles/leader.ts': 'const t = performance.now()\nsetInterval(f, 5)\nconst d = new Date()\n',
        'src/coordinator/group/shard.ts': 'globalThis.setTimeout(f, 1)\n',
        'src/coordinator/group/driver.ts': 'setTimeout(f, 1)\nconst n = Date.now()\n',
        'src/replication/runtime.ts': 'setTimeout(f, 1)\n',
        'src/util/clock.ts': 'const a = Date.now()\nconst b = performance.now()\nconst r = Math.random()\n',
        'src/util/other.ts': 'const a = Date.now()\n',
        'src/log/segment.ts': 'const a = Date.now()\n',
        'src/protocol/ok.ts': 'const d = new Date(ms)\nsocket.setTimeout(5)\nconst p = this.process.x\n',
      }),
    ).toEqual([
      'src/metadata/image.ts:1: pure module src/metadata/image.ts must not call Date.now()',
      'src/metadata/image.ts:2: pure module src/metadata/image.ts must not call Math.random()',
      'src/metadata/image.ts:3: pure module src/metadata/image.ts must not call setTimeout()',
      'src/metadata/image.ts:4: pure module src/metadata/image.ts must not call process.*',
      'src/raft/roles/leader.ts:1: pure module src/raft/roles/leader.ts must not call performance.now()',
      'src/raft/roles/leader.ts:3: pure module src/raft/roles/leader.ts must not call new Date()',
      'src/raft/roles/leader.ts:2: pure module src/raft/roles/leader.ts must not call setInterval()',
      'src/coordinator/group/shard.ts:1: pure module src/coordinator/group/shard.ts must not call setTimeout()',
      'src/util/clock.ts:3: src/util/clock.ts must not call Math.random()',
      'src/util/other.ts:1: src/util/other.ts must not call Date.now()',
    ])
  })

  // biome-ignore lint/suspicious/noTemplateCurlyInString: template text is the input under test
  it('ignores comments, strings, templates and regex literals, but not code inside ${}', () => {
    expect(
      check({
        'src/protocol/quiet.ts': [
          '// Date.now() and import x from "../log/x.js" in a line comment',
          '/* Math.random() and',
          "   import '../log/y.js' in a block comment */",
          'const s = \'Date.now() process.exit() import("../log/z.js")\'',
          // biome-ignore lint/suspicious/noTemplateCurlyInString: template text is the input under test
          'const t = `setTimeout(f) ${a / 2} import "../log/w.js"`',
          'const r = /[\'"]Date.now()\\/"/g',
          'const half = total / 2 / count',
        ].join('\n'),
        // biome-ignore lint/suspicious/noTemplateCurlyInString: template text is the input under test
        'src/protocol/loud.ts': 'const msg = `at ${Date.now()} ms`\n',
      }),
    ).toEqual(['src/protocol/loud.ts:1: pure module src/protocol/loud.ts must not call Date.now()'])
  })

  it('lex keeps offsets and line breaks', () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: template text is the input under test
    const text = "a // c\nb /* x\ny */ 'str' `t${1}`"
    const { code, masked } = lex(text)
    expect(code.length).toBe(text.length)
    expect(masked.length).toBe(text.length)
    // biome-ignore lint/suspicious/noTemplateCurlyInString: template text is the input under test
    expect(code).toBe("a     \nb     \n     'str' `t${1}`")
    // biome-ignore lint/suspicious/noTemplateCurlyInString: template text is the input under test
    expect(masked).toBe("a     \nb     \n     '   ' ` ${1}`")
  })
})
