/**
 * Installing from git before the package is published: `npm install git+file://<clone>` into an
 * empty project. npm clones the repository, installs its dependencies (dev ones included), runs
 * its `prepare` script (`npm run build`, which writes dist/), packs it and installs the result.
 * The package must then import from ESM and CommonJS, and its command must run.
 *
 * The repository installed is a temporary one: the files of the current work tree (as git would
 * see them: tracked or not ignored, so no node_modules or dist) committed into a fresh repository,
 * so the test exercises the prepare script of the tree under test, committed or not.
 *
 * The install reaches the npm registry for what the local cache lacks (`--prefer-offline`).
 */
import { execFile } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const exec = promisify(execFile)
const root = fileURLToPath(new URL('../..', import.meta.url))

interface Ran {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

const sh = async (cmd: string, args: ReadonlyArray<string>, cwd: string, input?: string): Promise<Ran> => {
  const child = exec(cmd, [...args], { cwd, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NODE_OPTIONS: '' } })
  if (input !== undefined) child.child.stdin?.end(input)
  return child.then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: { code?: number; stdout?: string; stderr?: string }) => ({ code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' })
  )
}

const git = (args: ReadonlyArray<string>, cwd: string): Promise<Ran> =>
  sh('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], cwd)

const VALID = '{"token":"tok-secret-1","tokenExpirationTime":"2026-11-25T13:00:00Z"}'

let work = ''
let app = ''
let installMs = 0

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'ivschat-codecs-git-'))
  const repo = join(work, 'repo')
  mkdirSync(repo)
  // The work tree as git sees it (read only: the project's own repository is not changed).
  const listed = await sh('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], root)
  expect(listed.code).toBe(0)
  for (const file of listed.stdout.split('\0').filter((f) => f !== '')) {
    const from = join(root, file)
    if (!existsSync(from)) continue // deleted in the work tree
    mkdirSync(dirname(join(repo, file)), { recursive: true })
    copyFileSync(from, join(repo, file))
  }
  expect((await git(['init', '-q'], repo)).code).toBe(0)
  expect((await git(['add', '-A'], repo)).code).toBe(0)
  expect((await git(['commit', '-q', '-m', 'snapshot of the work tree'], repo)).code).toBe(0)

  app = join(work, 'app')
  mkdirSync(app)
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }, null, 2))
  const started = Date.now()
  const install = await sh(
    'npm',
    ['install', '--prefer-offline', '--no-audit', '--no-fund', '--no-package-lock', `git+${pathToFileURL(repo).href}`, 'fp-ts@^2.16.0', 'io-ts@^2.2.20'],
    app
  )
  installMs = Date.now() - started
  console.log(`npm install git+file://…: exit ${install.code} in ${(installMs / 1000).toFixed(1)} s`)
  if (install.code !== 0) console.log(install.stderr.slice(-4000))
  expect(install.code).toBe(0)
}, 900_000)

afterAll(() => {
  if (work !== '') rmSync(work, { recursive: true, force: true })
})

describe('npm install git+file://<clone>', () => {
  it('builds dist/ through the prepare script', () => {
    const pkg = join(app, 'node_modules', 'ivschat-codecs')
    expect(existsSync(join(pkg, 'dist', 'esm', 'index.js'))).toBe(true)
    expect(existsSync(join(pkg, 'dist', 'cjs', 'index.js'))).toBe(true)
    expect(existsSync(join(pkg, 'docs', 'shapes.md'))).toBe(true)
  })

  it('imports from an ES module', async () => {
    writeFileSync(
      join(app, 'esm.mjs'),
      `import * as E from 'fp-ts/lib/Either.js'
import { CreateChatTokenResponse } from 'ivschat-codecs'
const r = CreateChatTokenResponse.fromString(${JSON.stringify(VALID)})
console.log(JSON.stringify(E.isRight(r) ? CreateChatTokenResponse.redact(r.right) : null))
`
    )
    const r = await sh(process.execPath, ['esm.mjs'], app)
    expect(r.stderr).toBe('')
    expect(JSON.parse(r.stdout)).toEqual({ token: '***SensitiveInformation***', tokenExpirationTime: '2026-11-25T13:00:00.000Z' })
  })

  it('requires from a CommonJS module', async () => {
    writeFileSync(
      join(app, 'cjs.cjs'),
      `const E = require('fp-ts/lib/Either')
const { CreateChatTokenResponse } = require('ivschat-codecs')
const r = CreateChatTokenResponse.fromString(${JSON.stringify(VALID)})
console.log(JSON.stringify(E.isRight(r) && r.right.tokenExpirationTime.toISOString()))
`
    )
    const r = await sh(process.execPath, ['cjs.cjs'], app)
    expect(r.stderr).toBe('')
    expect(JSON.parse(r.stdout)).toBe('2026-11-25T13:00:00.000Z')
  })

  it('installs the ivschat-codecs command', async () => {
    const r = await sh(join(app, 'node_modules', '.bin', 'ivschat-codecs'), ['decode', 'CreateChatTokenResponse'], app, VALID)
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toEqual({ token: '***SensitiveInformation***', tokenExpirationTime: '2026-11-25T13:00:00Z' })
  })
})
