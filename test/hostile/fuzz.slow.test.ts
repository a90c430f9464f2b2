/**
 * Fuzzing every public decoder with 10,000 inputs of each family it takes (see fuzz.ts);
 * fuzz.test.ts runs the same properties 100 times.
 */
import { describeFuzz } from './fuzz.js'
import { SLOW_RUNS } from './support.js'

describeFuzz(SLOW_RUNS)
