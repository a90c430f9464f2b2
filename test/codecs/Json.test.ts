
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
import { Everything, EverythingSchema, StrictEverything, full, fullJson, Choice, Inner } from '../support/schemas.js'
import { guardOf, codecOf, decoderOf, encoderOf, isRecord, reader, runDecoder, setKey } from '../../src/codecs/Json.js'
import { toIssues } from '../../src/codecs/Report.js'
import { FAIL, type Issue } from '../../src/codecs/Issue.js'
import { expectationsOf } from '../support/issues.js'
import { INT32 } from '../../src/codecs/Constraints.js'
import { describeFormat } from '../../src/codecs/Timestamp.js'
import { expectations } from '../support/issues.js'

const messages = (r: E.Either<t.Errors, unknown>): Array<string> => (E.isRight(r) ? [] : r.left.map((e) => e.message ?? ''))

const Labels = S.map(S.string(), S.integer(), { shapeId: 'test#IntMap' })


const ColorKeys = S.map(S.enums(['RED', 'BLUE']), S.string(), { shapeId: 'test#ColorKeys', length: { max: 1 } })

const Ints = S.list(S.integer(), { shapeId: 'test#Ints' })

const Pick = S.union('Pick', { a: S.optional(S.string()), b: S.optional(S.integer()), c: S.optional(S.boolean()) })

const Both = S.structure('Both', { a: S.optional(S.string()), b: S.optional(S.integer()) })

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
    expect(expectationsOf(Everything.fromString('{"name": '))).toEqual([{ path: [], expected: 'JSON text' }])
    expect(expectationsOf(Everything.fromString(''))).toEqual([{ path: [], expected: 'JSON text' }])
    expect(expectationsOf(Everything.fromString(5 as unknown as string))).toEqual([{ path: [], expected: 'JSON text' }])
  })

  it('refuses text longer than maxInputLength', () => {
    const text = JSON.stringify({ name: 'Ab' })
    expect(E.isRight(Everything.fromString(text, { maxInputLength: text.length }))).toBe(true)
    expect(expectationsOf(Everything.fromString(text, { maxInputLength: text.length - 1 }))).toEqual([
      { path: [], expected: `at most ${text.length - 1} characters` }
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
      expect(expectationsOf(s.fromJson({}))).toEqual([{ path: ['name'], expected: 'a value (the member is required)' }])
      expect(expectationsOf(s.fromJson({ name: null }))).toEqual([{ path: ['name'], expected: 'a value (the member is required)' }])
      expect(expectationsOf(s.fromJson({ name: 'Ab', items: [{ weight: 1 }] }))).toEqual([
        { path: ['items', 0, 'label'], expected: 'a value (the member is required)' }
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
    expect(expectationsOf(r)).toEqual([
      { path: ['name'], expected: 'a string' },
      { path: ['flag'], expected: 'a boolean' },
      { path: ['inner', 'label'], expected: 'a string' },
      { path: ['tags', 1], expected: 'a string' },
      { path: ['labels', 'b'], expected: INT32 },
      { path: ['created'], expected: describeFormat('date-time') },
      { path: ['modified'], expected: describeFormat('http-date') },
      { path: ['expires'], expected: describeFormat('epoch-seconds') },
      { path: ['choice', 'number'], expected: INT32 },
      { path: ['items', 1, 'weight'], expected: INT32 }
    ])
    expect(keysOf(r)[9]).toEqual(['', 'items', '1', 'weight'])
  })

  it('keeps the issues of decodes that run inside one another apart (input whose getter decodes)', () => {
    const inner: Array<E.Either<t.Errors, unknown>> = []
    const input = {
      get name() {
        // read again when the failure is reported: decode on the first read only
        if (inner.length === 0) inner.push(Everything.fromJson({ name: 'Ab' }), Everything.fromJson({ name: 'Ab', flag: 'yes' }), Everything.fromJson({ name: 'Ab' }))
        return 5
      }
    }
    const outer = Everything.fromJson(input)
    expect(expectationsOf(outer)).toEqual([{ path: ['name'], expected: 'a string' }])
    expect(inner.map((r) => r._tag)).toEqual(['Right', 'Left', 'Right'])
    expect(expectationsOf(inner[1]!)).toEqual([{ path: ['flag'], expected: 'a boolean' }])
    // and a decode after them all starts clean
    expect(expectationsOf(Everything.fromJson({ name: 'Ab', tags: [1] }))).toEqual([{ path: ['tags', 0], expected: 'a string' }])
  })

  it('refuses null entries in lists and maps', () => {
    expect(expectationsOf(Everything.fromJson({ name: 'Ab', tags: ['a', null] }))).toEqual([{ path: ['tags', 1], expected: 'a value (lists have no null entries)' }])
    expect(expectationsOf(Everything.fromJson({ name: 'Ab', labels: { k: null } }))).toEqual([{ path: ['labels', 'k'], expected: 'a value (maps have no null entries)' }])
  })

  it('takes exactly one member of a union, null members counting as absent', () => {
    expect(rightOf(Everything.fromJson({ name: 'Ab', choice: { text: 't', number: null } })).choice).toEqual({ text: 't' })
    expect(expectationsOf(Everything.fromJson({ name: 'Ab', choice: {} }))).toEqual([{ path: ['choice'], expected: 'exactly one of text, number, inner' }])
    expect(expectationsOf(Everything.fromJson({ name: 'Ab', choice: { text: 't', number: 1 } }))).toEqual([
      { path: ['choice'], expected: 'exactly one of text, number, inner' }
    ])
    expect(expectationsOf(Everything.fromJson({ name: 'Ab', choice: 'text' }))).toEqual([{ path: ['choice'], expected: 'an object (Choice)' }])
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
    expect(expectationsOf(StrictEverything.fromJson(bad))).toEqual([
      { path: ['name'], expected: 'length between 2 and 8' },
      { path: ['color'], expected: 'one of "RED", "GREEN", "BLUE"' },
      { path: ['count'], expected: 'a value between -5 and 100' },
      { path: ['tags'], expected: 'size at most 5' }
    ])
  })

  it('keeps an unknown enum value as a string in lenient mode', () => {
    expect(rightOf(Everything.fromJson({ name: 'Ab', color: 'PURPLE' })).color).toBe('PURPLE')
  })

  it('checks a pattern in strict mode, length first', () => {
    expect(expectationsOf(StrictEverything.fromJson({ name: 'abc' }))).toEqual([{ path: ['name'], expected: 'a string matching the pattern ^[A-Z][a-z0-9]*$' }])
    expect(expectationsOf(StrictEverything.fromJson({ name: 'Abcdefghi' }))).toEqual([{ path: ['name'], expected: 'length between 2 and 8' }])
  })

  it('lets each call choose the mode', () => {
    expect(E.isLeft(Everything.fromJson(bad, { strict: true }))).toBe(true)
    expect(E.isRight(StrictEverything.fromJson(bad, { strict: false }))).toBe(true)
    expect(E.isLeft(StrictEverything.fromJson(bad, {}))).toBe(true)
  })

  it('checks the default of a member like any value in strict mode, but fills it whatever the mode', () => {
    expect(rightOf(StrictEverything.fromJson({ name: 'Ab' })).retries).toBe(3)
    expect(expectationsOf(StrictEverything.fromJson({ name: 'Ab', retries: 11 }))).toEqual([{ path: ['retries'], expected: 'a value between 0 and 10' }])
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
    expect(expectationsOf(I.fromJson({ n: 2147483648 }))).toEqual([{ path: ['n'], expected: INT32 }])
    expect(expectationsOf(I.fromJson({ n: -2147483649 }))).toEqual([{ path: ['n'], expected: INT32 }])
  })

  it('refuses fractions, non-finite numbers and numeric strings', () => {
    expect(expectationsOf(I.fromJson({ n: 1.5 }))).toEqual([{ path: ['n'], expected: INT32 }])
    expect(expectationsOf(I.fromJson({ n: Number.NaN }))).toEqual([{ path: ['n'], expected: INT32 }])
    expect(expectationsOf(I.fromJson({ n: Number.POSITIVE_INFINITY }))).toEqual([{ path: ['n'], expected: INT32 }])
    expect(expectationsOf(I.fromJson({ n: '1' }))).toEqual([{ path: ['n'], expected: INT32 }])
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
        expect(expectationsOf(Everything.fromJson(json))).toEqual([{ path: ['name'], expected: 'a value (the member is required)' }])
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
      'x.items[0].label: expected a string, got 2',
      'xs[1].name: expected a value (the member is required), got nothing',
      'xs[1].inner.label: expected a value (the member is required), got nothing'
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

describe('JSON decoders compiled in the test', () => {
  it('say what a timestamp of each format expects when given the wrong kind', () => {
    expect(expectationsOf(shape(S.timestamp('date-time')).fromJson(1000))).toEqual([{ path: [], expected: describeFormat('date-time') }])
    expect(expectationsOf(shape(S.timestamp('http-date')).fromJson(1000))).toEqual([{ path: [], expected: describeFormat('http-date') }])
    expect(expectationsOf(shape(S.timestamp('epoch-seconds')).fromJson('1'))).toEqual([
      { path: [], expected: describeFormat('epoch-seconds') }
    ])
  })

  it('encode each timestamp format as its wire value', () => {
    const d = new Date(Date.UTC(2014, 3, 29, 18, 30, 38, 123))
    expect(shape(S.timestamp('date-time')).toJson(d)).toBe('2014-04-29T18:30:38.123Z')
    expect(shape(S.timestamp('http-date')).toJson(d)).toBe('Tue, 29 Apr 2014 18:30:38.123 GMT')
    expect(shape(S.timestamp('epoch-seconds')).toJson(d)).toBe(1398796238.123)
  })

  it('say "a string" for an enum given something else, in both modes', () => {
    expect(expectationsOf(shape(S.enums(['A'])).fromJson(1))).toEqual([{ path: [], expected: 'a string' }])
    expect(expectationsOf(shape(S.enums(['A']), { mode: 'strict' }).fromJson(1))).toEqual([{ path: [], expected: 'a string' }])
  })

  it('check list and map sizes in strict mode only', () => {
    const L = S.list(S.string(), { length: { max: 1 } })
    const M = S.map(S.string(), S.string(), { length: { max: 1 } })
    expect(shape(L).fromJson(['a', 'b'])).toEqual(E.right(['a', 'b']))
    expect(expectationsOf(shape(L, { mode: 'strict' }).fromJson(['a', 'b']))).toEqual([{ path: [], expected: 'size at most 1' }])
    expect(shape(M).fromJson({ a: 'x', b: 'y' })).toEqual(E.right({ a: 'x', b: 'y' }))
    expect(expectationsOf(shape(M, { mode: 'strict' }).fromJson({ a: 'x', b: 'y' }))).toEqual([{ path: [], expected: 'size at most 1' }])
  })

  it('refuse an undefined map value as a missing entry', () => {
    expect(expectationsOf(shape(S.map(S.string(), S.string())).fromJson({ a: undefined }))).toEqual([{ path: ['a'], expected: 'a value (maps have no null entries)' }])
  })

  it('stop reading a list after 100 wrong entries, however long it claims to be', () => {
    const sparse: Array<unknown> = []
    sparse.length = 2 ** 32 - 1
    const r = shape(S.list(S.integer())).fromJson(sparse)
    expect(messages(r)).toHaveLength(100)
    expect(expectationsOf(r)[99]).toEqual({ path: [99], expected: 'a value (lists have no null entries)' })
  })

  it('fill a default into the generated decoder’s output', () => {
    const D = shape(S.structure('D', { n: S.withDefault(S.integer(), 7), s: S.optional(S.string()) }))
    expect(D.fromJson({})).toStrictEqual(E.right({ n: 7 }))
    expect(D.fromJson({ n: null, s: 'x' })).toStrictEqual(E.right({ n: 7, s: 'x' }))
    expect(D.fromJson({ n: 1 })).toStrictEqual(E.right({ n: 1 }))
  })

  it('keep a structure member named __proto__ as data', () => {
    const P = shape(S.structure('P', Object.fromEntries([['__proto__', S.optional(S.string())]]) as never))
    const r = P.fromJson(JSON.parse('{"__proto__":"x"}'))
    expect(E.isRight(r)).toBe(true)
    const v = (r as E.Right<object>).right
    expect(Object.getPrototypeOf(v)).toBe(Object.prototype)
    expect(Object.getOwnPropertyDescriptor(v, '__proto__')?.value).toBe('x')
  })

  it('guard unions without throwing on null, and structures by their required members', () => {
    const U = S.union('U', { a: S.optional(S.string()) })
    expect(guardOf(U.ast)(null)).toBe(false)
    expect(guardOf(U.ast)({ a: 'x' })).toBe(true)
    const D = S.structure('D2', { n: S.withDefault(S.integer(), 7) })
    expect(guardOf(D.ast)({})).toBe(false)
    expect(guardOf(D.ast)({ n: 1 })).toBe(true)
    expect(shape(D).is({})).toBe(false)
  })

  it('give a shape made in the test its Standard Schema property', () => {
    const s = shape(S.structure('Q', { a: S.required(S.string()) }))
    expect(s['~standard'].vendor).toBe('ivschat-codecs')
    expect(s['~standard'].validate({ a: 'x' })).toEqual({ value: { a: 'x' } })
    expect(s['~standard'].validate({})).toEqual({ issues: [{ path: ['a'], message: 'expected a value (the member is required), got nothing' }] })
  })
})

describe('setKey and reader', () => {

  it('keeps __proto__ map entries as data when decoding and encoding', () => {
    const m = shape(Labels)
    const u = JSON.parse('{"__proto__": 1, "a": 2}') as unknown
    const r = m.fromJson(u)
    expect(E.isRight(r)).toBe(true)
    const v = (r as E.Right<Record<string, number>>).right
    expect(Object.getPrototypeOf(v)).toBe(Object.prototype)
    expect(Object.keys(v)).toEqual(['__proto__', 'a'])
    expect(Object.getOwnPropertyDescriptor(v, '__proto__')?.value).toBe(1)
    const back = m.toJson(v) as Record<string, unknown>
    expect(Object.getOwnPropertyDescriptor(back, '__proto__')?.value).toBe(1)
    expect(Object.getPrototypeOf(back)).toBe(Object.prototype)
  })

  it('reads inherited names from own properties only, and other names directly', () => {
    expect(reader('toString')({})).toBeUndefined()
    expect(reader('toString')({ toString: 'x' })).toBe('x')
    const child = Object.create({ a: 1 }) as Record<string, unknown>
    expect(reader('a')(child)).toBe(1)
  })

  it('counts only non-null, non-array objects as records', () => {
    expect(isRecord({})).toBe(true)
    expect(isRecord([])).toBe(false)
    expect(isRecord(null)).toBe(false)
    expect(isRecord('x')).toBe(false)
  })
})

describe('decoder issues', () => {
  it('lists and maps refuse null and missing entries, naming them', () => {
    expect(expectationsOf(shape(Ints).fromJson([1, null]))).toEqual([{ path: [1], expected: 'a value (lists have no null entries)' }])
    expect(expectationsOf(shape(Labels).fromJson({ a: null }))).toEqual([{ path: ['a'], expected: 'a value (maps have no null entries)' }])
    expect(expectationsOf(shape(Ints).fromJson({}))).toEqual([{ path: [], expected: 'an array (Ints)' }])
    expect(expectationsOf(shape(Labels).fromJson([]))).toEqual([{ path: [], expected: 'an object (IntMap)' }])
    expect(expectationsOf(shape(Labels).fromJson(null))).toEqual([{ path: [], expected: 'an object (IntMap)' }])
  })

  it('reports a wrong entry of a list at its index, and keeps decoding the rest', () => {
    expect(expectationsOf(shape(Ints).fromJson(['a', 1, 'b']))).toEqual([
      { path: [0], expected: INT32 },
      { path: [2], expected: INT32 }
    ])
    expect(shape(Ints).fromJson([1, 2])).toEqual(E.right([1, 2]))
  })

  it('checks map keys in strict mode, and map size', () => {
    const strict = shape(ColorKeys, { mode: 'strict' })
    expect(expectationsOf(strict.fromJson({ GREEN: 'x' }))).toEqual([{ path: ['GREEN'], expected: 'one of "RED", "BLUE"' }])
    expect(expectationsOf(strict.fromJson({ RED: 'x', BLUE: 'y' }))).toEqual([{ path: [], expected: 'size at most 1' }])
    expect(strict.fromJson({ RED: 'x' })).toEqual(E.right({ RED: 'x' }))
    expect(shape(ColorKeys).fromJson({ GREEN: 'x', RED: 'y' })).toEqual(E.right({ GREEN: 'x', RED: 'y' }))
    expect(expectationsOf(strict.fromJson({ GREEN: 1 }))).toEqual([{ path: ['GREEN'], expected: 'one of "RED", "BLUE"' }, { path: ['GREEN'], expected: 'a string' }])
  })

  it('names every member a union could set when it sets none or several', () => {
    const u = shape(Pick)
    expect(expectationsOf(u.fromJson({}))).toEqual([{ path: [], expected: 'exactly one of a, b, c' }])
    expect(expectationsOf(u.fromJson({ a: 'x', c: true }))).toEqual([{ path: [], expected: 'exactly one of a, b, c' }])
    expect(expectationsOf(u.fromJson({ a: 'x', b: 1, c: true }))).toEqual([{ path: [], expected: 'exactly one of a, b, c' }])
    expect(expectationsOf(u.fromJson({ a: null, b: 1 }))).toEqual([])
    expect(expectationsOf(u.fromJson({ b: 'x' }))).toEqual([{ path: ['b'], expected: INT32 }])
    expect(expectationsOf(u.fromJson([]))).toEqual([{ path: [], expected: 'an object (Pick)' }])
    expect(u.fromJson({ b: 2 })).toEqual(E.right({ b: 2 }))
  })

  it('keeps a union member named __proto__ as data', () => {
    const P = shape(S.union('P', Object.fromEntries([['__proto__', S.optional(S.string())], ['b', S.optional(S.integer())]]) as unknown as Parameters<typeof S.union>[1]))
    const r = P.fromJson(JSON.parse('{"__proto__":"x"}'))
    expect(E.isRight(r) && Object.getOwnPropertyDescriptor(r.right, '__proto__')?.value).toBe('x')
    expect(E.isRight(r) && Object.getPrototypeOf(r.right)).toBe(Object.prototype)
  })

  it('decodes booleans and nothing else as booleans', () => {
    const B = shape(S.boolean())
    expect(B.fromJson(false)).toEqual(E.right(false))
    expect(expectationsOf(B.fromJson('true'))).toEqual([{ path: [], expected: 'a boolean' }])
    expect(expectationsOf(B.fromJson(0))).toEqual([{ path: [], expected: 'a boolean' }])
  })

  it('decodes each timestamp format only from its own wire type', () => {
    const D = shape(S.timestamp('date-time'))
    const H = shape(S.timestamp('http-date'))
    const N = shape(S.timestamp('epoch-seconds'))
    expect(D.fromJson('1970-01-01T00:00:01Z')).toEqual(E.right(new Date(1000)))
    expect(H.fromJson('Thu, 01 Jan 1970 00:00:01 GMT')).toEqual(E.right(new Date(1000)))
    expect(N.fromJson(1)).toEqual(E.right(new Date(1000)))
    expect(E.isLeft(D.fromJson(1000))).toBe(true)
    expect(E.isLeft(H.fromJson(1000))).toBe(true)
    expect(E.isLeft(N.fromJson('1'))).toBe(true)
    expect(E.isLeft(D.fromJson('Thu, 01 Jan 1970 00:00:01 GMT'))).toBe(true)
    expect(E.isLeft(H.fromJson('1970-01-01T00:00:01Z'))).toBe(true)
    expect(E.isLeft(N.fromJson(Number.NaN))).toBe(true)
  })

  it('checks a string pattern and an enum in strict mode', () => {
    expect(expectationsOf(StrictEverything.fromJson({ name: 'abc' }))).toEqual([{ path: ['name'], expected: 'a string matching the pattern ^[A-Z][a-z0-9]*$' }])
    expect(expectationsOf(StrictEverything.fromJson({ name: 'Abc', color: 'PINK' }))).toEqual([{ path: ['color'], expected: 'one of "RED", "GREEN", "BLUE"' }])
    expect(expectationsOf(StrictEverything.fromJson({ name: 'Abc', color: 1 }))).toEqual([{ path: ['color'], expected: 'a string' }])
    expect(expectationsOf(Everything.fromJson({ name: 'Abc', color: 1 }))).toEqual([{ path: ['color'], expected: 'a string' }])
    expect(expectationsOf(StrictEverything.fromJson({ name: 'Abc', count: 101 }))).toEqual([{ path: ['count'], expected: 'a value between -5 and 100' }])
    expect(expectationsOf(StrictEverything.fromJson({ name: 'Abc', tags: ['a', 'b', 'c', 'd', 'e', 'f'] }))).toEqual([{ path: ['tags'], expected: 'size at most 5' }])
    expect(expectationsOf(StrictEverything.fromJson({ name: 7 }))).toEqual([{ path: ['name'], expected: 'a string' }])
  })
})

describe('encoder', () => {
  it('writes members in declaration order, leaves out absent and undefined ones, and encodes nested values', () => {
    const enc = encoderOf(Everything.ast)
    const out = enc({ retries: 1, name: 'Abc', count: undefined, items: [{ label: 'x', weight: 2 }], labels: { a: 1 }, choice: { text: 't' } }) as Record<string, unknown>
    expect(Object.keys(out)).toEqual(['name', 'labels', 'choice', 'items', 'retries'])
    expect(out).toEqual({ name: 'Abc', labels: { a: 1 }, choice: { text: 't' }, items: [{ label: 'x', weight: 2 }], retries: 1 })
  })

  it('writes a member named like an Object.prototype property only when it is an own property', () => {
    const T = S.structure('T', { toString: S.optional(S.string()), valueOf: S.optional(S.string()) })
    expect(encoderOf(T.ast)({})).toEqual({})
    expect(encoderOf(T.ast)({ toString: 'x' })).toEqual({ toString: 'x' })
    const inherited = Object.create({ toString: 'inherited' }) as Record<string, unknown>
    expect(encoderOf(T.ast)(inherited)).toEqual({})
  })
})

describe('guards', () => {
  it('check each kind, and every member and entry', () => {
    expect(guardOf(S.string().ast)('x')).toBe(true)
    expect(guardOf(S.string().ast)(1)).toBe(false)
    expect(guardOf(S.enums(['A']).ast)('B')).toBe(true)
    expect(guardOf(S.enums(['A']).ast)(1)).toBe(false)
    expect(guardOf(S.integer().ast)(1)).toBe(true)
    expect(guardOf(S.integer().ast)(1.5)).toBe(false)
    expect(guardOf(S.integer().ast)('1')).toBe(false)
    expect(guardOf(S.boolean().ast)(true)).toBe(true)
    expect(guardOf(S.boolean().ast)('true')).toBe(false)
    expect(guardOf(S.timestamp('date-time').ast)(new Date(0))).toBe(true)
    expect(guardOf(S.timestamp('date-time').ast)(new Date(Number.NaN))).toBe(false)
    expect(guardOf(S.timestamp('date-time').ast)(0)).toBe(false)
    expect(guardOf(Ints.ast)([1, 2])).toBe(true)
    expect(guardOf(Ints.ast)([1, 'x'])).toBe(false)
    expect(guardOf(Ints.ast)({})).toBe(false)
    expect(guardOf(Labels.ast)({ a: 1 })).toBe(true)
    expect(guardOf(Labels.ast)({ a: 1, b: 'x' })).toBe(false)
    expect(guardOf(Labels.ast)([])).toBe(false)
    expect(guardOf(Labels.ast)(null)).toBe(false)
  })

  it('check structures: required members present, optional ones of the right kind when set', () => {
    const g = guardOf(Inner.ast)
    expect(g({ label: 'x' })).toBe(true)
    expect(g({ label: 'x', weight: 1 })).toBe(true)
    expect(g({ label: 'x', weight: 'w' })).toBe(false)
    expect(g({ weight: 1 })).toBe(false)
    expect(g({ label: 1 })).toBe(false)
    expect(g([])).toBe(false)
    expect(g(Object.create({ label: 'x' }))).toBe(false)
  })

  it('check unions: exactly one member set, of the right kind', () => {
    const g = guardOf(Choice.ast)
    expect(g({ text: 'x' })).toBe(true)
    expect(g({ number: 'x' })).toBe(false)
    expect(g({})).toBe(false)
    expect(g({ text: 'x', number: 1 })).toBe(false)
    expect(g({ text: 'x', number: undefined })).toBe(true)
    expect(g('x')).toBe(false)
    expect(g(Object.create({ text: 'x' }))).toBe(false)
  })
})

describe('the io-ts codec', () => {
  it('is named after the declaration, guards, validates and encodes', () => {
    const c = codecOf(Inner.ast, 'lenient')
    expect(c.name).toBe('Inner')
    expect(c.is({ label: 'x' })).toBe(true)
    expect(c.is({})).toBe(false)
    expect(c.decode({ label: 'x', extra: 1 })).toEqual(E.right({ label: 'x' }))
    expect(c.encode({ label: 'x', weight: 1 })).toEqual({ label: 'x', weight: 1 })
    expect(codecOf(S.timestamp('epoch-seconds').ast, 'strict').encode(new Date(1500))).toBe(1.5)
  })

  it('decodes strictly or leniently as asked', () => {
    const value = { name: 'abc' }
    expect(E.isRight(codecOf(Everything.ast, 'lenient').decode(value))).toBe(true)
    expect(E.isLeft(codecOf(Everything.ast, 'strict').decode(value))).toBe(true)
  })

  it('gives its errors the io-ts context: the root entry, then one entry per level', () => {
    const c = codecOf(Everything.ast, 'lenient')
    const r = c.decode({ name: 'Abc', inner: { label: 5 } })
    expect(E.isLeft(r)).toBe(true)
    const [error] = (r as E.Left<t.Errors>).left
    expect(error!.context.map((e) => [e.key, e.type.name])).toEqual([
      ['', 'Everything'],
      ['inner', 'Inner'],
      ['label', 'string']
    ])
    expect(error!.context.map((e) => e.actual)).toEqual([{ name: 'Abc', inner: { label: 5 } }, { label: 5 }, 5])
    expect(error!.value).toBe(5)
  })
})

describe('runDecoder', () => {
  it('returns the decoded value, or errors rooted at the node with the given input as the root actual', () => {
    const decode = decoderOf(Inner.ast, 'lenient')
    expect(runDecoder(Inner.ast, 'lenient', decode, { label: 'x' })).toEqual(t.success({ label: 'x' }))
    const r = runDecoder(Inner.ast, 'lenient', decode, { label: 1 }, '<Inner><label>1</label></Inner>')
    expect(E.isLeft(r)).toBe(true)
    const errors = (r as E.Left<t.Errors>).left
    expect(expectations(errors)).toEqual([{ path: ['label'], expected: 'a string' }])
    expect(errors[0]!.context[0]).toMatchObject({ key: '', actual: '<Inner><label>1</label></Inner>' })
    expect(errors[0]!.context[0]!.type.name).toBe('Inner')
  })

  it('pushes one issue per failing member and returns FAIL from the internal decoder', () => {
    const issues: Array<Issue> = []
    expect(decoderOf(Both.ast, 'lenient')({ a: 1, b: 'x' }, issues)).toBe(FAIL)
    expect(issues.map((i) => [i.expected, i.path])).toEqual([
      ['a string', ['a']],
      ['a 32-bit integer', ['b']]
    ])
  })
})

describe('defaults', () => {
  it('refuse a declaration whose default does not fit, naming the member', () => {
    const Bad = S.structure('Bad', { n: S.withDefault(S.integer(), 'x' as unknown as number) })
    expect(() => decoderOf(Bad.ast, 'lenient')({}, [])).toThrow('the default of member n does not fit its declaration')
  })
})
