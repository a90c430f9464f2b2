/**
 * The IVS Chat client: one method per operation of the model, each a `TaskEither` that never
 * rejects. A call validates and encodes its input (`encodeRequest`), signs it, sends it through
 * `fetch`, retries what the standard retry mode retries, and decodes the answer
 * (`decodeResponse`). Nothing here is written per operation: the methods are derived from the
 * generated `operations` record.
 *
 * @since 0.2.0
 */
import * as E from 'fp-ts/lib/Either.js'
import type * as TE from 'fp-ts/lib/TaskEither.js'
import type * as t from 'io-ts'
import type { HttpRequest, HttpResponse, ResponseMetadata } from '../protocols/Http.js'
import { operations } from '../shapes/operations.js'
import { metadataOf as responseMetadataOf } from '../protocols/restJson1/Response.js'
import { type ClientConfig, type ResolvedConfig, checkConfig, prepareConfig } from './Config.js'
import { urlOf } from './Endpoint.js'
import { type Attempted, type InvalidConfiguration, type InvalidRequest, type TransportFailure, invalidConfiguration, invalidRequest } from './Failure.js'
import { type RetryClass, type RetryToken, classifyResponse, classifyTransport } from './Retry.js'
import { sign } from './Signing.js'
import { send } from './Transport.js'

/**
 * What the client needs of an operation (every generated operation has it).
 *
 * @category model
 * @since 0.2.0
 */
export interface ClientOperation<I, A, F> {
  readonly name: string
  readonly encodeRequest: (input: I) => E.Either<t.Errors, HttpRequest>
  readonly decodeResponse: (response: HttpResponse) => E.Either<F, A>
}

/** Any operation the client can call. */
export type AnyClientOperation = ClientOperation<any, any, any>

/**
 * Options of one call.
 *
 * @category model
 * @since 0.2.0
 */
export interface CallOptions {
  /** Aborts the call (the attempt under way, or the wait before a retry): a `TransportFailure` with reason `Aborted`. */
  readonly signal?: AbortSignal
}

/**
 * How a call failed: the service's answer (one of the operation's errors, `UnknownOperationError`
 * or `UndecodableResponse`, with `statusCode` and `requestId`), or `InvalidRequest`,
 * `InvalidConfiguration`, `TransportFailure`. All carry `attempts`.
 *
 * @category model
 * @since 0.2.0
 */
export type ClientFailure<F> = Attempted<F> | InvalidRequest | InvalidConfiguration | TransportFailure

/**
 * What is known of a successful call, for tracing: the status, the service's request id and the
 * number of attempts it took.
 *
 * @category model
 * @since 0.2.0
 */
export interface CallMetadata extends ResponseMetadata {
  readonly attempts: number
}

/**
 * A successful call's output with its metadata.
 *
 * @category model
 * @since 0.2.0
 */
export interface WithMetadata<A> {
  readonly output: A
  readonly metadata: CallMetadata
}

/** The failure type of an operation. */
export type FailureOf<Op> = Op extends ClientOperation<never, unknown, infer F> ? ClientFailure<F> : never
/** The input type of an operation. */
export type InputOf<Op> = Op extends ClientOperation<infer I, unknown, unknown> ? I : never
/** The output type of an operation. */
export type OutputOf<Op> = Op extends ClientOperation<never, infer A, unknown> ? A : never

/**
 * A client method.
 *
 * @category model
 * @since 0.2.0
 */
export type Method<Op> = (input: InputOf<Op>, options?: CallOptions) => TE.TaskEither<FailureOf<Op>, OutputOf<Op>>

/**
 * A client method that also gives the metadata of a success.
 *
 * @category model
 * @since 0.2.0
 */
export type MethodWithMetadata<Op> = (input: InputOf<Op>, options?: CallOptions) => TE.TaskEither<FailureOf<Op>, WithMetadata<OutputOf<Op>>>

/**
 * A client of the operations `Ops`: `createChatToken` for `CreateChatToken`, …, and the same
 * methods under `withMetadata`, whose successes carry `{ output, metadata }`.
 *
 * @category model
 * @since 0.2.0
 */
export type ClientOf<Ops> = { readonly [K in keyof Ops & string as Uncapitalize<K>]: Method<Ops[K]> } & {
  readonly withMetadata: { readonly [K in keyof Ops & string as Uncapitalize<K>]: MethodWithMetadata<Ops[K]> }
}

/** The service's error code of a failure decoded from a response: an undeclared code, or a declared error's name. */
const errorCodeOf = (f: unknown): string | undefined => {
  const o = f as { readonly code?: unknown; readonly _tag?: unknown }
  return typeof o.code === 'string' ? o.code : typeof o._tag === 'string' && o._tag !== 'UndecodableResponse' ? o._tag : undefined
}

const statusOf = (f: unknown): number => {
  const s = (f as { readonly statusCode?: unknown }).statusCode
  return typeof s === 'number' ? s : 0
}

const aborted = (attempts: number): TransportFailure => ({ _tag: 'TransportFailure', reason: 'Aborted', message: 'the call was aborted by its signal', attempts })

/** Waits for the retry policy, unless the caller aborts first (`undefined` either way means stop). */
const nextToken = (config: ResolvedConfig, token: RetryToken, retryClass: RetryClass, signal: AbortSignal | undefined): Promise<RetryToken | 'aborted' | undefined> => {
  const next = config.retry.retry(token, retryClass)
  if (signal === undefined || retryClass === undefined) return next
  if (signal.aborted) return Promise.resolve('aborted')
  return new Promise((resolve) => {
    const onAbort = (): void => resolve('aborted')
    signal.addEventListener('abort', onAbort, { once: true })
    next.then((t) => {
      signal.removeEventListener('abort', onAbort)
      resolve(t)
    })
  })
}

type CallResult = E.Either<unknown, { readonly output: unknown; readonly response: HttpResponse; readonly attempts: number }>

/** One call with its retries. Never rejects. */
const call = async (config: ResolvedConfig, op: AnyClientOperation, request: HttpRequest, signal: AbortSignal | undefined): Promise<CallResult> => {
  const url = urlOf(config.endpoint, request.path, request.query)
  let token = await config.retry.start()
  for (let attempts = 1; ; attempts++) {
    const credentials = await config.credentials()
    if (E.isLeft(credentials)) return E.left({ ...credentials.left, attempts: attempts - 1 })
    const date = config.now()
    if (!(date instanceof Date) || Number.isNaN(date.getTime())) return E.left(invalidConfiguration('now: expected a function returning a valid Date'))
    let headers: Record<string, string>
    try {
      headers = await sign(request, config.endpoint, credentials.right, date)
    } catch {
      return E.left(invalidConfiguration('the request could not be signed'))
    }
    const sent = await send(config.fetch, url, { method: request.method, headers, body: request.body }, signal, config.timeoutMs)
    let failure: unknown
    let retryClass: RetryClass
    if (E.isLeft(sent)) {
      failure = { _tag: 'TransportFailure', ...sent.left }
      retryClass = classifyTransport(sent.left.reason)
    } else {
      const decoded = op.decodeResponse(sent.right)
      if (E.isRight(decoded)) {
        config.retry.success(token)
        return E.right({ output: decoded.right, response: sent.right, attempts })
      }
      failure = decoded.left
      retryClass = classifyResponse(statusOf(decoded.left), errorCodeOf(decoded.left))
    }
    const next = await nextToken(config, token, retryClass, signal)
    if (next === 'aborted') return E.left(aborted(attempts))
    if (next === undefined) return E.left({ ...(failure as object), attempts })
    token = next
  }
}

const metadataOf = (response: HttpResponse, attempts: number): CallMetadata => ({ ...responseMetadataOf(response), attempts })

const uncapitalize = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1)

/**
 * The client of a record of operations (what `makeClient` does with the generated `operations`).
 *
 * @category constructors
 * @since 0.2.0
 */
export const clientFor =
  <Ops extends Readonly<Record<string, AnyClientOperation>>>(operations: Ops) =>
  (config: ClientConfig): ClientOf<Ops> => {
    // Checked once, here; a bad configuration is every call's failure, never an exception.
    const checked = checkConfig(config)
    // Prepared before the first call (the endpoint rules, retries and signing are imported then)
    // and kept; a failure is not kept, so a later call tries again.
    let prepared: Promise<E.Either<InvalidConfiguration, ResolvedConfig>> | undefined
    const prepare = (): Promise<E.Either<InvalidConfiguration, ResolvedConfig>> => {
      if (E.isLeft(checked)) return Promise.resolve(checked)
      return (prepared ??= prepareConfig(checked.right).then((r) => {
        if (E.isLeft(r)) prepared = undefined
        return r
      }))
    }
    const plain: Record<string, unknown> = {}
    const withMetadata: Record<string, unknown> = {}
    for (const op of Object.values(operations)) {
      const run = async (input: unknown, options: CallOptions | undefined): Promise<CallResult> => {
        const resolved = await prepare()
        if (E.isLeft(resolved)) return resolved
        let encoded: E.Either<t.Errors, HttpRequest>
        try {
          encoded = op.encodeRequest(input)
        } catch {
          return E.left(invalidRequest(op.name, []))
        }
        if (E.isLeft(encoded)) return E.left(invalidRequest(op.name, encoded.left))
        const signal = options?.signal
        if (signal?.aborted === true) return E.left(aborted(0))
        return call(resolved.right, op, encoded.right, signal)
      }
      const guarded = (input: unknown, options: CallOptions | undefined): Promise<CallResult> =>
        run(input, options).catch(() => E.left(invalidConfiguration('the call failed unexpectedly')))
      const name = uncapitalize(op.name)
      plain[name] = (input: unknown, options?: CallOptions) => () => guarded(input, options).then((r) => (E.isLeft(r) ? r : E.right(r.right.output)))
      withMetadata[name] = (input: unknown, options?: CallOptions) => () =>
        guarded(input, options).then((r) => (E.isLeft(r) ? r : E.right({ output: r.right.output, metadata: metadataOf(r.right.response, r.right.attempts) })))
    }
    return { ...plain, withMetadata } as ClientOf<Ops>
  }

/**
 * The IVS Chat client, one method per operation of the model. Never throws: a configuration
 * problem is the `InvalidConfiguration` failure of every call.
 *
 * @category model
 * @since 0.2.0
 */
export type IvschatClient = ClientOf<typeof operations>

/**
 * Makes an IVS Chat client.
 *
 * @category constructors
 * @since 0.2.0
 */
export const makeClient: (config: ClientConfig) => IvschatClient = clientFor(operations)
