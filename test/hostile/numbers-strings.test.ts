/**
 * Numbers a 32-bit integer or a `Date` cannot hold, and strings that are not well-formed
 * Unicode, are a `Left` or decode exactly; lengths are counted in code points, as Smithy counts.
 */
import * as E from 'fp-ts/lib/Either.js'
import fc from 'fast-check'
import { anyString } from '../support/arbitrary.js'
import { describe, expect, it } from 'vitest'
import * as S from '../../src/codecs/Schema.js'
import { shape } from '../../src/codecs/Shape.js'
import { CreateChatToken, CreateChatTokenRequest, CreateChatTokenResponse } from '../../src/index.js'
import { SOME_RUNS, errorsOf } from './support.js'
import { expectationsOf } from '../support/issues.js'
import { INT32 } from '../../src/codecs/Constraints.js'

const ROOM = 'arn:aws:ivschat:us-west-2:123456789012:room/abcdEFGH1234'

const Numbers = shape(
  S.structure('Numbers', {
    n: S.optional(S.integer()),
    at: S.optional(S.timestamp('epoch-seconds')),
    dt: S.optional(S.timestamp('date-time')),
    hd: S.optional(S.timestamp('http-date'))
  })
)

const messages = (r: E.Either<unknown, unknown>): Array<string> => (E.isLeft(r) ? errorsOf(r.left).map((e) => e.message ?? "") : [])

const EPOCH = 'a number of seconds since the Unix epoch such as 1398796238 or 1398796238.123'

describe('numbers', () => {
  it('refuses integers outside the signed 32-bit range, and accepts its ends', () => {
    for (const n of ['2147483648', '-2147483649', '4294967296', '9007199254740993', '1e10', '-1e10']) {
      expect(expectationsOf(Numbers.fromString(`{"n":${n}}`))).toEqual([{ path: ['n'], expected: INT32 }])
      expect(E.isLeft(Numbers.fromXml(`<Numbers><n>${n}</n></Numbers>`))).toBe(true)
    }
    expect(Numbers.fromString('{"n":2147483647}')).toEqual(E.right({ n: 2147483647 }))
    expect(Numbers.fromString('{"n":-2147483648}')).toEqual(E.right({ n: -2147483648 }))
    expect(Numbers.fromXml('<Numbers><n>-2147483648</n></Numbers>')).toEqual(E.right({ n: -2147483648 }))
  })

  it('refuses non-integers, NaN, Infinity, numeric strings and bigints where an integer is expected', () => {
    for (const v of [1.5, -0.000001, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, '1', 1n, true, [1], { valueOf: () => 1 }]) {
      expect(E.isLeft(Numbers.fromJson({ n: v }))).toBe(true)
    }
    for (const text of ['1.5', '1e3', 'NaN', 'Infinity', '0x10', ' 1', '1 ', '', '+', '٣']) {
      expect(E.isLeft(Numbers.fromXml(`<Numbers><n>${text}</n></Numbers>`))).toBe(true)
    }
  })

  it('reads huge exponents in JSON text as Infinity or zero, never as a crash', () => {
    expect(expectationsOf(Numbers.fromString('{"n":1e400}'))).toEqual([{ path: ['n'], expected: INT32 }])
    expect(expectationsOf(Numbers.fromString('{"n":-1e400}'))).toEqual([{ path: ['n'], expected: INT32 }])
    expect(expectationsOf(Numbers.fromString('{"at":1e400}'))).toEqual([{ path: ['at'], expected: `${EPOCH}` }])
    // 1e-400 underflows to 0, a valid integer and the epoch.
    expect(Numbers.fromString('{"n":1e-400,"at":1e-400}')).toEqual(E.right({ n: 0, at: new Date(0) }))
    expect(Numbers.fromString(`{"n":1${'0'.repeat(5000)}}`)).toEqual(E.left(expect.anything()))
  })

  it('accepts -0 as the integer 0 (documented): it is a whole number, and encodes as 0', () => {
    const r = Numbers.fromString('{"n":-0}')
    expect(E.isRight(r)).toBe(true)
    if (E.isRight(r)) {
      expect(r.right.n === 0).toBe(true)
      expect(JSON.stringify(Numbers.toJson(r.right))).toBe('{"n":0}')
      expect(Numbers.toXml(r.right)).toBe('<Numbers><n>0</n></Numbers>')
    }
    expect(E.isRight(Numbers.fromXml('<Numbers><n>-0</n></Numbers>'))).toBe(true)
  })

  it('refuses epoch seconds outside 0000–9999 UTC (what every format can write back), and accepts its ends', () => {
    const max = 253402300799.999 // 9999-12-31T23:59:59.999Z
    const min = -62167219200 // 0000-01-01T00:00:00Z
    for (const s of [max + 0.001, min - 0.001, 8.64e12, -8.64e12, 1e300, -1e300, Number.MAX_VALUE]) {
      expect(expectationsOf(Numbers.fromJson({ at: s }))).toEqual([{ path: ['at'], expected: `${EPOCH}` }])
      expect(E.isLeft(Numbers.fromXml(`<Numbers><at>${BigInt(Math.trunc(s) + (s > 0 ? 1 : -1)).toString()}</at></Numbers>`))).toBe(true)
    }
    for (const s of [Number.NaN, Number.POSITIVE_INFINITY, '1', null]) expect(E.isRight(Numbers.fromJson({ at: s })) && s !== null).toBe(false)
    expect(Numbers.fromJson({ at: max })).toEqual(E.right({ at: new Date(max * 1000) }))
    expect(Numbers.fromJson({ at: min })).toEqual(E.right({ at: new Date(min * 1000) }))
    expect(Numbers.fromXml('<Numbers><at>253402300799.999</at></Numbers>')).toEqual(E.right({ at: new Date(max * 1000) }))
    expect(E.isLeft(Numbers.fromXml(`<Numbers><at>${'9'.repeat(400)}</at></Numbers>`))).toBe(true)
    expect(E.isLeft(Numbers.fromXml('<Numbers><at>1e3</at></Numbers>'))).toBe(true)
  })

  it('refuses date-times and http-dates a Date cannot hold, or that do not exist', () => {
    for (const dt of ['+275760-09-13T00:00:00.001Z', '10000-01-01T00:00:00Z', '9999-12-31T23:59:59-01:00', '0000-01-01T00:00:00+01:00', '2023-02-29T00:00:00Z', '2023-01-01T24:00:01Z', '2023-01-01T00:00:00'])
      expect(E.isLeft(Numbers.fromJson({ dt }))).toBe(true)
    for (const hd of ['Fri, 31 Feb 2023 00:00:00 GMT', 'Mon, 01 Jan 10000 00:00:00 GMT', 'Sun, 01 Jan 2023 00:00:00 UTC'])
      expect(E.isLeft(Numbers.fromJson({ hd }))).toBe(true)
  })

  it('decodes any finite double as an integer only when it is a 32-bit whole number', () => {
    fc.assert(
      fc.property(fc.double(), (d) => {
        const r = Numbers.fromJson({ n: d })
        expect(E.isRight(r)).toBe(Number.isInteger(d) && d >= -(2 ** 31) && d < 2 ** 31)
      }),
      { numRuns: SOME_RUNS * 10 }
    )
  })
})

describe('strings', () => {
  const request = (userId: string): unknown => ({ roomIdentifier: ROOM, userId })

  it('counts userId length in code points: 128 emoji are valid, 129 are not', () => {
    const emoji = '\u{1F600}'
    expect(CreateChatTokenRequest.fromJson(request(emoji.repeat(128)))).toEqual(E.right(request(emoji.repeat(128))))
    expect(expectationsOf(CreateChatTokenRequest.fromJson(request(emoji.repeat(129))))).toEqual([{ path: ['userId'], expected: 'length between 1 and 128' }])
    // A lone surrogate counts as one code point, as in Smithy (and as Java counts them).
    expect(E.isRight(CreateChatTokenRequest.fromJson(request('\uD800'.repeat(128))))).toBe(true)
    expect(E.isLeft(CreateChatTokenRequest.fromJson(request('\uD800'.repeat(129))))).toBe(true)
    expect(E.isLeft(CreateChatTokenRequest.fromJson(request('')))).toBe(true)
  })

  it('decodes lone surrogates in JSON text without crashing, as the code units they are', () => {
    const r = CreateChatTokenResponse.fromString('{"token":"a\\ud800b\\udfffc\\udfff\\ud800"}')
    expect(r).toEqual(E.right({ token: 'a\uD800b\uDFFFc\uDFFF\uD800' }))
    fc.assert(
      fc.property(anyString(), (s) => {
        expect(CreateChatTokenResponse.fromString(JSON.stringify({ token: s }))).toEqual(E.right({ token: s }))
        const x = CreateChatTokenResponse.fromXml(`<CreateChatTokenResponse><token>${s}</token></CreateChatTokenResponse>`)
        expect(E.isLeft(x) || E.isRight(x)).toBe(true)
      }),
      { numRuns: SOME_RUNS * 5 }
    )
  })

  it('decodes invalid UTF-8 in a response body as U+FFFD, never a crash', () => {
    const json = (s: string): Uint8Array => new TextEncoder().encode(s)
    const parts = [json('{"token":"a'), new Uint8Array([0xff, 0xc3, 0x28, 0xed, 0xa0, 0x80, 0xf0, 0x9f]), json('b"}')]
    const body = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
    let at = 0
    for (const p of parts) {
      body.set(p, at)
      at += p.length
    }
    const r = CreateChatToken.decodeResponse({ statusCode: 200, body })
    expect(E.isRight(r)).toBe(true)
    if (E.isRight(r)) {
      expect(r.right.token!.startsWith('a\uFFFD')).toBe(true)
      expect(r.right.token!.endsWith('\uFFFDb')).toBe(true)
      expect(r.right.token).not.toMatch(/[\uD800-\uDFFF]/)
    }
  })

  it('decodes a response body of random bytes to an Either', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), fc.constantFrom(200, 400, 404, 500), (body, statusCode) => {
        const r = CreateChatToken.decodeResponse({ statusCode, body })
        expect(E.isLeft(r) || E.isRight(r)).toBe(true)
      }),
      { numRuns: SOME_RUNS * 5 }
    )
  })
})
