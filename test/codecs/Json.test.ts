import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import * as t from 'io-ts'
import { PathReporter } from 'io-ts/lib/PathReporter.js'
import * as S from '../../src/codecs/Schema.js'
import { shape } from '../../src/codecs/Shape.js'
import { CreateChatTokenRequest, CreateChatTokenResponse } from '../../src/index.js'
import { arbitraryOf } from '../support/arbitrary.js'
import { keysOf, leftOf, messagesOf, rightOf } from '../support/either.js'
import { Everything, EverythingSchema, StrictEverything, full, fullJson } from '../support/schemas.js'

/** A decoder result is a Left with at least one error, or a Right the guard accepts. */
const settles = (s: { readonly is: (u: unknown) => boolean }, r: E.Either<t.Errors, unknown>): void => {
  expect(['Left', 'Right']).toContain(r._tag)
  if (E.isRight(r)) expect(s.is(r.right)).toBe(true)
  else expect(r.left.length).toBeGreaterThan(0)
}

const MEMBER_NAMES = EverythingSchema.ast.kind === 'structure' ? EverythingSchema.ast.members.map((m) => m.name) : []
const OPTIONAL_NAMES = EverythingSchema.ast.kind === 'structure' ? EverythingSchema.ast.members.filter((m) => !m.required).map((m) => m.name) : []

describe('JSON: examples', () => {
  it('decodes a value with every member set', () => {
    expect(Everything.fromJson(fullJson)).toEqual(E.right(full))
    expect(StrictEverything.fromJson(fullJson)).toEqual(E.right(full))
  })

  it('decodes timestamps to Dates in each of the three formats', () => {
    const a = rightOf(Everything.fromJson(fullJson))
    expect(a.created).toBeInstanceOf(Date)
    expect(a.created?.toISOString()).toBe('2014-04-29T18:30:38.123Z')
    expect(a.modified?.toISOString()).toBe('2014-04-29T18:30:38.000Z')
    expect(a.expires?.toISOString()).toBe('2014-04-29T18:30:38.123Z')
  })

  it('reads a date-time with an offset as the same instant, and writes it in UTC', () => {
    const a = rightOf(Everything.fromJson({ name: 'Ab', created: '2014-04-29T20:30:38.123+02:00', modified: 'Tue, 29 Apr 2014 18:30:38.5 GMT', expires: 0 }))
    expect(a.created?.getTime()).toBe(Date.UTC(2014, 3, 29, 18, 30, 38, 123))
    expect(a.modified?.getTime()).toBe(Date.UTC(2014, 3, 29, 18, 30, 38, 500))
    expect(a.expires?.getTime()).toBe(0)
    expect(Everything.toJson(a)).toMatchObject({ created: '2014-04-29T18:30:38.123Z', modified: 'Tue, 29 Apr 2014 18:30:38.500 GMT', expires: 0 })
  })

  it('guards domain values: Dates, not wire strings, and never an invalid Date', () => {
    expect(Everything.is(full)).toBe(true)
    expect(Everything.is({ ...full, created: new Date(Number.NaN) })).toBe(false)
    expect(Everything.is({ ...full, created: fullJson.created })).toBe(false)
    expect(Everything.is({ ...full, count: 2 ** 31 })).toBe(false)
    expect(Everything.is({ ...full, choice: { text: 'a', number: 1 } })).toBe(false)
  })

  it('encodes to the wire value, members in declaration order', () => {
    const json = Everything.toJson(full)
    expect(json).toEqual(fullJson)
    expect(Object.keys(json)).toEqual(MEMBER_NAMES)
    expect(JSON.stringify(json)).toBe(JSON.stringify(fullJson))
  })

  it('decodes JSON text, and refuses text that is not JSON', () => {
    expect(Everything.fromString(JSON.stringify(fullJson))).toEqual(E.right(full))
    expect(messagesOf(Everything.fromString('{"name": '))).toEqual(['(root): expected JSON text, got text that is not valid JSON'])
    expect(messagesOf(Everything.fromString(''))).toEqual(['(root): expected JSON text, got text that is not valid JSON'])
    expect(messagesOf(Everything.fromString(5 as unknown as string))).toEqual(['(root): expected JSON text, got number'])
  })

  it('refuses text longer than maxInputLength', () => {
    const text = JSON.stringify({ name: 'Ab' })
    expect(E.isRight(Everything.fromString(text, { maxInputLength: text.length }))).toBe(true)
    expect(messagesOf(Everything.fromString(text, { maxInputLength: text.length - 1 }))).toEqual([
      `(root): expected at most ${text.length - 1} characters, got ${text.length}`
    ])
  })

  it('ignores unknown members', () => {
    expect(Everything.fromJson({ ...fullJson, unknown: 1, Name: 'x', nested: { a: [1] } })).toEqual(E.right(full))
    expect(Everything.fromJson({ name: 'Ab', inner: { label: 'l', extra: true } })).toEqual(E.right({ name: 'Ab', inner: { label: 'l' }, retries: 3 }))
  })

  it('reads null members as absent, leaving no key behind', () => {
    const a = rightOf(Everything.fromJson({ name: 'Ab', color: null, inner: null, tags: null, choice: null, created: null }))
    expect(a).toEqual({ name: 'Ab', retries: 3 })
    for (const k of ['color', 'inner', 'tags', 'choice', 'created']) expect(k in a).toBe(false)
  })

  it('fills a member with a default when it is absent or null, and keeps it when present', () => {
    expect(rightOf(Everything.fromJson({ name: 'Ab' })).retries).toBe(3)
    expect(rightOf(Everything.fromJson({ name: 'Ab', retries: null })).retries).toBe(3)
    expect(rightOf(Everything.fromJson({ name: 'Ab', retries: 0 })).retries).toBe(0)
  })

  it('always enforces required members, in both modes', () => {
    for (const s of [Everything, StrictEverything]) {
      expect(messagesOf(s.fromJson({}))).toEqual(['name: expected a value (the member is required), got nothing'])
      expect(messagesOf(s.fromJson({ name: null }))).toEqual(['name: expected a value (the member is required), got nothing'])
      expect(messagesOf(s.fromJson({ name: 'Ab', items: [{ weight: 1 }] }))).toEqual([
        'items[0].label: expected a value (the member is required), got nothing'
      ])
    }
  })

  it('refuses what is not an object at the root', () => {
    for (const u of [null, undefined, 1, 'x', true, [], [fullJson]]) {
      const ms = messagesOf(Everything.fromJson(u))
      expect(ms).toHaveLength(1)
      expect(ms[0]).toMatch(/^\(root\): expected an object \(Everything\), got /)
    }
  })

  it('reports every failing member, each with its path and what was expected', () => {
    const r = Everything.fromJson({
      name: 5,
      flag: 'yes',
      inner: { label: ['x'] },
      tags: ['ok', 7],
      labels: { a: 1, b: 'two' },
      created: 1398796238,
      modified: '2014-04-29T18:30:38Z',
      expires: '1398796238',
      choice: { number: 1.5 },
      items: [{ label: 'fine' }, { label: 'x', weight: 'heavy' }]
    })
    expect(messagesOf(r)).toEqual([
      'name: expected a string, got 5',
      'flag: expected a boolean, got "yes"',
      'inner.label: expected a string, got an array',
      'tags[1]: expected a string, got 7',
      'labels.b: expected a 32-bit integer, got "two"',
      'created: expected an RFC 3339 date-time such as 2014-04-29T18:30:38Z, got 1398796238',
      'modified: expected an IMF-fixdate HTTP date such as Tue, 29 Apr 2014 18:30:38 GMT, got "2014-04-29T18:30:38Z"',
      'expires: expected a number of seconds since the Unix epoch such as 1398796238 or 1398796238.123, got "1398796238"',
      'choice.number: expected a 32-bit integer, got 1.5',
      'items[1].weight: expected a 32-bit integer, got "heavy"'
    ])
    expect(keysOf(r)[9]).toEqual(['', 'items', '1', 'weight'])
  })

  it('refuses null entries in lists and maps', () => {
    expect(messagesOf(Everything.fromJson({ name: 'Ab', tags: ['a', null] }))).toEqual(['tags[1]: expected a value (lists have no null entries), got null'])
    expect(messagesOf(Everything.fromJson({ name: 'Ab', labels: { k: null } }))).toEqual(['labels.k: expected a value (maps have no null entries), got null'])
  })

  it('takes exactly one member of a union, null members counting as absent', () => {
    expect(rightOf(Everything.fromJson({ name: 'Ab', choice: { text: 't', number: null } })).choice).toEqual({ text: 't' })
    expect(messagesOf(Everything.fromJson({ name: 'Ab', choice: {} }))).toEqual(['choice: expected exactly one of text, number, inner, got none of them'])
    expect(messagesOf(Everything.fromJson({ name: 'Ab', choice: { text: 't', number: 1 } }))).toEqual([
      'choice: expected exactly one of text, number, inner, got 2 members (text, number)'
    ])
    expect(messagesOf(Everything.fromJson({ name: 'Ab', choice: 'text' }))).toEqual(['choice: expected an object (Choice), got "text"'])
  })

  it('works with io-ts PathReporter', () => {
    const r = Everything.fromJson({ name: 'Ab', items: [{ label: 1 }] })
    expect(PathReporter.report(r)).toEqual(['items[0].label: expected a string, got 1'])
    expect(PathReporter.report(Everything.fromJson(fullJson))).toEqual(['No errors!'])
  })
})

describe('JSON: strict and lenient', () => {
  const bad = { name: 'x', color: 'PINK', count: 101, tags: ['1', '2', '3', '4', '5', '6'] }

  it('checks constraints only in strict mode', () => {
    expect(rightOf(Everything.fromJson(bad))).toEqual({ ...bad, retries: 3 })
    expect(messagesOf(StrictEverything.fromJson(bad))).toEqual([
      'name: expected length between 2 and 8, got length 1',
      'color: expected one of "RED", "GREEN", "BLUE", got "PINK"',
      'count: expected a value between -5 and 100, got 101',
      'tags: expected size at most 5, got size 6'
    ])
  })

  it('keeps an unknown enum value as a string in lenient mode', () => {
    expect(rightOf(Everything.fromJson({ name: 'Ab', color: 'PURPLE' })).color).toBe('PURPLE')
  })

  it('checks a pattern in strict mode, length first', () => {
    expect(messagesOf(StrictEverything.fromJson({ name: 'abc' }))).toEqual(['name: expected a string matching the pattern ^[A-Z][a-z0-9]*$, got a string of length 3 that does not match'])
    expect(messagesOf(StrictEverything.fromJson({ name: 'Abcdefghi' }))).toEqual(['name: expected length between 2 and 8, got length 9'])
  })

  it('lets each call choose the mode', () => {
    expect(E.isLeft(Everything.fromJson(bad, { strict: true }))).toBe(true)
    expect(E.isRight(StrictEverything.fromJson(bad, { strict: false }))).toBe(true)
    expect(E.isLeft(StrictEverything.fromJson(bad, {}))).toBe(true)
  })

  it('checks the default of a member like any value in strict mode, but fills it whatever the mode', () => {
    expect(rightOf(StrictEverything.fromJson({ name: 'Ab' })).retries).toBe(3)
    expect(messagesOf(StrictEverything.fromJson({ name: 'Ab', retries: 11 }))).toEqual(['retries: expected a value between 0 and 10, got 11'])
  })

  it('never decodes a value of a declaration whose default does not fit it', () => {
    const Broken = shape(S.structure('Broken', { n: S.withDefault(S.integer(), 'three' as unknown as number) }))
    expect(E.isLeft(Broken.fromJson({}))).toBe(true)
    expect(E.isLeft(Broken.fromJson({ n: 1 }))).toBe(true)
  })
})

describe('JSON: integers are 32-bit', () => {
  const I = shape(S.structure('I', { n: S.required(S.integer()) }))

  it('accepts the bounds and refuses what lies beyond them', () => {
    expect(I.fromJson({ n: 2147483647 })).toEqual(E.right({ n: 2147483647 }))
    expect(I.fromJson({ n: -2147483648 })).toEqual(E.right({ n: -2147483648 }))
    expect(messagesOf(I.fromJson({ n: 2147483648 }))).toEqual(['n: expected a 32-bit integer, got 2147483648'])
    expect(messagesOf(I.fromJson({ n: -2147483649 }))).toEqual(['n: expected a 32-bit integer, got -2147483649'])
  })

  it('refuses fractions, non-finite numbers and numeric strings', () => {
    expect(messagesOf(I.fromJson({ n: 1.5 }))).toEqual(['n: expected a 32-bit integer, got 1.5'])
    expect(messagesOf(I.fromJson({ n: Number.NaN }))).toEqual(['n: expected a 32-bit integer, got NaN'])
    expect(messagesOf(I.fromJson({ n: Number.POSITIVE_INFINITY }))).toEqual(['n: expected a 32-bit integer, got Infinity'])
    expect(messagesOf(I.fromJson({ n: '1' }))).toEqual(['n: expected a 32-bit integer, got "1"'])
  })

  it('accepts every 32-bit integer', () => {
    fc.assert(
      fc.property(fc.integer({ min: -2147483648, max: 2147483647 }), (n) => {
        expect(I.fromJson({ n })).toEqual(E.right({ n }))
      })
    )
  })

  it('refuses every number that is not a 32-bit integer', () => {
    const outside = fc.oneof(
      fc.double().filter((n) => !(Number.isInteger(n) && n >= -2147483648 && n <= 2147483647)),
      fc.integer({ min: 2147483648, max: Number.MAX_SAFE_INTEGER }),
      fc.integer({ min: Number.MIN_SAFE_INTEGER, max: -2147483649 })
    )
    fc.assert(
      fc.property(outside, (n) => {
        expect(E.isLeft(I.fromJson({ n }))).toBe(true)
      })
    )
  })
})

describe('JSON: properties', () => {
  const cases = [
    ['Everything (lenient)', Everything],
    ['Everything (strict)', StrictEverything],
    ['CreateChatTokenResponse', CreateChatTokenResponse],
    ['CreateChatTokenRequest (strict)', CreateChatTokenRequest]
  ] as const

  for (const [name, s] of cases) {
    it(`${name}: fromJson(toJson(x)) and fromString(JSON.stringify(toJson(x))) give x back`, () => {
      const arb = arbitraryOf<unknown>(s.schema)
      const codec = s as unknown as typeof Everything
      fc.assert(
        fc.property(arb, (x) => {
          const a = x as Everything
          expect(codec.fromJson(codec.toJson(a))).toEqual(E.right(a))
          expect(codec.fromString(JSON.stringify(codec.toJson(a)))).toEqual(E.right(a))
          expect(codec.is(a)).toBe(true)
        })
      )
    })
  }

  it('decoded values are valid by the guard and have no undefined keys', () => {
    const noUndefined = (u: unknown): boolean =>
      Array.isArray(u) ? u.every(noUndefined) : u instanceof Date || typeof u !== 'object' || u === null ? u !== undefined : Object.values(u).every(noUndefined)
    fc.assert(
      fc.property(arbitraryOf(EverythingSchema), (x) => {
        const a = rightOf(Everything.fromJson(Everything.toJson(x)))
        expect(noUndefined(a)).toBe(true)
        expect(Everything.is(a)).toBe(true)
      })
    )
  })

  it('ignores any unknown members', () => {
    const extra = fc.dictionary(
      fc.string().filter((k) => !MEMBER_NAMES.includes(k) && k !== '__proto__'),
      fc.jsonValue(),
      { noNullPrototype: true }
    )
    fc.assert(
      fc.property(arbitraryOf(EverythingSchema), extra, (x, more) => {
        const json = Everything.toJson(x) as Record<string, unknown>
        expect(Everything.fromJson({ ...more, ...json })).toEqual(E.right(x))
      })
    )
  })

  it('reads a null optional member as an absent one', () => {
    fc.assert(
      fc.property(arbitraryOf(EverythingSchema), fc.constantFrom(...OPTIONAL_NAMES), (x, k) => {
        const json = { ...(Everything.toJson(x) as Record<string, unknown>), [k]: null }
        const a = rightOf(Everything.fromJson(json)) as Record<string, unknown>
        expect(k in a).toBe(false)
      })
    )
  })

  it('refuses a value without a required member, naming it', () => {
    fc.assert(
      fc.property(arbitraryOf(EverythingSchema), fc.constantFrom(undefined, null), (x, hole) => {
        const json = { ...(Everything.toJson(x) as Record<string, unknown>), name: hole }
        expect(messagesOf(Everything.fromJson(json))).toEqual(['name: expected a value (the member is required), got nothing'])
      })
    )
  })

  it('never throws, whatever it is given', () => {
    const shapes = [Everything, StrictEverything, CreateChatTokenResponse, CreateChatTokenRequest] as const
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.jsonValue()), (u) => {
        for (const s of shapes) settles(s, s.fromJson(u))
      })
    )
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (s) => {
        for (const x of shapes) settles(x, x.fromString(s))
      })
    )
  })

  it('never throws on values of the right outline with members of the wrong kind', () => {
    const member = fc.oneof(fc.anything(), fc.jsonValue())
    const outline = fc.record(Object.fromEntries(MEMBER_NAMES.map((k) => [k, member])), { requiredKeys: [] })
    fc.assert(
      fc.property(outline, (u) => {
        for (const s of [Everything, StrictEverything]) {
          const r = s.fromJson(u)
          settles(s, r)
          if (E.isLeft(r)) for (const e of r.left) expect(e.message).toMatch(/^.+: expected .+, got .+$/s)
        }
      })
    )
  })
})

describe('JSON: the io-ts codec', () => {
  const codec = Everything.codec

  it('decodes, encodes and guards', () => {
    expect(codec.name).toBe('Everything')
    expect(codec.decode(fullJson)).toEqual(E.right(full))
    expect(codec.encode(full)).toEqual(fullJson)
    expect(codec.is(full)).toBe(true)
    expect(codec.is(fullJson)).toBe(false)
    expect(codec.is({})).toBe(false)
    expect(codec.is({ name: 'Ab', retries: 1.5 })).toBe(false)
  })

  it('is the strict codec for a strict shape', () => {
    expect(E.isLeft(StrictEverything.codec.decode({ name: 'x' }))).toBe(true)
    expect(E.isRight(Everything.codec.decode({ name: 'x' }))).toBe(true)
  })

  it('works inside io-ts combinators, extending their context paths', () => {
    const Outer = t.type({ x: codec, xs: t.array(codec) })
    expect(Outer.decode({ x: fullJson, xs: [fullJson] })).toEqual(E.right({ x: full, xs: [full] }))
    const r = Outer.decode({ x: { name: 'Ab', items: [{ label: 2 }] }, xs: [fullJson, { inner: {} }] })
    expect(keysOf(r)).toEqual([
      ['', 'x', 'items', '0', 'label'],
      ['', 'xs', '1', 'name'],
      ['', 'xs', '1', 'inner', 'label']
    ])
    const errors = leftOf(r)
    expect(errors[0]!.context.map((c) => c.type.name)).toEqual(['{ x: Everything, xs: Array<Everything> }', 'Everything', 'Items', 'Inner', 'string'])
    expect(PathReporter.report(r)).toEqual([
      'items[0].label: expected a string, got 2',
      'name: expected a value (the member is required), got nothing',
      'inner.label: expected a value (the member is required), got nothing'
    ])
    expect(Outer.encode({ x: full, xs: [] })).toEqual({ x: fullJson, xs: [] })
  })

  it('gives each error the input at each level of its context', () => {
    const input = { name: 'Ab', inner: { label: 3 } }
    const [e] = leftOf(codec.decode(input))
    expect(e!.value).toBe(3)
    expect(e!.context.map((c) => c.actual)).toEqual([input, input.inner, 3])
  })
})

describe('members named like properties of Object.prototype', () => {
  const Awkward = shape(S.structure('Awkward', { constructor: S.optional(S.string()), toString: S.optional(S.string()), n: S.optional(S.integer()) }))
  const AwkwardUnion = shape(S.union('AwkwardUnion', { valueOf: S.optional(S.string()), n: S.optional(S.integer()) }))

  // `{ n: 1 }` inherits toString: TypeScript's structural types cannot tell it from a member.
  type Aw = S.TypeOf<typeof Awkward.schema>

  it('are absent from a value that does not set them, in every direction', () => {
    const a = { n: 1 } as unknown as Aw
    expect(Awkward.toJson(a)).toEqual({ n: 1 })
    expect(Object.keys(Awkward.toJson(a))).toEqual(['n'])
    expect(Awkward.fromJson(Awkward.toJson(a))).toEqual(E.right(a))
    expect(Object.keys(Awkward.make({ n: 1 } as never))).toEqual(['n'])
    expect(Awkward.toXml(a)).toBe('<Awkward><n>1</n></Awkward>')
    expect(Awkward.toQuery(a)).toBe('n=1')
    expect(Awkward.toValue(a)).toEqual({ _tag: 'Structure', fields: [['n', { _tag: 'Integer', value: 1 }]] })
    expect(AwkwardUnion.toValue({ n: 2 } as never)).toEqual({ _tag: 'Union', member: 'n', value: { _tag: 'Integer', value: 2 } })
    expect(AwkwardUnion.toJson({ n: 2 } as never)).toEqual({ n: 2 })
  })

  it('are written when set', () => {
    const b = { constructor: 'c', toString: 't', n: 1 } as unknown as Aw
    expect(Awkward.toJson(b)).toEqual({ constructor: 'c', toString: 't', n: 1 })
    expect(Awkward.fromJson(Awkward.toJson(b))).toEqual(E.right(b))
    expect(Awkward.toQuery(b)).toBe('constructor=c&toString=t&n=1')
    expect(Awkward.toXml(b)).toBe('<Awkward><constructor>c</constructor><toString>t</toString><n>1</n></Awkward>')
  })
})
