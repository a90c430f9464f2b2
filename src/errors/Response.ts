/**
 * Whole HTTP responses: a 2xx body decodes as the operation's output; any other status decodes
 * as one of its errors, with the code taken from the `x-amzn-errortype` header, then the body's
 * `code` key (any letter case), then its `__type`. Nothing here throws: a body that cannot be
 * decoded at all ends as an `UndecodableResponse`.
 *
 * @since 0.1.0
 */
import * as E from 'fp-ts/lib/Either.js'
import type * as t from 'io-ts'
import { type DecodeOptions, DEFAULT_MAX_INPUT_LENGTH, type Shape } from '../codecs/Shape.js'
import type { ErrorUnion, AnyErrorShape, UnknownOperationError } from './ErrorUnion.js'
import type { ErrorTypeOf } from './ErrorShape.js'
import { normalizeErrorCode } from './Code.js'

/**
 * An HTTP response as a backend's HTTP client gives it.
 *
 * @category model
 * @since 0.1.0
 */
export interface HttpResponse {
  readonly statusCode: number
  readonly headers?: Readonly<Record<string, string | ReadonlyArray<string> | undefined>>
  /** The body, as text or UTF-8 bytes. */
  readonly body?: string | Uint8Array
}

/**
 * A response that could not be decoded at all: not JSON, the wrong shape, or an error without a
 * code. Keeps the status, the error code when there was one, and the io-ts errors.
 *
 * @category model
 * @since 0.1.0
 */
export interface UndecodableResponse {
  readonly _tag: 'UndecodableResponse'
  readonly statusCode: number
  readonly code?: string
  readonly errors: t.Errors
}

/**
 * What a failed call decodes to: one of the operation's errors, or an undecodable response.
 *
 * @category model
 * @since 0.1.0
 */
export type Failure<Es extends ReadonlyArray<AnyErrorShape>> = ErrorTypeOf<Es[number]> | UnknownOperationError | UndecodableResponse

const decoder = new TextDecoder('utf-8')

const textOf = (body: unknown): string =>
  typeof body === 'string' ? body : body instanceof Uint8Array ? decoder.decode(body) : ''

/** The value of a header, any letter case; repeated headers are joined by commas. */
const headerOf = (headers: HttpResponse['headers'], name: string): string | undefined => {
  if (typeof headers !== 'object' || headers === null) return undefined
  for (const k of Object.keys(headers)) {
    if (k.toLowerCase() !== name) continue
    const v: unknown = headers[k]
    if (typeof v === 'string') return v
    // Object.values visits the entries there are, not every index of a sparse array.
    if (Array.isArray(v)) return Object.values(v as ReadonlyArray<unknown>).filter((x): x is string => typeof x === 'string').join(',')
  }
  return undefined
}

/** The error code in a JSON body: its `code` key (any letter case), then `__type`. */
const bodyCodeOf = (body: unknown): string | undefined => {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined
  const rec = body as Record<string, unknown>
  for (const k of Object.keys(rec)) if (k.toLowerCase() === 'code' && typeof rec[k] === 'string') return rec[k] as string
  return typeof rec['__type'] === 'string' ? rec['__type'] : undefined
}

const undecodable = (statusCode: number, code: string | undefined, errors: t.Errors): UndecodableResponse =>
  code === undefined ? { _tag: 'UndecodableResponse', statusCode, errors } : { _tag: 'UndecodableResponse', statusCode, code, errors }

const bodyError = (message: string): t.Errors => [{ value: undefined, context: [], message: `(body): ${message}` }]

const parseBody = (body: unknown, options: DecodeOptions | undefined): E.Either<t.Errors, unknown> => {
  // Bytes are measured before they are decoded, so an oversized body is never turned into text.
  const max = options?.maxInputLength ?? DEFAULT_MAX_INPUT_LENGTH
  if (body instanceof Uint8Array && body.byteLength > max) return E.left(bodyError(`expected at most ${max} bytes, got ${body.byteLength}`))
  // Anything else (an ArrayBuffer, a stream, parsed JSON) is not read as an empty body.
  if (body !== undefined && body !== null && typeof body !== 'string' && !(body instanceof Uint8Array)) {
    return E.left(bodyError(`expected the body as text or bytes, got ${typeof body === 'object' ? 'an object that is neither' : typeof body}`))
  }
  const text = textOf(body)
  if (text.length > max) return E.left(bodyError(`expected at most ${max} characters, got ${text.length}`))
  if (text.trim() === '') return E.right({})
  try {
    return E.right(JSON.parse(text) as unknown)
  } catch {
    return E.left(bodyError('expected JSON text, got text that is not valid JSON'))
  }
}

/**
 * Decodes a whole HTTP response of an operation: its output on a 2xx, one of its errors
 * otherwise. `output` is `undefined` for operations whose output is Smithy's `Unit`, which
 * succeed on any 2xx with `undefined`.
 *
 * @category interpreters
 * @since 0.1.0
 */
export const decodeResponse =
  <A, Es extends ReadonlyArray<AnyErrorShape>>(output: Shape<A, unknown> | undefined, errors: ErrorUnion<Es>) =>
  (response: HttpResponse, options?: DecodeOptions): E.Either<Failure<Es>, A> => {
    try {
      return decodeWith(output, errors, response, options)
    } catch {
      // A response that throws when read (a Proxy, a getter): never a crash.
      return E.left(undecodable(0, undefined, bodyError('expected a response that can be read, got one that threw while it was read')))
    }
  }

const decodeWith = <A, Es extends ReadonlyArray<AnyErrorShape>>(
  output: Shape<A, unknown> | undefined,
  errors: ErrorUnion<Es>,
  response: HttpResponse,
  options: DecodeOptions | undefined
): E.Either<Failure<Es>, A> => {
  const statusCode = typeof response === 'object' && response !== null && typeof response.statusCode === 'number' ? response.statusCode : 0
  const parsed = parseBody(typeof response === 'object' && response !== null ? response.body : undefined, options)
  if (statusCode >= 200 && statusCode < 300) {
    if (output === undefined) return E.right(undefined as A)
    if (E.isLeft(parsed)) return E.left(undecodable(statusCode, undefined, parsed.left))
    // `E.mapLeft`, without its two closures per call.
    const decoded = output.fromJson(parsed.right, options)
    return E.isLeft(decoded) ? E.left(undecodable(statusCode, undefined, decoded.left)) : decoded
  }
  const rawCode = headerOf(response?.headers, 'x-amzn-errortype') ?? (E.isRight(parsed) ? bodyCodeOf(parsed.right) : undefined)
  const code = rawCode === undefined ? undefined : normalizeErrorCode(rawCode)
  if (code === undefined || code === '') return E.left(undecodable(statusCode, undefined, E.isLeft(parsed) ? parsed.left : bodyError('expected an error code in the x-amzn-errortype header or the body, got none')))
  if (E.isLeft(parsed)) return E.left(undecodable(statusCode, code, parsed.left))
  const decoded = errors.fromJson(code, parsed.right, options)
  return E.left(E.isLeft(decoded) ? undecodable(statusCode, code, decoded.left) : (decoded.right as Failure<Es>))
}
