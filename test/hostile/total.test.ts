/**
 * Every exported shape's functions are total on hostile values, and `is` agrees with the
 * decoders (a few hundred runs; total.slow.test.ts runs many more).
 */
import { inspect } from 'node:util'
import * as E from 'fp-ts/lib/Either.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CreateChatTokenRequest, CreateChatTokenResponse, ListRoomsResponse } from '../../src/index.js'
import { checkTotal, hostileOptions, hostileValue } from './total.js'

describe('every exported function is total', () => {
  it('returns a value for hostile values and options, and is() agrees with the decoders', () => {
    fc.assert(fc.property(hostileValue(), hostileOptions(), checkTotal), { numRuns: 300 })
  })

  it('is() refuses arrays with holes, as the decoders do, without walking 2^32 - 1 entries', () => {
    const holes = { rooms: new Array(2 ** 32 - 1) }
    const start = performance.now()
    expect(ListRoomsResponse.is(holes)).toBe(false)
    expect(E.isLeft(ListRoomsResponse.fromJson(holes))).toBe(true)
    expect(performance.now() - start).toBeLessThan(500)
    expect(ListRoomsResponse.is({ rooms: [, ] })).toBe(false)
  })

  it('refuses invalid options clearly instead of ignoring them', () => {
    for (const options of [{ maxInputLength: NaN }, { maxInputLength: -1 }, { strict: 1 }, Object.defineProperty({}, 'strict', { get: () => { throw new Error('x') } })]) {
      const r = CreateChatTokenResponse.fromString('{}', options as never)
      expect(E.isLeft(r)).toBe(true)
      const v = CreateChatTokenResponse['~standard'].validate({}, { libraryOptions: options as never })
      expect('issues' in v && v.issues !== undefined).toBe(true)
    }
    expect(E.isRight(CreateChatTokenResponse.fromString('{}', { maxInputLength: Infinity }))).toBe(true)
  })
})

describe('a Left never holds the input', () => {
  it('can be serialised and stays small for a 100,000-deep array and for 200 KB of input', () => {
    let deep: unknown = []
    for (let i = 0; i < 100_000; i++) deep = [deep]
    for (const input of [deep, { token: ['x'.repeat(200_000)], userId: 5 }, { userId: ['s'.repeat(200_000)], roomIdentifier: Array.from({ length: 10_000 }, (_, i) => i) }]) {
      for (const r of [CreateChatTokenRequest.fromJson(input), CreateChatTokenRequest.codec.decode(input), CreateChatTokenRequest.fromJson({ roomIdentifier: input, userId: input })]) {
        expect(E.isLeft(r)).toBe(true)
        const json = JSON.stringify(r)
        expect(json.length).toBeLessThan(20_000)
        expect(inspect(r, { depth: Infinity }).length).toBeLessThan(40_000)
      }
    }
  })
})

describe('timestamps: what decodes, encodes back', () => {
  it.each(['9999-12-31T23:59:59-01:00', '0000-01-01T00:00:00+01:00'])('refuses %s (outside 0000–9999 UTC) in every decoder', (time) => {
    expect(E.isLeft(CreateChatTokenResponse.fromJson({ tokenExpirationTime: time }))).toBe(true)
    expect(E.isLeft(CreateChatTokenResponse.fromXml(`<CreateChatTokenResponse><tokenExpirationTime>${time}</tokenExpirationTime></CreateChatTokenResponse>`))).toBe(true)
  })

  it.each(['9999-12-31T23:59:59.999+00:00', '9999-12-31T23:59:59.999+01:00', '0000-01-01T00:00:00-01:00', '0000-01-01T00:00:00Z'])('round-trips %s through every format', (time) => {
    const r = CreateChatTokenResponse.fromJson({ tokenExpirationTime: time })
    expect(E.isRight(r)).toBe(true)
    if (E.isLeft(r)) return
    expect(CreateChatTokenResponse.is(r.right)).toBe(true)
    expect(CreateChatTokenResponse.fromJson(CreateChatTokenResponse.toJson(r.right))).toEqual(r)
    expect(CreateChatTokenResponse.fromXml(CreateChatTokenResponse.toXml(r.right))).toEqual(r)
    expect(CreateChatTokenResponse.toQuery(r.right)).toContain('tokenExpirationTime=')
  })

  it('is() refuses Dates outside the range, which no format could write', () => {
    for (const d of [new Date(Date.UTC(10000, 0, 1)), new Date(-62167219200001), new Date(8.64e15), new Date(NaN)]) expect(CreateChatTokenResponse.is({ tokenExpirationTime: d })).toBe(false)
  })
})
