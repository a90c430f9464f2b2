/**
 * `npm run generate -- --out <dir>` (tsx scripts/generate.ts, a process of its own) writes the
 * committed files byte for byte, and a second run writes nothing. regenerate.test.ts checks the
 * generator in-process.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { render, writeOutput } from '../../scripts/generator/index.js'
import { MODEL_PATH } from '../shapes/model.js'
import { ROOT, compareTrees } from './trees.js'

const tmp = mkdtempSync(join(tmpdir(), 'ivschat-generate-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

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
