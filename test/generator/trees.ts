/**
 * What the regeneration tests compare: a directory the generator wrote against the committed
 * generated directories of src/, file list and bytes.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect } from 'vitest'
import { GENERATED_DIRS } from '../../scripts/generator/index.js'

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

const listing = (dir: string): ReadonlyArray<string> => readdirSync(dir).filter((f) => f.endsWith('.ts')).sort()

/** Every generated directory under `out` holds exactly the committed files, byte for byte. */
export const compareTrees = (out: string): void => {
  for (const dir of GENERATED_DIRS) {
    const committed = listing(join(ROOT, 'src', dir))
    expect(listing(join(out, dir)), dir).toEqual(committed)
    for (const f of committed) {
      expect(readFileSync(join(out, dir, f), 'utf8'), `${dir}/${f}`).toBe(readFileSync(join(ROOT, 'src', dir, f), 'utf8'))
    }
  }
}
