/**
 * One attempt over HTTP through a `fetch` function (Node's global one by default): the whole
 * response read into memory, or why there is none. An attempt ends at `timeoutMs` (`Timeout`),
 * when the caller's signal aborts (`Aborted`), or when the connection fails (`Network`).
 *
 * @since 0.2.0
 */
import * as E from 'fp-ts/lib/Either.js'
import type { HttpResponse } from '../protocols/Http.js'
import type { TransportReason } from './Failure.js'

/**
 * What the client gives `fetch`.
 *
 * @category model
 * @since 0.2.0
 */
export interface FetchInit {
  readonly method: string
  readonly headers: Readonly<Record<string, string>>
  readonly body?: string
  readonly signal: AbortSignal
}

/**
 * What the client reads of a `fetch` response (a WHATWG `Response` has all of it).
 *
 * @category model
 * @since 0.2.0
 */
export interface FetchResponse {
  readonly status: number
  readonly headers: { forEach(callback: (value: string, name: string) => void): void }
  arrayBuffer(): Promise<ArrayBuffer>
}

/**
 * A `fetch` function: Node's global `fetch`, or a stand-in (a test's, a proxy's, an instrumented one).
 *
 * @category model
 * @since 0.2.0
 */
export type Fetch = (url: string, init: FetchInit) => Promise<FetchResponse>

/** Why an attempt did not complete (the client adds the attempt count). */
export interface TransportError {
  readonly reason: TransportReason
  readonly code?: string
  readonly message: string
}

const SYSTEM_CODE = /^[A-Z][A-Z0-9_]*$/

/** The system error code under a fetch error (`cause.code`, or the error's own), when it looks like one. */
const codeOf = (e: unknown): string | undefined => {
  for (let x: unknown = e, depth = 0; typeof x === 'object' && x !== null && depth < 4; x = (x as { cause?: unknown }).cause, depth++) {
    const code = (x as { code?: unknown }).code
    if (typeof code === 'string' && SYSTEM_CODE.test(code)) return code
  }
  return undefined
}

const failure = (reason: TransportReason, code: string | undefined, message: string): TransportError =>
  code === undefined ? { reason, message } : { reason, code, message }

const describe = (e: unknown, caller: AbortSignal | undefined, timeout: AbortSignal | undefined, timeoutMs: number | undefined): TransportError => {
  if (caller?.aborted === true) return failure('Aborted', undefined, 'the call was aborted by its signal')
  if (timeout?.aborted === true) return failure('Timeout', undefined, `no complete response within ${timeoutMs} ms`)
  const code = codeOf(e)
  // The fetch error's own text is left out: it is the library's wording, and the code says it.
  return failure('Network', code, code === undefined ? 'the request failed before a complete response' : `the request failed before a complete response (${code})`)
}

/** The signal of an attempt with neither a caller's signal nor a timeout: never aborts. */
const NEVER = new AbortController().signal

const headersOf = (h: FetchResponse['headers']): Record<string, string> => {
  const out: Record<string, string> = {}
  h.forEach((value, name) => {
    out[name.toLowerCase()] = value
  })
  return out
}

/**
 * Sends one request and reads its whole response. Never rejects.
 */
export const send = async (
  fetch: Fetch,
  url: string,
  init: { readonly method: string; readonly headers: Readonly<Record<string, string>>; readonly body: string | undefined },
  caller: AbortSignal | undefined,
  timeoutMs: number | undefined
): Promise<E.Either<TransportError, HttpResponse>> => {
  if (caller?.aborted === true) return E.left(describe(undefined, caller, undefined, timeoutMs))
  const timeout = timeoutMs === undefined ? undefined : AbortSignal.timeout(timeoutMs)
  const signal = timeout === undefined ? (caller ?? NEVER) : caller === undefined ? timeout : AbortSignal.any([caller, timeout])
  try {
    const response = await fetch(url, init.body === undefined ? { method: init.method, headers: init.headers, signal } : { method: init.method, headers: init.headers, body: init.body, signal })
    const body = new Uint8Array(await response.arrayBuffer())
    return E.right({ statusCode: response.status, headers: headersOf(response.headers), body })
  } catch (e) {
    return E.left(describe(e, caller, timeout, timeoutMs))
  }
}
