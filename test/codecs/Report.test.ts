/**
 * `codecs/Report.ts`: the two renderings of io-ts errors. `toIssues` gives each error's path
 * from its context (indices as numbers only where they index an array) and its message without
 * the path; `drawTree` draws the same errors as a tree for people.
 */
import * as E from 'fp-ts/lib/Either.js'
import * as t from 'io-ts'
import { describe, expect, it } from 'vitest'
import { guardOf } from '../../src/codecs/Json.js'
import { toIssues, pathOfError } from '../../src/codecs/Report.js'
import * as S from '../../src/codecs/Schema.js'
import { shape } from '../../src/codecs/Shape.js'
import { drawTree } from '../../src/index.js'
import { VENDOR } from '../../src/codecs/StandardSchema.js'
import { Everything } from '../support/schemas.js'
import { expectations } from '../support/issues.js'
import { INT32 } from '../../src/codecs/Constraints.js'

const entry = (key: string, actual: unknown, name = 'T'): t.ContextEntry => ({ key, actual, type: new t.Type<unknown>(name, t.unknown.is, t.success, (a) => a) })

const left = <A>(r: E.Either<t.Errors, A>): t.Errors => {
  if (E.isRight(r)) throw new Error('expected a Left')
  return r.left
}

describe('reports', () => {
  it('drop the whole path prefix even when a map key looks like a message', () => {
    const M = shape(S.map(S.string(), S.integer()))
    const r = M.fromJson({ 'a: expected b': 'x' })
    expect(E.isLeft(r) && expectations(r.left)).toEqual([{ path: ['a: expected b'], expected: INT32 }])
  })

  it('cut a message that starts with ": expected "', () => {
    expect(toIssues([{ value: 1, context: [], message: ': expected x, got y' }])).toEqual([{ path: [], message: 'expected x, got y' }])
  })
})

describe('paths of errors', () => {
  it('numbers only the keys that index an array, and only canonical indices', () => {
    const error = (keys: ReadonlyArray<readonly [string, unknown]>): t.ValidationError => ({ value: 0, context: keys.map(([k, a]) => entry(k, a)) })
    expect(pathOfError(error([['', [1, 2]], ['1', 2]]))).toEqual([1])
    expect(pathOfError(error([['', { 1: 2 }], ['1', 2]]))).toEqual(['1'])
    expect(pathOfError(error([['', [1, 2]], ['01', 2]]))).toEqual(['01'])
    expect(pathOfError(error([['', [[5]]], ['0', [5]], ['0', 5]]))).toEqual([0, 0])
    expect(pathOfError(error([['', [1]], ['10', 2]]))).toEqual([10])
    expect(pathOfError(error([['', [1]], ['a1', 2]]))).toEqual(['a1'])
    expect(pathOfError(error([['', [1]]]))).toEqual([])
  })
})

describe('messages of errors', () => {
  it('makes one from the context when an error has none, without showing the value', () => {
    const errors: t.Errors = [{ value: 'secret', context: [entry('', {}, 'Outer'), entry('x', 'secret', 'Inner')] }]
    expect(toIssues(errors)).toEqual([{ path: ['x'], message: 'expected Inner, got a string' }])
  })

  it('says "a valid value" when the context is empty too', () => {
    const errors: t.Errors = [{ value: 1, context: [] }]
    expect(toIssues(errors)).toEqual([{ path: [], message: 'expected a valid value, got a number' }])
    expect(drawTree(errors)).toBe('(root)\n└─ expected a valid value, got a number')
  })

  it('cuts a message at its first ": expected " when its path prefix differs', () => {
    const errors: t.Errors = [{ value: 1, context: [entry('', {})], message: 'somewhere.else: expected x, got y' }]
    expect(toIssues(errors)[0]!.message).toBe('expected x, got y')
  })

  it('keeps a message with neither its path nor ": expected " whole', () => {
    const errors: t.Errors = [{ value: 1, context: [entry('', {})], message: 'all wrong' }]
    expect(toIssues(errors)[0]!.message).toBe('all wrong')
  })

  it('drops exactly the path prefix of this library’s messages', () => {
    const issues = toIssues(left(Everything.fromJson({ name: 'Abc', items: [{ label: 1 }] })))
    expect(issues).toEqual([{ path: ['items', 0, 'label'], message: 'expected a string, got 1' }])
  })
})

describe('drawTree', () => {
  it('draws the whole tree, siblings in the order found, with the right connectors', () => {
    const errors = left(Everything.fromJson({ name: 1, count: 'x', items: [{ label: 1, weight: 'w' }, {}] }))
    expect(drawTree(errors)).toBe(
      [
        'Everything',
        '├─ name',
        '│  └─ expected a string, got 1',
        '├─ count',
        `│  └─ expected ${INT32}, got "x"`,
        '└─ items',
        '   ├─ [0]',
        '   │  ├─ label',
        '   │  │  └─ expected a string, got 1',
        '   │  └─ weight',
        `   │     └─ expected ${INT32}, got "w"`,
        '   └─ [1]',
        '      └─ label',
        '         └─ expected a value (the member is required), got nothing'
      ].join('\n')
    )
  })

  it('puts messages before children at the same node, and names the root (root) when it has no name', () => {
    const errors: t.Errors = [
      { value: 1, context: [entry('', {}, ''), entry('a', 1)], message: 'a: expected b, got c' },
      { value: 1, context: [entry('', {}, '')], message: 'expected d, got e' }
    ]
    expect(drawTree(errors)).toBe(['(root)', '├─ expected d, got e', '└─ a', '   └─ expected b, got c'].join('\n'))
  })

  it('takes the root name from the first error', () => {
    const errors: t.Errors = [
      { value: 1, context: [entry('', {}, 'First')], message: 'expected x, got y' },
      { value: 1, context: [entry('', {}, 'Second')], message: 'expected z, got w' }
    ]
    expect(drawTree(errors).split('\n')[0]).toBe('First')
  })
})
