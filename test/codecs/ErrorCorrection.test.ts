/**
 * Client error correction (Smithy spec, aggregate types, "Client error correction"): with
 * `errorCorrection: true`, lenient decoding fills a missing (or `null`) `@required` member with
 * its zero value instead of failing: boolean false, numbers 0, timestamp 0 seconds since the
 * epoch, string "", list [], map {}, enum and union their unknown variant, structure {} "if
 * possible, otherwise a deserialization error" (here: `{}` decoded with error correction, so its
 * own required members are zero-filled; impossible only for a cycle of required structures).
 * Strict mode ignores the flag: a server must refuse such input. Which responses ask for it is a
 * protocol's decision; this file tests the mechanism.
 */
import { describe, it, expect, expectTypeOf } from 'vitest'
import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import type * as t from 'io-ts'
import * as S from '../../src/codecs/Schema.js'
import { compileMembers, decodeMembers, decoderOf, zeroOf } from '../../src/codecs/Json.js'
import { xmlDecoderOf } from '../../src/codecs/Xml.js'
import { shape } from '../../src/codecs/Shape.js'
import { AccessDeniedException, ResourceNotFoundException, ThrottlingException, ValidationException, toIssues } from '../../src/index.js'
import { arbitraryOf } from '../support/arbitrary.js'
import { leftOf, rightOf } from '../support/either.js'

const corrected = { errorCorrection: true } as const
const pathsOf = <A>(r: E.Either<t.Errors, A>): ReadonlyArray<ReadonlyArray<string | number>> => toIssues(leftOf(r)).map((i) => i.path)

const Inner = S.structure('Inner', {
  label: S.required(S.string()),
  weight: S.withDefault(S.integer(), 5),
  note: S.optional(S.string())
})

/** Every kind of node as a required member. */
const AllRequired = shape(
  S.structure('AllRequired', {
    text: S.required(S.string()),
    color: S.required(S.enums(['RED', 'GREEN'])),
    count: S.required(S.integer()),
    flag: S.required(S.boolean()),
    seconds: S.required(S.timestamp('epoch-seconds')),
    iso: S.required(S.timestamp('date-time')),
    http: S.required(S.timestamp('http-date')),
    tags: S.required(S.list(S.string())),
    labels: S.required(S.map(S.string(), S.integer())),
    inner: S.required(Inner),
    pick: S.required(S.union('Pick', { a: S.optional(S.string()), b: S.optional(S.integer()) })),
    retries: S.withDefault(S.integer(), 3),
    extra: S.optional(S.string())
  })
)

const zeros = {
  text: '',
  color: '',
  count: 0,
  flag: false,
  seconds: new Date(0),
  iso: new Date(0),
  http: new Date(0),
  tags: [],
  labels: {},
  inner: { label: '', weight: 5 },
  pick: { $unknown: ['', undefined] },
  retries: 3
}

describe('error correction fills missing required members with their zero values', () => {
  it('for every kind of node, defaults still taking precedence', () => {
    expect(rightOf(AllRequired.fromJson({}, corrected))).toEqual(zeros)
  })

  it('for members that are null, as for absent ones', () => {
    const nulls = Object.fromEntries(Object.keys(zeros).map((k) => [k, null]))
    expect(rightOf(AllRequired.fromJson(nulls, corrected))).toEqual(zeros)
  })

  it('in nested structures, lists of structures and XML alike', () => {
    expect(rightOf(AllRequired.fromJson({ inner: {} }, corrected)).inner).toEqual({ label: '', weight: 5 })
    const L = shape(S.structure('L', { items: S.optional(S.list(Inner)) }))
    expect(rightOf(L.fromJson({ items: [{}, { label: 'x' }] }, corrected))).toEqual({ items: [{ label: '', weight: 5 }, { label: 'x', weight: 5 }] })
    expect(rightOf(AllRequired.fromXml('<AllRequired><count>7</count><inner><note>n</note></inner></AllRequired>', corrected))).toEqual({
      ...zeros,
      count: 7,
      inner: { label: '', weight: 5, note: 'n' }
    })
  })

  it('keeps the values that are there', () => {
    const r = rightOf(AllRequired.fromJson({ text: 't', color: 'BLUE', tags: ['a'], pick: { b: 2 } }, corrected))
    expect(r).toEqual({ ...zeros, text: 't', color: 'BLUE', tags: ['a'], pick: { b: 2 } })
  })

  it('gives a fresh zero value on each decode', () => {
    const a = rightOf(AllRequired.fromJson({}, corrected))
    const b = rightOf(AllRequired.fromJson({}, corrected))
    expect(a.seconds).not.toBe(b.seconds)
    expect(a.tags).not.toBe(b.tags)
    expect(a.inner).not.toBe(b.inner)
  })

  it('does not correct a member that is present with the wrong kind', () => {
    expect(pathsOf(AllRequired.fromJson({ count: 'seven', inner: { label: 1 } }, corrected))).toEqual([['count'], ['inner', 'label']])
  })

  it('is off by default, and strict mode ignores it', () => {
    const wire = { color: 'RED', count: 1, flag: true, seconds: 0, iso: '1970-01-01T00:00:00Z', http: 'Thu, 01 Jan 1970 00:00:00 GMT', tags: [], labels: {}, inner: { label: 'l' }, pick: { a: 'x' } }
    expect(pathsOf(AllRequired.fromJson(wire))).toEqual([['text']])
    expect(pathsOf(AllRequired.fromJson(wire, { strict: true, errorCorrection: true }))).toEqual([['text']])
    expect(pathsOf(shape(AllRequired.schema, { mode: 'strict' }).fromJson(wire, corrected))).toEqual([['text']])
    expect(rightOf(AllRequired.fromJson(wire, corrected)).text).toBe('')
  })

  it('has no zero value for a cycle of required structures (Smithy: "otherwise a deserialization error")', () => {
    // Smithy forbids such a model (and the interpreters do not support recursive declarations);
    // the zero-value computation still ends, with no value.
    const a = { kind: 'structure', name: 'A', members: [] as Array<unknown> }
    const b = { kind: 'structure', name: 'B', members: [{ name: 'a', target: a, required: true }] }
    a.members.push({ name: 'b', target: b, required: true })
    const c = { kind: 'structure', name: 'C', members: [{ name: 'b', target: b, required: false }, { name: 'n', target: { kind: 'integer' }, required: true }] }
    expect(zeroOf(a as unknown as S.AST)).toBeUndefined()
    expect(zeroOf(b as unknown as S.AST)).toBeUndefined()
    expect(zeroOf(c as unknown as S.AST)?.()).toEqual({ n: 0 })
  })

  it('keeps the types truthful: a corrected member is present', () => {
    const r = AllRequired.fromJson({}, corrected)
    expectTypeOf(rightOf(r).text).toEqualTypeOf<string>()
    expectTypeOf(rightOf(r).pick).toExtend<{ readonly $unknown: readonly [string, unknown] } | { readonly a: string } | { readonly b: number }>()
    expect(AllRequired.is(rightOf(r))).toBe(true)
  })

  it('gives the same in the generic member loop (used where code generation is refused)', () => {
    const ast = AllRequired.ast
    const members = compileMembers(ast.kind === 'structure' ? ast.members : [], (a) => decoderOf(a, 'lenient', undefined, true), (a) => decoderOf(a, 'lenient'), undefined, (a) => zeroOf(a))
    expect(decodeMembers(ast, members, { count: 4 }, [], (v) => v === undefined || v === null)).toEqual({ ...zeros, count: 4 })
  })

  it('is compiled once per node, apart from the uncorrected decoder', () => {
    const ast = AllRequired.ast
    expect(decoderOf(ast, 'lenient', undefined, true)).toBe(decoderOf(ast, 'lenient', undefined, true))
    expect(decoderOf(ast, 'lenient', undefined, true)).not.toBe(decoderOf(ast, 'lenient'))
    expect(decoderOf(ast, 'strict', undefined, true)).toBe(decoderOf(ast, 'strict'))
    expect(xmlDecoderOf(ast, 'lenient', undefined, true)).toBe(xmlDecoderOf(ast, 'lenient', undefined, true))
    expect(xmlDecoderOf(ast, 'strict', undefined, true)).toBe(xmlDecoderOf(ast, 'strict'))
  })
})

describe('IVS Chat errors whose bodies lack required members', () => {
  it('ValidationException with body {"message":"m"}', () => {
    expect(ValidationException.fromJson({ message: 'm' }, corrected)).toEqual(E.right({ _tag: 'ValidationException', message: 'm', reason: '' }))
    expect(pathsOf(ValidationException.fromJson({ message: 'm' }))).toEqual([['reason']])
  })

  it('ValidationException whose fieldList entries lack their members', () => {
    expect(rightOf(ValidationException.fromJson({ message: 'm', reason: 'OTHER', fieldList: [{ name: 'n' }] }, corrected)).fieldList).toEqual([{ name: 'n', message: '' }])
  })

  it('ResourceNotFoundException without resourceType', () => {
    expect(ResourceNotFoundException.fromJson({ message: 'gone', resourceId: 'abc' }, corrected)).toEqual(
      E.right({ _tag: 'ResourceNotFoundException', message: 'gone', resourceId: 'abc', resourceType: '' })
    )
  })

  it('errors with an empty body {}', () => {
    expect(AccessDeniedException.fromJson({}, corrected)).toEqual(E.right({ _tag: 'AccessDeniedException', message: '' }))
    expect(ThrottlingException.fromJson({}, corrected)).toEqual(E.right({ _tag: 'ThrottlingException', message: '', resourceId: '', resourceType: '', limit: 0 }))
  })

  it('XML error bodies too', () => {
    const xml = '<ErrorResponse><Error><Message>m</Message></Error></ErrorResponse>'
    expect(ValidationException.fromXml(xml, corrected)).toEqual(E.right({ _tag: 'ValidationException', message: 'm', reason: '' }))
    expect(E.isLeft(ValidationException.fromXml(xml))).toBe(true)
  })
})

describe('properties', () => {
  const requiredNames = ['text', 'color', 'count', 'flag', 'seconds', 'iso', 'http', 'tags', 'labels', 'inner', 'pick'] as const

  it('decode(encode(x)) = x with error correction on: valid input is left alone', () => {
    fc.assert(
      fc.property(arbitraryOf(AllRequired), (x) => {
        expect(AllRequired.fromJson(AllRequired.toJson(x), corrected)).toEqual(E.right(x))
      }),
      { numRuns: 200 }
    )
  })

  it('dropping required members gives their zero values and nothing else changes', () => {
    fc.assert(
      fc.property(arbitraryOf(AllRequired), fc.subarray([...requiredNames]), (x, dropped) => {
        const wire = { ...(AllRequired.toJson(x) as Record<string, unknown>) }
        for (const k of dropped) delete wire[k]
        const r = rightOf(AllRequired.fromJson(wire, corrected))
        const expected: Record<string, unknown> = { ...x }
        for (const k of dropped) expected[k] = zeros[k]
        expect(r).toEqual(expected)
        expect(AllRequired.is(r)).toBe(true)
      }),
      { numRuns: 200 }
    )
  })

  it('never throws on any input, and a Right is a valid value', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything({ maxDepth: 3 }), fc.dictionary(fc.constantFrom(...requiredNames, 'x'), fc.anything({ maxDepth: 2 }))), (u) => {
        const r = AllRequired.fromJson(u, corrected)
        expect(E.isLeft(r) || AllRequired.is(r.right)).toBe(true)
        const v = ValidationException.fromJson(u, corrected)
        expect(E.isLeft(v) || ValidationException.is(v.right)).toBe(true)
      }),
      { numRuns: 200 }
    )
  })
})
