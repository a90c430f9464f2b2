/**
 * Every example of the documentation runs (see `examples.ts` for which blocks are examples):
 * each is written to a module under test/docs/.generated/ (imports of 'ivschat-codecs' pointed
 * at the sources) and imported in this worker, one at a time. Blocks assert with node:assert, so
 * a block whose claims are false fails here; a `console.log(x) // text` line promises that it
 * prints `text`, and nothing may be written to `console.error` or `console.warn`.
 *
 * `examples.slow.test.ts` type-checks the same blocks with the project's compiler options.
 */
import { format } from 'node:util'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { type Example, examples, generatedDir, promisedOutput, removeExamples, writeExamples } from './examples.js'

const dir = generatedDir('run')
// A ```ts no-run block needs AWS: examples.slow.test.ts type-checks it, and nothing runs it.
const all = examples().filter((ex) => ex.run)
let files: ReadonlyMap<string, string> = new Map()

/** Imports an example's module and returns what it printed, line by line, and what it wrote to stderr. */
const runExample = async (ex: Example): Promise<{ readonly out: ReadonlyArray<string>; readonly err: ReadonlyArray<string> }> => {
  const out: Array<string> = []
  const err: Array<string> = []
  const print = (into: Array<string>) => (...args: Array<unknown>) => {
    // as node prints them: `util.format` is what `console.log` uses
    into.push(...format(...args).split('\n'))
  }
  const spies = [vi.spyOn(console, 'log').mockImplementation(print(out)), vi.spyOn(console, 'error').mockImplementation(print(err)), vi.spyOn(console, 'warn').mockImplementation(print(err))]
  try {
    await import(/* @vite-ignore */ files.get(ex.id)!)
  } finally {
    for (const spy of spies) spy.mockRestore()
  }
  return { out, err }
}

describe('documentation examples', () => {
  beforeAll(() => {
    files = writeExamples(dir, all)
  })

  afterAll(() => removeExamples(dir))

  it('finds the README examples', () => {
    expect(all.filter((e) => e.file === 'README.md').length).toBeGreaterThanOrEqual(4)
  })

  it('finds examples in the pages under docs/ and in the doc comments of src/', () => {
    expect(all.some((e) => e.file.startsWith('docs/'))).toBe(true)
    expect(all.some((e) => e.file.startsWith('src/'))).toBe(true)
  })

  it.each(all.map((e) => [`${e.file}:${e.line}`, e] as const))('runs %s', async (_, ex) => {
    const { out, err } = await runExample(ex)
    expect(err).toEqual([])
    const promised = promisedOutput(ex)
    if (promised.length > 0) expect(out.slice(0, promised.length)).toEqual(promised)
  })
})
