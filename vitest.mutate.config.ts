/**
 * The vitest config Stryker runs (see stryker.config.json and docs/mutation.md): the unit,
 * hostile-input and mutation suites, with the fuzz properties cut to a few hundred runs
 * (`HOSTILE_RUNS`) and without the suites that do not exercise `src/codecs` or `src/errors`
 * (docs, generator) or that measure time (a mutant may legitimately be slower).
 */
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/docs/**', 'test/generator/**', 'test/hostile/sizes.test.ts', '**/node_modules/**'],
    env: { HOSTILE_RUNS: '200' },
    testTimeout: 120_000,
    hookTimeout: 120_000
  }
})
