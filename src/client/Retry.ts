/**
 * AWS's standard retry mode, by `@smithy/util-retry`'s `StandardRetryStrategy`: at most
 * `maxAttempts` attempts, exponential backoff with full jitter, and a per-client token bucket
 * that stops retrying when most recent calls needed retries. What is retried is decided here:
 * throttling (429 or a throttling error code), 5xx and transient transport failures; never
 * another 4xx, an abort or a request that was not sent. `@smithy/util-retry` is imported when a
 * policy first starts a call.
 *
 * @since 0.2.0
 */
import type { StandardRetryStrategy } from '@smithy/util-retry'
import * as E from 'fp-ts/lib/Either.js'
import type { TransportReason } from './Failure.js'
import { lazily } from './Lazy.js'

/** How a failed attempt counts for the strategy; `undefined` is never retried. */
export type RetryClass = 'THROTTLING' | 'TRANSIENT' | undefined

/** Error codes of throttling, as AWS services use them (facts of the standard retry mode). */
const THROTTLING_CODES: ReadonlySet<string> = new Set([
  'Throttling',
  'ThrottlingException',
  'ThrottledException',
  'RequestThrottledException',
  'TooManyRequestsException',
  'ProvisionedThroughputExceededException',
  'TransactionInProgressException',
  'RequestLimitExceeded',
  'BandwidthLimitExceeded',
  'LimitExceededException',
  'RequestThrottled',
  'SlowDown',
  'PriorRequestNotComplete',
  'EC2ThrottledException'
])

/** Error codes of transient faults, whatever their status. */
const TRANSIENT_CODES: ReadonlySet<string> = new Set(['TimeoutError', 'RequestTimeout', 'RequestTimeoutException'])

/** A service's answer, retried on throttling and 5xx. `code` is the error code when there is one. */
export const classifyResponse = (statusCode: number, code: string | undefined): RetryClass => {
  if (statusCode === 429 || (code !== undefined && THROTTLING_CODES.has(code))) return 'THROTTLING'
  if (statusCode >= 500 && statusCode <= 599) return 'TRANSIENT'
  if (code !== undefined && TRANSIENT_CODES.has(code)) return 'TRANSIENT'
  return undefined
}

/** An exchange that did not complete: retried unless the caller aborted it. */
export const classifyTransport = (reason: TransportReason): RetryClass => (reason === 'Aborted' ? undefined : 'TRANSIENT')

/**
 * The delay before a retry, in milliseconds: given how many retries were made before this one and
 * the base the standard mode chose (larger after throttling). The default is full jitter,
 * `random() × min(base × 2^retries, 20 s)`.
 *
 * @category model
 * @since 0.2.0
 */
export type RetryDelay = (retriesSoFar: number, base: number) => number

/** An attempt's permission to run. */
export interface RetryToken {
  readonly retriesSoFar: number
}

/**
 * The retry strategy's package, imported on first use (a client imports it before its first call
 * through `loadRetry`, so that a failure is the call's `InvalidConfiguration`).
 */
export const loadRetry = lazily('@smithy/util-retry', () => import('@smithy/util-retry'))

/** The retry policy of one client (its token bucket is shared by all its calls). */
export interface RetryPolicy {
  /** A token for the first attempt. Rejects, with the `InvalidConfiguration`, only when `@smithy/util-retry` cannot be imported. */
  readonly start: () => Promise<RetryToken>
  /** A token for one more attempt after the delay, or `undefined` when the call must stop. */
  readonly retry: (token: RetryToken, retryClass: RetryClass) => Promise<RetryToken | undefined>
  readonly success: (token: RetryToken) => void
}

type SmithyToken = Awaited<ReturnType<StandardRetryStrategy['acquireInitialRetryToken']>>

/**
 * The standard mode for `maxAttempts`; `delay`, when given, replaces the jittered backoff (tests
 * give `() => 0`).
 */
export const standardRetry = (maxAttempts: number, delay?: RetryDelay): RetryPolicy => {
  let base = 0
  const options =
    delay === undefined
      ? { maxAttempts }
      : {
          maxAttempts,
          backoff: {
            setDelayBase: (d: number) => {
              base = d
            },
            computeNextBackoffDelay: (i: number) => Math.max(0, delay(i, base))
          }
        }
  // Made on the first start, once its package is imported; one per policy (so one token bucket per client).
  let strategy: StandardRetryStrategy | undefined
  const tokens = new WeakMap<RetryToken, SmithyToken>()
  const wrap = (t: SmithyToken): RetryToken => {
    const token = { retriesSoFar: t.getRetryCount() }
    tokens.set(token, t)
    return token
  }
  return {
    start: () =>
      loadRetry().then((m) => {
        if (E.isLeft(m)) return Promise.reject(m.left)
        strategy ??= new m.right.StandardRetryStrategy(options)
        return strategy.acquireInitialRetryToken('ivschat').then(wrap)
      }),
    // A token comes from `start`, so the strategy exists whenever one is known.
    retry: (token, retryClass) => {
      const t = tokens.get(token)
      if (retryClass === undefined || t === undefined || strategy === undefined) return Promise.resolve(undefined)
      return strategy.refreshRetryTokenForRetry(t, { errorType: retryClass }).then(wrap, () => undefined)
    },
    success: (token) => {
      const t = tokens.get(token)
      if (t !== undefined) strategy?.recordSuccess(t)
    }
  }
}
