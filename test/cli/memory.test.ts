/**
 * `decode --lines` streams: it runs in a heap that could not hold its input.
 *
 * The CLI decodes 200,000 lines (about 32 MB) with V8's old space capped at 48 MB. A control
 * program that keeps every parsed line, under the same cap, runs out of memory, which shows the
 * cap is tight enough to catch a CLI that buffered its input or its results. The peak resident
 * set sizes for 20,000 and 200,000 lines are also compared, read by a preloaded probe
 * (rss-probe.mjs) from `process.resourceUsage().maxRSS`.
 */
import { spawn } from 'node:child_process'
import { closeSync, createWriteStream, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { root } from './helpers.js'

const HEAP_MB = 48
const dir = mkdtempSync(join(tmpdir(), 'ivschat-codecs-mem-'))
const small = join(dir, 'small.ndjson')
const large = join(dir, 'large.ndjson')
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** Writes n NDJSON lines; every 1000th is invalid. */
const writeLines = async (path: string, n: number): Promise<void> => {
  const out = createWriteStream(path)
  for (let i = 0; i < n; i++) {
    const line =
      i % 1000 === 999
        ? `{"token":${i},"tokenExpirationTime":"2026-02-30T00:00:00Z"}\n`
        : `{"token":"token-${i}-${'x'.repeat(40)}","tokenExpirationTime":"2026-11-25T13:00:00Z","sessionExpirationTime":"2026-11-25T15:00:00.${String(i % 1000).padStart(3, '0')}Z"}\n`
    if (!out.write(line)) await new Promise<void>((r) => out.once('drain', () => r()))
  }
  await new Promise<void>((r) => out.end(r))
}

interface Run {
  readonly code: number | null
  readonly stderr: string
  readonly rssMb: number
}

/** Runs node with the heap cap and the RSS probe, stdout to a file. */
const runNode = async (args: ReadonlyArray<string>): Promise<Run> => {
  const probe = join(dir, `rss-${Math.random().toString(36).slice(2)}`)
  const outFd = openSync(join(dir, 'out.ndjson'), 'w')
  let stderr = ''
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, [`--max-old-space-size=${HEAP_MB}`, '--import', join(root, 'test', 'cli', 'rss-probe.mjs'), ...args], {
      cwd: root,
      env: { ...process.env, RSS_PROBE_OUT: probe, NODE_OPTIONS: '' },
      stdio: ['ignore', outFd, 'pipe']
    })
    child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d))
    child.on('error', reject)
    child.on('close', resolve)
  })
  closeSync(outFd)
  let rssMb = NaN
  try {
    rssMb = Number(readFileSync(probe, 'utf8')) / 1024
  } catch {
    // the process died before its exit handler ran
  }
  return { code, stderr, rssMb }
}

const cli = (input: string): Promise<Run> => runNode(['--import', 'tsx', 'src/cli/main.ts', 'decode', 'CreateChatTokenResponse', '--lines', input])

const summaryOf = (r: Run): string => r.stderr.trimEnd().split('\n').at(-1) ?? ''

describe('decode --lines memory', () => {
  beforeAll(async () => {
    await writeLines(small, 20_000)
    await writeLines(large, 200_000)
  }, 120_000)

  it(`decodes 200k lines in a ${HEAP_MB} MB heap that cannot hold them`, async () => {
    const control = await runNode(['-e', `const fs = require('fs'); const kept = fs.readFileSync(${JSON.stringify(large)}, 'utf8').split('\\n').map((l) => l && JSON.parse(l)); console.log(kept.length)`])
    expect(control.code).not.toBe(0)
    expect(control.stderr).toMatch(/heap out of memory/)

    const r = await cli(large)
    expect(summaryOf(r)).toBe('199800 valid, 200 invalid')
    expect(r.code).toBe(1)
  }, 300_000)

  it('peaks at about the same resident size for 20k and 200k lines', async () => {
    const a = await cli(small)
    const b = await cli(large)
    expect(summaryOf(a)).toBe('19980 valid, 20 invalid')
    expect(summaryOf(b)).toBe('199800 valid, 200 invalid')
    console.log(`peak RSS: ${a.rssMb.toFixed(1)} MB for 20k lines, ${b.rssMb.toFixed(1)} MB for 200k lines (heap capped at ${HEAP_MB} MB)`)
    // 10 times the input; the cap above is the decisive check, this one bounds native memory too
    expect(b.rssMb - a.rssMb).toBeLessThan(40)
  }, 300_000)
})
