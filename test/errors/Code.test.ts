
import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import { normalizeErrorCode, CreateChatToken, CreateChatTokenError, CreateChatTokenRequest, SENSITIVE, ValidationException } from '../../src/index.js'
import * as E from 'fp-ts/lib/Either.js'
import * as t from 'io-ts'
import * as S from '../../src/codecs/Schema.js'
import { shape } from '../../src/codecs/Shape.js'
import { errorShape } from '../../src/errors/ErrorShape.js'
import { errorUnion } from '../../src/errors/ErrorUnion.js'

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
