// Builds the package. Three ways in, one implementation each:
//
// - dist/cjs/index.js: the whole library as one CommonJS file (esbuild), with every package it
//   uses left to `require`. Node takes it for `require` and, through dist/node, for `import`:
//   one file starts much faster than 180 (Node 20's loader costs a few tenths of a millisecond per
//   module, and an ES module importing CommonJS fp-ts or io-ts costs tens of milliseconds more).
// - dist/node/index.js: the ES module Node takes for `import`: it loads dist/cjs/index.js and
//   names its exports, so `import` and `require` share one copy of the library.
// - dist/esm: one ES module per source file (tsc), for bundlers (the `module` condition), which
//   tree-shake it; its imports of fp-ts and io-ts point at their ES builds (scripts/es-builds.mjs).
//
// Types: dist/esm/*.d.ts (ES modules) and dist/cjs/*.d.ts (CommonJS), both from tsc. The command
// line (`bin`) is one CommonJS file, dist/cli/main.cjs.
import { spawnSync } from 'node:child_process'
import { chmodSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as esbuild from 'esbuild'
import { withEsBuilds } from './es-builds.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc')

const fail = (what) => {
  console.error(`build: ${what} failed`)
  process.exit(1)
}

const tscStep = (project, ...flags) => {
  const r = spawnSync(process.execPath, [tsc, '-p', project, ...flags], { cwd: root, stdio: 'inherit' })
  if (r.status !== 0) fail(`tsc -p ${project}`)
}

const filesUnder = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]))

const requireHere = createRequire(import.meta.url)

/**
 * Our modules import fp-ts and io-ts as namespaces (`import * as E from 'fp-ts/lib/Either.js'`).
 * Bundled to CommonJS, each such import would copy the whole module into a namespace object at
 * start-up (esbuild's interop helper; about 10 ms over our 27 imports of fp-ts's Either). This
 * plugin puts one ES module between them and the package, re-exporting its names, so that the
 * bundle `require`s the package once and reads its functions directly.
 */
const namedImports = {
  name: 'named-imports',
  setup(build) {
    build.onResolve({ filter: /^(fp-ts\/lib\/[A-Za-z]+\.js|io-ts)$/ }, (a) => (a.namespace === 'named-imports' ? { path: a.path, external: true } : { path: a.path, namespace: 'named-imports' }))
    build.onLoad({ filter: /.*/, namespace: 'named-imports' }, (a) => {
      const names = Object.keys(requireHere(a.path)).filter((n) => n !== 'default' && /^[A-Za-z_$][\w$]*$/.test(n))
      return { contents: `export { ${names.join(', ')} } from ${JSON.stringify(a.path)}`, loader: 'js', resolveDir: root }
    })
  }
}

/** One esbuild bundle: Node 20, every package left to be loaded at run time. */
const bundle = async (entry, outfile, format) => {
  const r = await esbuild.build({
    entryPoints: [join(root, entry)],
    outfile: join(root, outfile),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format,
    packages: 'external',
    plugins: [namedImports],
    logLevel: 'warning'
  })
  if (r.errors.length > 0) fail(`esbuild ${entry}`)
}

rmSync(join(root, 'dist'), { recursive: true, force: true })

// dist/esm: per-file ES modules and their declarations, for bundlers.
tscStep('tsconfig.build.json')
rmSync(join(root, 'dist', 'esm', 'cli'), { recursive: true, force: true })
for (const file of filesUnder(join(root, 'dist', 'esm')).filter((f) => f.endsWith('.js'))) {
  const source = readFileSync(file, 'utf8')
  const rewritten = withEsBuilds(source)
  if (rewritten !== source) writeFileSync(file, rewritten)
}

// dist/cjs: CommonJS declarations from tsc, and the code as one file from esbuild.
tscStep('tsconfig.cjs.json', '--emitDeclarationOnly')
rmSync(join(root, 'dist', 'cjs', 'cli'), { recursive: true, force: true })
writeFileSync(join(root, 'dist', 'cjs', 'package.json'), JSON.stringify({ type: 'commonjs' }, null, 2) + '\n')
await bundle('src/index.ts', 'dist/cjs/index.js', 'cjs')

// dist/node: `import` in Node, over the CommonJS file. The names are read from the built file
// itself, so the list can't drift from the index.
const names = Object.keys(requireHere(join(root, 'dist', 'cjs', 'index.js'))).sort()
const invalid = names.filter((n) => !/^[A-Za-z_$][\w$]*$/.test(n) || n === 'default')
if (invalid.length > 0) fail(`naming the exports (${invalid.join(', ')})`)
mkdirSync(join(root, 'dist', 'node'), { recursive: true })
writeFileSync(
  join(root, 'dist', 'node', 'index.js'),
  [
    '// ivschat-codecs for `import` in Node: the CommonJS build (one file, shared with `require`), by name.',
    "import { createRequire } from 'node:module'",
    "const lib = createRequire(import.meta.url)('../cjs/index.js')",
    ...names.map((n) => `export const ${n} = lib.${n}`),
    ''
  ].join('\n')
)

// The command line: one CommonJS file too (it starts as fast), executable for npm's bin links.
await bundle('src/cli/main.ts', 'dist/cli/main.cjs', 'cjs')
chmodSync(join(root, 'dist', 'cli', 'main.cjs'), 0o755)

console.log('build: dist/cjs (one file), dist/node, dist/esm (per file, for bundlers) and dist/cli written')
