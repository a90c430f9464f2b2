/**
 * The CLI's memory does not grow with its input.
 *
 * `decode --lines` streams: it runs in a heap that could not hold its input.
 *
 * The CLI decodes 200,000 lines (about 32 MB) with V8's old space capped at 48 MB. A control
 * program that keeps every parsed line, under the same cap, runs out of memory, which shows the
 * cap is tight enough to catch a CLI that buffered its input or its results. The peak resident
 * set sizes for 20,000 and 200,000 lines are also compared, read by a preloaded probe
 * (rss-probe.mjs) from `process.resourceUsage().maxRSS`.
 *
 * 600 MB on stdin is refused once past the size limit, without being read whole; one 600 MB
 * line under `--lines` is an error for that line, without being held whole.
 */
import { spawn } from 'node:child_process'
import type { Writable } from 'node:stream'
import { closeSync, createWriteStream, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SENSITIVE } from '../../src/index.js'
import { cli as inProcess, root } from './helpers.js'

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

/** Runs node with the heap cap and the RSS probe, stdout to a file, stdin fed by `feed`. */
const runNode = async (args: ReadonlyArray<string>, feed?: (stdin: Writable) => Promise<void>): Promise<Run & { readonly stdout: string }> => {
  const probe = join(dir, `rss-${Math.random().toString(36).slice(2)}`)
  const outFd = openSync(join(dir, 'out.ndjson'), 'w')
  let stderr = ''
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, [`--max-old-space-size=${HEAP_MB}`, '--import', join(root, 'test', 'cli', 'rss-probe.mjs'), ...args], {
      cwd: root,
      env: { ...process.env, RSS_PROBE_OUT: probe, NODE_OPTIONS: '' },
      stdio: [feed === undefined ? 'ignore' : 'pipe', outFd, 'pipe']
    })
    if (feed !== undefined) {
      // the command may stop reading (and close its stdin) before everything is written
      child.stdin!.on('error', () => undefined)
      feed(child.stdin!).catch(() => undefined)
    }
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
  return { code, stderr, rssMb, stdout: readFileSync(join(dir, 'out.ndjson'), 'utf8') }
}

const MB = 1024 * 1024

/** Writes `n` MB of `byte` (and then `then`) to a stream, with backpressure, and ends it. */
const feedMegabytes =
  (n: number, byte: string, then = '') =>
  async (stdin: Writable): Promise<void> => {
    const chunk = Buffer.alloc(MB, byte)
    for (let i = 0; i < n && !stdin.destroyed; i++) {
      if (!stdin.write(chunk))
        await new Promise<void>((resolve) => {
          const done = (): void => {
            stdin.off('drain', done)
            stdin.off('close', done)
            resolve()
          }
          stdin.on('drain', done)
          stdin.on('close', done)
        })
    }
    if (!stdin.destroyed) stdin.end(then)
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

describe('input over the size limit', () => {
  it('600 MB on stdin: refused once past the limit, exit 1, without reading it all', async () => {
    const started = Date.now()
    const r = await runNode(['--import', 'tsx', 'src/cli/main.ts', 'decode', 'CreateChatTokenResponse'], feedMegabytes(600, ' '))
    console.log(`600 MB on stdin: exit ${r.code} after ${Date.now() - started} ms, peak RSS ${r.rssMb.toFixed(1)} MB`)
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/^stdin: \(root\): expected at most \d+ bytes/m)
    expect(r.stderr).not.toMatch(/RangeError|internal error|at .*\.ts:/)
    expect(r.rssMb).toBeLessThan(200)
  }, 300_000)

  it('one 600 MB line under --lines: an error for that line, the next line decoded, memory bounded', async () => {
    const started = Date.now()
    const valid = '{"token":"t","tokenExpirationTime":"2026-11-25T13:00:00Z"}'
    const r = await runNode(['--import', 'tsx', 'src/cli/main.ts', 'decode', 'CreateChatTokenResponse', '--lines'], feedMegabytes(600, 'x', `\n${valid}\n`))
    console.log(`one 600 MB line: exit ${r.code} after ${Date.now() - started} ms, peak RSS ${r.rssMb.toFixed(1)} MB`)
    expect(r.code).toBe(1)
    const out = r.stdout.trimEnd().split('\n')
    expect(out).toHaveLength(2)
    expect(JSON.parse(out[0]!)).toMatchObject({ line: 1, error: [{ path: [] }] })
    expect(JSON.parse(out[1]!)).toEqual({ token: SENSITIVE, tokenExpirationTime: '2026-11-25T13:00:00Z' })
    expect(r.stderr.trimEnd().split('\n').at(-1)).toBe('1 valid, 1 invalid')
    expect(r.rssMb).toBeLessThan(200)
  }, 300_000)

  it('--max-size raises the limit above the library default', async () => {
    const big = JSON.stringify({ token: 'x'.repeat(11 * MB) })
    expect((await inProcess(['decode', 'CreateChatTokenResponse'], big)).code).toBe(1)
    const r = await inProcess(['decode', 'CreateChatTokenResponse', '--max-size', String(12 * MB)], big)
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toEqual({ token: SENSITIVE })
  }, 60_000)
})
