/**
 * The emulator's options, the same for `startServer` and `ivschat-codecs serve`, with their
 * defaults, and their check: bad options are refused with every problem named, before anything
 * listens.
 *
 * @since 0.2.0
 */
import * as E from 'fp-ts/lib/Either.js'
import type { Credentials } from '../client/Credentials.js'
import type { Random } from './Ids.js'
import { DEFAULT_QUOTAS, type Quotas } from './Quotas.js'

/**
 * What `startServer` takes; every member is optional.
 *
 * @category model
 * @since 0.2.0
 */
export interface ServerOptions {
  /** The port to listen on; `0` (the default) picks a free one. */
  readonly port?: number
  /** The interface to listen on (default `127.0.0.1`). */
  readonly host?: string
  /** The region of the ARNs the emulator makes and accepts (default `us-east-1`). */
  readonly region?: string
  /** The 12-digit account of the ARNs (default `123456789012`). */
  readonly account?: string
  /** When given, every request must be SigV4-signed with these (service `ivschat`); off by default. */
  readonly credentials?: Credentials
  /** Milliseconds to wait before answering each request (default 0). */
  readonly latencyMs?: number
  /** The fraction of requests answered with a ThrottlingException, 429 (default 0). */
  readonly throttleRate?: number
  /** The fraction of requests answered with an InternalServerException, 500 (default 0). */
  readonly serverErrorRate?: number
  /** The source of ids, tokens and injected faults (default `Math.random`); seed it for repeatable runs. */
  readonly random?: Random
  /** Resource quotas (defaults: IVS Chat's, see `DEFAULT_QUOTAS`). */
  readonly quotas?: Partial<Quotas>
  /** The clock (default: the system's). */
  readonly now?: () => Date
}

/** The options with every default filled in. @category model @since 0.2.0 */
export interface ResolvedOptions {
  readonly port: number
  readonly host: string
  readonly region: string
  readonly account: string
  readonly credentials: Credentials | undefined
  readonly latencyMs: number
  readonly throttleRate: number
  readonly serverErrorRate: number
  readonly random: Random
  readonly quotas: Quotas
  readonly now: () => Date
}

/** The defaults. @category constants @since 0.2.0 */
export const DEFAULTS = { port: 0, host: '127.0.0.1', region: 'us-east-1', account: '123456789012', latencyMs: 0, throttleRate: 0, serverErrorRate: 0 } as const

const isRecord = (u: unknown): u is Readonly<Record<string, unknown>> => typeof u === 'object' && u !== null && !Array.isArray(u)

const isFraction = (u: unknown): u is number => typeof u === 'number' && u >= 0 && u <= 1
const isCount = (u: unknown): u is number => typeof u === 'number' && Number.isSafeInteger(u) && u >= 0

/**
 * Checks options and fills in the defaults; `Left` lists every problem (option name: what was
 * expected). Values of `credentials` are never quoted.
 *
 * @category constructors
 * @since 0.2.0
 */
export const resolveOptions = (options: unknown = {}): E.Either<ReadonlyArray<string>, ResolvedOptions> => {
  if (!isRecord(options)) return E.left(['options: expected an object'])
  const o = options as Readonly<Record<string, unknown>>
  const problems: Array<string> = []
  const check = <T>(name: string, ok: (u: unknown) => u is T, expected: string, fallback: T): T => {
    const v = o[name]
    if (v === undefined) return fallback
    if (ok(v)) return v
    problems.push(`${name}: expected ${expected}`)
    return fallback
  }
  const port = check('port', (u): u is number => isCount(u) && u <= 65535, 'an integer from 0 to 65535', DEFAULTS.port)
  const host = check('host', (u): u is string => typeof u === 'string' && u !== '', 'a host name or address', DEFAULTS.host)
  const region = check('region', (u): u is string => typeof u === 'string' && /^[a-z0-9-]+$/.test(u), 'a region such as us-east-1', DEFAULTS.region)
  const account = check('account', (u): u is string => typeof u === 'string' && /^[0-9]{12}$/.test(u), 'an account id of 12 digits', DEFAULTS.account)
  const credentials = check(
    'credentials',
    (u): u is Credentials =>
      isRecord(u) &&
      typeof u['accessKeyId'] === 'string' &&
      u['accessKeyId'] !== '' &&
      typeof u['secretAccessKey'] === 'string' &&
      u['secretAccessKey'] !== '' &&
      (u['sessionToken'] === undefined || typeof u['sessionToken'] === 'string'),
    'an object with accessKeyId and secretAccessKey (and optionally sessionToken)',
    undefined
  )
  const latencyMs = check('latencyMs', (u): u is number => typeof u === 'number' && Number.isFinite(u) && u >= 0, 'a number of milliseconds, 0 or more', DEFAULTS.latencyMs)
  const throttleRate = check('throttleRate', isFraction, 'a fraction from 0 to 1', DEFAULTS.throttleRate)
  const serverErrorRate = check('serverErrorRate', isFraction, 'a fraction from 0 to 1', DEFAULTS.serverErrorRate)
  const random = check('random', (u): u is Random => typeof u === 'function', 'a function returning numbers in [0, 1)', Math.random)
  const now = check('now', (u): u is () => Date => typeof u === 'function', 'a function returning a Date', () => new Date())
  const quotas = check('quotas', (u): u is Partial<Quotas> => isRecord(u) && ['rooms', 'loggingConfigurations'].every((k) => u[k] === undefined || isCount(u[k])), 'an object of whole numbers (rooms, loggingConfigurations)', {})
  if (problems.length > 0) return E.left(problems)
  return E.right({ port, host, region, account, credentials, latencyMs, throttleRate, serverErrorRate, random, now, quotas: { ...DEFAULT_QUOTAS, ...quotas } })
}
