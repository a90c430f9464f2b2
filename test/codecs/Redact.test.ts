
import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import { SENSITIVE, MAX_ISSUES, containsSensitive, fail } from '../../src/codecs/Issue.js'
import { redactBy } from '../../src/codecs/Redact.js'
import * as S from '../../src/codecs/Schema.js'
import { CreateChatTokenRequest, CreateChatTokenResponse, CreateChatToken, CreateChatTokenError, ValidationException } from '../../src/index.js'
import { arbitraryOf } from '../support/arbitrary.js'
import { Everything, EverythingSchema, full } from '../support/schemas.js'
import * as E from 'fp-ts/lib/Either.js'
import { shape, DEFAULT_MAX_INPUT_LENGTH, neverThrow, refuseText } from '../../src/codecs/Shape.js'
import { errorShape } from '../../src/errors/ErrorShape.js'
import { errorUnion } from '../../src/errors/ErrorUnion.js'
import type * as t from 'io-ts'
import { parseXml } from '../../src/codecs/Xml.js'

const Secret = S.string({ sensitive: true })

const Plain = S.string()


/** A secret no other part of a test value or message contains. */
const secretArb = fc.string({ minLength: 8, maxLength: 40 }).map((s) => `Zq${s}`)

/** Whether text contains a secret, as it is or as JSON escapes it. */
const leaks = (text: string, secret: string): boolean => text.includes(secret) || text.includes(JSON.stringify(secret).slice(1, -1))

describe('redact', () => {
  it('replaces sensitive strings and sensitive maps, and only them', () => {
    expect(SENSITIVE).toBe('***SensitiveInformation***')
    const r = Everything.redact(full)
    expect(r).toEqual({ ...full, secret: SENSITIVE, secrets: SENSITIVE })
  })

  it('leaves absent sensitive members absent', () => {
    const r = Everything.redact({ name: 'Ab', retries: 3 })
    expect(r).toEqual({ name: 'Ab', retries: 3 })
    expect('secret' in (r as object)).toBe(false)
  })

  it('redacts CreateChatTokenResponse and CreateChatTokenRequest', () => {
    const when = new Date('2024-01-01T00:00:00Z')
    expect(CreateChatTokenResponse.redact({ token: 'abc', tokenExpirationTime: when })).toEqual({ token: SENSITIVE, tokenExpirationTime: when })
    expect(
      CreateChatTokenRequest.redact({ roomIdentifier: 'arn:aws:ivschat:us-west-2:1:room/a', userId: 'u', attributes: { a: 'b' }, capabilities: ['SEND_MESSAGE'] })
    ).toEqual({ roomIdentifier: 'arn:aws:ivschat:us-west-2:1:room/a', userId: SENSITIVE, attributes: SENSITIVE, capabilities: ['SEND_MESSAGE'] })
  })

  it('redacts inside lists, maps of structures and unions', () => {
    const Person = S.structure('Person', { name: S.required(S.string()), ssn: S.optional(S.string({ sensitive: true })) })
    const Doc = S.structure('Doc', {
      people: S.optional(S.list(Person)),
      byId: S.optional(S.map(S.string(), Person)),
      pick: S.optional(S.union('Pick', { open: S.optional(S.string()), closed: S.optional(S.string({ sensitive: true })) }))
    })
    expect(redactBy(Doc.ast, { people: [{ name: 'a', ssn: '1' }, { name: 'b' }], byId: { x: { name: 'c', ssn: '2' } }, pick: { closed: 's' } })).toEqual({
      people: [{ name: 'a', ssn: SENSITIVE }, { name: 'b' }],
      byId: { x: { name: 'c', ssn: SENSITIVE } },
      pick: { closed: SENSITIVE }
    })
    expect(redactBy(Doc.ast, { pick: { open: 'o' } })).toEqual({ pick: { open: 'o' } })
  })

  it('does not mutate its input', () => {
    fc.assert(
      fc.property(arbitraryOf(EverythingSchema), (x) => {
        const before = structuredClone(x)
        Everything.redact(x)
        expect(x).toEqual(before)
      })
    )
  })

  it('leaves every non-sensitive member as it was', () => {
    fc.assert(
      fc.property(arbitraryOf(EverythingSchema), (x) => {
        const r = Everything.redact(x) as Record<string, unknown>
        const { secret, secrets, ...rest } = x
        const { secret: rs, secrets: rss, ...rrest } = r
        expect(rrest).toEqual(rest)
        expect(rs).toBe(secret === undefined ? undefined : SENSITIVE)
        expect(rss).toBe(secrets === undefined ? undefined : SENSITIVE)
      })
    )
  })

  it('never lets a random secret through', () => {
    fc.assert(
      fc.property(arbitraryOf(EverythingSchema), secretArb, secretArb, (x, s1, s2) => {
        expect(leaks(JSON.stringify(Everything.toJson(x)), s1) || leaks(JSON.stringify(Everything.toJson(x)), s2)).toBe(false)
        const text = JSON.stringify(Everything.redact({ ...x, secret: s1, secrets: { [s2]: s1, k: s2 } }))
        expect(leaks(text, s1)).toBe(false)
        expect(leaks(text, s2)).toBe(false)
      })
    )
    fc.assert(
      fc.property(arbitraryOf(CreateChatTokenRequest), secretArb, secretArb, (x, s1, s2) => {
        const text = JSON.stringify(CreateChatTokenRequest.redact({ ...x, userId: s1, attributes: { [s1]: s2 } }))
        expect(leaks(text, s1)).toBe(false)
        expect(leaks(text, s2)).toBe(false)
      })
    )
    fc.assert(
      fc.property(arbitraryOf(CreateChatTokenResponse), secretArb, (x, s) => {
        expect(leaks(JSON.stringify(CreateChatTokenResponse.redact({ ...x, token: s })), s)).toBe(false)
      })
    )
  })

  it('hides raw input of the wrong kind where sensitive members are declared', () => {
    expect(redactBy(CreateChatTokenRequest.ast, ['secret-in-an-array'])).toBe(SENSITIVE)
    expect(redactBy(EverythingSchema.ast, { name: 'Ab', secrets: ['k', 'v'] })).toEqual({ name: 'Ab', secrets: SENSITIVE })
    expect(redactBy(EverythingSchema.ast, null)).toBe(null)
  })
})

describe('a shape built at run time', () => {
  it('redacts its sensitive members', () => {
    const Login = shape(S.structure('Login', { user: S.required(S.string()), password: S.required(S.string({ sensitive: true })) }))
    expect(Login.redact({ user: 'u', password: 'p' })).toEqual({ user: 'u', password: SENSITIVE })
  })
})

describe('redact of input of the wrong kind', () => {
  const Holder = S.structure('Holder', { s: S.optional(Secret), p: S.optional(Plain) })

  it('hides a wrong-kind value where a node holds secrets, keeps null and undefined, and leaves plain nodes alone', () => {
    for (const ast of [Holder, S.list(Secret), S.map(Plain, Secret)].map((x) => x.ast)) {
      expect(redactBy(ast, 'text')).toBe(SENSITIVE)
      expect(redactBy(ast, 5)).toBe(SENSITIVE)
      expect(redactBy(ast, null)).toBe(null)
      expect(redactBy(ast, undefined)).toBe(undefined)
    }
    expect(redactBy(Holder.ast, ['x'])).toBe(SENSITIVE)
    expect(redactBy(S.list(Secret).ast, { a: 'x' })).toBe(SENSITIVE)
    expect(redactBy(S.map(Plain, Secret).ast, ['x'])).toBe(SENSITIVE)
    expect(redactBy(S.list(Plain).ast, 'x')).toBe('x')
    expect(redactBy(Holder.ast, { s: 'x', p: 'y' })).toEqual({ s: SENSITIVE, p: 'y' })
    expect(redactBy(S.list(Secret).ast, ['x', 'y'])).toEqual([SENSITIVE, SENSITIVE])
    expect(redactBy(S.map(Plain, Secret).ast, { k: 'v' })).toEqual({ k: SENSITIVE })
  })
})

describe('redact', () => {
  it('keeps null and undefined at a sensitive node, and hides every other value', () => {
    expect(redactBy(Secret.ast, null)).toBeNull()
    expect(redactBy(Secret.ast, undefined)).toBeUndefined()
    for (const v of ['', 'x', 0, false, [], {}]) expect(redactBy(Secret.ast, v)).toBe(SENSITIVE)
  })

  it('copies a structure with plain, writable, enumerable, configurable properties', () => {
    const r = CreateChatTokenResponse.redact({ token: 'tok', tokenExpirationTime: new Date(0) }) as unknown as Record<string, unknown>
    expect(r).toEqual({ token: SENSITIVE, tokenExpirationTime: new Date(0) })
    for (const d of Object.values(Object.getOwnPropertyDescriptors(r))) expect(d).toMatchObject({ enumerable: true, writable: true, configurable: true })
  })

  it('reads members from own properties only: an inherited secret is not added to the copy', () => {
    const u = Object.create({ token: 'inherited' }) as Record<string, unknown>
    u['tokenExpirationTime'] = 1
    const r = CreateChatTokenResponse.redact(u as never) as unknown as Record<string, unknown>
    expect(Object.keys(r)).toEqual(['tokenExpirationTime'])
    expect(Object.prototype.hasOwnProperty.call(r, 'token')).toBe(false)
  })

  it('keeps null members and unknown members of raw input as they are', () => {
    expect(redactBy(CreateChatTokenRequest.ast, { userId: null, extra: 'x', attributes: undefined })).toEqual({ userId: null, extra: 'x', attributes: undefined })
  })

  it('hides each value of a map with sensitive values and keeps its keys', () => {
    const M = S.map(S.string(), Secret)
    expect(redactBy(M.ast, { a: 'x', b: null })).toEqual({ a: SENSITIVE, b: null })
  })
})
