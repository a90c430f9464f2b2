// Builds the package: ESM (dist/esm) and CommonJS (dist/cjs), each with its .d.ts files.
// dist/cjs gets a package.json that says "type": "commonjs", so Node and TypeScript read its
// .js and .d.ts files as CommonJS although the package itself is "type": "module".
import { spawnSync } from 'node:child_process'
import { chmodSync, existsSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc')

const step = (project) => {
  const r = spawnSync(process.execPath, [tsc, '-p', project], { cwd: root, stdio: 'inherit' })
  if (r.status !== 0) {
    console.error(`build: tsc -p ${project} failed`)
    process.exit(r.status ?? 1)
  }
}

rmSync(join(root, 'dist'), { recursive: true, force: true })
step('tsconfig.build.json')
step('tsconfig.cjs.json')
writeFileSync(join(root, 'dist', 'cjs', 'package.json'), JSON.stringify({ type: 'commonjs' }, null, 2) + '\n')

// The CLI's entry point must be executable for npm's bin links.
const cli = join(root, 'dist', 'esm', 'cli', 'main.js')
if (existsSync(cli)) chmodSync(cli, 0o755)
console.log('build: dist/esm and dist/cjs written')
