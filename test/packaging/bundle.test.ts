/**
 * What a bundler keeps of the package for a program that only decodes CreateChatToken responses:
 * a minified esbuild bundle (platform node, ESM) of `CreateChatToken.decodeResponse` alone, built
 * from src/index.ts. Its composition comes from esbuild's metafile (bytes each input file
 * contributes to the output).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as esbuild from 'esbuild'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')

/**
 * The size a JSON-only bundle must stay under. Issue 15 asks for 80 KB; today's bundle is over
 * it because every `Shape` carries its XML and query directions and every operation its five
 * directions (see the report of issue 15), so this is the regression guard until those become
 * standalone functions.
 */
const BUDGET = 110 * 1024

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
