/**
 * What a `Left` says, for assertions that check where a problem is and what was expected
 * without pinning how the message is worded (test/codecs/messages.test.ts pins the wording of
 * each kind of message, once).
 */
import * as E from 'fp-ts/lib/Either.js'
import type * as t from 'io-ts'
import { toIssues } from '../../src/codecs/Report.js'

/** One problem: its path from the root, and what was expected there. */
export interface Expectation {
  readonly path: ReadonlyArray<string | number>
  readonly expected: string
}

/** The `expected …` part of a `toIssues` message (the text between `expected ` and `, got `). */
export const expectedOf = (message: string): string => {
  const m = /^expected ([\s\S]*?), got /.exec(message)
  return m === null ? message : m[1]!
}

/** Each error's path and what was expected there, in the order they were found. */
export const expectations = (errors: t.Errors): ReadonlyArray<Expectation> => toIssues(errors).map((i) => ({ path: i.path, expected: expectedOf(i.message) }))

/** The paths of the errors, root first. */
export const pathsOf = (errors: t.Errors): ReadonlyArray<ReadonlyArray<string | number>> => toIssues(errors).map((i) => i.path)

/**
 * Each error's path and what was expected there, from any decoder result: `[]` for a `Right`;
 * for a `Left`, the io-ts errors it holds (itself, or the `errors` of an `UndecodableResponse`).
 */
export const expectationsOf = (r: E.Either<unknown, unknown>): ReadonlyArray<Expectation> => {
  if (E.isRight(r)) return []
  const l = r.left as t.Errors | { readonly errors?: t.Errors }
  return expectations(Array.isArray(l) ? l : ((l as { readonly errors?: t.Errors }).errors ?? []))
}
