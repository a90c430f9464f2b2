/**
 * Exact behaviour of the JSON interpreter (`Json.ts`): messages, property descriptors, guards,
 * the io-ts codec's parts and the context of its errors. Written against surviving mutants; each
 * test states a behaviour, not a mutant.
 */
import * as E from 'fp-ts/lib/Either.js'
import * as t from 'io-ts'
import { describe, expect, it } from 'vitest'
import { codecOf, decoderOf, encoderOf, guardOf, isRecord, reader, runDecoder, setKey } from '../../src/codecs/Json.js'
import { FAIL, type Issue } from '../../src/codecs/Issue.js'
import * as S from '../../src/codecs/Schema.js'
import { shape } from '../../src/codecs/Shape.js'
import { Choice, Everything, Inner, StrictEverything } from '../support/schemas.js'

const messages = (r: E.Either<t.Errors, unknown>): Array<string> => (E.isRight(r) ? [] : r.left.map((e) => e.message ?? ''))

const Labels = S.map(S.string(), S.integer(), { shapeId: 'test#IntMap' })
const ColorKeys = S.map(S.enums(['RED', 'BLUE']), S.string(), { shapeId: 'test#ColorKeys', length: { max: 1 } })
const Ints = S.list(S.integer(), { shapeId: 'test#Ints' })
const Both = S.structure('Both', { a: S.optional(S.string()), b: S.optional(S.integer()) })
const Pick = S.union('Pick', { a: S.optional(S.string()), b: S.optional(S.integer()), c: S.optional(S.boolean()) })

describe('setKey and reader', () => {
  it('sets __proto__ as a plain, writable, enumerable, configurable own property', () => {
    const o: Record<string, unknown> = {}
    setKey(o, '__proto__', 5)
    expect(Object.getPrototypeOf(o)).toBe(Object.prototype)
    expect(Object.getOwnPropertyDescriptor(o, '__proto__')).toEqual({ value: 5, enumerable: true, writable: true, configurable: true })
    setKey(o, 'a', 1)
    expect(Object.getOwnPropertyDescriptor(o, 'a')).toEqual({ value: 1, enumerable: true, writable: true, configurable: true })
  })

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

describe('decoder messages', () => {
  it('lists and maps refuse null and missing entries, naming them', () => {
    expect(messages(shape(Ints).fromJson([1, null]))).toEqual(['[1]: expected a value (lists have no null entries), got null'])
    expect(messages(shape(Labels).fromJson({ a: null }))).toEqual(['a: expected a value (maps have no null entries), got null'])
    expect(messages(shape(Ints).fromJson({}))).toEqual(['(root): expected an array (Ints), got an object'])
    expect(messages(shape(Labels).fromJson([]))).toEqual(['(root): expected an object (IntMap), got an array'])
    expect(messages(shape(Labels).fromJson(null))).toEqual(['(root): expected an object (IntMap), got null'])
  })

  it('reports a wrong entry of a list at its index, and keeps decoding the rest', () => {
    expect(messages(shape(Ints).fromJson(['a', 1, 'b']))).toEqual([
      '[0]: expected a 32-bit integer, got "a"',
      '[2]: expected a 32-bit integer, got "b"'
    ])
    expect(shape(Ints).fromJson([1, 2])).toEqual(E.right([1, 2]))
  })

  it('checks map keys in strict mode, and map size', () => {
    const strict = shape(ColorKeys, { mode: 'strict' })
    expect(messages(strict.fromJson({ GREEN: 'x' }))).toEqual(['GREEN: expected one of "RED", "BLUE", got "GREEN"'])
    expect(messages(strict.fromJson({ RED: 'x', BLUE: 'y' }))).toEqual(['(root): expected size at most 1, got size 2'])
    expect(strict.fromJson({ RED: 'x' })).toEqual(E.right({ RED: 'x' }))
    expect(shape(ColorKeys).fromJson({ GREEN: 'x', RED: 'y' })).toEqual(E.right({ GREEN: 'x', RED: 'y' }))
    expect(messages(strict.fromJson({ GREEN: 1 }))).toEqual(['GREEN: expected one of "RED", "BLUE", got "GREEN"', 'GREEN: expected a string, got 1'])
  })

  it('names every member a union could set when it sets none or several', () => {
    const u = shape(Pick)
    expect(messages(u.fromJson({}))).toEqual(['(root): expected exactly one of a, b, c, got none of them'])
    expect(messages(u.fromJson({ a: 'x', c: true }))).toEqual(['(root): expected exactly one of a, b, c, got 2 members (a, c)'])
    expect(messages(u.fromJson({ a: 'x', b: 1, c: true }))).toEqual(['(root): expected exactly one of a, b, c, got 3 members (a, b, c)'])
    expect(messages(u.fromJson({ a: null, b: 1 }))).toEqual([])
    expect(messages(u.fromJson({ b: 'x' }))).toEqual(['b: expected a 32-bit integer, got "x"'])
    expect(messages(u.fromJson([]))).toEqual(['(root): expected an object (Pick), got an array'])
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
    expect(messages(B.fromJson('true'))).toEqual(['(root): expected a boolean, got "true"'])
    expect(messages(B.fromJson(0))).toEqual(['(root): expected a boolean, got 0'])
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

  it('checks a string pattern and an enum in strict mode with exact messages', () => {
    expect(messages(StrictEverything.fromJson({ name: 'abc' }))).toEqual(['name: expected a string matching the pattern ^[A-Z][a-z0-9]*$, got a string of length 3 that does not match'])
    expect(messages(StrictEverything.fromJson({ name: 'Abc', color: 'PINK' }))).toEqual(['color: expected one of "RED", "GREEN", "BLUE", got "PINK"'])
    expect(messages(StrictEverything.fromJson({ name: 'Abc', color: 1 }))).toEqual(['color: expected a string, got 1'])
    expect(messages(Everything.fromJson({ name: 'Abc', color: 1 }))).toEqual(['color: expected a string, got 1'])
    expect(messages(StrictEverything.fromJson({ name: 'Abc', count: 101 }))).toEqual(['count: expected a value between -5 and 100, got 101'])
    expect(messages(StrictEverything.fromJson({ name: 'Abc', tags: ['a', 'b', 'c', 'd', 'e', 'f'] }))).toEqual(['tags: expected size at most 5, got size 6'])
    expect(messages(StrictEverything.fromJson({ name: 7 }))).toEqual(['name: expected a string, got 7'])
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
    expect(errors.map((e) => e.message)).toEqual(['label: expected a string, got 1'])
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
