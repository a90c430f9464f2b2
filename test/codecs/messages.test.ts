/**
 * The catalogue of messages: the one place that pins how each kind of message is worded
 * (`path: expected X, got Y`), and how the value found is previewed. Every other suite checks
 * where a problem is and what was expected through `toIssues` (test/support/issues.ts), not the
 * words, so rewording a message means changing this file only.
 */
import * as E from 'fp-ts/lib/Either.js'
import type * as t from 'io-ts'
import { describe, expect, it } from 'vitest'
import * as S from '../../src/codecs/Schema.js'
import { shape } from '../../src/codecs/Shape.js'
import { CreateChatToken, CreateChatTokenError, CreateChatTokenResponse, ValidationException, formatDateTime, formatEpochSeconds, formatHttpDate, toIssues } from '../../src/index.js'

const messages = (r: E.Either<unknown, unknown>): ReadonlyArray<string> => {
  if (E.isRight(r)) return []
  const l = r.left as t.Errors | { readonly errors: t.Errors }
  return (Array.isArray(l) ? l : (l as { readonly errors: t.Errors }).errors).map((e) => e.message ?? '')
}

const Inner = S.structure('Inner', { label: S.required(S.string()) })
const Holder = shape(
  S.structure('Holder', {
    s: S.optional(S.string()),
    n: S.optional(S.integer()),
    b: S.optional(S.boolean()),
    inner: S.optional(Inner),
    list: S.optional(S.list(S.integer(), { shapeId: 'test#Ints' })),
    map: S.optional(S.map(S.string(), S.string(), { shapeId: 'test#Labels' })),
    secret: S.optional(S.string({ sensitive: true }))
  })
)
const Strict = shape(
  S.structure('Strict', {
    code: S.optional(S.string({ length: { min: 2, max: 4 }, pattern: '^[a-z]+$' })),
    count: S.optional(S.integer({ range: { min: 1, max: 9 } })),
    color: S.optional(S.enums(['RED', 'BLUE'])),
    tags: S.optional(S.list(S.string(), { length: { max: 1 } }))
  }),
  { mode: 'strict' }
)
const Pick = shape(S.union('Pick', { a: S.optional(S.string()), b: S.optional(S.integer()) }))

/** Each kind of message, with the input that produces it and its exact text. */
const catalogue: ReadonlyArray<readonly [string, () => E.Either<unknown, unknown>, ReadonlyArray<string>]> = [
  ['a string', () => Holder.fromJson({ s: 1 }), ['s: expected a string, got 1']],
  ['a 32-bit integer', () => Holder.fromJson({ n: 1.5 }), ['n: expected a 32-bit integer, got 1.5']],
  ['a boolean', () => Holder.fromJson({ b: 'true' }), ['b: expected a boolean, got "true"']],
  ['an object, named after the structure', () => Holder.fromJson({ inner: [] }), ['inner: expected an object (Inner), got an array']],
  ['a required member', () => Holder.fromJson({ inner: {} }), ['inner.label: expected a value (the member is required), got nothing']],
  ['an array, named after the list', () => Holder.fromJson({ list: {} }), ['list: expected an array (Ints), got an object']],
  ['a list entry that is null', () => Holder.fromJson({ list: [1, null] }), ['list[1]: expected a value (lists have no null entries), got null']],
  ['a map entry that is null', () => Holder.fromJson({ map: { k: null } }), ['map.k: expected a value (maps have no null entries), got null']],
  ['a sensitive value, by kind only', () => Holder.fromJson({ secret: 42 }), ['secret: expected a string, got a number (sensitive value hidden)']],
  [
    'an RFC 3339 date-time',
    () => CreateChatTokenResponse.fromJson({ tokenExpirationTime: '2024-02-30T00:00:00Z' }),
    ['tokenExpirationTime: expected an RFC 3339 date-time such as 2014-04-29T18:30:38Z, got "2024-02-30T00:00:00Z"']
  ],
  ['an IMF-fixdate HTTP date', () => shape(S.timestamp('http-date')).fromJson(1000), ['(root): expected an IMF-fixdate HTTP date such as Tue, 29 Apr 2014 18:30:38 GMT, got 1000']],
  [
    'epoch seconds',
    () => shape(S.timestamp('epoch-seconds')).fromJson('1'),
    ['(root): expected a number of seconds since the Unix epoch such as 1398796238 or 1398796238.123, got "1"']
  ],
  ['a length', () => Strict.fromJson({ code: 'abcde' }), ['code: expected length between 2 and 4, got length 5']],
  ['a pattern', () => Strict.fromJson({ code: 'AB' }), ['code: expected a string matching the pattern ^[a-z]+$, got a string of length 2 that does not match']],
  ['a range', () => Strict.fromJson({ count: 10 }), ['count: expected a value between 1 and 9, got 10']],
  ['an enum value', () => Strict.fromJson({ color: 'GREEN' }), ['color: expected one of "RED", "BLUE", got "GREEN"']],
  ['a size', () => Strict.fromJson({ tags: ['a', 'b'] }), ['tags: expected size at most 1, got size 2']],
  ['a union with no member set', () => Pick.fromJson({}), ['(root): expected exactly one of a, b, got none of them']],
  ['a union with several members set', () => Pick.fromJson({ a: 'x', b: 1 }), ['(root): expected exactly one of a, b, got 2 members (a, b)']],
  ['JSON text that is not JSON', () => CreateChatTokenResponse.fromString('{'), ['(root): expected JSON text, got text that is not valid JSON']],
  ['JSON text that is not text', () => CreateChatTokenResponse.fromString(5 as unknown as string), ['(root): expected JSON text, got number']],
  ['XML text that is not text', () => CreateChatTokenResponse.fromXml(null as unknown as string), ['(root): expected XML text, got object']],
  ['text over the limit', () => CreateChatTokenResponse.fromString('{"token":"a"}', { maxInputLength: 5 }), ['(root): expected at most 5 characters, got 13']],
  ['bytes over the limit', () => CreateChatToken.decodeResponse({ statusCode: 200, body: new Uint8Array(6) }, { maxInputLength: 5 }), ['(body): expected at most 5 bytes, got 6']],
  ['XML text where elements are expected', () => shape(S.list(S.string(), { shapeId: 'x#L' })).fromXml('<l>a</l>'), ['(root): expected <member> elements (L), got text']],
  ['XML elements where text is expected', () => shape(S.string()).fromXml('<s><i/></s>'), ['(root): expected text, got child elements']],
  ['an XML boolean', () => shape(S.boolean()).fromXml('<b>yes</b>'), ['(root): expected true or false, got "yes"']],
  [
    'an incomplete XML map entry',
    () => shape(S.map(S.string(), S.string())).fromXml('<m><entry><value>1</value></entry></m>'),
    ['[0]: expected an <entry> with a <key> and a <value>, got an incomplete entry']
  ],
  ['an error code that is not a string', () => CreateChatTokenError.fromJson(5 as unknown as string, {}), ['(code): expected an error code (a string), got a number']],
  [
    'an error response without a code',
    () => CreateChatToken.decodeResponse({ statusCode: 400, body: '{}' }),
    ['(body): expected an error code in the x-amzn-errortype header or the body, got none']
  ],
  ['a body that is neither text nor bytes', () => CreateChatToken.decodeResponse({ statusCode: 200, body: 5 as never }), ['(body): expected the body as text or bytes, got number']],
  ['an error body of the wrong kind', () => ValidationException.fromJson({ message: 'm', reason: 'OTHER', fieldList: [7] }), ['fieldList[0]: expected an object (ValidationExceptionField), got 7']]
]

describe('the wording of each kind of message', () => {
  it.each(catalogue.map(([name, run, expected]) => [name, run, expected] as const))('%s', (_, run, expected) => {
    expect(messages(run())).toEqual(expected)
  })

  it('an XML document that cannot be read gives the parser’s reason', () => {
    expect(messages(CreateChatTokenResponse.fromXml('<a>1</a><b>2</b>'))).toEqual([expect.stringMatching(/^\(root\): expected an XML document, got one that could not be read \(.+\)$/)])
  })
})

describe('the wording of what the timestamp printers and toIssues say', () => {
  it.each([
    ['an invalid Date', () => formatDateTime(new Date(Number.NaN)), 'expected a valid Date in years 0000–9999, got an invalid Date'],
    ['a Date outside 0000–9999, without its year', () => formatHttpDate(new Date(Date.UTC(10000, 0, 1))), 'expected a valid Date in years 0000–9999, got a Date outside those years'],
    ['a value that is not a Date', () => formatEpochSeconds('2014-04-29T18:30:38Z' as unknown as Date), 'expected a valid Date in years 0000–9999, got a value that is not a Date']
  ] as const)('a printer given %s', (_, run, expected) => {
    expect(run()).toEqual(E.left(expected))
  })

  it('toIssues of something that is not a list of errors, and of an entry that is not an error', () => {
    expect(toIssues(undefined as unknown as t.Errors)).toEqual([{ path: [], message: 'expected io-ts validation errors (an array), got nothing' }])
    expect(toIssues([5] as unknown as t.Errors)).toEqual([{ path: [], message: 'expected an io-ts validation error, got a number' }])
  })
})

describe('previews of values in messages', () => {
  const Int = shape(S.integer())

  it('quote strings up to 60 characters whole, and cut longer ones with an ellipsis', () => {
    const at60 = 'x'.repeat(60)
    expect(E.isLeft(Int.fromJson(at60)) && Int.fromJson(at60)).toMatchObject({ left: [{ message: `(root): expected a 32-bit integer, got "${at60}"` }] })
    expect(Int.fromJson('y'.repeat(61))).toMatchObject({ left: [{ message: `(root): expected a 32-bit integer, got "${'y'.repeat(60)}…"` }] })
  })

  it('print numbers, booleans and null as themselves, and other values by kind', () => {
    const m = (u: unknown): string | undefined => {
      const r = Int.fromJson(u)
      return E.isLeft(r) ? r.left[0]!.message : undefined
    }
    expect(m(1.5)).toBe('(root): expected a 32-bit integer, got 1.5')
    expect(m(true)).toBe('(root): expected a 32-bit integer, got true')
    expect(m(false)).toBe('(root): expected a 32-bit integer, got false')
    expect(m(null)).toBe('(root): expected a 32-bit integer, got null')
    expect(m([1])).toBe('(root): expected a 32-bit integer, got an array')
    expect(m({})).toBe('(root): expected a 32-bit integer, got an object')
    expect(m(undefined)).toBe('(root): expected a 32-bit integer, got nothing')
    expect(m(1n)).toBe('(root): expected a 32-bit integer, got a bigint')
    expect(m(Symbol('s'))).toBe('(root): expected a 32-bit integer, got a symbol')
    expect(m(() => 1)).toBe('(root): expected a 32-bit integer, got a function')
    expect(m(Number.POSITIVE_INFINITY)).toBe('(root): expected a 32-bit integer, got Infinity')
  })
})
