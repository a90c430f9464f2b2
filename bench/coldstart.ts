/**
 * Cold start, measured from outside whole processes: a fresh `node` imports the built package
 * (what `import` gives in Node: the `import` entry of package.json's `exports`) and decodes one
 * CreateChatToken response, against a fresh `node` that imports
 * `@aws-sdk/client-ivschat` and runs one `client.send` with a canned request handler. Both are
 * reported minus an empty `node` (the runtime's own start-up), as medians over several runs,
 * interleaved so that a burst of load from other processes hits every contender alike.
 *
 * Run `npm run bench -- --coldstart` or `tsx bench/coldstart.ts`. Options: `--runs N` (default
 * 9), `--dist DIR` (a built `dist`, default this package's; build it first with
 * `npm run build`), `--profile DIR` (also writes a `node --cpu-prof` profile of our process
 * there).
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { createRequire } from 'node:module'
import { fileURLToPath, pathToFileURL } from 'node:url'
import * as P from './payloads.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(join(root, 'package.json'))

export interface ColdStartOptions {
  readonly runs: number
  readonly dist: string
  readonly profile?: string | undefined
}

export interface ColdStartRow {
  readonly name: string
  /** Median wall time of the whole process, in milliseconds. */
  readonly ms: number
  /** The median minus the empty process's median. */
  readonly overhead: number
  readonly min: number
  readonly max: number
}

const median = (xs: ReadonlyArray<number>): number => {
  const s = xs.slice().sort((a, b) => a - b)
  const mid = s.length >> 1
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2
}

/** The three programs, written as `.mjs` files (plain ESM: no tsx, no transpiling at start-up). */
const programs = (dist: string): ReadonlyArray<{ readonly name: string; readonly source: string }> => {
  const index = pathToFileURL(importEntry(dist)).href
  // What `import … from '@aws-sdk/client-ivschat'` loads in Node (the package's `main`).
  const sdk = pathToFileURL(require.resolve('@aws-sdk/client-ivschat')).href
  const http = pathToFileURL(require.resolve('@smithy/protocol-http')).href
  const body = JSON.stringify(P.createChatTokenJson)
  const check = `if (r.token !== ${JSON.stringify(P.TOKEN)}) { console.error('unexpected result'); process.exit(1) }`
  return [
    { name: 'empty node', source: '' },
    {
      name: 'ours: import + CreateChatToken.decodeResponse',
      source: [
        `import { CreateChatToken } from ${JSON.stringify(index)}`,
        `const d = CreateChatToken.decodeResponse({ statusCode: 200, headers: { 'content-type': 'application/json' }, body: ${body} })`,
        `if (d._tag !== 'Right') { console.error('unexpected result'); process.exit(1) }`,
        'const r = d.right',
        check
      ].join('\n')
    },
    {
      name: 'AWS SDK v3: import + client.send (canned handler)',
      source: [
        `import { IvschatClient, CreateChatTokenCommand } from ${JSON.stringify(sdk)}`,
        `import { HttpResponse } from ${JSON.stringify(http)}`,
        `const bytes = new TextEncoder().encode(${body})`,
        "const client = new IvschatClient({ region: 'us-west-2', credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },",
        "  requestHandler: { handle: async () => ({ response: new HttpResponse({ statusCode: 200, headers: { 'content-type': 'application/json' }, body: bytes }) }) } })",
        "const r = await client.send(new CreateChatTokenCommand({ roomIdentifier: 'arn:aws:ivschat:us-west-2:123456789012:room/g1H2I3J4k5L6', userId: 'viewer-7f3c2a' }))",
        check
      ].join('\n')
    }
  ]
}

/** The file Node loads for `import 'ivschat-codecs'`, in a built `dist`. */
const importEntry = (dist: string): string => {
  const pkg = require('./package.json') as { exports: { '.': { import: { default: string } } } }
  return join(dist, '..', pkg.exports['.'].import.default)
}

const timeOnce = (file: string, extra: ReadonlyArray<string> = []): number => {
  const start = process.hrtime.bigint()
  const r = spawnSync(process.execPath, [...extra, file], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NODE_OPTIONS: '' } })
  const ms = Number(process.hrtime.bigint() - start) / 1e6
  if (r.status !== 0) throw new Error(`cold start: ${file} exited with ${r.status}`)
  return ms
}

/** Runs every program `runs` times, interleaved, and reports medians. */
export const coldStart = (options: ColdStartOptions): ReadonlyArray<ColdStartRow> => {
  const dist = resolve(options.dist)
  if (!existsSync(importEntry(dist))) throw new Error(`cold start: no ${importEntry(dist)} (run \`npm run build\` first)`)
  const dir = mkdtempSync(join(tmpdir(), 'ivschat-coldstart-'))
  try {
    const ps = programs(dist).map((p, i) => {
      const file = join(dir, `p${i}.mjs`)
      writeFileSync(file, p.source + '\n')
      return { ...p, file, times: [] as Array<number> }
    })
    // One untimed run each warms the file system cache.
    for (const p of ps) timeOnce(p.file)
    for (let i = 0; i < options.runs; i++) for (const p of i % 2 === 0 ? ps : ps.slice().reverse()) p.times.push(timeOnce(p.file))
    if (options.profile !== undefined) timeOnce(ps[1]!.file, ['--cpu-prof', '--cpu-prof-interval', '100', `--cpu-prof-dir=${resolve(options.profile)}`])
    const empty = median(ps[0]!.times)
    return ps.map((p) => ({ name: p.name, ms: median(p.times), overhead: median(p.times) - empty, min: Math.min(...p.times), max: Math.max(...p.times) }))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** The rows as a Markdown table, with the ratio of our overhead to the SDK's. */
export const coldStartTable = (rows: ReadonlyArray<ColdStartRow>, runs: number): string => {
  const f = (n: number): string => n.toFixed(0)
  const lines = [
    `### Cold start (whole processes, median of ${runs} runs; overhead = median − empty node's median)`,
    '',
    '| program | median ms | overhead ms | min–max ms |',
    '| --- | ---: | ---: | ---: |',
    ...rows.map((r) => `| ${r.name} | ${f(r.ms)} | ${r.name === 'empty node' ? '—' : f(r.overhead)} | ${f(r.min)}–${f(r.max)} |`)
  ]
  const ours = rows[1]
  const sdk = rows[2]
  if (ours !== undefined && sdk !== undefined) lines.push('', `Ours ÷ SDK (overheads): ${(ours.overhead / sdk.overhead).toFixed(2)}× (target ≤ 0.5×)`)
  return lines.join('\n')
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)
if (isMain) {
  const args = process.argv.slice(2)
  const flag = (name: string): string | undefined => {
    const i = args.indexOf(name)
    return i >= 0 ? args[i + 1] : undefined
  }
  const runs = Number(flag('--runs') ?? 9)
  const rows = coldStart({ runs, dist: flag('--dist') ?? join(root, 'dist'), profile: flag('--profile') })
  console.log(coldStartTable(rows, runs))
}
