/**
 * The vitest config Stryker runs (see stryker.config.json and docs/mutation.md): the suites that
 * exercise `src/codecs` and `src/errors` (codecs, errors, shapes, interop, hostile input,
 * mutation), with the hostile fuzz properties cut to 20 runs (`HOSTILE_RUNS`), other properties
 * to 25 (test/mutation/setup.ts), and without the
 * suites that measure time (a mutant may legitimately be slower) or build, pack or run other
 * programs (bench, cli, packaging, docs, generator).
 */
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/{codecs,errors,shapes,interop,hostile,mutation}/**/*.test.ts'],
    exclude: ['test/hostile/sizes.test.ts', '**/node_modules/**'],
    env: { HOSTILE_RUNS: '20', HOSTILE_MUTATION: '1' },
    setupFiles: ['test/mutation/setup.ts'],
    // One module graph for all the test files of a run: importing the library once per file was
    // two thirds of each mutant's time. Safe because Stryker starts a fresh worker for every
    // mutant run (so no compiled decoder outlives the mutant it was compiled under).
    isolate: false,
    testTimeout: 120_000,
    hookTimeout: 120_000
  }
})
