/**
 * The fast suite, `npm test` (after the type-check): every behaviour, within 90 s on 2 cores.
 * Files named `*.slow.test.ts` (fuzzing thousands of inputs, timing and memory comparisons,
 * building, packing or spawning programs) run in `npm run test:slow` (vitest.slow.config.ts).
 */
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['**/*.slow.test.ts', '**/node_modules/**'],
    testTimeout: 120_000,
    hookTimeout: 120_000
  }
})
