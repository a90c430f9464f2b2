/**
 * The benchmark runs: `npm run bench -- --quick` exits cleanly, prints a table for every
 * scenario, and leaves `bench/results.md` alone. No timing is asserted (the machine decides).
 */
import { execFile } from 'node:child_process'
import { existsSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '..', '..')
const results = join(root, 'bench', 'results.md')
const mtime = (): number | undefined => (existsSync(results) ? statSync(results).mtimeMs : undefined)

describe('npm run bench -- --quick', () => {
  it('runs every scenario and prints its table', async () => {
    const before = mtime()
    const { stdout } = await promisify(execFile)('npm', ['run', 'bench', '--', '--quick'], { cwd: root, maxBuffer: 16 * 1024 * 1024 })
    for (const scenario of [
      '### JSON decode: CreateChatTokenResponse',
      '### XML decode: CreateChatTokenResponse',
      '### JSON encode: CreateChatTokenResponse',
      '### Query encode: CreateChatTokenRequest',
      '### Error decode: 400 ValidationException',
      '### JSON decode: ListRoomsResponse (50 rooms)'
    ]) {
      expect(stdout).toContain(scenario)
    }
    for (const contender of ['ours: CreateChatTokenResponse.fromString', 'AWS SDK v3: client.send', 'zod 4', 'effect 4', 'io-ts']) expect(stdout).toContain(contender)
    // a ratio is printed for each row
    expect(stdout).toMatch(/\| JSON\.parse alone \| [\d,.]+ \| [\d.]+ (ns|µs) \| 1\.00× \|/)
    expect(mtime()).toBe(before)
  })
})
