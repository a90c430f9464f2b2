/** Helpers to look inside decoder results in tests. */
import * as E from 'fp-ts/lib/Either.js'
import type * as t from 'io-ts'

/** The `Right` value, or a thrown error naming the messages of the `Left`. */
export const rightOf = <A>(r: E.Either<t.Errors, A>): A => {
  if (E.isLeft(r)) throw new Error(`expected a Right, got ${JSON.stringify(r.left.map((e) => e.message))}`)
  return r.right
}

/** The errors of a `Left`, or a thrown error when the result is a `Right`. */
export const leftOf = <E0, A>(r: E.Either<E0, A>): E0 => {
  if (E.isRight(r)) throw new Error(`expected a Left, got ${JSON.stringify(r.right)}`)
  return r.left
}

/** The messages of a `Left`. */
export const messagesOf = <A>(r: E.Either<t.Errors, A>): ReadonlyArray<string> => leftOf(r).map((e) => e.message ?? '')

/** The context keys of each error, root first. */
export const keysOf = <A>(r: E.Either<t.Errors, A>): ReadonlyArray<ReadonlyArray<string>> => leftOf(r).map((e) => e.context.map((c) => c.key))

/**
 * The errors as JSON text with the io-ts `type` of each context entry dropped (a `Type` holds
 * functions and whole declarations, not data): what a logger would print.
 */
export const errorsJson = (errors: t.Errors): string =>
  JSON.stringify(errors.map((e) => ({ value: e.value, message: e.message, context: e.context.map((c) => ({ key: c.key, actual: c.actual })) })))
