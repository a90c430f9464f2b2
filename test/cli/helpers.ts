/**
 * Running the CLI in process (almost every test: `run` with injected argv and streams), and, for
 * the few tests that need a real process, as an executable bundled once by esbuild.
 */
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable, Writable } from 'node:stream'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import type { Registry } from '../../src/cli/registry.js'
import { run } from '../../src/cli/run.js'

export const root = fileURLToPath(new URL('../..', import.meta.url))

export interface Result {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

/** What to feed stdin: text, or a stream. */
export type Input = string | Readable

/** A writable that keeps what it is given. */
export const collector = (): Writable & { readonly text: () => string } => {
  const chunks: Array<Buffer> = []
  const w = new Writable({
    write(chunk: Buffer | string, _enc, cb) {
      chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk))
      cb()
    }
  })
  return Object.assign(w, { text: () => Buffer.concat(chunks).toString('utf8') })
}

/** `ivschat-codecs <argv>` in process, with `input` on stdin. */
export const cli = async (
  argv: ReadonlyArray<string>,
  input: Input = '',
  options: { readonly registry?: Registry; readonly isTTY?: boolean; readonly stdout?: Writable; readonly now?: () => number } = {}
): Promise<Result> => {
  const stdout = collector()
  const stderr = Object.assign(collector(), { isTTY: options.isTTY ?? false })
  const stdin = typeof input === 'string' ? Readable.from(input === '' ? [] : [Buffer.from(input)]) : input
  const code = await run(argv, { stdin, stdout: options.stdout ?? stdout, stderr }, {
    ...(options.registry === undefined ? {} : { registry: options.registry }),
    ...(options.now === undefined ? {} : { now: options.now })
  })
  return { code, stdout: stdout.text(), stderr: stderr.text() }
}

/** A temporary directory with files in it, removed by `cleanup`. */
export const tempFiles = (prefix: string): { readonly file: (name: string, content: string | Buffer) => string; readonly dir: string; readonly cleanup: () => void } => {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  return {
    dir,
    file: (name, content) => {
      const p = join(dir, name)
      writeFileSync(p, content)
      return p
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * Bundles src/cli/main.ts into one ES module (dependencies left to node_modules), so a real
 * process starts in a fraction of a second. Returns the path of the bundle.
 */
export const bundleCli = async (): Promise<string> => {
  const dir = join(root, 'node_modules', '.cache', 'ivschat-codecs-cli-test')
  mkdirSync(dir, { recursive: true })
  const outfile = join(dir, `main-${process.pid}-${Math.random().toString(36).slice(2)}.mjs`)
  await build({ entryPoints: [join(root, 'src', 'cli', 'main.ts')], bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile, logLevel: 'error' })
  return outfile
}

/** Runs node on a script with arguments; stdin is `input`, or left to the caller. */
export const spawnNode = (
  args: ReadonlyArray<string>,
  input?: string,
  env: Readonly<Record<string, string>> = {}
): Promise<Result> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...args], { cwd: root, env: { ...process.env, NODE_OPTIONS: '', ...env }, stdio: ['pipe', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d))
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
    child.stdin.end(input ?? '')
  })
