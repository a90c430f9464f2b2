/**
 * A client's configuration: what a caller may give `makeClient`, its checked form (checked when
 * the client is made) and its resolved form (prepared before the first call, when the endpoint
 * rules, the retry strategy and the signer are imported). Neither step throws or rejects; a
 * problem is an `InvalidConfiguration` that every call of the client returns.
 *
 * @since 0.2.0
 */
import * as E from 'fp-ts/lib/Either.js'
import { pipe } from 'fp-ts/lib/function.js'
import { type CredentialsSource, type Credentials, type CredentialsProvider, credentialsSource } from './Credentials.js'
import { type EndpointParams, type ResolvedEndpoint, resolve } from './Endpoint.js'
import { type InvalidConfiguration, invalidConfiguration } from './Failure.js'
import { readFields } from './Fields.js'
import { type RetryDelay, type RetryPolicy, loadRetry, standardRetry } from './Retry.js'
import { loadSigner } from './Signing.js'
import type { Fetch } from './Transport.js'

/**
 * What `makeClient` accepts.
 *
 * @category model
 * @since 0.2.0
 */
export interface ClientConfig {
  /** The AWS region (`us-east-1`, …). Required unless `endpoint` is given (then signed for `us-east-1`). */
  readonly region?: string
  /** Credentials, or a provider of them; by default the AWS default chain. */
  readonly credentials?: Credentials | CredentialsProvider
  /** A URL that replaces the endpoint the rules give (a local server, a proxy, a VPC endpoint). */
  readonly endpoint?: string
  /** The FIPS endpoint of the region (not with `endpoint`). */
  readonly useFipsEndpoint?: boolean
  /** The dual-stack (IPv4 and IPv6) endpoint of the region (not with `endpoint`). */
  readonly useDualstackEndpoint?: boolean
  /** The `fetch` that sends requests; by default Node's global `fetch`. */
  readonly fetch?: Fetch
  /** Attempts per call, the first included (default 3; 1 turns retries off). */
  readonly maxAttempts?: number
  /** How long one attempt may take, in milliseconds, until its whole response is read (default: no limit). */
  readonly timeoutMs?: number
  /** The clock requests are signed with and credentials expire by (default `() => new Date()`). */
  readonly now?: () => Date
  /** The delay before each retry (default: the standard mode's exponential backoff with full jitter). */
  readonly retryDelay?: RetryDelay
}

/** A configuration that passed the checks, before its endpoint is resolved. */
export interface CheckedConfig {
  readonly endpoint: EndpointParams
  readonly credentials: CredentialsSource
  readonly fetch: Fetch
  readonly timeoutMs: number | undefined
  readonly now: () => Date
  readonly retry: RetryPolicy
}

/** A configuration that passed the checks, with everything a call needs prepared once. */
export interface ResolvedConfig {
  readonly endpoint: ResolvedEndpoint
  readonly credentials: CredentialsSource
  readonly fetch: Fetch
  readonly timeoutMs: number | undefined
  readonly now: () => Date
  readonly retry: RetryPolicy
}

/** The default number of attempts of the standard retry mode. */
export const DEFAULT_MAX_ATTEMPTS = 3

/** The options `checkConfig` reads, each once. */
const OPTION_NAMES = ['region', 'credentials', 'endpoint', 'useFipsEndpoint', 'useDualstackEndpoint', 'fetch', 'maxAttempts', 'timeoutMs', 'now', 'retryDelay'] as const

type Options = { readonly [K in (typeof OPTION_NAMES)[number]]: unknown }

/** Each option read once: a getter or Proxy that throws is refused, never thrown. */
const readOptions = (config: unknown): E.Either<InvalidConfiguration, Options> => {
  if (typeof config !== 'object' || config === null) return E.left(invalidConfiguration('expected a configuration object'))
  const read = readFields(config, OPTION_NAMES)
  return read === undefined ? E.left(invalidConfiguration('a configuration that threw while it was read')) : E.right(read)
}

/** An option that may be left out, and must pass `is` when given. */
const optional =
  <A>(is: (u: unknown) => u is A, expected: string) =>
  (o: Options, name: keyof Options): E.Either<InvalidConfiguration, A | undefined> => {
    const v = o[name]
    return v === undefined || is(v) ? E.right(v) : E.left(invalidConfiguration(`${name}: expected ${expected}`))
  }

const isString = (u: unknown): u is string => typeof u === 'string' && u.length > 0
const isBoolean = (u: unknown): u is boolean => typeof u === 'boolean'
const isFunction = <F>(u: unknown): u is F => typeof u === 'function'
const isAttempts = (u: unknown): u is number => typeof u === 'number' && Number.isInteger(u) && u >= 1
const isTimeout = (u: unknown): u is number => typeof u === 'number' && Number.isFinite(u) && u > 0 && u <= 2_147_483_647

const globalFetch = (): Fetch | undefined => (typeof globalThis.fetch === 'function' ? (globalThis.fetch as unknown as Fetch) : undefined)

/**
 * Checks a configuration given at run time (from JavaScript, from a file), so every field is
 * checked for its type as well as its value, always in the same order; the first problem is the
 * `Left`. Imports nothing, never throws.
 */
export const checkConfig = (config: unknown): E.Either<InvalidConfiguration, CheckedConfig> =>
  pipe(
    readOptions(config),
    E.flatMap((o) =>
      pipe(
        E.Do,
        E.apS('region', optional(isString, 'a non-empty string')(o, 'region')),
        E.apS('endpoint', optional(isString, 'a URL')(o, 'endpoint')),
        E.apS('useFips', optional(isBoolean, 'a boolean')(o, 'useFipsEndpoint')),
        E.apS('useDualStack', optional(isBoolean, 'a boolean')(o, 'useDualstackEndpoint')),
        E.apS('fetch', optional(isFunction<Fetch>, 'a function')(o, 'fetch')),
        E.apS('maxAttempts', optional(isAttempts, 'an integer of at least 1')(o, 'maxAttempts')),
        E.apS('timeoutMs', optional(isTimeout, 'a positive number of milliseconds (at most 2^31 - 1)')(o, 'timeoutMs')),
        E.apS('now', optional(isFunction<() => Date>, 'a function returning a Date')(o, 'now')),
        E.apS('retryDelay', optional(isFunction<RetryDelay>, 'a function')(o, 'retryDelay')),
        E.flatMap((c) => {
          const fetch = c.fetch ?? globalFetch()
          if (fetch === undefined) return E.left(invalidConfiguration('fetch: none given, and there is no global fetch'))
          const now = c.now ?? (() => new Date())
          return pipe(
            credentialsSource(o.credentials, now),
            E.map(
              (credentials): CheckedConfig => ({
                endpoint: { Region: c.region, UseFIPS: c.useFips ?? false, UseDualStack: c.useDualStack ?? false, Endpoint: c.endpoint },
                credentials,
                fetch,
                timeoutMs: c.timeoutMs,
                now,
                retry: standardRetry(c.maxAttempts ?? DEFAULT_MAX_ATTEMPTS, c.retryDelay)
              })
            )
          )
        })
      )
    )
  )

/**
 * Prepares a checked configuration for its first call: resolves the endpoint and imports what
 * retries and signing need, so that a package that cannot be imported is an `InvalidConfiguration`
 * here rather than a failure in the middle of a call. Never rejects.
 */
export const prepareConfig = async (checked: CheckedConfig): Promise<E.Either<InvalidConfiguration, ResolvedConfig>> => {
  const [endpoint, retry, signer] = await Promise.all([resolve(checked.endpoint), loadRetry(), loadSigner()])
  if (E.isLeft(endpoint)) return endpoint
  if (E.isLeft(retry)) return retry
  if (E.isLeft(signer)) return signer
  return E.right({ ...checked, endpoint: endpoint.right })
}

/** Checks and prepares a configuration (`checkConfig`, then `prepareConfig`). Never rejects. */
export const resolveConfig = (config: unknown): Promise<E.Either<InvalidConfiguration, ResolvedConfig>> => {
  const checked = checkConfig(config)
  return E.isLeft(checked) ? Promise.resolve(checked) : prepareConfig(checked.right)
}
