/**
 * restJson1's error codes (src/protocols/restJson1/ErrorCode.ts): where a response names its
 * error, and how a raw code is reduced to the exception's name.
 */
import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import { ERROR_TYPE_HEADER, errorCodeOf, normalizeErrorCode } from '../../../src/protocols/restJson1/ErrorCode.js'

const URI = 'http://internal.amazon.com/coral/com.amazon.coral.validate/'

describe('normalizeErrorCode', () => {
  it('reduces every form a service sends to the exception name', () => {
    expect(normalizeErrorCode('ValidationException')).toBe('ValidationException')
    expect(normalizeErrorCode('com.amazonaws.ivschat#ValidationException')).toBe('ValidationException')
    expect(normalizeErrorCode(`ValidationException:${URI}`)).toBe('ValidationException')
    expect(normalizeErrorCode(`com.amazonaws.ivschat#ValidationException:${URI}`)).toBe('ValidationException')
    expect(normalizeErrorCode('ValidationException,ValidationException')).toBe('ValidationException')
    expect(normalizeErrorCode(`ValidationException:${URI},ValidationException:${URI}`)).toBe('ValidationException')
    expect(normalizeErrorCode(' AccessDeniedException ')).toBe('AccessDeniedException')
  })

  it('gives an empty string for an empty code', () => {
    expect(normalizeErrorCode('')).toBe('')
    expect(normalizeErrorCode(':x')).toBe('')
  })

  it('finds the name of any code, whatever namespace, suffix or repetition is added', () => {
    const name = fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,30}$/)
    const namespace = fc.option(fc.stringMatching(/^[a-z][a-z0-9.]{0,20}$/), { nil: undefined })
    const suffix = fc.option(fc.stringMatching(/^https?:\/\/[a-z.]{1,20}\/[a-z./:#,]{0,30}$/), { nil: undefined })
    fc.assert(
      fc.property(name, namespace, suffix, fc.integer({ min: 1, max: 3 }), (n, ns, uri, times) => {
        const one = `${ns === undefined ? '' : `${ns}#`}${n}${uri === undefined ? '' : `:${uri}`}`
        const raw = Array.from({ length: times }, () => one).join(',')
        expect(normalizeErrorCode(raw)).toBe(n)
      })
    )
  })

  it('is idempotent and never throws', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const once = normalizeErrorCode(s)
        expect(normalizeErrorCode(once)).toBe(once)
      })
    )
  })
})

describe('error codes', () => {
  it('cuts at the first comma and colon, and after the last #, even at position 0', () => {
    expect(normalizeErrorCode(',ValidationException')).toBe('')
    expect(normalizeErrorCode('#ValidationException')).toBe('ValidationException')
    expect(normalizeErrorCode('a#b#ValidationException')).toBe('ValidationException')
    expect(normalizeErrorCode('ValidationException')).toBe('ValidationException')
    expect(normalizeErrorCode(' ValidationException , x')).toBe('ValidationException')
  })
})

describe('errorCodeOf', () => {
  it('reads the header first, then the body code (its key in any case), then __type, and normalises it', () => {
    expect(ERROR_TYPE_HEADER).toBe('x-amzn-errortype')
    expect(errorCodeOf({ 'X-Amzn-ErrorType': 'aws#A:uri' }, { code: 'B', __type: 'C' })).toBe('A')
    expect(errorCodeOf({ 'x-amzn-errortype': ' ' }, { Code: 'B', __type: 'C' })).toBe('B')
    expect(errorCodeOf(undefined, { code: 5, __type: 'ns#C' })).toBe('C')
    expect(errorCodeOf([['x-amzn-errortype', 'A']], undefined)).toBe('A')
  })

  it('is undefined when nothing names a code, or the name is empty once normalised', () => {
    expect(errorCodeOf(undefined, {})).toBeUndefined()
    expect(errorCodeOf({ 'x-amzn-errortype': ',x' }, {})).toBeUndefined()
    expect(errorCodeOf(undefined, [{ code: 'A' }])).toBeUndefined()
    expect(errorCodeOf(undefined, 'A')).toBeUndefined()
  })
})
