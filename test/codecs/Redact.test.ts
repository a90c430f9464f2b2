import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import { SENSITIVE } from '../../src/codecs/Issue.js'
import { redactBy } from '../../src/codecs/Redact.js'
import * as S from '../../src/codecs/Schema.js'
import { CreateChatTokenRequest, CreateChatTokenResponse } from '../../src/index.js'
import { arbitraryOf } from '../support/arbitrary.js'
import { Everything, EverythingSchema, full } from '../support/schemas.js'

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
