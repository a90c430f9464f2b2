/**
 * The slow tier, `npm run test:slow`: only files named `*.slow.test.ts` (fuzzing thousands of
 * inputs, timing and memory comparisons, building, packing or spawning programs). The fast
 * suite is vitest.config.ts.
 */
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.slow.test.ts'],
    exclude: ['**/node_modules/**'],
    // Timing tests measure best, not mean; one file at a time keeps them from timing each other.
    fileParallelism: false,
    testTimeout: 600_000,
    hookTimeout: 600_000
  }
})
