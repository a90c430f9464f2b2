import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import { checkLength, codePointLength, describeBounds, enumCheck, isInt32, rangeCheck, stringCheck } from '../../src/codecs/Constraints.js'
import * as S from '../../src/codecs/Schema.js'
import { anyString } from '../support/arbitrary.js'
import type { EnumAST, IntegerAST, StringAST } from '../../src/codecs/Schema.js'

const stringAst = (s: S.Schema<string, string>): StringAST => s.ast as StringAST

describe('constraints', () => {
  it('counts code points: a surrogate pair is one, a lone surrogate is one', () => {
    expect(codePointLength('')).toBe(0)
    expect(codePointLength('abc')).toBe(3)
    expect(codePointLength('😀')).toBe(1)
    expect(codePointLength('a😀b')).toBe(3)
    expect(codePointLength('\ud800')).toBe(1)
    expect(codePointLength('\udc00\ud800')).toBe(2)
    expect(codePointLength('\ud800\ud83d\ude00')).toBe(2)
    expect(codePointLength('e\u0301')).toBe(2)
  })

  it('pairs units from either end of both surrogate ranges, and nothing just outside them', () => {
    for (const hi of [0xd800, 0xdbff]) for (const lo of [0xdc00, 0xdfff]) expect(codePointLength(String.fromCharCode(hi, lo))).toBe(1)
    for (const s of ['\ud7ff\udc00', '\udc00\udc00', '\ud800\udbff', '\ud800\ue000', 'a\ud800']) expect(codePointLength(s)).toBe(2)
  })

  it('counts as many code points as the string iterator', () => {
    fc.assert(
      fc.property(anyString(), (s) => {
        expect(codePointLength(s)).toBe([...s].length)
      })
    )
  })

  it('describes bounds', () => {
    expect(describeBounds({ min: 1, max: 128 })).toBe('between 1 and 128')
    expect(describeBounds({ min: 3, max: 3 })).toBe('exactly 3')
    expect(describeBounds({ min: 1 })).toBe('at least 1')
    expect(describeBounds({ max: 50 })).toBe('at most 50')
  })

  it('checks lengths and sizes inclusively', () => {
    expect(checkLength({ min: 1, max: 2 }, 1, 'length')).toBeUndefined()
    expect(checkLength({ min: 1, max: 2 }, 2, 'size')).toBeUndefined()
    expect(checkLength({ min: 1, max: 2 }, 0, 'length')).toEqual({ expected: 'length between 1 and 2', got: 'length 0' })
    expect(checkLength({ max: 2 }, 3, 'size')).toEqual({ expected: 'size at most 2', got: 'size 3' })
    fc.assert(
      fc.property(fc.nat(100), fc.nat(100), fc.nat(200), (a, b, n) => {
        const [min, max] = a <= b ? [a, b] : [b, a]
        expect(checkLength({ min, max }, n, 'length') === undefined).toBe(n >= min && n <= max)
      })
    )
  })

  it('checks strings only in strict mode, length in code points, then the pattern', () => {
    const ast = stringAst(S.string({ length: { min: 2, max: 3 }, pattern: '^[a-z😀]+$' }))
    expect(stringCheck(ast, 'lenient')).toBeUndefined()
    expect(stringCheck(stringAst(S.string()), 'strict')).toBeUndefined()
    const check = stringCheck(ast, 'strict')!
    expect(check('ab')).toBeUndefined()
    expect(check('😀😀😀')).toBeUndefined()
    expect(check('a')).toEqual({ expected: 'length between 2 and 3', got: 'length 1' })
    expect(check('abcd')).toEqual({ expected: 'length between 2 and 3', got: 'length 4' })
    expect(check('AB')).toEqual({ expected: 'a string matching the pattern ^[a-z😀]+$', got: 'a string of length 2 that does not match' })
  })

  it('reads patterns with the u flag', () => {
    const check = stringCheck(stringAst(S.string({ pattern: '^.$' })), 'strict')!
    expect(check('😀')).toBeUndefined()
    expect(check('ab')).toBeDefined()
  })

  it('never quotes a string in a violation', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 5 }).map((s) => `Zq${s}`), (s) => {
        const v = stringCheck(stringAst(S.string({ length: { max: 3 }, pattern: '^x$' })), 'strict')!(s)
        expect(v).toBeDefined()
        expect(JSON.stringify(v)).not.toContain(s)
      })
    )
  })

  it('checks enum values only in strict mode, hiding a sensitive one', () => {
    const ast = S.enums(['A', 'B']).ast as EnumAST
    expect(enumCheck(ast, 'lenient')).toBeUndefined()
    expect(enumCheck(ast, 'strict')!('A')).toBeUndefined()
    expect(enumCheck(ast, 'strict')!('C')).toEqual({ expected: 'one of "A", "B"', got: '"C"' })
    expect(enumCheck(ast, 'strict')!('x'.repeat(60))).toEqual({ expected: 'one of "A", "B"', got: JSON.stringify('x'.repeat(60)) })
    expect(enumCheck(ast, 'strict')!('y'.repeat(61))).toEqual({ expected: 'one of "A", "B"', got: JSON.stringify('y'.repeat(60) + '…') })
    expect(enumCheck(S.enums(['A'], { sensitive: true }).ast as EnumAST, 'strict')!('secret')).toEqual({ expected: 'one of "A"', got: 'another value' })
  })

  it('checks ranges only in strict mode, hiding a sensitive value', () => {
    const ast = S.integer({ range: { min: 1, max: 180 } }).ast as IntegerAST
    expect(rangeCheck(ast, 'lenient')).toBeUndefined()
    expect(rangeCheck(S.integer().ast as IntegerAST, 'strict')).toBeUndefined()
    const check = rangeCheck(ast, 'strict')!
    expect(check(1)).toBeUndefined()
    expect(check(180)).toBeUndefined()
    expect(check(0)).toEqual({ expected: 'a value between 1 and 180', got: '0' })
    expect(check(181)).toEqual({ expected: 'a value between 1 and 180', got: '181' })
    expect(rangeCheck(S.integer({ range: { min: 0 }, sensitive: true }).ast as IntegerAST, 'strict')!(-1)).toEqual({ expected: 'a value at least 0', got: 'a value out of range' })
  })

  it('knows 32-bit integers', () => {
    expect([0, -0, 1, -2147483648, 2147483647].every(isInt32)).toBe(true)
    expect([0.5, 2147483648, -2147483649, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53].some(isInt32)).toBe(false)
    fc.assert(
      fc.property(fc.double(), (n) => {
        expect(isInt32(n)).toBe(Number.isInteger(n) && (n | 0) === n)
      })
    )
  })
})
