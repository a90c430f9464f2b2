/**
 * What a bundler keeps of the package for a program that only decodes CreateChatToken responses:
 * a minified esbuild bundle (platform node, ESM) of `CreateChatToken.decodeResponse` alone.
 * Bundlers take the package's `module` build (dist/esm), which is src compiled file by file with
 * its imports of fp-ts and io-ts pointed at their ES builds (scripts/es-builds.mjs); this bundles
 * src/index.ts with that same rule, so it needs no build. (The packed package itself is bundled
 * in pack.slow.test.ts.) Its composition comes from esbuild's metafile (bytes each input file
 * contributes to the output).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as esbuild from 'esbuild'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { esBuildOf } from '../../scripts/es-builds.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')

/** The size the bundle must stay under (issue 15). */
const BUDGET = 80 * 1024

/** dist/esm's imports of fp-ts and io-ts, as the build writes them. */
const esBuilds: esbuild.Plugin = {
  name: 'es-builds',
  setup(build) {
    build.onResolve({ filter: /^(fp-ts|io-ts)(\/|$)/ }, async (a) => {
      const es = esBuildOf(a.path)
      if (es === undefined || a.pluginData === 'es-builds') return undefined
      return build.resolve(es, { kind: a.kind, resolveDir: a.resolveDir, importer: a.importer, pluginData: 'es-builds' })
    })
  }
}

let bytes = 0
let inputs: ReadonlyArray<readonly [path: string, bytes: number]> = []
let dir = ''

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ivschat-bundle-'))
  const entry = join(dir, 'entry.ts')
  writeFileSync(entry, `import { CreateChatToken } from ${JSON.stringify(join(root, 'src', 'index.js'))}\nexport const decode = CreateChatToken.decodeResponse\n`)
  const r = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    platform: 'node',
    format: 'esm',
    write: false,
    metafile: true,
    plugins: [esBuilds],
    outfile: join(dir, 'out.js'),
    logLevel: 'silent'
  })
  bytes = r.outputFiles[0]!.contents.length
  const output = Object.values(r.metafile.outputs)[0]!
  inputs = Object.entries(output.inputs).map(([path, i]) => [path, i.bytesInOutput] as const)
})

afterAll(() => {
  if (dir !== '') rmSync(dir, { recursive: true, force: true })
})

const kept = (pattern: RegExp): ReadonlyArray<string> => inputs.filter(([path, n]) => n > 0 && pattern.test(path)).map(([path]) => path)

describe('a bundle of CreateChatToken.decodeResponse alone', () => {
  it('stays within its size budget', () => {
    expect(bytes).toBeGreaterThan(0)
    expect(bytes).toBeLessThanOrEqual(BUDGET)
  })

  it('contains no fast-xml-parser', () => {
    expect(kept(/node_modules\/(fast-xml-parser|strnum)\//)).toEqual([])
  })

  it("takes fp-ts's and io-ts's ES builds, which bundlers tree-shake", () => {
    expect(kept(/node_modules\/(fp-ts|io-ts)\/lib\//)).toEqual([])
    expect(kept(/node_modules\/io-ts\/es6\//)).not.toEqual([])
  })

  it('contains none of the client, server or CLI, and no other operation', () => {
    expect(kept(/\/src\/(client|server|cli)\//)).toEqual([])
    expect(kept(/\/src\/shapes\/(ListRooms|SendEvent|DeleteRoom|GetRoom)/)).toEqual([])
  })

  it('keeps none of the declarations the operation does not use', () => {
    // `/* @__PURE__ */` declarations: unused ones are dropped even though the barrel names them all.
    const shapes = kept(/\/src\/shapes\//).map((p) => p.slice(p.lastIndexOf('/') + 1, -'.ts'.length))
    expect(shapes.every((n) => n.startsWith('CreateChatToken') || ['ChatToken', 'ChatTokenAttributes', 'ChatTokenCapabilities', 'ChatTokenCapability', 'RoomIdentifier', 'SessionDurationInMinutes', 'String', 'Time', 'UserID'].includes(n))).toBe(true)
  })
})
