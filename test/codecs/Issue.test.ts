import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import * as t from 'io-ts'
import { PathReporter } from 'io-ts/lib/PathReporter.js'
import { SENSITIVE, type Issue, kindOf, messageOf, renderPath } from '../../src/codecs/Issue.js'
import { CreateChatTokenRequest, CreateChatTokenResponse } from '../../src/index.js'
import { arbitraryOf } from '../support/arbitrary.js'
import { errorsJson, keysOf, leftOf, messagesOf } from '../support/either.js'
import { Everything } from '../support/schemas.js'

const secretArb = fc.string({ minLength: 8, maxLength: 40 }).map((s) => `Zq${s}`)
const leaks = (text: string, secret: string): boolean => text.includes(secret) || text.includes(JSON.stringify(secret).slice(1, -1))

/** Everything a logger could print of a Left: the errors as JSON (types dropped) and PathReporter's lines. */
const printed = (r: E.Either<t.Errors, unknown>): string => `${errorsJson(leftOf(r))}\n${PathReporter.report(r).join('\n')}`

const ROOM = 'arn:aws:ivschat:us-west-2:123456789012:room/abcd'

describe('issues: rendering', () => {
  it('renders paths as fieldList[0].name', () => {
    expect(renderPath([])).toBe('(root)')
    expect(renderPath(['fieldList', 0, 'name'])).toBe('fieldList[0].name')
    expect(renderPath([0, 'a', 1, 2])).toBe('[0].a[1][2]')
  })

  it('names kinds of values', () => {
    expect([null, undefined, [], {}, 'x', 1, Number.NaN, Number.POSITIVE_INFINITY, true, 1n, Symbol('s'), () => 1].map(kindOf)).toEqual([
      'null',
      'nothing',
      'an array',
      'an object',
      'a string',
      'a number',
      'NaN',
      'Infinity',
      'a boolean',
      'a bigint',
      'a symbol',
      'a function'
    ])
  })

  it('shows a short preview of a visible value and only the kind of a hidden one', () => {
    const issue = (actual: unknown, hidden: boolean): Issue => ({ expected: 'a string', actual, hidden, path: ['a', 0] })
    expect(messageOf(issue(5, false))).toBe('[0].a: expected a string, got 5')
    expect(messageOf(issue('x'.repeat(100), false))).toBe(`[0].a: expected a string, got "${'x'.repeat(60)}…"`)
    expect(messageOf(issue('topsecret', true))).toBe('[0].a: expected a string, got a string (sensitive value hidden)')
  })

  it('gives the value of a sensitive member as the marker', () => {
    const [e] = leftOf(Everything.fromJson({ name: 'Ab', secret: 12345678 }))
    expect(e!.value).toBe(SENSITIVE)
    expect(e!.message).toBe('secret: expected a string, got a number (sensitive value hidden)')
    expect(e!.context.map((c) => c.actual)).toEqual([{ name: 'Ab', secret: SENSITIVE }, SENSITIVE])
  })

  it('hides the keys of a sensitive map in paths', () => {
    const r = Everything.fromJson({ name: 'Ab', secrets: { 'key-is-secret': 1 } })
    expect(messagesOf(r)).toEqual([`secrets.${SENSITIVE}: expected a string, got a number (sensitive value hidden)`])
    expect(keysOf(r)).toEqual([['', 'secrets', SENSITIVE]])
  })
})

describe('issues: secrets never appear in errors', () => {
  it('CreateChatTokenResponse: a token of the wrong kind, or a bad member next to a good token', () => {
    fc.assert(
      fc.property(secretArb, fc.constantFrom<(s: string) => unknown>((s) => [s], (s) => ({ value: s }), (s) => [[s]]), (secret, wrap) => {
        const r1 = CreateChatTokenResponse.fromJson({ token: wrap(secret) })
        expect(leaks(printed(r1), secret)).toBe(false)
        const r2 = CreateChatTokenResponse.fromJson({ token: secret, tokenExpirationTime: 'not a time' })
        expect(messagesOf(r2)).toEqual(['tokenExpirationTime: expected an RFC 3339 date-time such as 2014-04-29T18:30:38Z, got "not a time"'])
        expect(leaks(printed(r2), secret)).toBe(false)
        const r3 = CreateChatTokenResponse.fromString(JSON.stringify({ token: wrap(secret), sessionExpirationTime: 1 }))
        expect(leaks(printed(r3), secret)).toBe(false)
        const r4 = CreateChatTokenResponse.fromJson([secret])
        expect(leaks(printed(r4), secret)).toBe(false)
      })
    )
  })

  it('CreateChatTokenResponse from XML: a token with child elements, or a bad member next to a good token', () => {
    fc.assert(
      fc.property(secretArb, (secret) => {
        const s = secret.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
        const r1 = CreateChatTokenResponse.fromXml(`<CreateChatTokenResponse><token><x>${s}</x></token></CreateChatTokenResponse>`)
        expect(E.isLeft(r1)).toBe(true)
        expect(leaks(printed(r1), secret)).toBe(false)
        const r2 = CreateChatTokenResponse.fromXml(`<CreateChatTokenResponse><token>${s}</token><tokenExpirationTime>later</tokenExpirationTime></CreateChatTokenResponse>`)
        expect(E.isLeft(r2)).toBe(true)
        expect(leaks(printed(r2), secret)).toBe(false)
      })
    )
  })

  it('CreateChatTokenRequest: a userId too long, of the wrong kind, bad attributes, or a bad member next to good secrets', () => {
    fc.assert(
      fc.property(arbitraryOf(CreateChatTokenRequest), secretArb, secretArb, (x, secret, other) => {
        const json = CreateChatTokenRequest.toJson(x) as Record<string, unknown>
        const inputs: ReadonlyArray<unknown> = [
          { ...json, userId: secret.repeat(20) },
          { ...json, userId: { id: secret } },
          { ...json, attributes: { [secret]: 7 } },
          { ...json, attributes: { k: [secret] } },
          { ...json, attributes: [secret, other] },
          { ...json, userId: other, attributes: { [secret]: other }, roomIdentifier: 'not an arn' },
          { ...json, userId: secret, sessionDurationInMinutes: 181 },
          [secret]
        ]
        for (const u of inputs) {
          const r = CreateChatTokenRequest.fromJson(u)
          expect(E.isLeft(r)).toBe(true)
          const text = printed(r)
          expect(leaks(text, secret)).toBe(false)
          expect(leaks(text, other)).toBe(false)
        }
      })
    )
  })

  it('inside outer io-ts codecs, the outer context entries hold the redacted value too', () => {
    const C = CreateChatTokenResponse.codec
    const outers: ReadonlyArray<readonly [t.Mixed, (bad: unknown) => unknown]> = [
      [t.type({ response: C }), (bad) => ({ response: bad, other: 1 })],
      [t.array(C), (bad) => [{}, bad]],
      [t.record(t.string, C), (bad) => ({ a: bad })],
      [t.union([t.number, C]), (bad) => bad],
      [t.intersection([C, t.type({})]), (bad) => bad],
      [t.readonly(t.type({ deep: t.array(t.exact(t.partial({ x: C }))) })), (bad) => ({ deep: [{ x: bad }] })],
      [t.tuple([t.string, C]), (bad) => ['s', bad]]
    ]
    fc.assert(
      fc.property(secretArb, fc.constantFrom<(s: string) => unknown>((s) => ({ token: [s] }), (s) => ({ token: s, tokenExpirationTime: 'x' }), (s) => [s]), (secret, bad) => {
        for (const [outer, wrap] of outers) {
          const r = outer.decode(wrap(bad(secret)))
          // Errors of other io-ts codecs (the t.number branch of the union) show their input: io-ts's business, not ours.
          const ours = leftOf(r).filter((e) => e.context.some((c) => c.type === C))
          expect(ours.length).toBeGreaterThan(0)
          expect(leaks(printed(E.left(ours)), secret)).toBe(false)
        }
      })
    )
  })

  it('keeps the outer context entries readable when they hold no secret', () => {
    const Outer = t.type({ response: CreateChatTokenResponse.codec, n: t.number })
    const [e] = leftOf(Outer.decode({ response: { token: 5 }, n: 1 }))
    expect(e!.context.map((c) => c.actual)).toEqual([{ response: { token: SENSITIVE }, n: 1 }, { token: SENSITIVE }, SENSITIVE])
  })

  it('names the failing member while hiding the secret', () => {
    const r = CreateChatTokenRequest.fromJson({ roomIdentifier: ROOM, userId: 'S'.repeat(129) })
    expect(messagesOf(r)).toEqual(['userId: expected length between 1 and 128, got length 129'])
    expect(leftOf(r)[0]!.value).toBe(SENSITIVE)
    const r2 = CreateChatTokenRequest.fromJson({ roomIdentifier: ROOM, userId: 'u', attributes: { name: 5 } })
    expect(messagesOf(r2)).toEqual([`attributes.${SENSITIVE}: expected a string, got a number (sensitive value hidden)`])
  })
})
