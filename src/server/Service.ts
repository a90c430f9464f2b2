/**
 * One emulated account in one region: a store, and `call`, which runs an operation's handler
 * against it and writes the changes the handler returns. No HTTP here (see `Http.ts`).
 *
 * @since 0.2.0
 */
import * as E from 'fp-ts/lib/Either.js'
import type { Env } from './Env.js'
import { type Handlers, handlers, type OperationName } from './Handlers.js'
import { type Random, newChatToken, newId } from './Ids.js'
import type { Quotas } from './Quotas.js'
import { applyChanges, emptyStore, type State } from './State.js'

/** What a service needs. @category model @since 0.2.0 */
export interface ServiceConfig {
  readonly region: string
  readonly account: string
  readonly quotas: Quotas
  readonly random: Random
  /** The clock; every timestamp a call writes is its value at the call. */
  readonly now: () => Date
}

type HandlerIn<K extends OperationName> = Parameters<Handlers[K]>[0]
type HandlerResult<K extends OperationName> = ReturnType<Handlers[K]>
type HandlerError<K extends OperationName> = HandlerResult<K> extends E.Either<infer L, unknown> ? L : never
type HandlerOutput<K extends OperationName> = HandlerResult<K> extends E.Either<unknown, { readonly output: infer A }> ? A : never

/** An emulated account. @category model @since 0.2.0 */
export interface Service {
  /** Runs one operation: its output (the changes written), or its error (nothing written). */
  readonly call: <K extends OperationName>(name: K, input: HandlerIn<K>) => E.Either<HandlerError<K>, HandlerOutput<K>>
  /** The current state, read-only. */
  readonly state: State
}

/**
 * A fresh service with no resources.
 *
 * @category constructors
 * @since 0.2.0
 */
export const makeService = (config: ServiceConfig): Service => {
  const store = emptyStore()
  const ids = { newId: () => newId(config.random), newChatToken: () => newChatToken(config.random) }
  const envAt = (now: Date): Env => ({ state: store, now, region: config.region, account: config.account, quotas: config.quotas, ...ids })
  const call = <K extends OperationName>(name: K, input: HandlerIn<K>): E.Either<HandlerError<K>, HandlerOutput<K>> => {
    const handler = handlers[name] as unknown as (i: HandlerIn<K>, env: Env) => E.Either<HandlerError<K>, { readonly output: HandlerOutput<K>; readonly changes: Parameters<typeof applyChanges>[0] }>
    const result = handler(input, envAt(config.now()))
    if (E.isLeft(result)) return result
    applyChanges(result.right.changes)(store)
    return E.right(result.right.output)
  }
  return { call, state: store }
}
