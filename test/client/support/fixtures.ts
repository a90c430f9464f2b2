/**
 * Values for the client's tests, drawn once with fixed seeds from the declarations themselves: a
 * valid input and output for every operation, and a value of each of its declared errors.
 */
import fc from 'fast-check'
import type { AnyOperation } from '../../../src/protocols/Operation.js'
import { operations } from '../../../src/shapes/operations.js'
import { arbitraryOf } from '../../support/arbitrary.js'

export type OperationName = keyof typeof operations

export const OPERATION_NAMES = Object.keys(operations) as ReadonlyArray<OperationName>

export const operationOf = (name: OperationName): AnyOperation => operations[name] as unknown as AnyOperation

export const KEYS = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY', sessionToken: 'session-token-example' } as const

/** A fixed signing instant. */
export const NOW = new Date('2024-03-07T12:34:56.000Z')

const hasLoneSurrogate = (s: string): boolean => /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s)

const memo = <A>(f: (...args: ReadonlyArray<string | number>) => A) => {
  const cache = new Map<string, A>()
  return (...args: ReadonlyArray<string | number>): A => {
    const k = args.join('|')
    if (!cache.has(k)) cache.set(k, f(...args))
    return cache.get(k)!
  }
}

/** `n` valid inputs of an operation (no lone surrogate in a query, which no URI can carry). */
export const inputsOf = (name: OperationName, n: number, seed = 7): ReadonlyArray<unknown> => inputsMemo(name, n, seed)

const inputsMemo = memo((name, n, seed): ReadonlyArray<unknown> => {
  const op = operationOf(name as OperationName)
  if (op.input === undefined) return Array.from({ length: n as number }, () => undefined)
  const arb = arbitraryOf(op.input).filter((i) => name !== 'UntagResource' || !((i as { tagKeys?: ReadonlyArray<string> }).tagKeys ?? []).some(hasLoneSurrogate))
  return fc.sample(arb, { numRuns: n as number, seed: seed as number })
}) as (name: OperationName, n: number, seed: number) => ReadonlyArray<unknown>

export const outputOf = (name: OperationName, seed = 11): unknown => outputMemo(name, seed)

const outputMemo = memo((name, seed): unknown => {
  const op = operationOf(name as OperationName)
  return op.output === undefined ? undefined : fc.sample(arbitraryOf(op.output), { numRuns: 1, seed: seed as number })[0]
})

/** One value of each declared error of an operation. */
export const errorsOf = (name: OperationName, seed = 13): ReadonlyArray<{ readonly _tag: string } & Record<string, unknown>> => errorsMemo(name, seed)

const errorsMemo = memo((name, seed): ReadonlyArray<{ readonly _tag: string } & Record<string, unknown>> =>
  operationOf(name as OperationName).errors.errors.map((e) => ({ ...(fc.sample(arbitraryOf(e.body), { numRuns: 1, seed: seed as number })[0] as object), _tag: e.name }))
)
