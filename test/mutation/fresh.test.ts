/**
 * Behaviour decided when a declaration is compiled (expected-value texts, mode-dependent checks,
 * generated code), checked on declarations made inside each test, so that each test compiles
 * them itself. Also the exact data the schema constructors build. Written against surviving
 * mutants; each test states a behaviour, not a mutant.
 */
import * as E from 'fp-ts/lib/Either.js'
import type * as t from 'io-ts'
import { describe, expect, it } from 'vitest'
import { guardOf } from '../../src/codecs/Json.js'
import { toIssues } from '../../src/codecs/Report.js'
import * as S from '../../src/codecs/Schema.js'
import { shape } from '../../src/codecs/Shape.js'

const messages = (r: E.Either<t.Errors, unknown>): Array<string> => (E.isRight(r) ? [] : r.left.map((e) => e.message ?? ''))

describe('JSON decoders compiled in the test', () => {
  it('say what a timestamp of each format expects when given the wrong kind', () => {
    expect(messages(shape(S.timestamp('date-time')).fromJson(1000))).toEqual(['(root): expected an RFC 3339 date-time such as 2014-04-29T18:30:38Z, got 1000'])
    expect(messages(shape(S.timestamp('http-date')).fromJson(1000))).toEqual(['(root): expected an IMF-fixdate HTTP date such as Tue, 29 Apr 2014 18:30:38 GMT, got 1000'])
    expect(messages(shape(S.timestamp('epoch-seconds')).fromJson('1'))).toEqual([
      '(root): expected a number of seconds since the Unix epoch such as 1398796238 or 1398796238.123, got "1"'
    ])
  })

  it('encode each timestamp format as its wire value', () => {
    const d = new Date(Date.UTC(2014, 3, 29, 18, 30, 38, 123))
    expect(shape(S.timestamp('date-time')).toJson(d)).toBe('2014-04-29T18:30:38.123Z')
    expect(shape(S.timestamp('http-date')).toJson(d)).toBe('Tue, 29 Apr 2014 18:30:38.123 GMT')
    expect(shape(S.timestamp('epoch-seconds')).toJson(d)).toBe(1398796238.123)
  })

  it('say "a string" for an enum given something else, in both modes', () => {
    expect(messages(shape(S.enums(['A'])).fromJson(1))).toEqual(['(root): expected a string, got 1'])
    expect(messages(shape(S.enums(['A']), { mode: 'strict' }).fromJson(1))).toEqual(['(root): expected a string, got 1'])
  })

  it('check list and map sizes in strict mode only', () => {
    const L = S.list(S.string(), { length: { max: 1 } })
    const M = S.map(S.string(), S.string(), { length: { max: 1 } })
    expect(shape(L).fromJson(['a', 'b'])).toEqual(E.right(['a', 'b']))
    expect(messages(shape(L, { mode: 'strict' }).fromJson(['a', 'b']))).toEqual(['(root): expected size at most 1, got size 2'])
    expect(shape(M).fromJson({ a: 'x', b: 'y' })).toEqual(E.right({ a: 'x', b: 'y' }))
    expect(messages(shape(M, { mode: 'strict' }).fromJson({ a: 'x', b: 'y' }))).toEqual(['(root): expected size at most 1, got size 2'])
  })

  it('refuse an undefined map value as a missing entry', () => {
    expect(messages(shape(S.map(S.string(), S.string())).fromJson({ a: undefined }))).toEqual(['a: expected a value (maps have no null entries), got nothing'])
  })

  it('stop reading a list after 100 wrong entries, however long it claims to be', () => {
    const sparse: Array<unknown> = []
    sparse.length = 2 ** 32 - 1
    const r = shape(S.list(S.integer())).fromJson(sparse)
    expect(messages(r)).toHaveLength(100)
    expect(messages(r)[99]).toBe('[99]: expected a value (lists have no null entries), got nothing')
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

describe('XML decoders compiled in the test', () => {
  it('name what they expected when they get text instead of elements', () => {
    expect(messages(shape(S.list(S.string(), { shapeId: 'x#L' })).fromXml('<l>a</l>'))).toEqual(['(root): expected <member> elements (L), got text'])
    expect(messages(shape(S.map(S.string(), S.string(), { shapeId: 'x#M' })).fromXml('<m>a</m>'))).toEqual(['(root): expected <entry> elements (M), got text'])
    expect(messages(shape(S.structure('St', { a: S.optional(S.string()) })).fromXml('<s>a</s>'))).toEqual(['(root): expected child elements (St), got text'])
    expect(messages(shape(S.union('Un', { a: S.optional(S.string()) })).fromXml('<u>a</u>'))).toEqual(['(root): expected child elements (Un), got text'])
    expect(messages(shape(S.string()).fromXml('<s><i/></s>'))).toEqual(['(root): expected text, got child elements'])
    expect(messages(shape(S.boolean()).fromXml('<s><i/></s>'))).toEqual(['(root): expected true or false, got child elements'])
  })

  it('check list and map sizes in strict mode only', () => {
    const L = S.list(S.string(), { length: { max: 1 } })
    const M = S.map(S.string(), S.string(), { length: { max: 1 } })
    const two = '<l><member>a</member><member>b</member></l>'
    const twoEntries = '<m><entry><key>a</key><value>x</value></entry><entry><key>b</key><value>y</value></entry></m>'
    expect(shape(L).fromXml(two)).toEqual(E.right(['a', 'b']))
    expect(messages(shape(L, { mode: 'strict' }).fromXml(two))).toEqual(['(root): expected size at most 1, got size 2'])
    expect(shape(M).fromXml(twoEntries)).toEqual(E.right({ a: 'x', b: 'y' }))
    expect(messages(shape(M, { mode: 'strict' }).fromXml(twoEntries))).toEqual(['(root): expected size at most 1, got size 2'])
  })
})

describe('reports', () => {
  it('drop the whole path prefix even when a map key looks like a message', () => {
    const M = shape(S.map(S.string(), S.integer()))
    const r = M.fromJson({ 'a: expected b': 'x' })
    expect(E.isLeft(r) && toIssues(r.left)).toEqual([{ path: ['a: expected b'], message: 'expected a 32-bit integer, got "x"' }])
  })

  it('cut a message that starts with ": expected "', () => {
    expect(toIssues([{ value: 1, context: [], message: ': expected x, got y' }])).toEqual([{ path: [], message: 'expected x, got y' }])
  })
})

describe('schema constructors', () => {
  it('build nodes with exactly the keys given', () => {
    expect(Object.keys(S.string().ast)).toEqual(['kind'])
    expect(Object.keys(S.string({ shapeId: 'a#B', length: { min: 1 }, pattern: 'x' }).ast)).toEqual(['kind', 'shapeId', 'length', 'pattern'])
    expect(Object.keys(S.integer().ast)).toEqual(['kind'])
    expect(Object.keys(S.integer({ range: { min: 1 } }).ast)).toEqual(['kind', 'range'])
    expect(Object.keys(S.list(S.string()).ast)).toEqual(['kind', 'member'])
    expect(Object.keys(S.list(S.string(), { length: { max: 2 } }).ast)).toEqual(['kind', 'member', 'length'])
    expect(S.list(S.string(), { length: { max: 2 } }).ast).toStrictEqual({ kind: 'list', member: { kind: 'string' }, length: { max: 2 } })
    expect(Object.keys(S.map(S.string(), S.string()).ast)).toEqual(['kind', 'key', 'value'])
    expect(Object.keys(S.map(S.string(), S.string(), { length: { max: 2 } }).ast)).toEqual(['kind', 'key', 'value', 'length'])
    expect(Object.keys(S.structure('A', {}).ast)).toEqual(['kind', 'name', 'members'])
    expect(Object.keys(S.structure('A', {}, { error: { fault: 'client' } }).ast)).toEqual(['kind', 'name', 'members', 'error'])
    expect(Object.keys(S.boolean({ sensitive: true }).ast)).toEqual(['kind', 'sensitive'])
  })

  it('make a defaulted member required', () => {
    expect(S.withDefault(S.integer(), 1)).toStrictEqual({ schema: S.withDefault(S.integer(), 1).schema, required: true, default: 1 })
  })

  it('name a map by its shape id when it has one', () => {
    expect(S.nameOf(S.map(S.string(), S.string(), { shapeId: 'a.b#Tags' }).ast)).toBe('Tags')
    expect(S.nameOf(S.list(S.string(), { shapeId: 'NoHash' }).ast)).toBe('NoHash')
  })

  it('say what map keys must be', () => {
    expect(() => S.map(S.integer() as never, S.string())).toThrow('map keys must be strings or enums')
  })
})
