import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import { codePointLength } from '../../src/codecs/Constraints.js'
import * as S from '../../src/codecs/Schema.js'
import { shape } from '../../src/codecs/Shape.js'
import { CreateChatTokenRequest, CreateChatTokenResponse, ValidationException } from '../../src/index.js'
import { MAX_DATE, MIN_DATE, arbitraryOf, arbitraryOfAst, isXmlSafe } from '../support/arbitrary.js'
import { EverythingSchema, StrictEverything } from '../support/schemas.js'

/** Every string inside a value (map keys included). */
const stringsIn = (u: unknown): Array<string> =>
  typeof u === 'string'
    ? [u]
    : Array.isArray(u)
      ? u.flatMap(stringsIn)
      : typeof u === 'object' && u !== null && !(u instanceof Date)
        ? Object.entries(u).flatMap(([k, v]) => [k, ...stringsIn(v)])
        : []

describe('test support: arbitraryOf', () => {
  it('generates values that decode in strict mode', () => {
    for (const s of [StrictEverything, CreateChatTokenRequest, shape(CreateChatTokenResponse.schema, { mode: 'strict' })] as const) {
      const codec = s as unknown as typeof StrictEverything
      fc.assert(
        fc.property(arbitraryOf<unknown>(s.schema), (x) => {
          expect(E.isRight(codec.fromJson(codec.toJson(x as never), { strict: true }))).toBe(true)
        })
      )
    }
  })

  it('is compiled once per node and option set', () => {
    expect(arbitraryOf(EverythingSchema)).toBe(arbitraryOf(EverythingSchema))
    expect(arbitraryOf(EverythingSchema, { xmlSafe: true })).toBe(arbitraryOfAst(EverythingSchema.ast, { xmlSafe: true }))
    expect(arbitraryOf(EverythingSchema, { xmlSafe: true })).not.toBe(arbitraryOf(EverythingSchema))
  })

  it('always sets required members and members with a default, never an undefined key', () => {
    fc.assert(
      fc.property(arbitraryOf(EverythingSchema), (x) => {
        expect(typeof x.name).toBe('string')
        expect(typeof x.retries).toBe('number')
        for (const [k, v] of Object.entries(x)) expect(v, k).not.toBeUndefined()
      })
    )
  })

  it('leaves each optional member out sometimes and sets it sometimes', () => {
    const seen = new Map<string, Set<boolean>>()
    for (const x of fc.sample(arbitraryOf(EverythingSchema), { numRuns: 300, seed: 42 })) {
      for (const k of ['color', 'inner', 'tags', 'labels', 'created', 'choice']) {
        const s = seen.get(k) ?? new Set<boolean>()
        s.add(k in x)
        seen.set(k, s)
      }
    }
    for (const [k, s] of seen) expect([k, [...s].sort()]).toEqual([k, [false, true]])
  })

  it('sets exactly one member of a union', () => {
    fc.assert(
      fc.property(arbitraryOfAst((EverythingSchema.ast as S.StructureAST).members.find((m) => m.name === 'choice')!.target), (u) => {
        expect(Object.keys(u as object)).toHaveLength(1)
      })
    )
  })

  it('counts string length in code points and keeps within the bounds', () => {
    const Short = S.string({ length: { min: 2, max: 3 } })
    fc.assert(
      fc.property(arbitraryOf(Short), (s) => {
        const n = codePointLength(s)
        expect(n).toBeGreaterThanOrEqual(2)
        expect(n).toBeLessThanOrEqual(3)
      })
    )
  })

  it('generates pattern strings within the length, exact lengths included', () => {
    const Id = S.string({ length: { min: 12, max: 12 }, pattern: '^[a-zA-Z0-9]+$' })
    const Name = S.string({ length: { max: 5 }, pattern: '^[a-zA-Z0-9-_]*$' })
    const Arn = S.string({ length: { min: 1, max: 40 }, pattern: '^arn:aws:ivschat:[a-z0-9-]+:[0-9]+:room/[a-zA-Z0-9-]+$' })
    fc.assert(
      fc.property(arbitraryOf(Id), arbitraryOf(Name), arbitraryOf(Arn), (id, name, arn) => {
        expect(id).toMatch(/^[a-zA-Z0-9]{12}$/)
        expect(name).toMatch(/^[a-zA-Z0-9_-]{0,5}$/)
        expect(arn).toMatch(/^arn:aws:ivschat:[a-z0-9-]+:[0-9]+:room\/[a-zA-Z0-9-]+$/)
        expect(arn.length).toBeLessThanOrEqual(40)
      })
    )
  })

  it('keeps integers within range and 32 bits', () => {
    fc.assert(
      fc.property(arbitraryOf(S.integer({ range: { min: -1e12, max: 7 } })), (n) => {
        expect(Number.isInteger(n) && n >= -2147483648 && n <= 7).toBe(true)
      })
    )
  })

  it('generates Dates with whole milliseconds within 0000–9999', () => {
    fc.assert(
      fc.property(arbitraryOf(S.timestamp('http-date')), (d) => {
        expect(Number.isInteger(d.getTime())).toBe(true)
        expect(d.getTime()).toBeGreaterThanOrEqual(MIN_DATE.getTime())
        expect(d.getTime()).toBeLessThanOrEqual(MAX_DATE.getTime())
      })
    )
    expect(MIN_DATE.toISOString()).toBe('0000-01-01T00:00:00.000Z')
    expect(MAX_DATE.toISOString()).toBe('9999-12-31T23:59:59.999Z')
  })

  it('keeps maps within their size, keys valid and never __proto__', () => {
    const Small = S.map(S.enums(['a', 'b', '__proto__']), S.boolean(), { length: { min: 1, max: 5 } })
    fc.assert(
      fc.property(arbitraryOf(Small), (m) => {
        const keys = Object.keys(m)
        expect(keys.length).toBeGreaterThanOrEqual(1)
        expect(keys.length).toBeLessThanOrEqual(2)
        for (const k of keys) expect(['a', 'b']).toContain(k)
        expect(Object.getPrototypeOf(m)).toBe(Object.prototype)
      })
    )
  })

  it('with xmlSafe, generates only characters XML 1.0 can carry', () => {
    fc.assert(
      fc.property(arbitraryOf(EverythingSchema, { xmlSafe: true }), (x) => {
        for (const s of stringsIn(x)) expect(isXmlSafe(s)).toBe(true)
      })
    )
    expect(isXmlSafe('a\tb\nc\r😀')).toBe(true)
    for (const bad of ['\u0000', '\u0008', '\u001f', '\ud800', 'x\udc00', '\ufffe', '\uffff']) expect(isXmlSafe(bad)).toBe(false)
  })

  it('generates error bodies too', () => {
    fc.assert(
      fc.property(arbitraryOf(ValidationException.body.schema), (b) => {
        expect(E.isRight(ValidationException.fromJson(ValidationException.body.toJson(b), { strict: true }))).toBe(true)
      })
    )
  })
})
