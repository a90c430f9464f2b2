/**
 * Exact behaviour of `Constraints.ts` at its edges: code points at the ends of the surrogate
 * ranges, and how a rejected enum value is shown. Written against surviving mutants; each test
 * states a behaviour, not a mutant.
 */
import { describe, expect, it } from 'vitest'
import { codePointLength, enumCheck } from '../../src/codecs/Constraints.js'
import * as S from '../../src/codecs/Schema.js'

describe('codePointLength', () => {
  it('counts a pair from either end of both surrogate ranges as one code point', () => {
    for (const hi of [0xd800, 0xdbff]) for (const lo of [0xdc00, 0xdfff]) expect(codePointLength(String.fromCharCode(hi, lo))).toBe(1)
  })

  it('counts units just outside the ranges, reversed pairs and lone surrogates one each', () => {
    expect(codePointLength('\uD7FF\uDC00')).toBe(2)
    expect(codePointLength('\uDC00\uDC00')).toBe(2)
    expect(codePointLength('\uD800\uDBFF')).toBe(2)
    expect(codePointLength('\uD800\uE000')).toBe(2)
    expect(codePointLength('\uDC00\uD800')).toBe(2)
    expect(codePointLength('a\uD800')).toBe(2)
    expect(codePointLength('\uD800')).toBe(1)
    expect(codePointLength('')).toBe(0)
    expect(codePointLength('😀😀x')).toBe(3)
    expect(codePointLength('\uD800\uD800\uDC00')).toBe(2)
  })
})

describe('enumCheck', () => {
  it('names every allowed value, and shows the rejected one cut at 60 characters', () => {
    const check = enumCheck(S.enums(['A', 'B']).ast as never, 'strict')!
    expect(check('A')).toBeUndefined()
    expect(check('x'.repeat(60))).toEqual({ expected: 'one of "A", "B"', got: JSON.stringify('x'.repeat(60)) })
    expect(check('y'.repeat(61))).toEqual({ expected: 'one of "A", "B"', got: JSON.stringify('y'.repeat(60) + '…') })
  })

  it('does not show a rejected value of a sensitive enum', () => {
    const check = enumCheck(S.enums(['A'], { sensitive: true }).ast as never, 'strict')!
    expect(check('secret')).toEqual({ expected: 'one of "A"', got: 'another value' })
    expect(enumCheck(S.enums(['A']).ast as never, 'lenient')).toBeUndefined()
  })
})
