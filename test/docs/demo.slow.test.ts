/**
 * `npm run demo` (tsx demo/index.ts, a process of its own) exits 0, prints nothing on stderr and
 * never prints the sample token. demo.test.ts checks what it prints, in-process.
 */
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../..', import.meta.url))
const sampleToken = (JSON.parse(readFileSync(new URL('../../demo/samples/CreateChatTokenResponse.json', import.meta.url), 'utf8')) as { token: string }).token

describe('npm run demo', () => {
  it('exits 0 with nothing on stderr, and never prints the sample token', () => {
    const r = spawnSync('npm', ['run', '--silent', 'demo'], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    expect(r.stdout).toContain('== CreateChatToken.decodeResponse')
    expect(r.stdout).not.toContain(sampleToken)
  })
})
