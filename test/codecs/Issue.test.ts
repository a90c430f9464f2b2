
import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import * as t from 'io-ts'
import { PathReporter } from 'io-ts/lib/PathReporter.js'
import { SENSITIVE, type Issue, kindOf, messageOf, renderPath, MAX_ISSUES, containsSensitive, fail } from '../../src/codecs/Issue.js'
import { CreateChatTokenRequest, CreateChatTokenResponse, CreateChatToken, CreateChatTokenError, ValidationException, normalizeErrorCode } from '../../src/index.js'
import { arbitraryOf } from '../support/arbitrary.js'
import { errorsJson, keysOf, leftOf, messagesOf } from '../support/either.js'
import { Everything } from '../support/schemas.js'
import * as S from '../../src/codecs/Schema.js'
import { shape, DEFAULT_MAX_INPUT_LENGTH, neverThrow, refuseText } from '../../src/codecs/Shape.js'
import { errorShape } from '../../src/errors/ErrorShape.js'
import { errorUnion } from '../../src/errors/ErrorUnion.js'
import { redactBy } from '../../src/codecs/Redact.js'
import { parseXml } from '../../src/codecs/Xml.js'
import { expectationsOf } from '../support/issues.js'
import { describeFormat } from '../../src/codecs/Timestamp.js'

const Secret = S.string({ sensitive: true })

const Plain = S.string()

const messages = (r: E.Either<unknown, unknown>): Array<string> => {
  if (E.isRight(r)) return []
  const l = r.left as t.Errors | { errors: t.Errors }
  return (Array.isArray(l) ? l : l.errors).map((e) => e.message ?? '')
}

/** Each error as data: value, message, and every context entry's key, type name and (own) actual. */
const view = (r: E.Either<t.Errors, unknown>): unknown =>
  E.isRight(r)
    ? 'Right'
    : r.left.map((e) => ({
        value: e.value,
        message: e.message,
        context: e.context.map((c) => ('actual' in c ? { key: c.key, type: c.type.name, actual: c.actual } : { key: c.key, type: c.type.name }))
      }))

const Inner = S.structure('Inner', { label: S.required(S.string()) })

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
    expect(expectationsOf(r)).toEqual([{ path: ['secrets', SENSITIVE], expected: `a string` }])
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
        expect(expectationsOf(r2)).toEqual([{ path: ['tokenExpirationTime'], expected: describeFormat('date-time') }])
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

  it('masks every leaf of the outer context entries, whose other values may hold secrets, keeping kinds and keys', () => {
    const Outer = t.type({ response: CreateChatTokenResponse.codec, n: t.number })
    const [e] = leftOf(Outer.decode({ response: { token: 5 }, n: 1 }))
    expect(e!.context.map((c) => c.actual)).toEqual([{ response: { token: SENSITIVE }, n: SENSITIVE }, { token: SENSITIVE }, SENSITIVE])
    // A valid sibling in an outer array holds a secret the failing element's errors must not show.
    const r = t.array(CreateChatTokenRequest.codec).decode([{ roomIdentifier: ROOM, userId: 'QXZJKVWQ-sibling' }, {}])
    expect(leaks(printed(r), 'QXZJKVWQ')).toBe(false)
  })

  it('names the failing member while hiding the secret', () => {
    const r = CreateChatTokenRequest.fromJson({ roomIdentifier: ROOM, userId: 'S'.repeat(129) })
    expect(expectationsOf(r)).toEqual([{ path: ['userId'], expected: 'length between 1 and 128' }])
    expect(leftOf(r)[0]!.value).toBe(SENSITIVE)
    const r2 = CreateChatTokenRequest.fromJson({ roomIdentifier: ROOM, userId: 'u', attributes: { name: 5 } })
    expect(expectationsOf(r2)).toEqual([{ path: ['attributes', SENSITIVE], expected: `a string` }])
  })
})

describe('io-ts contexts around a codec', () => {
  it('redacts the raw input that outer codecs put in the context, and drops what it cannot place', () => {
    const Outer = t.type({ request: CreateChatTokenRequest.codec })
    const r = Outer.decode({ request: { roomIdentifier: 5, userId: 'QXZJKVWQ-secret' } })
    expect(E.isLeft(r)).toBe(true)
    if (E.isLeft(r)) {
      const entries = r.left[0]!.context
      expect(entries.map((e) => e.key)).toEqual(['', 'request', 'roomIdentifier'])
      expect(entries[0]!.actual).toEqual({ request: { roomIdentifier: SENSITIVE, userId: SENSITIVE } })
      expect(entries[1]!.actual).toEqual({ roomIdentifier: 5, userId: SENSITIVE })
      expect(JSON.stringify(r.left, (k, v: unknown) => (k === 'type' ? undefined : v))).not.toContain('QXZJKVWQ')
    }
    const arr = t.array(CreateChatTokenRequest.codec).decode([{ roomIdentifier: 5, userId: 'QXZJKVWQ-secret' }])
    expect(JSON.stringify(E.isLeft(arr) ? arr.left : null, (k, v: unknown) => (k === 'type' ? undefined : v))).not.toContain('QXZJKVWQ')
  })
})

describe('containsSensitive', () => {
  it('is true for a sensitive node and for every container with one below it, and false otherwise', () => {
    expect(containsSensitive(Secret.ast)).toBe(true)
    expect(containsSensitive(Plain.ast)).toBe(false)
    for (const ast of [S.integer().ast, S.boolean().ast, S.timestamp('date-time').ast, S.enums(['A']).ast]) expect(containsSensitive(ast)).toBe(false)
    expect(containsSensitive(S.list(Secret).ast)).toBe(true)
    expect(containsSensitive(S.list(Plain).ast)).toBe(false)
    expect(containsSensitive(S.map(Plain, Secret).ast)).toBe(true)
    expect(containsSensitive(S.map(Secret, Plain).ast)).toBe(true)
    expect(containsSensitive(S.map(Plain, Plain).ast)).toBe(false)
    expect(containsSensitive(S.structure('A', { a: S.optional(Plain), b: S.optional(Secret) }).ast)).toBe(true)
    expect(containsSensitive(S.structure('A', { a: S.optional(Plain) }).ast)).toBe(false)
    expect(containsSensitive(S.union('U', { a: S.optional(Plain), b: S.optional(S.list(Secret)) }).ast)).toBe(true)
    expect(containsSensitive(S.union('U', { a: S.optional(Plain) }).ast)).toBe(false)
  })
})

describe('fail and MAX_ISSUES', () => {
  it('keeps the first MAX_ISSUES issues and drops the rest, still returning FAIL', () => {
    const issues: Parameters<typeof fail>[0] = []
    for (let i = 0; i < MAX_ISSUES + 5; i++) fail(issues, Plain.ast, 'x', i)
    expect(issues.length).toBe(MAX_ISSUES)
    expect(issues[MAX_ISSUES - 1]!.actual).toBe(MAX_ISSUES - 1)
    expect(issues[0]!.hidden).toBe(false)
    fail(issues.splice(0), Secret.ast, 'x', 1)
    const hidden: Parameters<typeof fail>[0] = []
    fail(hidden, Secret.ast, 'x', 1)
    expect(hidden[0]!.hidden).toBe(true)
  })

  it('reports exactly 100 errors for a list with more wrong entries, the last one the 100th entry', () => {
    const r = ValidationException.fromJson({ message: 'm', reason: 'OTHER', fieldList: new Array(150).fill(7) })
    const found = expectationsOf(r)
    expect(found.length).toBe(100)
    expect(found[0]).toEqual({ path: ['fieldList', 0], expected: 'an object (ValidationExceptionField)' })
    expect(found[99]).toEqual({ path: ['fieldList', 99], expected: 'an object (ValidationExceptionField)' })
  })

  it('reports every wrong entry when there are fewer than 100', () => {
    const r = ValidationException.fromJson({ message: 'm', reason: 'OTHER', fieldList: [1, { name: 'n', message: 'm' }, 2] })
    expect(expectationsOf(r)).toEqual([
      { path: ['fieldList', 0], expected: 'an object (ValidationExceptionField)' },
      { path: ['fieldList', 2], expected: 'an object (ValidationExceptionField)' }
    ])
  })
})

describe('toErrors below a sensitive node', () => {
  it('shows no actual below a sensitive container, in JSON and XML errors', () => {
    const r = CreateChatTokenRequest.fromXml(
      '<CreateChatTokenRequest><roomIdentifier>arn:aws:ivschat:us-west-2:123456789012:room/abcdEFGH1234</roomIdentifier><userId>u</userId><attributes><entry><key>k</key></entry></attributes></CreateChatTokenRequest>'
    )
    expect(E.isLeft(r)).toBe(true)
    if (E.isLeft(r)) {
      const entries = r.left[0]!.context
      expect(entries.map((e) => e.key)).toEqual(['', 'attributes', '0'])
      expect(entries[1]!.actual).toBe(SENSITIVE)
      expect(entries[2]!.actual).toBe(SENSITIVE)
    }
  })

  it('keeps the actual of plain members on the way to the issue', () => {
    const r = ValidationException.fromJson({ message: 'm', reason: 'OTHER', fieldList: [{ name: 5, message: 'm' }] })
    expect(E.isLeft(r)).toBe(true)
    if (E.isLeft(r)) {
      const entries = r.left[0]!.context
      expect(entries.map((e) => e.key)).toEqual(['', 'fieldList', '0', 'name'])
      expect(entries[3]!.actual).toBe(5)
      expect(entries[2]!.actual).toEqual({ name: 5, message: 'm' })
    }
  })
})

describe('errors inside a sensitive container', () => {
  it('hide the member names below it and every value', () => {
    const L = shape(S.list(Inner, { sensitive: true }))
    expect(view(L.fromJson([{ label: 1 }]))).toEqual([
      {
        value: SENSITIVE,
        message: `[0].${SENSITIVE}: expected a string, got a number (sensitive value hidden)`,
        context: [
          { key: '', type: 'List<Inner>', actual: SENSITIVE },
          { key: '0', type: 'Inner', actual: SENSITIVE }
        ]
      }
    ])
  })

  it('hide a map key, and keep no actual where the key is hidden', () => {
    const r = CreateChatTokenRequest.fromJson({ roomIdentifier: 'arn:aws:ivschat:us-west-2:123456789012:room/abcdABCD1234', userId: 'u', attributes: { seat: 5 } })
    expect(view(r)).toEqual([
      {
        value: SENSITIVE,
        message: `attributes.${SENSITIVE}: expected a string, got a number (sensitive value hidden)`,
        context: [
          {
            key: '',
            type: 'CreateChatTokenRequest',
            actual: { roomIdentifier: 'arn:aws:ivschat:us-west-2:123456789012:room/abcdABCD1234', userId: SENSITIVE, attributes: SENSITIVE }
          },
          { key: 'attributes', type: 'ChatTokenAttributes', actual: SENSITIVE },
          { key: SENSITIVE, type: 'String' }
        ]
      }
    ])
  })

  it('give a missing member an entry without an actual', () => {
    const r = CreateChatTokenRequest.fromJson({ roomIdentifier: 'arn:aws:ivschat:us-west-2:123456789012:room/abcdABCD1234' })
    expect(view(r)).toEqual([
      {
        value: SENSITIVE,
        message: 'userId: expected a value (the member is required), got nothing',
        context: [
          { key: '', type: 'CreateChatTokenRequest', actual: { roomIdentifier: 'arn:aws:ivschat:us-west-2:123456789012:room/abcdABCD1234' } },
          { key: 'userId', type: 'UserID' }
        ]
      }
    ])
  })
})

describe('errors under io-ts combinators', () => {
  const input = { token: 'secret-token', tokenExpirationTime: 3 }
  // The message our own decoder gives for the member (its wording is pinned in messages.test.ts).
  const TIME_MESSAGE = leftOf(CreateChatTokenResponse.fromJson({ tokenExpirationTime: 3 }))[0]!.message
  const redacted = { token: SENSITIVE, tokenExpirationTime: 3 }

  const masked = { token: SENSITIVE, tokenExpirationTime: SENSITIVE }

  it('preview each outer entry with its leaves masked, leaving out the branch index of a union from the path', () => {
    const U = t.union([CreateChatTokenResponse.codec, t.number])
    const r = U.decode(input)
    const [ours] = view(r) as Array<unknown>
    expect(ours).toEqual({
      value: 3,
      message: TIME_MESSAGE,
      context: [
        { key: '', type: '(CreateChatTokenResponse | number)', actual: masked },
        { key: '0', type: 'CreateChatTokenResponse', actual: redacted },
        { key: 'tokenExpirationTime', type: 'Time', actual: 3 }
      ]
    })
  })

  it('preview outer entries as plain data, and start the message with the whole path', () => {
    const Outer = t.type({ a: t.type({ r: CreateChatTokenResponse.codec }) })
    const r = Outer.decode({ a: { r: input } })
    expect(E.isLeft(r)).toBe(true)
    const [e] = (r as E.Left<t.Errors>).left
    expect(e!.context.map((c) => c.actual)).toEqual([{ a: { r: masked } }, { r: masked }, redacted, 3])
    expect(e!.message).toBe(`a.r.${TIME_MESSAGE}`)
    for (const c of e!.context.slice(0, 2)) {
      const d = Object.getOwnPropertyDescriptors(c.actual)
      for (const k of Object.keys(d)) expect(d[k]).toMatchObject({ enumerable: true, writable: true, configurable: true })
    }
    expect(JSON.stringify(e!.context.map((c) => c.actual))).not.toContain('secret-token')
  })

  it('keep arrays arrays in their previews', () => {
    const r = t.array(CreateChatTokenResponse.codec).decode([input])
    const [e] = (r as E.Left<t.Errors>).left
    expect(Array.isArray(e!.context[0]!.actual)).toBe(true)
    expect(e!.context[0]!.actual).toEqual([masked])
    expect(e!.message).toBe(`[0].${TIME_MESSAGE}`)
  })

  it('mask the outer entries when a codec passed on a value of its own (the secret is in text there)', () => {
    const Wrap = new t.Type<unknown>(
      'Wrap',
      t.unknown.is,
      (u, c) => CreateChatTokenResponse.codec.validate(JSON.parse(u as string), t.appendContext(c, 'inner', CreateChatTokenResponse.codec, 'parsed')),
      (a) => a
    )
    const r = t.type({ w: Wrap }).decode({ w: JSON.stringify(input) })
    expect(view(r)).toEqual([
      {
        value: 3,
        message: `w.inner.${TIME_MESSAGE}`,
        context: [
          { key: '', type: '{ w: Wrap }', actual: { w: SENSITIVE } },
          { key: 'w', type: 'Wrap', actual: SENSITIVE },
          { key: 'inner', type: 'CreateChatTokenResponse', actual: redacted },
          { key: 'tokenExpirationTime', type: 'Time', actual: 3 }
        ]
      }
    ])
    expect(leftOf(r)[0]!.message).toBe(`w.inner.${TIME_MESSAGE}`)
  })

  it('preview outer entries unmasked when the declaration holds no secret, never keeping the input itself', () => {
    const Plain = shape(Inner)
    const outer = { p: { label: 1 } }
    const r = t.type({ p: Plain.codec }).decode(outer)
    const ctx = (r as E.Left<t.Errors>).left[0]!.context
    expect(ctx[0]!.actual).toEqual(outer)
    expect(ctx[0]!.actual).not.toBe(outer)
    expect(ctx.map((c) => c.key)).toEqual(['', 'p', 'label'])
  })
})
