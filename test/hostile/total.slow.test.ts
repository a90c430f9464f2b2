/** total.test.ts at scale: many more hostile values and options over every exported shape. */
import fc from 'fast-check'
import { describe, it } from 'vitest'
import { checkTotal, hostileOptions, hostileValue } from './total.js'

describe('every exported function is total (many runs)', () => {
  it('returns a value for hostile values and options, and is() agrees with the decoders', () => {
    fc.assert(fc.property(hostileValue(), hostileOptions(), checkTotal), { numRuns: 10_000 })
  })
})
