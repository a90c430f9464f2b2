/**
 * Setup of the mutation-testing runs only (vitest.mutate.config.ts): property tests that do not
 * set `numRuns` themselves run 25 times instead of 100, so each mutant's tests finish in time.
 */
import fc from 'fast-check'

fc.configureGlobal({ numRuns: 25 })
