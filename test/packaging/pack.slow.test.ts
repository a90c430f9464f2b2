/**
 * The package as users get it: build, `npm pack`, install the tarball (with its peers) into a
 * fresh project outside the repository, then use it from ESM, from CommonJS, from TypeScript in
 * both module systems, and through its `bin`.
 *
 * The install reaches the npm registry for fp-ts, io-ts and the package's dependencies
 * (`--prefer-offline`: the local cache is used when it has them).
 */
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import * as esbuild from 'esbuild'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const exec = promisify(execFile)
const root = fileURLToPath(new URL('../..', import.meta.url))
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc')
const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs')

interface Packed {
  readonly filename: string
  readonly files: ReadonlyArray<{ readonly path: string }>
}

let work = ''
let app = ''
let packed: Packed

const sh = async (cmd: string, args: ReadonlyArray<string>, cwd: string, input?: string): Promise<{ code: number; stdout: string; stderr: string }> => {
  const child = exec(cmd, [...args], { cwd, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NODE_OPTIONS: '' } })
  if (input !== undefined) child.child.stdin?.end(input)
  return child.then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: { code?: number; stdout?: string; stderr?: string }) => ({ code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' })
  )
}

const VALID = '{"token":"tok-secret-1","tokenExpirationTime":"2026-11-25T13:00:00Z"}'

/** Runs a program with node in `cwd`; what it printed, read as JSON (it must print nothing to stderr). */
const printed = async (file: string, cwd: string): Promise<unknown> => {
  const r = await sh(process.execPath, [file], cwd)
  expect(r.stderr).toBe('')
  return JSON.parse(r.stdout)
}

beforeAll(async () => {
  const build = await sh(process.execPath, ['scripts/build.mjs'], root)
  expect(build.stderr).toBe('')
  expect(build.code).toBe(0)

  work = mkdtempSync(join(tmpdir(), 'ivschat-codecs-pack-'))
  const pack = await sh('npm', ['pack', '--json', '--pack-destination', work], root)
  expect(pack.code).toBe(0)
  // npm prints the `prepare` script's output (the build's) before the JSON.
  packed = (JSON.parse(pack.stdout.slice(pack.stdout.search(/^\[/m))) as ReadonlyArray<Packed>)[0]!

  app = join(work, 'app')
  await sh('mkdir', ['-p', app], work)
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }, null, 2))
  const install = await sh(
    'npm',
    ['install', '--prefer-offline', '--no-audit', '--no-fund', '--no-package-lock', join(work, packed.filename), 'fp-ts@^2.16.0', 'io-ts@^2.2.20', '@types/node@^20.19.0'],
    app
  )
  expect(install.stderr.split('\n').filter((l) => /ERR!/.test(l))).toEqual([])
  expect(install.code).toBe(0)
}, 600_000)

afterAll(() => {
  if (work !== '') rmSync(work, { recursive: true, force: true })
})

describe('npm pack', () => {
  it('ships only the built code, its types, the README, the docs it links and package.json', () => {
    const paths = packed.files.map((f) => f.path)
    expect(paths).toContain('package.json')
    expect(paths).toContain('README.md')
    expect(paths).toContain('dist/esm/index.js')
    expect(paths).toContain('dist/esm/index.d.ts')
    expect(paths).toContain('dist/cjs/index.js')
    expect(paths).toContain('dist/cjs/index.d.ts')
    expect(paths).toContain('dist/cjs/package.json')
    expect(paths).toContain('dist/node/index.js')
    expect(paths).toContain('dist/cli/main.cjs')
    // the command is its own file: neither build carries a copy of it
    expect(paths.filter((p) => p.startsWith('dist/cjs/cli/') || p.startsWith('dist/esm/cli/'))).toEqual([])
    const unexpected = paths.filter((p) => !(p.startsWith('dist/') || p === 'package.json' || p === 'README.md' || /^LICEN[CS]E/.test(p) || /^docs\/[^/]+\.md$/.test(p)))
    expect(unexpected).toEqual([])
    // the README's relative links resolve inside the package
    const links = [...readFileSync(join(root, 'README.md'), 'utf8').matchAll(/\]\(([^)#]+)(?:#[^)]*)?\)/g)].map((m) => m[1]!).filter((l) => !/^[a-z]+:/.test(l))
    expect(links.length).toBeGreaterThan(0)
    expect(links.filter((l) => !paths.includes(l))).toEqual([])
    expect(paths.filter((p) => /(^|\/)(test|tests|bench|scripts|demo|model|models|src)\//.test(p) || /\.test\./.test(p))).toEqual([])
  })
})

describe('the installed package', () => {
  it('decodes from an ES module', async () => {
    writeFileSync(
      join(app, 'esm.mjs'),
      `import * as E from 'fp-ts/lib/Either.js'
import { CreateChatTokenResponse, CreateChatToken, toIssues } from 'ivschat-codecs'
const ok = CreateChatTokenResponse.fromString(${JSON.stringify(VALID)})
const bad = CreateChatTokenResponse.fromJson({ tokenExpirationTime: '2026-02-30T00:00:00Z' })
const failure = CreateChatToken.decodeResponse({ statusCode: 404, headers: { 'x-amzn-errortype': 'ResourceNotFoundException' }, body: '{"message":"m","resourceId":"r1","resourceType":"ROOM"}' })
console.log(JSON.stringify({
  ok: E.isRight(ok) ? CreateChatTokenResponse.redact(ok.right) : null,
  bad: E.isLeft(bad) ? toIssues(bad.left).map((i) => i.path) : null,
  failure: E.isLeft(failure) ? failure.left._tag : null
}))
`
    )
    expect(await printed('esm.mjs', app)).toEqual({
      ok: { token: '***SensitiveInformation***', tokenExpirationTime: '2026-11-25T13:00:00.000Z' },
      bad: [['tokenExpirationTime']],
      failure: 'ResourceNotFoundException'
    })
  })

  it('decodes from a CommonJS module, and keeps its internals out of reach', async () => {
    writeFileSync(
      join(app, 'cjs.cjs'),
      `const E = require('fp-ts/lib/Either')
const { CreateChatTokenResponse } = require('ivschat-codecs')
const ok = CreateChatTokenResponse.fromString(${JSON.stringify(VALID)})
let internal
try { require('ivschat-codecs/dist/cjs/codecs/Json.js'); internal = 'reachable' } catch (e) { internal = e.code }
console.log(JSON.stringify({ ok: E.isRight(ok) && ok.right.tokenExpirationTime.toISOString(), internal }))
`
    )
    expect(await printed('cjs.cjs', app)).toEqual({ ok: '2026-11-25T13:00:00.000Z', internal: 'ERR_PACKAGE_PATH_NOT_EXPORTED' })
  })

  it('keeps its internals out of reach of import too', async () => {
    writeFileSync(
      join(app, 'deep.mjs'),
      `import('ivschat-codecs/dist/esm/codecs/Json.js').then(() => console.log('reachable'), (e) => console.log(e.code))\n`
    )
    const r = await sh(process.execPath, ['deep.mjs'], app)
    expect(r.stdout.trim()).toBe('ERR_PACKAGE_PATH_NOT_EXPORTED')
  })

  it('type-checks a TypeScript consumer as ESM and as CommonJS (NodeNext)', async () => {
    const body = (fp: string): string => `import * as E from '${fp}'
import { CreateChatTokenResponse, CreateChatToken, type CreateChatTokenFailure, type Shape } from 'ivschat-codecs'

const r = CreateChatTokenResponse.fromString('{}')
export const expires: Date | undefined = E.isRight(r) ? r.right.tokenExpirationTime : undefined
// @ts-expect-error the token is a string, not a number: the types are real, not any
export const wrong: number | undefined = E.isRight(r) ? r.right.token : undefined
export const tag = (f: CreateChatTokenFailure): string => f._tag
export const s: Shape<CreateChatTokenResponse, unknown> = CreateChatTokenResponse
export const decoded = CreateChatToken.decodeResponse({ statusCode: 200, body: '{}' })
`
    writeFileSync(join(app, 'consumer.mts'), body('fp-ts/lib/Either.js'))
    writeFileSync(join(app, 'consumer.cts'), body('fp-ts/lib/Either'))
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          lib: ['ES2022'],
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          strict: true,
          exactOptionalPropertyTypes: true,
          noEmit: true,
          // A Node backend's setup: the client's types reach @smithy's, which use Node's (Buffer, streams).
          types: ['node'],
          skipLibCheck: false
        },
        files: ['consumer.mts', 'consumer.cts']
      })
    )
    const r = await sh(process.execPath, [tsc, '-p', 'tsconfig.json'], app)
    expect(r.stdout + r.stderr).toBe('')
    expect(r.code).toBe(0)
  })

  it('imports and requires one copy of the library in Node', async () => {
    writeFileSync(
      join(app, 'one.mjs'),
      `import { createRequire } from 'node:module'
import { CreateChatTokenResponse } from 'ivschat-codecs'
const required = createRequire(import.meta.url)('ivschat-codecs')
console.log(JSON.stringify({ same: required.CreateChatTokenResponse === CreateChatTokenResponse }))
`
    )
    expect(await printed('one.mjs', app)).toEqual({ same: true })
  })

  it('bundles, as esbuild does by default for Node, into a small file that runs', async () => {
    writeFileSync(
      join(app, 'bundled.mjs'),
      `import { CreateChatToken } from 'ivschat-codecs'
const d = CreateChatToken.decodeResponse({ statusCode: 200, headers: { 'content-type': 'application/json' }, body: ${JSON.stringify(VALID)} })
console.log(JSON.stringify({ tag: d._tag, expires: d._tag === 'Right' ? d.right.tokenExpirationTime.toISOString() : null }))
`
    )
    const out = join(app, 'out.mjs')
    const r = await esbuild.build({ entryPoints: [join(app, 'bundled.mjs')], absWorkingDir: app, bundle: true, minify: true, platform: 'node', format: 'esm', outfile: out, metafile: true, logLevel: 'silent' })
    const inputs = Object.keys(r.metafile.inputs)
    // bundlers take the `module` build, and with it fp-ts's and io-ts's ES builds
    expect(inputs.filter((p) => p.includes('ivschat-codecs/dist/esm/')).length).toBeGreaterThan(0)
    expect(inputs.filter((p) => /ivschat-codecs\/dist\/(cjs|node)\/|(fp-ts|io-ts)\/lib\//.test(p))).toEqual([])
    expect(r.metafile.outputs['out.mjs']!.bytes).toBeLessThanOrEqual(80 * 1024)
    // the bundle runs without the package: move node_modules out of its way
    const alone = join(work, 'alone')
    await sh('mkdir', ['-p', alone], work)
    await sh('cp', [out, join(alone, 'out.mjs')], work)
    expect(await printed('out.mjs', alone)).toEqual({ tag: 'Right', expires: '2026-11-25T13:00:00.000Z' })
  })

  it("runs in a consumer's vitest suite", async () => {
    writeFileSync(
      join(app, 'consumer.test.mjs'),
      `import { expect, it } from 'vitest'
import { CreateChatTokenResponse } from 'ivschat-codecs'
it('decodes', () => {
  expect(CreateChatTokenResponse.fromString(${JSON.stringify(VALID)})._tag).toBe('Right')
})
`
    )
    const r = await sh(process.execPath, [vitest, 'run', '--root', app, '--dir', app, 'consumer.test.mjs'], app)
    expect(r.stdout + r.stderr).toContain('1 passed')
    expect(r.code).toBe(0)
  })

  it('installs the ivschat-codecs command', async () => {
    const bin = join(app, 'node_modules', '.bin', 'ivschat-codecs')
    const shapes = await sh(bin, ['shapes'], app)
    expect(shapes.code).toBe(0)
    expect(shapes.stdout).toContain('CreateChatTokenResponse')
    expect(shapes.stdout).toContain('CreateChatToken: CreateChatTokenRequest -> CreateChatTokenResponse')
    const version = await sh(bin, ['--version'], app)
    expect(version.stdout.trim()).toBe((JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version)
    const decoded = await sh(bin, ['decode', 'CreateChatTokenResponse', '-'], app, VALID)
    expect(decoded.code).toBe(0)
    expect(JSON.parse(decoded.stdout)).toEqual({ token: '***SensitiveInformation***', tokenExpirationTime: '2026-11-25T13:00:00Z' })
  })
})
