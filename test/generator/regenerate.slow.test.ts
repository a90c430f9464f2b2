/**
 * `npm run generate -- --out <dir>` (tsx scripts/generate.ts, a process of its own) writes the
 * committed files byte for byte, and a second run writes nothing. regenerate.test.ts checks the
 * generator in-process.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { GENERATED_DIRS, render, writeOutput } from '../../scripts/generator/index.js'
import { MODEL_PATH } from '../shapes/model.js'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const tmp = mkdtempSync(join(tmpdir(), 'ivschat-generate-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

const listing = (dir: string): ReadonlyArray<string> => readdirSync(dir).filter((f) => f.endsWith('.ts')).sort()

const compareTrees = (out: string): void => {
  for (const dir of GENERATED_DIRS) {
    const committed = listing(join(ROOT, 'src', dir))
    expect(listing(join(out, dir)), dir).toEqual(committed)
    for (const f of committed) {
      expect(readFileSync(join(out, dir, f), 'utf8'), `${dir}/${f}`).toBe(readFileSync(join(ROOT, 'src', dir, f), 'utf8'))
    }
  }
}

describe('the generator', () => {
  it('runs as `npm run generate -- --out <dir>` (tsx scripts/generate.ts), and a second run writes nothing', () => {
    const out = join(tmp, 'cli')
    const stdout = execFileSync(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/generate.ts', '--out', out, '--docs', join(out, 'shapes.md')], {
      cwd: ROOT,
      encoding: 'utf8'
    })
    expect(stdout).toMatch(/generated 117 files/)
    compareTrees(out)
    expect(writeOutput(render(MODEL_PATH), out, join(out, 'shapes.md'))).toEqual({ written: 0, removed: 0 })
  })

})
