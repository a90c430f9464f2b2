/**
 * Every example of the documentation type-checks with the project's compiler options (`tsc`
 * over the examples and the sources they import: several seconds, so in the slow tier).
 * `examples.test.ts` runs the same examples.
 */
import { execFile } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { examples, generatedDir, removeExamples, root, writeExamples } from './examples.js'

const dir = generatedDir('typecheck')

describe('documentation examples', () => {
  beforeAll(() => {
    writeExamples(dir, examples())
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ extends: '../../../../tsconfig.json', compilerOptions: { noEmit: true }, include: ['*.ts'] }, null, 2))
  })

  afterAll(() => removeExamples(dir))

  it('type-checks every example', async () => {
    const r = await promisify(execFile)(join(root, 'node_modules', '.bin', 'tsc'), ['-p', join(dir, 'tsconfig.json')], { cwd: root }).then(
      () => ({ ok: true, out: '' }),
      (e: { stdout?: string; stderr?: string }) => ({ ok: false, out: `${e.stdout ?? ''}${e.stderr ?? ''}` })
    )
    expect(r.out).toBe('')
    expect(r.ok).toBe(true)
  })
})
