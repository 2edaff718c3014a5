// The dependency rules of STYLE.md section 2 as a checker over source text, so that
// imports.test.ts can run it on src/ and, in a self-test, on a made-up file set.
//
// For each file the checker blanks comments (and, for the banned-call scan, the contents of
// string literals) with a small lexer that keeps every offset, so a reported line number is the
// real one. It then finds static `import ... from`, side-effect `import '...'`, `export ... from`,
// dynamic `import(...)` and literal `require('...')`, resolves relative specifiers to a top-level folder of src/, and checks
// the allowed-imports table. Pure modules may not import I/O builtins nor call the clock, the
// random generator, timers or `process`; util/ may not make those calls either, except that
// util/clock.ts reads the clocks.

import { posix } from 'node:path'

export interface SourceFile {
  /** Path relative to the repository root, with forward slashes: `src/raft/core.ts`. */
  readonly path: string
  readonly text: string
}

export interface Violation {
  readonly path: string
  readonly line: number
  readonly message: string
}

/** Which top-level folders of src/ each folder may import, besides itself. */
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  util: [],
  protocol: ['util'],
  log: ['protocol', 'util'],
  raft: ['protocol', 'util'],
  metadata: ['raft', 'protocol', 'util'],
  replication: ['log', 'metadata', 'protocol', 'util'],
  coordinator: ['replication', 'log', 'metadata', 'protocol', 'util'],
  broker: ['coordinator', 'replication', 'metadata', 'raft', 'log', 'protocol', 'util'],
  network: ['protocol', 'util'],
}

/**
 * The application layer: may import anything, and nothing below it may import it. Its members may
 * import each other (cli starts a node, node serves admin), as ARCHITECTURE.md draws them.
 */
const TOP = new Set(['node', 'admin', 'cli'])

/** Files directly in src/ (the package entry index.ts): may import anything, and nothing imports them. */
const ROOT = '(src root)'

/** Exceptions by exact path under src/: extra folders that one file may import. */
const EXTRA_ALLOWED: Readonly<Record<string, readonly string[]>> = {
  'raft/driver.ts': ['log'],
  'raft/disk-log.ts': ['log'],
  'raft/quorum-file.ts': ['log'],
  'raft/snapshot-store.ts': ['log'],
}

/** Node builtins that do I/O or time, banned in pure modules (bare and `node:` forms). */
const BANNED_BUILTINS = new Set([
  'fs',
  'fs/promises',
  'net',
  'timers',
  'timers/promises',
  'tls',
  'dgram',
  'http',
  'https',
  'http2',
  'child_process',
  'cluster',
  'worker_threads',
  'perf_hooks',
  'process',
])

const BANNED_CALLS: readonly { readonly name: string; readonly pattern: RegExp; readonly clock: boolean }[] = [
  { name: 'Date.now()', pattern: /(?<![\w$])Date\s*\.\s*now\s*\(/g, clock: true },
  { name: 'performance.now()', pattern: /(?<![\w$])performance\s*\.\s*now\s*\(/g, clock: true },
  { name: 'new Date()', pattern: /(?<![\w$])new\s+Date\s*\(\s*\)/g, clock: true },
  { name: 'Math.random()', pattern: /(?<![\w$])Math\s*\.\s*random\s*\(/g, clock: false },
  { name: 'setTimeout()', pattern: /(?<![\w$.])setTimeout\s*\(|\bglobalThis\s*\.\s*setTimeout\s*\(/g, clock: false },
  {
    name: 'setInterval()',
    pattern: /(?<![\w$.])setInterval\s*\(|\bglobalThis\s*\.\s*setInterval\s*\(/g,
    clock: false,
  },
  {
    name: 'setImmediate()',
    pattern: /(?<![\w$.])setImmediate\s*\(|\bglobalThis\s*\.\s*setImmediate\s*\(/g,
    clock: false,
  },
  { name: 'process.*', pattern: /(?<![\w$.])process\s*[.[]|\bglobalThis\s*\.\s*process\b/g, clock: false },
]

export function checkImports(files: readonly SourceFile[]): Violation[] {
  const violations: Violation[] = []
  for (const file of files) {
    if (!file.path.startsWith('src/') || !file.path.endsWith('.ts')) continue
    violations.push(...checkFile(file))
  }
  return violations
}

export function formatViolation(v: Violation): string {
  return `${v.path}:${v.line}: ${v.message}`
}

function checkFile(file: SourceFile): Violation[] {
  const rel = file.path.slice('src/'.length)
  const group = groupOf(rel)
  const { code, masked } = lex(file.text)
  const out: Violation[] = []
  const report = (offset: number, message: string): void => {
    out.push({ path: file.path, line: lineAt(file.text, offset), message })
  }

  if (group !== ROOT && !TOP.has(group) && ALLOWED[group] === undefined) {
    report(
      0,
      `src/${group}/ is not in the dependency table of STYLE.md section 2 (add it to test/arch/import-rules.ts)`,
    )
  }
  for (const found of findImports(code, masked)) {
    if (found.specifier === null) {
      if (group !== ROOT && !TOP.has(group)) {
        report(found.offset, 'dynamic import() with a computed specifier cannot be checked; use a string literal')
      }
      continue
    }
    const problem = checkSpecifier(rel, group, found.specifier)
    if (problem !== null) report(found.offset, problem)
  }
  for (const call of bannedCallsFor(rel, group)) {
    for (const m of masked.matchAll(call.pattern)) {
      report(m.index, `${describeModule(rel)} must not call ${call.name}`)
    }
  }
  return out
}

function groupOf(rel: string): string {
  const slash = rel.indexOf('/')
  return slash < 0 ? ROOT : rel.slice(0, slash)
}

function isPure(rel: string, group: string): boolean {
  const base = posix.basename(rel)
  switch (group) {
    case 'protocol':
    case 'metadata':
      return true
    case 'raft':
      return rel !== 'raft/driver.ts'
    case 'replication':
    case 'coordinator':
      return base !== 'driver.ts' && base !== 'runtime.ts'
    default:
      return false
  }
}

function describeModule(rel: string): string {
  return isPure(rel, groupOf(rel)) ? `pure module src/${rel}` : `src/${rel}`
}

function bannedCallsFor(rel: string, group: string): typeof BANNED_CALLS {
  if (isPure(rel, group)) return BANNED_CALLS
  if (group === 'util') return rel === 'util/clock.ts' ? BANNED_CALLS.filter((c) => !c.clock) : BANNED_CALLS
  return []
}

function checkSpecifier(rel: string, group: string, specifier: string): string | null {
  if (specifier.startsWith('./') || specifier.startsWith('../')) {
    return checkRelative(rel, group, specifier)
  }
  if (specifier.startsWith('/') || specifier.startsWith('#') || specifier.startsWith('src/')) {
    return `import '${specifier}' of our own code must be relative`
  }
  const builtin = specifier.startsWith('node:') ? specifier.slice('node:'.length) : specifier
  if (BANNED_BUILTINS.has(builtin) && isPure(rel, group)) {
    return `pure module src/${rel} must not import '${specifier}' (I/O and timers belong in a driver)`
  }
  return null
}

function checkRelative(rel: string, group: string, specifier: string): string | null {
  const target = posix.normalize(posix.join(posix.dirname(rel), specifier))
  if (target.startsWith('../') || target === '..') {
    return `import '${specifier}' reaches outside src/`
  }
  const targetGroup = groupOf(target)
  if (targetGroup === group) return null
  const what = `${label(group)} may not import ${label(targetGroup)} ('${specifier}')`
  if (targetGroup === ROOT || TOP.has(targetGroup)) {
    if (TOP.has(group) && TOP.has(targetGroup)) return null
    // The package entry (src/index.ts) exports startNode from node/.
    if (group === ROOT && TOP.has(targetGroup)) return null
    return `${what}: nothing imports node/, admin/, cli/ or the files directly in src/`
  }
  if (group === ROOT || TOP.has(group)) return null
  const allowed = [...(ALLOWED[group] ?? []), ...(EXTRA_ALLOWED[rel] ?? [])]
  if (allowed.includes(targetGroup)) return null
  const list = allowed.length === 0 ? 'nothing of ours' : allowed.map(label).join(', ')
  return `${what}; allowed: ${list}`
}

function label(group: string): string {
  return group === ROOT ? 'src/*.ts' : `${group}/`
}

interface FoundImport {
  readonly offset: number
  /** null for a dynamic import whose argument is not a plain string literal. */
  readonly specifier: string | null
}

// Patterns run on `masked`, where string contents are blanks but quotes remain; the specifier is
// then read from `code` at the same offsets. Each pattern ends at the opening quote.
const STATIC_IMPORT = /(?<![\w$.])import\s+(?:type\s+)?[^;'"`()]*?\bfrom\s*(['"])/g
const SIDE_EFFECT_IMPORT = /(?<![\w$.])import\s*(['"])/g
const EXPORT_FROM = /(?<![\w$.])export\s+(?:type\s+)?(?:\*(?:\s+as\s+[\w$]+)?|\{[^}]*\})\s*from\s*(['"])/g
const DYNAMIC_IMPORT = /(?<![\w$.])import\s*\(\s*/g
// createRequire(import.meta.url) gives CommonJS loading in ESM; a literal require counts as an import.
const REQUIRE = /(?<![\w$.])require\s*\(\s*(['"])/g

function findImports(code: string, masked: string): FoundImport[] {
  const found: FoundImport[] = []
  for (const pattern of [STATIC_IMPORT, SIDE_EFFECT_IMPORT, EXPORT_FROM, REQUIRE]) {
    for (const m of masked.matchAll(pattern)) {
      const quoteAt = m.index + m[0].length - 1
      found.push({ offset: m.index, specifier: readString(code, masked, quoteAt) })
    }
  }
  for (const m of masked.matchAll(DYNAMIC_IMPORT)) {
    const argAt = m.index + m[0].length
    const quote = masked[argAt]
    let specifier: string | null = null
    if (quote === "'" || quote === '"' || quote === '`') {
      const end = masked.indexOf(quote, argAt + 1)
      const rest = masked.slice(end + 1).match(/^\s*[),]/)
      const literal = code.slice(argAt + 1, end)
      if (end > argAt && rest !== null && !(quote === '`' && literal.includes('${'))) specifier = literal
    }
    found.push({ offset: m.index, specifier })
  }
  return found.sort((a, b) => a.offset - b.offset)
}

function readString(code: string, masked: string, quoteAt: number): string {
  const quote = masked[quoteAt]
  const end = masked.indexOf(quote ?? "'", quoteAt + 1)
  return code.slice(quoteAt + 1, end < 0 ? code.length : end)
}

function lineAt(text: string, offset: number): number {
  let line = 1
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++
  return line
}

/**
 * Returns two copies of text with the same length and line breaks: `code` with comments blanked,
 * and `masked` with comments and the contents of string, template and regex literals blanked
 * (delimiters and `${ }` expressions kept). A `/` starts a regex literal when the last significant
 * character cannot end an expression, which is right for the code we write.
 */
export function lex(text: string): { code: string; masked: string } {
  const code = text.split('')
  const masked = text.split('')
  const blank = (arr: string[], i: number): void => {
    if (arr[i] !== '\n') arr[i] = ' '
  }
  const templateDepth: number[] = [] // brace depth at which each open `${` returns to its template
  let braceDepth = 0
  let last = '' // last significant character of code
  let lastWord = ''
  let i = 0
  const n = text.length

  const scanString = (quote: string): void => {
    i++ // opening quote
    while (i < n && text[i] !== quote && text[i] !== '\n') {
      if (text[i] === '\\') {
        blank(masked, i)
        i++
      }
      blank(masked, i)
      i++
    }
    i++ // closing quote
  }
  const scanTemplate = (): void => {
    // i is just past a backtick or a closing `}` of an expression
    while (i < n) {
      const c = text[i]
      if (c === '\\') {
        blank(masked, i)
        blank(masked, i + 1)
        i += 2
      } else if (c === '`') {
        i++
        return
      } else if (c === '$' && text[i + 1] === '{') {
        templateDepth.push(braceDepth)
        braceDepth++
        i += 2
        return
      } else {
        blank(masked, i)
        i++
      }
    }
  }
  const scanRegex = (): void => {
    i++ // opening slash
    let inClass = false
    while (i < n && text[i] !== '\n') {
      const c = text[i]
      if (c === '\\') {
        blank(masked, i)
        i++
      } else if (c === '[') inClass = true
      else if (c === ']') inClass = false
      else if (c === '/' && !inClass) break
      blank(masked, i)
      i++
    }
    i++ // closing slash
  }

  while (i < n) {
    const c = text[i] as string
    const next = text[i + 1]
    if (c === '/' && next === '/') {
      while (i < n && text[i] !== '\n') {
        blank(code, i)
        blank(masked, i)
        i++
      }
    } else if (c === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2)
      const stop = end < 0 ? n : end + 2
      for (; i < stop; i++) {
        blank(code, i)
        blank(masked, i)
      }
    } else if (c === "'" || c === '"') {
      scanString(c)
      last = c
      lastWord = ''
    } else if (c === '`') {
      i++
      scanTemplate()
      last = '`'
      lastWord = ''
    } else if (c === '/' && startsRegex(last, lastWord)) {
      scanRegex()
      last = '/'
      lastWord = ''
    } else {
      if (c === '{') braceDepth++
      else if (c === '}') {
        braceDepth--
        if (templateDepth.length > 0 && templateDepth[templateDepth.length - 1] === braceDepth) {
          templateDepth.pop()
          i++
          scanTemplate()
          last = '`'
          lastWord = ''
          continue
        }
      }
      if (/[\w$]/.test(c)) {
        lastWord = /[\w$]/.test(last) ? lastWord + c : c
        last = c
      } else if (!/\s/.test(c)) {
        last = c
        lastWord = ''
      }
      i++
    }
  }
  return { code: code.join(''), masked: masked.join('') }
}

const KEYWORDS_BEFORE_EXPRESSION = new Set([
  'return',
  'typeof',
  'instanceof',
  'in',
  'of',
  'new',
  'delete',
  'void',
  'throw',
  'case',
  'do',
  'else',
  'yield',
  'await',
])

function startsRegex(last: string, lastWord: string): boolean {
  if (last === '') return true
  if (lastWord !== '') return KEYWORDS_BEFORE_EXPRESSION.has(lastWord)
  return '(,=:[!&|?{};+-*%<>~^'.includes(last)
}
