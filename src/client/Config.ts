/**
 * A client's configuration: what a caller may give `makeClient`, its checked form (checked when
 * the client is made) and its resolved form (prepared before the first call, when the endpoint
 * rules, the retry strategy and the signer are imported). Neither step throws or rejects; a
 * problem is an `InvalidConfiguration` that every call of the client returns.
 *
 * @since 0.2.0
 */
import * as E from 'fp-ts/lib/Either.js'
import { type CredentialsSource, type Credentials, type CredentialsProvider, credentialsSource } from './Credentials.js'
import { type EndpointParams, type ResolvedEndpoint, resolve } from './Endpoint.js'
import { type InvalidConfiguration, invalidConfiguration } from './Failure.js'
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

const optional = <A>(o: Record<string, unknown>, key: string, is: (u: unknown) => u is A, expected: string): E.Either<InvalidConfiguration, A | undefined> => {
  const v = o[key]
  return v === undefined || is(v) ? E.right(v) : E.left(invalidConfiguration(`${key}: expected ${expected}`))
}

const isString = (u: unknown): u is string => typeof u === 'string' && u.length > 0
const isBoolean = (u: unknown): u is boolean => typeof u === 'boolean'
const isFunction = (u: unknown): u is (...args: never) => unknown => typeof u === 'function'
const isAttempts = (u: unknown): u is number => typeof u === 'number' && Number.isInteger(u) && u >= 1
const isTimeout = (u: unknown): u is number => typeof u === 'number' && Number.isFinite(u) && u > 0 && u <= 2_147_483_647

/**
 * Checks a configuration given at run time (from JavaScript, from a file), so every field is
 * checked for its type as well as its value. Imports nothing.
 */
export const checkConfig = (config: unknown): E.Either<InvalidConfiguration, CheckedConfig> => {
  if (typeof config !== 'object' || config === null) return E.left(invalidConfiguration('expected a configuration object'))
  const o = config as Record<string, unknown>
  const region = optional(o, 'region', isString, 'a non-empty string')
  if (E.isLeft(region)) return region
  const endpointOption = optional(o, 'endpoint', isString, 'a URL')
  if (E.isLeft(endpointOption)) return endpointOption
  const fips = optional(o, 'useFipsEndpoint', isBoolean, 'a boolean')
  if (E.isLeft(fips)) return fips
  const dualStack = optional(o, 'useDualstackEndpoint', isBoolean, 'a boolean')
  if (E.isLeft(dualStack)) return dualStack
  const fetchOption = optional(o, 'fetch', isFunction, 'a function')
  if (E.isLeft(fetchOption)) return fetchOption
  const maxAttempts = optional(o, 'maxAttempts', isAttempts, 'an integer of at least 1')
  if (E.isLeft(maxAttempts)) return maxAttempts
  const timeoutMs = optional(o, 'timeoutMs', isTimeout, 'a positive number of milliseconds (at most 2^31 - 1)')
  if (E.isLeft(timeoutMs)) return timeoutMs
  const nowOption = optional(o, 'now', isFunction, 'a function returning a Date')
  if (E.isLeft(nowOption)) return nowOption
  const retryDelay = optional(o, 'retryDelay', isFunction, 'a function')
  if (E.isLeft(retryDelay)) return retryDelay
  const fetch = (fetchOption.right as Fetch | undefined) ?? (typeof globalThis.fetch === 'function' ? (globalThis.fetch as unknown as Fetch) : undefined)
  if (fetch === undefined) return E.left(invalidConfiguration('fetch: none given, and there is no global fetch'))
  const now = (nowOption.right as (() => Date) | undefined) ?? (() => new Date())
  const credentials = credentialsSource(o['credentials'], now)
  if (E.isLeft(credentials)) return credentials
  return E.right({
    endpoint: { Region: region.right, UseFIPS: fips.right ?? false, UseDualStack: dualStack.right ?? false, Endpoint: endpointOption.right },
    credentials: credentials.right,
    fetch,
    timeoutMs: timeoutMs.right,
    now,
    retry: standardRetry(maxAttempts.right ?? DEFAULT_MAX_ATTEMPTS, retryDelay.right as RetryDelay | undefined)
  })
}

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
