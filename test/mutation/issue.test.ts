/**
 * Exact behaviour of `Issue.ts` where the broader suites check only that no secret leaks: the
 * context io-ts gets at every level (inside sensitive containers, under io-ts combinators, under
 * codecs that pass on a value of their own), and how values are previewed in messages. Written
 * against surviving mutants; each test states a behaviour, not a mutant.
 */
import * as E from 'fp-ts/lib/Either.js'
import * as t from 'io-ts'
import { describe, expect, it } from 'vitest'
import { SENSITIVE } from '../../src/codecs/Issue.js'
import * as S from '../../src/codecs/Schema.js'
import { shape } from '../../src/codecs/Shape.js'
import { CreateChatTokenRequest, CreateChatTokenResponse } from '../../src/index.js'

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
  const redacted = { token: SENSITIVE, tokenExpirationTime: 3 }

  it('replace the raw value in each outer entry that holds it as itself', () => {
    const U = t.union([CreateChatTokenResponse.codec, t.number])
    const r = U.decode(input)
    const [ours] = view(r) as Array<unknown>
    expect(ours).toEqual({
      value: 3,
      message: 'tokenExpirationTime: expected an RFC 3339 date-time such as 2014-04-29T18:30:38Z, got 3',
      context: [
        { key: '', type: '(CreateChatTokenResponse | number)', actual: redacted },
        { key: '0', type: 'CreateChatTokenResponse', actual: redacted },
        { key: 'tokenExpirationTime', type: 'Time', actual: 3 }
      ]
    })
  })

  it('replace the raw value in each outer entry that holds it under the child key, with a plain copy', () => {
    const Outer = t.type({ a: t.type({ r: CreateChatTokenResponse.codec }) })
    const r = Outer.decode({ a: { r: input } })
    expect(E.isLeft(r)).toBe(true)
    const ctx = (r as E.Left<t.Errors>).left[0]!.context
    expect(ctx.map((c) => c.actual)).toEqual([{ a: { r: redacted } }, { r: redacted }, redacted, 3])
    for (const c of ctx.slice(0, 2)) {
      const d = Object.getOwnPropertyDescriptors(c.actual)
      for (const k of Object.keys(d)) expect(d[k]).toMatchObject({ enumerable: true, writable: true, configurable: true })
    }
    expect(JSON.stringify(ctx.map((c) => c.actual))).not.toContain('secret-token')
  })

  it('keep arrays arrays when they copy them', () => {
    const r = t.array(CreateChatTokenResponse.codec).decode([input])
    const ctx = (r as E.Left<t.Errors>).left[0]!.context
    expect(Array.isArray(ctx[0]!.actual)).toBe(true)
    expect(ctx[0]!.actual).toEqual([redacted])
  })

  it('drop the actual of every outer entry when a codec passed on a value of its own', () => {
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
        message: 'tokenExpirationTime: expected an RFC 3339 date-time such as 2014-04-29T18:30:38Z, got 3',
        context: [
          { key: '', type: '{ w: Wrap }' },
          { key: 'w', type: 'Wrap' },
          { key: 'inner', type: 'CreateChatTokenResponse', actual: redacted },
          { key: 'tokenExpirationTime', type: 'Time', actual: 3 }
        ]
      }
    ])
  })

  it('leave outer entries alone when the declaration holds no secret', () => {
    const Plain = shape(Inner)
    const outer = { p: { label: 1 } }
    const r = t.type({ p: Plain.codec }).decode(outer)
    const ctx = (r as E.Left<t.Errors>).left[0]!.context
    expect(ctx[0]!.actual).toBe(outer)
    expect(ctx.map((c) => c.key)).toEqual(['', 'p', 'label'])
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
