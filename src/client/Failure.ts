/**
 * What a client call fails with, besides the service's own answers: a request refused before it
 * is sent, a client that cannot be used as configured, and an exchange that never completed. Every
 * failure says how many attempts were made; none carries a credential, a signature or an input
 * value.
 *
 * @since 0.2.0
 */
import type * as t from 'io-ts'

/**
 * The input did not pass the operation's strict validation; nothing was sent.
 *
 * @category model
 * @since 0.2.0
 */
export interface InvalidRequest {
  readonly _tag: 'InvalidRequest'
  readonly operation: string
  /** The validation errors (sensitive values described by their kind only). */
  readonly errors: t.Errors
  readonly attempts: 0
}

/**
 * The client cannot make this call as configured: a bad option, an endpoint the rules refuse
 * (FIPS with a custom endpoint, no region), or credentials that could not be loaded.
 *
 * @category model
 * @since 0.2.0
 */
export interface InvalidConfiguration {
  readonly _tag: 'InvalidConfiguration'
  readonly message: string
  /** 0, unless credentials could not be refreshed between attempts. */
  readonly attempts: number
}

/**
 * Why an exchange did not complete: `Timeout` (an attempt took longer than `timeoutMs`),
 * `Aborted` (the caller's signal), `Network` (no connection, DNS, a reset, a body cut short).
 *
 * @category model
 * @since 0.2.0
 */
export type TransportReason = 'Timeout' | 'Aborted' | 'Network'

/**
 * No response was received for the last attempt.
 *
 * @category model
 * @since 0.2.0
 */
export interface TransportFailure {
  readonly _tag: 'TransportFailure'
  readonly reason: TransportReason
  /** The system's error code when there is one (`ECONNRESET`, `ECONNREFUSED`, `ENOTFOUND`, …). */
  readonly code?: string
  readonly message: string
  readonly attempts: number
}

/**
 * A value with the number of attempts made for it.
 *
 * @category model
 * @since 0.2.0
 */
export type Attempted<A> = A & { readonly attempts: number }

/** @internal */
export const invalidConfiguration = (message: string): InvalidConfiguration => ({ _tag: 'InvalidConfiguration', message, attempts: 0 })

/** @internal */
export const invalidRequest = (operation: string, errors: t.Errors): InvalidRequest => ({ _tag: 'InvalidRequest', operation, errors, attempts: 0 })

/** @internal */
export const attempted = <A extends object>(a: A, attempts: number): Attempted<A> => ({ ...a, attempts })
