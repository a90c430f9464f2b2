/**
 * Fuzzing every public decoder with 100 inputs of each family it takes (see fuzz.ts);
 * fuzz.slow.test.ts runs the same properties 10,000 times.
 */
import { describeFuzz } from './fuzz.js'
import { RUNS } from './support.js'

describeFuzz(RUNS)
