import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import * as t from 'io-ts'
import { PathReporter } from 'io-ts/lib/PathReporter.js'
import { CreateChatTokenResponse, SENSITIVE, type Value } from '../../src/index.js'
import { arbitraryOf } from '../support/arbitrary.js'
import { leftOf, messagesOf, rightOf } from '../support/either.js'
import { expectationsOf } from '../support/issues.js'
import { describeFormat } from '../../src/codecs/Timestamp.js'

const TOKEN = 'ACEhNzVmZTMxNGQtNmU0Yy00ZTk2LWExYTUtN2JiNzhlNjEwYTFm'
const json = { token: TOKEN, tokenExpirationTime: '2022-06-14T18:19:49Z', sessionExpirationTime: '2022-06-14T19:17:49.123Z' }
const value: CreateChatTokenResponse = {
  token: TOKEN,
  tokenExpirationTime: new Date(Date.UTC(2022, 5, 14, 18, 19, 49)),
  sessionExpirationTime: new Date(Date.UTC(2022, 5, 14, 19, 17, 49, 123))
}
const xml =
  '<CreateChatTokenResponse>' +
  `<token>${TOKEN}</token><tokenExpirationTime>2022-06-14T18:19:49Z</tokenExpirationTime><sessionExpirationTime>2022-06-14T19:17:49.123Z</sessionExpirationTime>` +
  '</CreateChatTokenResponse>'

/** awso's names for the directions of a shape, and ours. */
const AWSO_NAMES = {
  make: 'make',
  of_json: 'fromJson',
  to_json: 'toJson',
  of_string: 'fromString',
  of_xml: 'fromXml',
  to_query: 'toQuery',
  to_value: 'toValue'
} as const

describe('CreateChatTokenResponse: the public API', () => {
  it('has every awso direction under its name here', () => {
    for (const [awso, ours] of Object.entries(AWSO_NAMES)) expect([awso, typeof CreateChatTokenResponse[ours]]).toEqual([awso, 'function'])
    for (const k of ['redact', 'is'] as const) expect(typeof CreateChatTokenResponse[k]).toBe('function')
    expect(CreateChatTokenResponse.codec).toBeInstanceOf(t.Type)
    expect(CreateChatTokenResponse.name).toBe('CreateChatTokenResponse')
    expect(CreateChatTokenResponse.mode).toBe('lenient')
    expect(CreateChatTokenResponse.ast).toMatchObject({ kind: 'structure', name: 'CreateChatTokenResponse', shapeId: 'com.amazonaws.ivschat#CreateChatTokenResponse' })
  })

  it('make (awso make): members that are given, nothing else', () => {
    expect(CreateChatTokenResponse.make()).toEqual({})
    expect(CreateChatTokenResponse.make({ token: TOKEN, tokenExpirationTime: undefined })).toEqual({ token: TOKEN })
    expect(Object.keys(CreateChatTokenResponse.make({ token: TOKEN, tokenExpirationTime: undefined }))).toEqual(['token'])
    expect(CreateChatTokenResponse.make(value)).toEqual(value)
  })

  it('fromJson (awso of_json)', () => {
    expect(CreateChatTokenResponse.fromJson(json)).toEqual(E.right(value))
    expect(CreateChatTokenResponse.fromJson({})).toEqual(E.right({}))
    expect(CreateChatTokenResponse.fromJson({ token: null, unknownField: 1 })).toEqual(E.right({}))
    expect(expectationsOf(CreateChatTokenResponse.fromJson({ tokenExpirationTime: 1655230789 }))).toEqual([
      { path: ['tokenExpirationTime'], expected: describeFormat('date-time') }
    ])
  })

  it('toJson (awso to_json)', () => {
    expect(CreateChatTokenResponse.toJson(value)).toEqual({ ...json, tokenExpirationTime: '2022-06-14T18:19:49Z' })
    expect(CreateChatTokenResponse.toJson({})).toEqual({})
  })

  it('fromString (awso of_string)', () => {
    expect(CreateChatTokenResponse.fromString(JSON.stringify(json))).toEqual(E.right(value))
    expect(expectationsOf(CreateChatTokenResponse.fromString('<html>'))).toEqual([{ path: [], expected: 'JSON text' }])
  })

  it('fromXml (awso of_xml), with and without the awsQuery envelope', () => {
    expect(CreateChatTokenResponse.fromXml(xml)).toEqual(E.right(value))
    const inner = xml.slice('<CreateChatTokenResponse>'.length, -'</CreateChatTokenResponse>'.length)
    expect(
      CreateChatTokenResponse.fromXml(
        `<CreateChatTokenResponse><CreateChatTokenResult>${inner}</CreateChatTokenResult><ResponseMetadata><RequestId>r-1</RequestId></ResponseMetadata></CreateChatTokenResponse>`
      )
    ).toEqual(E.right(value))
  })

  it('toXml', () => {
    expect(CreateChatTokenResponse.toXml(value)).toBe(xml)
  })

  it('toQuery (awso to_query)', () => {
    expect(CreateChatTokenResponse.toQuery(value)).toBe(
      `token=${TOKEN}&tokenExpirationTime=2022-06-14T18%3A19%3A49Z&sessionExpirationTime=2022-06-14T19%3A17%3A49.123Z`
    )
    expect(CreateChatTokenResponse.toQuery({})).toBe('')
  })

  it('toValue (awso to_value)', () => {
    const v: Value = CreateChatTokenResponse.toValue(value)
    expect(v).toEqual({
      _tag: 'Structure',
      fields: [
        ['token', { _tag: 'String', value: TOKEN }],
        ['tokenExpirationTime', { _tag: 'Timestamp', value: value.tokenExpirationTime }],
        ['sessionExpirationTime', { _tag: 'Timestamp', value: value.sessionExpirationTime }]
      ]
    })
  })

  it('redact: the token is sensitive', () => {
    expect(CreateChatTokenResponse.redact(value)).toEqual({ ...value, token: SENSITIVE })
    expect(JSON.stringify(CreateChatTokenResponse.redact(value))).not.toContain(TOKEN)
  })

  it('is', () => {
    expect(CreateChatTokenResponse.is(value)).toBe(true)
    expect(CreateChatTokenResponse.is({})).toBe(true)
    expect(CreateChatTokenResponse.is(json)).toBe(false)
    expect(CreateChatTokenResponse.is(null)).toBe(false)
  })

  it('codec: an io-ts Type usable inside other codecs', () => {
    const Envelope = t.type({ response: CreateChatTokenResponse.codec })
    expect(Envelope.decode({ response: json })).toEqual(E.right({ response: value }))
    const r = Envelope.decode({ response: { token: 42 } })
    expect(PathReporter.report(r)).toEqual(['response.token: expected a string, got a number (sensitive value hidden)'])
    expect(leftOf(r)[0]!.context.map((c) => c.key)).toEqual(['', 'response', 'token'])
    expect(JSON.stringify(leftOf(r).map((e) => [e.value, e.context.map((c) => c.actual)]))).not.toContain('42')
  })

  it('every direction agrees on any value', () => {
    fc.assert(
      fc.property(arbitraryOf(CreateChatTokenResponse, { xmlSafe: true }), (x) => {
        expect(rightOf(CreateChatTokenResponse.fromJson(CreateChatTokenResponse.toJson(x)))).toEqual(x)
        expect(rightOf(CreateChatTokenResponse.fromString(JSON.stringify(CreateChatTokenResponse.codec.encode(x))))).toEqual(x)
        expect(rightOf(CreateChatTokenResponse.fromXml(CreateChatTokenResponse.toXml(x)))).toEqual(x)
        expect(CreateChatTokenResponse.make(x)).toEqual(x)
        expect(CreateChatTokenResponse.is(x)).toBe(true)
        const v = CreateChatTokenResponse.toValue(x)
        expect(v._tag === 'Structure' && v.fields.map(([k]) => k)).toEqual(Object.keys(CreateChatTokenResponse.toJson(x) as object))
      })
    )
  })
})
