/**
 * Credentials for signing: a value, a provider, or (when none is given) the AWS default chain of
 * `@aws-sdk/credential-provider-node`, imported only the first time it is needed. Whatever a
 * provider gives is cached and fetched again five minutes before it expires. Failures are
 * `InvalidConfiguration` values that never quote a key or a provider's own message.
 *
 * @since 0.2.0
 */
import * as E from 'fp-ts/lib/Either.js'
import { type InvalidConfiguration, invalidConfiguration } from './Failure.js'
import { readFields } from './Fields.js'

/**
 * AWS credentials.
 *
 * @category model
 * @since 0.2.0
 */
export interface Credentials {
  readonly accessKeyId: string
  readonly secretAccessKey: string
  readonly sessionToken?: string | undefined
  /** When temporary credentials stop working; they are fetched again five minutes before. */
  readonly expiration?: Date | undefined
}

/**
 * A source of credentials, asked again when the ones it gave are about to expire.
 *
 * @category model
 * @since 0.2.0
 */
export type CredentialsProvider = () => Promise<Credentials>

/** How long before `expiration` cached credentials are fetched again. */
export const REFRESH_BEFORE_MS = 5 * 60 * 1000

/** The credentials of one call, or why there are none. */
export type CredentialsSource = () => Promise<E.Either<InvalidConfiguration, Credentials>>

const isNonEmptyString = (u: unknown): u is string => typeof u === 'string' && u.length > 0

/** A `Date`'s time, or `NaN` for anything else (never throws, even for a Proxy). */
const timeOf = (u: unknown): number => {
  try {
    return u instanceof Date ? Date.prototype.getTime.call(u) : NaN
  } catch {
    return NaN
  }
}

/** A provider's result, checked: the keys are non-empty strings, the token a string if present. */
const checked = (u: unknown): E.Either<InvalidConfiguration, Credentials> => {
  if (typeof u !== 'object' || u === null) return E.left(invalidConfiguration('credentials: expected an object with accessKeyId and secretAccessKey'))
  // Read once into a plain copy: signing later reads only the copy.
  const f = readFields(u, ['accessKeyId', 'secretAccessKey', 'sessionToken', 'expiration'])
  if (f === undefined) return E.left(invalidConfiguration('credentials: an object that threw while it was read'))
  const { accessKeyId, secretAccessKey, sessionToken, expiration } = f
  const expires = timeOf(expiration)
  if (!isNonEmptyString(accessKeyId)) return E.left(invalidConfiguration('credentials.accessKeyId: expected a non-empty string'))
  if (!isNonEmptyString(secretAccessKey)) return E.left(invalidConfiguration('credentials.secretAccessKey: expected a non-empty string'))
  if (sessionToken !== undefined && typeof sessionToken !== 'string') return E.left(invalidConfiguration('credentials.sessionToken: expected a string'))
  if (expiration !== undefined && Number.isNaN(expires)) return E.left(invalidConfiguration('credentials.expiration: expected a valid Date'))
  return E.right({
    accessKeyId,
    secretAccessKey,
    ...(sessionToken === undefined ? {} : { sessionToken }),
    ...(expiration === undefined ? {} : { expiration: new Date(expires) })
  })
}

/** Thrown in place of the default chain when `@aws-sdk/credential-provider-node` cannot be imported. */
const CHAIN_MISSING = Symbol('credential-provider-node missing')

/** What a provider threw, described without its message (which could quote anything). */
const providerFailed = (e: unknown): InvalidConfiguration => {
  if (e === CHAIN_MISSING) return invalidConfiguration('credentials: none given, and the default chain (@aws-sdk/credential-provider-node) could not be imported')
  const name = e instanceof Error && /^[A-Za-z][\w.]*$/.test(e.name) ? e.name : typeof e
  return invalidConfiguration(`credentials: the provider failed (${name})`)
}

/**
 * A provider made safe and cached: asked once, then again only from five minutes before the
 * `expiration` of what it gave (never, if it gave none). Calls made while it is being asked share
 * the one request; a failure is not cached.
 */
export const cached = (provider: () => Promise<unknown>, now: () => Date): CredentialsSource => {
  let current: Credentials | undefined
  let pending: Promise<E.Either<InvalidConfiguration, Credentials>> | undefined
  const fresh = (c: Credentials): boolean => c.expiration === undefined || c.expiration.getTime() - REFRESH_BEFORE_MS > now().getTime()
  const ask = (): Promise<E.Either<InvalidConfiguration, Credentials>> => {
    if (pending === undefined) {
      pending = Promise.resolve()
        .then(provider)
        .then(checked, (e: unknown) => E.left(providerFailed(e)))
        .then((r) => {
          pending = undefined
          if (E.isRight(r)) current = r.right
          return r
        })
    }
    return pending
  }
  return () => (current !== undefined && fresh(current) ? Promise.resolve(E.right(current)) : ask())
}

/**
 * The source of credentials for a client's `credentials` option: a value is checked once, a
 * provider (or, with none, the default chain, created on first use) is cached.
 */
export const credentialsSource = (option: unknown, now: () => Date): E.Either<InvalidConfiguration, CredentialsSource> => {
  if (option === undefined) {
    // One chain per client, created on first use; the chain caches what it resolves itself too.
    let chain: (() => Promise<unknown>) | undefined
    const provider = (): Promise<unknown> => {
      if (chain !== undefined) return chain()
      return import('@aws-sdk/credential-provider-node').then(
        (m) => {
          chain = m.defaultProvider()
          return chain()
        },
        () => Promise.reject(CHAIN_MISSING)
      )
    }
    return E.right(cached(provider, now))
  }
  if (typeof option === 'function') return E.right(cached(option as () => Promise<unknown>, now))
  const value = checked(option)
  if (E.isLeft(value)) return value
  const result = Promise.resolve(value)
  return E.right(() => result)
}
