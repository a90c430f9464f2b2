/**
 * Exact behaviour of `redact` (`Redact.ts`): what is kept as it is, and what the copies look
 * like. Written against surviving mutants; each test states a behaviour, not a mutant.
 */
import { describe, expect, it } from 'vitest'
import { SENSITIVE } from '../../src/codecs/Issue.js'
import { redactBy } from '../../src/codecs/Redact.js'
import * as S from '../../src/codecs/Schema.js'
import { CreateChatTokenRequest, CreateChatTokenResponse } from '../../src/index.js'

const Secret = S.string({ sensitive: true })

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
