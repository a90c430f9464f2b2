/**
 * Every ```ts block of README.md and of the pages under docs/ is a program: it is written to
 * test/docs/.generated/ (imports of 'ivschat-codecs' pointed at src/index.ts), type-checked with
 * the project's compiler options, and run with tsx. Blocks assert with node:assert, so a block
 * whose claims are false fails here; a `console.log(x) // text` line promises that it prints
 * `text`. Blocks in other languages (sh, text, json) are not run.
 *
 * The `@example` blocks of doc comments in src/ run too (`assert` needs no import there, as in
 * fp-ts): against the root when they document a root export, else against their own module.
 */
import { execFile } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as rootExports from '../../src/index.js'

const run = promisify(execFile)
const root = fileURLToPath(new URL('../..', import.meta.url))
const outDir = join(root, 'test', 'docs', '.generated')
const bin = (name: string): string => join(root, 'node_modules', '.bin', name)

/** Markdown files whose ts blocks are examples: the README and every page under docs/ but the generated API reference. */
const markdownFiles = (): ReadonlyArray<string> => {
  const out = [join(root, 'README.md')]
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, entry.name)
      if (entry.isDirectory()) {
        if (p !== join(root, 'docs', 'api')) walk(p)
      } else if (entry.name.endsWith('.md')) out.push(p)
    }
  }
  walk(join(root, 'docs'))
  return out
}

interface Example {
  readonly id: string
  readonly source: string
  readonly file: string
  readonly line: number
  /** What `'ivschat-codecs'` stands for in this example, relative to the generated file. */
  readonly target: string
}

const ROOT_TARGET = '../../../src/index.js'

/** The ```ts blocks of a markdown text, with the line each starts on. */
export const blocksOf = (markdown: string): ReadonlyArray<{ readonly code: string; readonly line: number }> => {
  const out: Array<{ code: string; line: number }> = []
  const lines = markdown.split('\n')
  let open: { line: number; body: Array<string> } | undefined
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!
    if (open === undefined) {
      if (/^```(ts|typescript)\s*$/.test(l)) open = { line: i + 1, body: [] }
    } else if (/^```\s*$/.test(l)) {
      out.push({ code: open.body.join('\n') + '\n', line: open.line })
      open = undefined
    } else open.body.push(l)
  }
  return out
}

const markdownExamples: ReadonlyArray<Example> = markdownFiles().flatMap((file) => {
  const rel = relative(root, file)
  const slug = rel.replace(/\.md$/, '').replace(/[^A-Za-z0-9]+/g, '-')
  return blocksOf(readFileSync(file, 'utf8')).map((b, i) => ({ id: `${slug}-${i + 1}`, source: b.code, file: rel, line: b.line, target: ROOT_TARGET }))
})

/** The `@example` blocks of the doc comments in src/ (they appear in the API reference). */
export const docExamplesOf = (source: string): ReadonlyArray<{ readonly code: string; readonly line: number; readonly name: string | undefined }> => {
  const out: Array<{ code: string; line: number; name: string | undefined }> = []
  const lines = source.split('\n')
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s*\*\s*@example\s*$/.test(lines[i]!)) continue
    const body: Array<string> = []
    let j = i + 1
    for (; j < lines.length; j++) {
      const l = lines[j]!
      if (/^\s*\*\//.test(l) || /^\s*\*\s*@\w+/.test(l)) break
      body.push(l.replace(/^\s*\* ?/, ''))
    }
    const code = body.join('\n').trim()
    // fp-ts style: `assert` is in scope without an import
    const withAssert = /\bassert\b/.test(code) && !/import assert/.test(code) ? `import assert from 'node:assert'\n${code}` : code
    // the name the comment documents: the first `export const|function|…` after it
    let name: string | undefined
    for (let k = j; k < lines.length && k < j + 40; k++) {
      const m = /^export (?:const|function|class|let) (\w+)/.exec(lines[k]!)
      if (m !== null) {
        name = m[1]
        break
      }
    }
    out.push({ code: withAssert + '\n', line: i + 1, name })
    i = j - 1
  }
  return out
}

const sourceFiles = (dir: string): ReadonlyArray<string> =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []))

/**
 * Examples of what the root exports appear in the API reference, so they run against the root.
 * Examples of internal functions (not in the reference) run against their own module.
 */
const docExamples: ReadonlyArray<Example> = sourceFiles(join(root, 'src')).flatMap((file) => {
  const rel = relative(root, file)
  const slug = rel.replace(/\.ts$/, '').replace(/[^A-Za-z0-9]+/g, '-')
  const own = `../../../${rel.replace(/\.ts$/, '.js')}`
  return docExamplesOf(readFileSync(file, 'utf8')).map((b, i) => ({
    id: `${slug}-${i + 1}`,
    source: b.code,
    file: rel,
    line: b.line,
    target: b.name !== undefined && b.name in rootExports ? ROOT_TARGET : own
  }))
})

const examples: ReadonlyArray<Example> = [...markdownExamples, ...docExamples]

const rewrite = (ex: Example): string => ex.source.replace(/from ['"]ivschat-codecs['"]/g, `from '${ex.target}'`)

describe('documentation examples', () => {
  beforeAll(() => {
    rmSync(outDir, { recursive: true, force: true })
    mkdirSync(outDir, { recursive: true })
    for (const ex of examples) writeFileSync(join(outDir, `${ex.id}.ts`), `// ${ex.file}:${ex.line}\n${rewrite(ex)}`)
    writeFileSync(
      join(outDir, 'tsconfig.json'),
      JSON.stringify({ extends: '../../../tsconfig.json', compilerOptions: { noEmit: true }, include: ['*.ts'] }, null, 2)
    )
  })

  afterAll(() => {
    // Left behind, the files would be type-checked by everyone's `tsc -p tsconfig.json`.
    if (process.env['KEEP_DOC_EXAMPLES'] === undefined) rmSync(outDir, { recursive: true, force: true })
  })

  it('finds the README examples', () => {
    expect(examples.filter((e) => e.file === 'README.md').length).toBeGreaterThanOrEqual(4)
  })

  it('type-checks every example', async () => {
    const r = await run(bin('tsc'), ['-p', join(outDir, 'tsconfig.json')], { cwd: root }).then(
      () => ({ ok: true, out: '' }),
      (e: { stdout?: string; stderr?: string }) => ({ ok: false, out: `${e.stdout ?? ''}${e.stderr ?? ''}` })
    )
    expect(r.out).toBe('')
    expect(r.ok).toBe(true)
  })

  it.concurrent.each(examples.map((e) => [`${e.file}:${e.line}`, e] as const))('runs %s', async (_, ex) => {
    const r = await run(bin('tsx'), [join(outDir, `${ex.id}.ts`)], { cwd: root }).then(
      (o) => ({ ok: true, out: o.stdout, err: o.stderr }),
      (e: { stdout?: string; stderr?: string }) => ({ ok: false, out: e.stdout ?? '', err: e.stderr ?? String(e) })
    )
    expect(r.err).toBe('')
    expect(r.ok).toBe(true)
    // `console.log(x) // text` promises that the line printed is `text`
    const promised = [...ex.source.matchAll(/^\s*console\.log\(.*\) \/\/ (.*)$/gm)].map((m) => m[1])
    if (promised.length > 0) expect(r.out.split('\n').slice(0, promised.length)).toEqual(promised)
  })
})
