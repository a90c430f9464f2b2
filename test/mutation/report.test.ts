/**
 * Exact behaviour of the two error renderings (`toIssues`, `drawTree`) and of the Standard
 * Schema adapter, for errors of every origin: this library's, other io-ts codecs', and
 * hand-made ones with odd contexts.
 */
import * as E from 'fp-ts/lib/Either.js'
import * as t from 'io-ts'
import { describe, expect, it } from 'vitest'
import { drawTree, toIssues } from '../../src/index.js'
import { pathOfError } from '../../src/codecs/Report.js'
import { VENDOR } from '../../src/codecs/StandardSchema.js'
import { Everything } from '../support/schemas.js'

const left = <A>(r: E.Either<t.Errors, A>): t.Errors => {
  if (E.isRight(r)) throw new Error('expected a Left')
  return r.left
}

const entry = (key: string, actual: unknown, name = 'T'): t.ContextEntry => ({ key, actual, type: new t.Type<unknown>(name, t.unknown.is, t.success, (a) => a) })

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
        '│  └─ expected a 32-bit integer, got "x"',
        '└─ items',
        '   ├─ [0]',
        '   │  ├─ label',
        '   │  │  └─ expected a string, got 1',
        '   │  └─ weight',
        '   │     └─ expected a 32-bit integer, got "w"',
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

describe('Standard Schema', () => {
  const std = Everything['~standard']

  it('identifies this library, version 1', () => {
    expect(std.vendor).toBe(VENDOR)
    expect(VENDOR).toBe('ivschat-codecs')
    expect(std.version).toBe(1)
  })

  it('reads a boolean strict from libraryOptions, and ignores a strict of another type', () => {
    const value = { name: 'Abc', count: 1000 }
    expect(std.validate(value)).toEqual({ value: { name: 'Abc', count: 1000, retries: 3 } })
    expect(std.validate(value, { libraryOptions: {} })).toEqual({ value: { name: 'Abc', count: 1000, retries: 3 } })
    expect(std.validate(value, { libraryOptions: { strict: 'yes' } })).toEqual({ value: { name: 'Abc', count: 1000, retries: 3 } })
    expect(std.validate(value, { libraryOptions: { strict: true } })).toEqual({
      issues: [{ path: ['count'], message: 'expected a value between -5 and 100, got 1000' }]
    })
  })
})
