/**
 * `--lines` streams: the peak memory of the CLI does not grow with the input. It decodes 20,000
 * and 200,000 lines (about 2.3 and 23 MB) and compares the peak resident set sizes, read by a
 * preloaded probe (rss-probe.mjs) from `process.resourceUsage().maxRSS`.
 */
import { spawn } from 'node:child_process'
import { createWriteStream, mkdtempSync, openSync, closeSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { root } from './helpers.js'

const dir = mkdtempSync(join(tmpdir(), 'ivschat-codecs-mem-'))
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

/** Runs `decode --lines` on a file, stdout to a file; returns the peak RSS in MB and stderr's last line. */
const peak = async (input: string): Promise<{ mb: number; code: number | null; summary: string }> => {
  const probe = join(dir, `${input.split('/').pop()}.rss`)
  const outFd = openSync(join(dir, 'out.ndjson'), 'w')
  let stderr = ''
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', join(root, 'test', 'cli', 'rss-probe.mjs'), '--import', 'tsx', 'src/cli/main.ts', 'decode', 'CreateChatTokenResponse', '--lines', input],
      { cwd: root, env: { ...process.env, RSS_PROBE_OUT: probe }, stdio: ['ignore', outFd, 'pipe'] }
    )
    child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d))
    child.on('error', reject)
    child.on('close', resolve)
  })
  closeSync(outFd)
  return { mb: Number(readFileSync(probe, 'utf8')) / 1024, code, summary: stderr.trimEnd().split('\n').at(-1) ?? '' }
}

describe('decode --lines memory', () => {
  it('stays flat from 20k to 200k lines', async () => {
    const small = join(dir, 'small.ndjson')
    const large = join(dir, 'large.ndjson')
    await writeLines(small, 20_000)
    await writeLines(large, 200_000)
    const a = await peak(small)
    const b = await peak(large)
    expect(a.summary).toBe('19980 valid, 20 invalid')
    expect(b.summary).toBe('199800 valid, 200 invalid')
    expect(b.code).toBe(1)
    // The large input is 10 times the small one (23 MB of text, more as objects); a CLI that kept
    // the lines or the results would grow by far more than this margin.
    console.log(`peak RSS: ${a.mb.toFixed(1)} MB for 20k lines, ${b.mb.toFixed(1)} MB for 200k lines`)
    expect(b.mb - a.mb).toBeLessThan(25)
  }, 300_000)
})
