/**
 * No sensitive value leaves the library: not in a message, a `Left` value, a context entry's
 * `actual`, `PathReporter` output or `redact` output, however the input is wrong.
 *
 * Sensitive nodes of IVS Chat: `ChatToken` (CreateChatTokenResponse.token), `UserID`
 * (CreateChatTokenRequest.userId, DisconnectUserRequest.userId) and the whole
 * `ChatTokenAttributes` map (CreateChatTokenRequest.attributes: keys and values).
 */
import * as E from 'fp-ts/lib/Either.js'
import fc from 'fast-check'
import type * as t from 'io-ts'
import { PathReporter } from 'io-ts/lib/PathReporter.js'
import { describe, expect, it } from 'vitest'
import { CreateChatToken, CreateChatTokenRequest, CreateChatTokenResponse, DisconnectUserRequest, SENSITIVE } from '../../src/index.js'
import { SOME_RUNS, errorsOf, leftText } from './support.js'

const ROOM = 'arn:aws:ivschat:us-west-2:123456789012:room/abcdEFGH1234'

/**
 * Secrets: at least 8 characters from an alphabet the library's own words never use in a row
 * (no vowels but `å`, `ø`, `æ`), with at least two letters, so that a secret found in the output
 * can only have come from the input.
 */
const secret: fc.Arbitrary<string> = fc
  .string({ minLength: 8, maxLength: 40, unit: fc.constantFrom(...'QXZJKVWqxzjkvwÆØÅæøå0123456789') })
  .filter((s) => s.replace(/[0-9]/g, '').length >= 2)

/** Secrets of at most 64 code points, valid as a userId (1–128). */
const validUserId = secret.filter((s) => s.length <= 64)

type Decode = (s: string) => E.Either<unknown, unknown>

/** One way of being wrong: an input built around the secret, and the decoder that reads it. */
interface Case {
  readonly name: string
  readonly decode: Decode
}

const json =
  (build: (s: string) => unknown, decode: (u: unknown) => E.Either<unknown, unknown>): Decode =>
  (s) =>
    decode(build(s))

const viaText =
  (build: (s: string) => unknown, decode: (text: string) => E.Either<unknown, unknown>): Decode =>
  (s) =>
    decode(JSON.stringify(build(s)))

const viaResponse =
  (build: (s: string) => unknown, statusCode = 200, bytes = false): Decode =>
  (s) => {
    const text = JSON.stringify(build(s))
    return CreateChatToken.decodeResponse({ statusCode, body: bytes ? new TextEncoder().encode(text) : text })
  }

const request = (fields: Record<string, unknown>): Record<string, unknown> => ({ roomIdentifier: ROOM, userId: 'user', ...fields })

/** JSON inputs to CreateChatTokenRequest, each wrong in one way, each holding the secret. */
const requestInputs: ReadonlyArray<readonly [string, (s: string) => unknown]> = [
  // the secret itself has the wrong type
  ['userId is an array holding the secret', (s) => request({ userId: [s] })],
  ['userId is an object holding the secret', (s) => request({ userId: { value: s, [s]: s } })],
  // the secret breaks a constraint
  ['userId is longer than 128 code points', (s) => request({ userId: s.repeat(Math.ceil(129 / s.length)) })],
  // the secret is valid and another member is wrong
  ['roomIdentifier is wrong, userId valid', (s) => request({ userId: s.slice(0, 64), roomIdentifier: 5 })],
  ['roomIdentifier breaks its pattern, userId valid', (s) => request({ userId: s.slice(0, 64), roomIdentifier: 'not-an-arn' })],
  ['roomIdentifier is missing, userId valid', (s) => ({ userId: s.slice(0, 64) })],
  ['sessionDurationInMinutes out of range, attributes valid', (s) => request({ sessionDurationInMinutes: 100000, attributes: { [s]: s } })],
  ['capabilities wrong, userId valid', (s) => request({ userId: s.slice(0, 64), capabilities: ['NOT_A_CAPABILITY', 5] })],
  // inside the sensitive map
  ['an attribute value has the wrong type', (s) => request({ attributes: { [s]: 5 } })],
  ['an attribute value is an object holding the secret', (s) => request({ attributes: { [s]: { [s]: s } } })],
  ['an attribute value is null', (s) => request({ attributes: { [s]: null } })],
  ['attributes is an array of secrets', (s) => request({ attributes: [s, { [s]: s }] })],
  ['attributes is the secret itself', (s) => request({ attributes: s })],
  // the whole input is the wrong kind
  ['the request is an array holding a request', (s) => [request({ userId: s.slice(0, 64) })]],
  ['the request is the secret itself', (s) => s]
]

/** JSON inputs to CreateChatTokenResponse. */
const responseInputs: ReadonlyArray<readonly [string, (s: string) => unknown]> = [
  ['token is an array holding the secret', (s) => ({ token: [s] })],
  ['token is an object keyed by the secret', (s) => ({ token: { [s]: s } })],
  ['token valid, tokenExpirationTime wrong', (s) => ({ token: s, tokenExpirationTime: 'yesterday' })],
  ['token valid, sessionExpirationTime a number', (s) => ({ token: s, sessionExpirationTime: 5 })],
  ['the response is an array holding a response', (s) => [{ token: s }]],
  ['the response is the secret itself', (s) => s]
]

const xmlRequest = (inner: string): string => `<CreateChatTokenRequest>${inner}</CreateChatTokenRequest>`
const xmlResponse = (inner: string): string => `<CreateChatTokenResponse>${inner}</CreateChatTokenResponse>`
const room = `<roomIdentifier>${ROOM}</roomIdentifier>`

/** XML inputs, each wrong in one way. */
const xmlInputs: ReadonlyArray<readonly [string, (s: string) => string, Decode]> = [
  ['userId holds elements', (s) => xmlRequest(`${room}<userId><v>${s}</v><w>${s}</w></userId>`), (x) => CreateChatTokenRequest.fromXml(x)],
  ['userId too long', (s) => xmlRequest(`${room}<userId>${s.repeat(Math.ceil(129 / s.length))}</userId>`), (x) => CreateChatTokenRequest.fromXml(x)],
  ['roomIdentifier wrong, userId valid', (s) => xmlRequest(`<roomIdentifier>bad</roomIdentifier><userId>${s.slice(0, 64)}</userId>`), (x) => CreateChatTokenRequest.fromXml(x)],
  [
    'an attribute value holds elements',
    (s) => xmlRequest(`${room}<userId>u</userId><attributes><entry><key>${s}</key><value><x>${s}</x></value></entry></attributes>`),
    (x) => CreateChatTokenRequest.fromXml(x)
  ],
  [
    'an attribute entry has no value',
    (s) => xmlRequest(`${room}<userId>u</userId><attributes><entry><key>${s}</key></entry></attributes>`),
    (x) => CreateChatTokenRequest.fromXml(x)
  ],
  ['attributes is text', (s) => xmlRequest(`${room}<userId>u</userId><attributes>${s}</attributes>`), (x) => CreateChatTokenRequest.fromXml(x)],
  [
    'sessionDurationInMinutes wrong, attributes valid',
    (s) => xmlRequest(`${room}<userId>u</userId><sessionDurationInMinutes>x</sessionDurationInMinutes><attributes><entry><key>${s}</key><value>${s}</value></entry></attributes>`),
    (x) => CreateChatTokenRequest.fromXml(x)
  ],
  ['token holds elements', (s) => xmlResponse(`<token><a>${s}</a></token>`), (x) => CreateChatTokenResponse.fromXml(x)],
  ['token valid, a time wrong', (s) => xmlResponse(`<token>${s}</token><tokenExpirationTime>yesterday</tokenExpirationTime>`), (x) => CreateChatTokenResponse.fromXml(x)],
  ['a malformed document around the token', (s) => `<CreateChatTokenResponse><token a="${s}">${s}</token`, (x) => CreateChatTokenResponse.fromXml(x)],
  ['userId of DisconnectUserRequest too long', (s) => `<DisconnectUserRequest>${room}<userId>${s.repeat(20)}</userId></DisconnectUserRequest>`, (x) => DisconnectUserRequest.fromXml(x)]
]

const cases: ReadonlyArray<Case> = [
  ...requestInputs.flatMap(([name, build]): Array<Case> => [
    { name: `CreateChatTokenRequest.fromJson: ${name}`, decode: json(build, (u) => CreateChatTokenRequest.fromJson(u)) },
    { name: `CreateChatTokenRequest.fromString: ${name}`, decode: viaText(build, (x) => CreateChatTokenRequest.fromString(x)) },
    { name: `CreateChatTokenRequest.codec.decode: ${name}`, decode: json(build, (u) => CreateChatTokenRequest.codec.decode(u)) },
    // DisconnectUserRequest shares roomIdentifier and userId (and ignores the other members).
    ...(/^(userId|roomIdentifier|the request)/.test(name)
      ? [{ name: `DisconnectUserRequest.fromJson: ${name}`, decode: json(build, (u) => DisconnectUserRequest.fromJson(u)) }]
      : [])
  ]),
  ...responseInputs.flatMap(([name, build]): Array<Case> => [
    { name: `CreateChatTokenResponse.fromJson: ${name}`, decode: json(build, (u) => CreateChatTokenResponse.fromJson(u)) },
    { name: `CreateChatTokenResponse.fromString: ${name}`, decode: viaText(build, (x) => CreateChatTokenResponse.fromString(x)) },
    { name: `CreateChatToken.decodeResponse (text): ${name}`, decode: viaResponse(build) },
    { name: `CreateChatToken.decodeResponse (bytes): ${name}`, decode: viaResponse(build, 200, true) }
  ]),
  ...xmlInputs.map(([name, build, decode]): Case => ({ name: `fromXml: ${name}`, decode: (s) => decode(build(s)) }))
]

/** Every way the outcome can be printed. */
const printed = (r: E.Either<unknown, unknown>): string => {
  const errors = E.isLeft(r) ? errorsOf(r.left) : []
  return [leftText(r), PathReporter.report(E.left(errors as t.Errors)).join('\n'), errors.map((e) => e.message).join('\n')].join('\n')
}

describe('secrets never leak', () => {
  it(`holds for ${cases.length} ways of being wrong, each a Left`, () => {
    fc.assert(
      fc.property(secret, (s) => {
        for (const c of cases) {
          const r = c.decode(s)
          expect(E.isLeft(r), c.name).toBe(true)
          const out = printed(r)
          if (out.includes(s)) throw new Error(`${c.name} leaked the secret: ${out}`)
        }
      }),
      { numRuns: SOME_RUNS }
    )
  })

  it('hides the values, keys and size of ChatTokenAttributes: the whole map is one marker', () => {
    fc.assert(
      fc.property(validUserId, fc.dictionary(secret, secret, { minKeys: 1, maxKeys: 5 }), fc.constantFrom('1', 'OTHER'), (userId, attributes, wrong) => {
        const input = { roomIdentifier: ROOM, userId, attributes }
        const r = CreateChatTokenRequest.fromJson(input)
        expect(E.isRight(r)).toBe(true)
        if (E.isRight(r)) {
          const redacted = CreateChatTokenRequest.redact(r.right)
          expect(redacted).toEqual({ roomIdentifier: ROOM, userId: SENSITIVE, attributes: SENSITIVE })
          const text = JSON.stringify(redacted)
          for (const s of [userId, ...Object.keys(attributes), ...Object.values(attributes)]) expect(text).not.toContain(s)
        }
        // An error inside the map names neither the key nor the value.
        const key = Object.keys(attributes)[0]!
        const bad = CreateChatTokenRequest.fromJson({ ...input, attributes: { ...attributes, [key]: Number(wrong) || [wrong] } })
        expect(E.isLeft(bad)).toBe(true)
        expect(E.isLeft(bad) ? bad.left.map((e) => e.message) : []).toEqual([`attributes.${SENSITIVE}: expected a string, got ${Number(wrong) ? 'a number' : 'an array'} (sensitive value hidden)`])
        const out = printed(bad)
        for (const s of [userId, ...Object.keys(attributes), ...Object.values(attributes)]) expect(out).not.toContain(s)
      }),
      { numRuns: SOME_RUNS }
    )
  })

  it('redacts a decoded chat token and user id, and keeps everything else', () => {
    fc.assert(
      fc.property(secret, validUserId, (token, userId) => {
        const r = CreateChatTokenResponse.fromJson({ token, tokenExpirationTime: '2024-01-01T00:00:00Z' })
        expect(E.isRight(r) ? CreateChatTokenResponse.redact(r.right) : null).toEqual({ token: SENSITIVE, tokenExpirationTime: new Date('2024-01-01T00:00:00Z') })
        const q = DisconnectUserRequest.fromJson({ roomIdentifier: ROOM, userId })
        expect(E.isRight(q) ? DisconnectUserRequest.redact(q.right) : null).toEqual({ roomIdentifier: ROOM, userId: SENSITIVE })
      }),
      { numRuns: SOME_RUNS }
    )
  })

  it('says what was wrong without the value: kind, or length', () => {
    const long = 'QXZJKVWQ'.repeat(17)
    const r = CreateChatTokenRequest.fromJson({ roomIdentifier: ROOM, userId: long })
    expect(E.isLeft(r) ? r.left.map((e) => e.message) : []).toEqual(['userId: expected length between 1 and 128, got length 136'])
    expect(E.isLeft(r) ? r.left[0]!.value : null).toBe(SENSITIVE)
    const a = CreateChatTokenRequest.fromJson([{ roomIdentifier: ROOM, userId: 'QXZJKVWQ' }])
    expect(E.isLeft(a) ? a.left.map((e) => e.message) : []).toEqual(['(root): expected an object (CreateChatTokenRequest), got an array (sensitive value hidden)'])
    expect(E.isLeft(a) ? a.left[0]!.context[0]!.actual : null).toBe(SENSITIVE)
  })
})
