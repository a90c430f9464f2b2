/**
 * Sizes: text (or bytes) over `maxInputLength` (default 10 MiB) is a `Left` before anything is
 * parsed, and input with many wrong entries keeps at most 100 issues. That decoding time grows
 * linearly with the input, and that the limits cost nothing, is measured in sizes.slow.test.ts.
 */
import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { toIssues } from '../../src/codecs/Report.js'
import { DEFAULT_MAX_INPUT_LENGTH } from '../../src/codecs/Shape.js'
import { CreateChatToken, CreateChatTokenError, CreateChatTokenResponse, ValidationException } from '../../src/index.js'
import { expectations } from '../support/issues.js'
import { errorsOf, targets } from './support.js'

describe('maxInputLength', () => {
  it(`refuses text over the default (${DEFAULT_MAX_INPUT_LENGTH} characters) in every text decoder, before parsing it`, () => {
    // Neither JSON nor XML: had it been parsed first, the error would be a syntax error.
    const text = `<${'x'.repeat(DEFAULT_MAX_INPUT_LENGTH)}`
    for (const target of targets) {
      if (target.input === 'json-text' || target.input === 'xml-text') {
        const r = target.run(text)
        expect(E.isLeft(r), target.name).toBe(true)
        expect(expectations(errorsOf(E.isLeft(r) ? r.left : [])), target.name).toEqual([{ path: [], expected: `at most ${DEFAULT_MAX_INPUT_LENGTH} characters` }])
      }
    }
  })

  it('uses a configured limit, and accepts text at the limit', () => {
    const text = JSON.stringify({ token: 'abc' })
    expect(E.isRight(CreateChatTokenResponse.fromString(text, { maxInputLength: text.length }))).toBe(true)
    expect(E.isLeft(CreateChatTokenResponse.fromString(text, { maxInputLength: text.length - 1 }))).toBe(true)
    const xml = '<CreateChatTokenResponse><token>abc</token></CreateChatTokenResponse>'
    expect(E.isRight(CreateChatTokenResponse.fromXml(xml, { maxInputLength: xml.length }))).toBe(true)
    expect(E.isLeft(CreateChatTokenResponse.fromXml(xml, { maxInputLength: xml.length - 1 }))).toBe(true)
    const error = '<Error><Message>m</Message></Error>'
    for (const code of ['ValidationException', 'SomeUndeclaredException']) {
      expect(E.isLeft(CreateChatTokenError.fromXml(code, error, { maxInputLength: error.length - 1 }))).toBe(true)
      expect(E.isLeft(CreateChatTokenError.fromXml(code, error, { maxInputLength: error.length })) && code === 'SomeUndeclaredException').toBe(false)
    }
  })

  it('refuses a response body over the limit, as text and as bytes', () => {
    const text = JSON.stringify({ token: 'abc' })
    const bytes = new TextEncoder().encode(text)
    for (const body of [text, bytes]) {
      expect(E.isRight(CreateChatToken.decodeResponse({ statusCode: 200, body }, { maxInputLength: text.length }))).toBe(true)
      const r = CreateChatToken.decodeResponse({ statusCode: 200, body }, { maxInputLength: text.length - 1 })
      expect(E.isLeft(r) ? r.left : null).toMatchObject({ _tag: 'UndecodableResponse', statusCode: 200 })
    }
    const big = CreateChatToken.decodeResponse({ statusCode: 400, body: `{"message":"${'x'.repeat(DEFAULT_MAX_INPUT_LENGTH)}"}` })
    expect(expectations(errorsOf(E.isLeft(big) ? big.left : null))).toEqual([{ path: [], expected: `at most ${DEFAULT_MAX_INPUT_LENGTH} characters` }])
  })

  it('measures bytes before decoding them: 3-byte characters count 3 each', () => {
    // 1,000 euro signs: 3,000 bytes of UTF-8 but 1,000 characters once decoded.
    const body = new TextEncoder().encode(JSON.stringify({ token: '€'.repeat(1000) }))
    const r = CreateChatToken.decodeResponse({ statusCode: 200, body }, { maxInputLength: 2000 })
    expect(expectations(errorsOf(E.isLeft(r) ? r.left : null))).toEqual([{ path: [], expected: 'at most 2000 bytes' }])
  })

  it('keeps at most 100 issues for input with many wrong entries, the first 100 in order', () => {
    const r = ValidationException.body.fromString(JSON.stringify({ message: 'm', reason: 'OTHER', fieldList: new Array(5_000).fill(1) }))
    expect(E.isLeft(r) ? toIssues(r.left).map((i) => i.path) : []).toEqual(Array.from({ length: 100 }, (_, i) => ['fieldList', i]))
    const sparse: Array<unknown> = []
    sparse.length = 2 ** 32 - 1
    const s = ValidationException.fromJson({ message: 'm', reason: 'OTHER', fieldList: sparse })
    expect(E.isLeft(s) ? errorsOf(s.left).length : 0).toBe(100)
  })
})
