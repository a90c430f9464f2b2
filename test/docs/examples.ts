/**
 * The documentation's examples, found once for the two suites that use them:
 * `examples.test.ts` runs each one in the test worker, `examples.slow.test.ts` type-checks them
 * all with the project's compiler options.
 *
 * Examples are every ```ts block of README.md and of the pages under docs/ (but the generated
 * API reference), and every `@example` block of a doc comment in src/. Blocks in other languages
 * (sh, text, json) are not examples. A ```ts no-run block (one that needs AWS, such as a real call)
 * is type-checked but not run.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as rootExports from '../../src/index.js'

export const root = fileURLToPath(new URL('../..', import.meta.url))

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

export interface Example {
  readonly id: string
  readonly source: string
  /** Where it was found, relative to the repository root. */
  readonly file: string
  readonly line: number
  /** The module `'ivschat-codecs'` stands for in this example: a source file, from the repository root. */
  readonly target: string
  /** `false` for a ```ts no-run block: type-checked only. */
  readonly run: boolean
}

const ROOT_TARGET = 'src/index.ts'

/** The ```ts blocks of a markdown text, with the line each starts on. */
export const blocksOf = (markdown: string): ReadonlyArray<{ readonly code: string; readonly line: number; readonly run: boolean }> => {
  const out: Array<{ code: string; line: number; run: boolean }> = []
  const lines = markdown.split('\n')
  let open: { line: number; body: Array<string>; run: boolean } | undefined
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!
    if (open === undefined) {
      const m = /^```(?:ts|typescript)( no-run)?\s*$/.exec(l)
      if (m !== null) open = { line: i + 1, body: [], run: m[1] === undefined }
    } else if (/^```\s*$/.test(l)) {
      out.push({ code: open.body.join('\n') + '\n', line: open.line, run: open.run })
      open = undefined
    } else open.body.push(l)
  }
  return out
}

const markdownExamples = (): ReadonlyArray<Example> =>
  markdownFiles().flatMap((file) => {
    const rel = relative(root, file)
    const slug = rel.replace(/\.md$/, '').replace(/[^A-Za-z0-9]+/g, '-')
    return blocksOf(readFileSync(file, 'utf8')).map((b, i) => ({ id: `${slug}-${i + 1}`, source: b.code, file: rel, line: b.line, target: ROOT_TARGET, run: b.run }))
  })

/** The `@example` blocks of the doc comments of a source file (they appear in the API reference). */
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
const docExamples = (): ReadonlyArray<Example> =>
  sourceFiles(join(root, 'src')).flatMap((file) => {
    const rel = relative(root, file)
    const slug = rel.replace(/\.ts$/, '').replace(/[^A-Za-z0-9]+/g, '-')
    return docExamplesOf(readFileSync(file, 'utf8')).map((b, i) => ({
      id: `${slug}-${i + 1}`,
      source: b.code,
      file: rel,
      line: b.line,
      target: b.name !== undefined && b.name in rootExports ? ROOT_TARGET : rel,
      run: true
    }))
  })

/** Every example of the README, the docs pages and the doc comments of src/. */
export const examples = (): ReadonlyArray<Example> => [...markdownExamples(), ...docExamples()]

/** The lines an example promises to print: `console.log(x) // text` promises `text`. */
export const promisedOutput = (ex: Example): ReadonlyArray<string> => [...ex.source.matchAll(/^\s*console\.log\(.*\) \/\/ (.*)$/gm)].map((m) => m[1]!)

/** Where the examples are written: under test/ (so the project's compiler options apply), ignored by git. */
export const generatedDir = (name: string): string => join(root, 'test', 'docs', '.generated', name)

/**
 * Writes each example to `<dir>/<id>.ts`, its `'ivschat-codecs'` imports pointed at the module it
 * stands for, and returns the path of each file by example id.
 */
export const writeExamples = (dir: string, exs: ReadonlyArray<Example>): ReadonlyMap<string, string> => {
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  const files = new Map<string, string>()
  for (const ex of exs) {
    const target = relative(dir, join(root, ex.target.replace(/\.ts$/, '.js'))).split('\\').join('/')
    const file = join(dir, `${ex.id}.ts`)
    writeFileSync(file, `// ${ex.file}:${ex.line}\n${ex.source.replace(/from ['"]ivschat-codecs['"]/g, `from '${target.startsWith('.') ? target : `./${target}`}'`)}`)
    files.set(ex.id, file)
  }
  return files
}

/** Removes what `writeExamples` wrote: left behind, the files would be type-checked by everyone's `tsc -p tsconfig.json`. */
export const removeExamples = (dir: string): void => {
  if (process.env['KEEP_DOC_EXAMPLES'] === undefined) rmSync(dir, { recursive: true, force: true })
}
