/**
 * `shape()` composes its directions lazily and each is kept once compiled; `make` keeps every
 * member name; `toXml` of any shape writes the document its own `fromXml` reads.
 */
import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import * as S from '../../src/codecs/Schema.js'
import { lazy, shape } from '../../src/codecs/Shape.js'

describe('shape: directions compiled on first use', () => {
  it('lazy computes once, on the first call, and keeps the result', () => {
    let calls = 0
    const get = lazy(() => ({ n: ++calls }))
    expect(calls).toBe(0)
    const first = get()
    expect(get()).toBe(first)
    expect(calls).toBe(1)
  })

  it('declaring a shape with a default that does not fit succeeds; its first make refuses it', () => {
    const bad = shape(S.structure('Bad', { n: S.withDefault(S.integer(), 'x' as unknown as number) }))
    expect(bad.name).toBe('Bad')
    expect(() => bad.make()).toThrow(TypeError)
  })

  it('codec and ~standard are the same object on every read', () => {
    const s = shape(S.structure('A', { a: S.optional(S.string()) }))
    expect(s.codec).toBe(s.codec)
    expect(s['~standard']).toBe(s['~standard'])
  })
})

describe('make', () => {
  it('fills a default with its decoded domain value, a fresh copy of nothing shared with the input', () => {
    const s = shape(S.structure('T', { at: S.withDefault(S.timestamp('epoch-seconds'), 0), n: S.withDefault(S.integer(), 3) }))
    const a = s.make()
    expect(a.at).toBeInstanceOf(Date)
    expect(a.at.getTime()).toBe(0)
    expect(a.n).toBe(3)
    expect(s.make({ n: 5 }).n).toBe(5)
  })

  it('keeps a member named __proto__ as an own property', () => {
    // A computed key: a literal `__proto__:` would set the prototype instead of declaring a member.
    const s = shape(S.structure('P', { ['__proto__']: S.optional(S.string()), other: S.optional(S.string()) }))
    const v = s.make({ ['__proto__']: 'x', other: 'y' } as never) as Record<string, unknown>
    expect(Object.prototype.hasOwnProperty.call(v, '__proto__')).toBe(true)
    expect(Object.getPrototypeOf(v)).toBe(Object.prototype)
    expect(v['other']).toBe('y')
  })
})

describe('toXml of a shape that is not a structure', () => {
  const cases = [
    ['a string with a shape id', shape(S.string({ shapeId: 'com.example#Token' })), 'abc'],
    ['an integer without one', shape(S.integer()), 42],
    ['a list', shape(S.list(S.string(), { shapeId: 'com.example#Names' })), ['a', 'b']],
    ['a map', shape(S.map(S.string(), S.integer())), { a: 1 }],
    ['a timestamp', shape(S.timestamp('date-time', { shapeId: 'com.example#At' })), new Date(Date.UTC(2024, 1, 29))]
  ] as const
  for (const [what, s, value] of cases) {
    it(`${what}: fromXml reads back what toXml wrote`, () => {
      const x = (s as { toXml: (a: unknown) => string }).toXml(value)
      expect((s as { fromXml: (x: string) => E.Either<unknown, unknown> }).fromXml(x)).toEqual(E.right(value))
    })
  }
})
