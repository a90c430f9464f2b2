/**
 * What a handler is given besides its input (the state, the clock, the account, id sources,
 * quotas) and what it gives back: the output and the changes to make, or one of its operation's
 * declared errors.
 *
 * @since 0.2.0
 */
import type * as E from 'fp-ts/lib/Either.js'
import type { ErrorTypeOf } from '../errors/ErrorShape.js'
import type { AnyErrorShape } from '../errors/ErrorUnion.js'
import type { Operation } from '../protocols/Operation.js'
import type { Quotas } from './Quotas.js'
import type { Change, State } from './State.js'

/** A handler's surroundings. @category model @since 0.2.0 */
export interface Env {
  readonly state: State
  /** The time of the call: every timestamp a call writes is this one. */
  readonly now: Date
  readonly region: string
  readonly account: string
  readonly quotas: Quotas
  /** A fresh 12-character id. */
  readonly newId: () => string
  /** A fresh chat token. */
  readonly newChatToken: () => string
}

/** What a successful call returns and writes. @category model @since 0.2.0 */
export interface Outcome<A> {
  readonly output: A
  readonly changes: ReadonlyArray<Change>
}

/**
 * The handler of an operation: its input and surroundings to its output and changes, or to one of
 * the errors the operation declares (so a handler cannot answer an error its operation does not
 * declare).
 *
 * @category model
 * @since 0.2.0
 */
export type HandlerOf<Op> = Op extends Operation<infer I, infer A, infer Es extends ReadonlyArray<AnyErrorShape>>
  ? (input: I, env: Env) => E.Either<ErrorTypeOf<Es[number]>, Outcome<A>>
  : never

/** An outcome that writes nothing. @category constructors @since 0.2.0 */
export const readOnly = <A>(output: A): Outcome<A> => ({ output, changes: [] })
