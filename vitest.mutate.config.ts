/**
 * The vitest config Stryker runs (see stryker.config.json and docs/mutation.md): the fast suites
 * that exercise `src/codecs` and `src/errors` (codecs, errors, shapes, interop, hostile input),
 * with the hostile fuzz properties cut to 20 runs (`HOSTILE_RUNS`) and other properties to 25
 * (test/support/mutate.setup.ts). Not the slow tier (`*.slow.test.ts`: timing, 10,000-input
 * fuzzing, packing), and not the suites that build or run other programs (bench, cli, packaging,
 * docs, generator) or exercise other layers (protocols, client, server).
 */
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/{codecs,errors,shapes,interop,hostile}/**/*.test.ts'],
    exclude: ['**/*.slow.test.ts', '**/node_modules/**'],
    env: { HOSTILE_RUNS: '20', HOSTILE_MUTATION: '1' },
    setupFiles: ['test/support/mutate.setup.ts'],
    // One module graph for all the test files of a run: importing the library once per file was
    // two thirds of each mutant's time. Safe because Stryker starts a fresh worker for every
    // mutant run (so no compiled decoder outlives the mutant it was compiled under).
    isolate: false,
    testTimeout: 120_000,
    hookTimeout: 120_000
  }
})
