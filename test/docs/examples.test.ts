/**
 * Every ```ts block of README.md and docs/**.md is a program: it is written to
 * test/docs/.generated/ (imports of 'ivschat-codecs' pointed at src/index.ts), type-checked with
 * the project's compiler options, and run with tsx. Blocks assert with node:assert, so a block
 * whose claims are false fails here; a `console.log(x) // text` line promises that it prints `text`. Blocks in other languages (sh, text, json) are not run.
 */
import { execFile } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

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
}

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

const examples: ReadonlyArray<Example> = markdownFiles().flatMap((file) => {
  const rel = relative(root, file)
  const slug = rel.replace(/\.md$/, '').replace(/[^A-Za-z0-9]+/g, '-')
  return blocksOf(readFileSync(file, 'utf8')).map((b, i) => ({ id: `${slug}-${i + 1}`, source: b.code, file: rel, line: b.line }))
})

const rewrite = (code: string): string => code.replace(/from ['"]ivschat-codecs['"]/g, "from '../../../src/index.js'")

describe('documentation examples', () => {
  beforeAll(() => {
    rmSync(outDir, { recursive: true, force: true })
    mkdirSync(outDir, { recursive: true })
    for (const ex of examples) writeFileSync(join(outDir, `${ex.id}.ts`), `// ${ex.file}:${ex.line}\n${rewrite(ex.source)}`)
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
