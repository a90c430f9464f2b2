/**
 * The generator: reads the Smithy model, applies the errata, plans the files and renders them.
 * `render` is pure; `writeOutput` puts the files on disk.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { applyErrata, ERRATA } from './errata.js'
import { emit, GENERATED_MARK, type GeneratedFile } from './emit.js'
import { shapesMarkdown } from './docs.js'
import { planOf, rootNamesOf } from './plan.js'
import { readModel } from './smithy.js'

/** The directories under the output root that hold nothing but generated files. */
export const GENERATED_DIRS = ['shapes', 'errors/shapes'] as const

/** Everything the generator produces from one model. */
export interface Output {
  /** Source files, with paths relative to the output root (`src`). */
  readonly files: ReadonlyArray<GeneratedFile>
  /** The text of `docs/shapes.md`. */
  readonly shapesDoc: string
}

/** The package root, whose own exports shape names must not collide with. */
export const ROOT_INDEX = fileURLToPath(new URL('../../src/index.ts', import.meta.url))

/** Renders every file from the model at `modelPath`. */
export const render = (modelPath: string): Output => {
  const raw = readFileSync(modelPath)
  const sha256 = createHash('sha256').update(raw).digest('hex')
  const model = applyErrata(readModel(modelPath))
  const plan = planOf(model, rootNamesOf(readFileSync(ROOT_INDEX, 'utf8')))
  const name = basename(modelPath)
  return { files: emit(plan, name), shapesDoc: shapesMarkdown(plan, name, sha256, ERRATA) }
}

const writeIfChanged = (path: string, content: string): boolean => {
  if (existsSync(path) && readFileSync(path, 'utf8') === content) return false
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, content)
  return true
}

/**
 * Writes the output under `outDir` (the `src` root) and the shapes document at `docsPath`;
 * removes generated files the model no longer has. Refuses to remove a file that does not carry
 * the generated header. Returns how many files were written and removed.
 */
export const writeOutput = (output: Output, outDir: string, docsPath: string): { readonly written: number; readonly removed: number } => {
  const wanted = new Set(output.files.map((f) => join(outDir, f.path)))
  let removed = 0
  for (const dir of GENERATED_DIRS) {
    const full = join(outDir, dir)
    if (!existsSync(full)) continue
    for (const entry of readdirSync(full, { withFileTypes: true })) {
      const path = join(full, entry.name)
      if (!entry.isFile() || !entry.name.endsWith('.ts') || wanted.has(path)) continue
      if (!readFileSync(path, 'utf8').startsWith(GENERATED_MARK)) throw new Error(`${path} was not generated; move it out of ${full}, which holds only generated files`)
      rmSync(path)
      removed++
    }
  }
  let written = 0
  for (const f of output.files) if (writeIfChanged(join(outDir, f.path), f.content)) written++
  if (writeIfChanged(docsPath, output.shapesDoc)) written++
  return { written, removed }
}
