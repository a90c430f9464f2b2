/**
 * restJson1 responses, both ways.
 *
 * Reading (`decodeResponse`, a client's side):
 * - a 2xx status is the operation's output: the JSON body (see `Body.ts`) plus any members bound
 *   to headers or to the status, decoded leniently and with error correction (Smithy, "Client
 *   error correction": a missing `@required` member takes its zero value instead of failing the
 *   call). An operation whose output is Smithy's `Unit` succeeds with `undefined` on any 2xx.
 * - any other status is an error, named as `ErrorCode.ts` says. A declared name decodes the body
 *   into that error (leniently, with error correction); an undeclared one is an
 *   `UnknownOperationError` keeping the code and the message; a body that cannot be read, or an
 *   error that names no code, is an `UndecodableResponse` with the io-ts errors.
 * - every failure carries the response's `statusCode` and, when the response has a non-empty
 *   `x-amzn-requestid` header, its `requestId`, on the failure value itself. Nothing throws: a
 *   response that throws when read is an `UndecodableResponse` with status 0.
 *
 * Writing (`encodeResponse`, `encodeError`, a server's side):
 * - an output: the `@http` code, members bound to headers in headers, the others as the JSON
 *   body with `content-type: application/json` (no body for a `Unit` output).
 * - a declared error: the status of its `@httpError`, else 400 for a client fault and 500 for a
 *   server fault; `x-amzn-errortype` naming it; its members as the JSON body.
 * - an `UnknownOperationError`: its own `statusCode` when it carries one (a decoded failure
 *   relayed as it came), else 500, since nothing says the caller was at fault; `x-amzn-errortype`
 *   naming its code; `{ "message": … }` as the body when it has a message.
 *
 * @since 0.2.0
 */
import * as E from 'fp-ts/lib/Either.js'
import type * as t from 'io-ts'
import { type DecodeOptions, type ReadOptions, type Shape, readOptions } from '../../codecs/Shape.js'
import { isRecord } from '../../codecs/Json.js'
import type { AnyErrorShape, ErrorUnion, UnknownOperationError } from '../../errors/ErrorUnion.js'
import type { ErrorTypeOf } from '../../errors/ErrorShape.js'
import type { EncodedResponse, HttpResponse, ResponseMetadata } from '../Http.js'
import { headerOf, headersOf } from '../Headers.js'
import { JSON_CONTENT_TYPE, bodyError, parseBody } from './Body.js'
import { type Bindings, HEADER_TIMESTAMPS, bindingsOf } from './Bindings.js'
import { ERROR_TYPE_HEADER, errorCodeFrom } from './ErrorCode.js'
import { TIMESTAMPS } from './Timestamps.js'
import { textsOf, wireValueOf } from './Text.js'

/** The header that carries the request id. */
export const REQUEST_ID_HEADER = 'x-amzn-requestid'

/**
 * A response that could not be decoded at all: not JSON, the wrong shape, or an error without a
 * code. Keeps the status, the request id, the error code when there was one, and the io-ts errors.
 *
 * @category model
 * @since 0.1.0
 */
export interface UndecodableResponse extends ResponseMetadata {
  readonly _tag: 'UndecodableResponse'
  readonly code?: string
  readonly errors: t.Errors
}

/**
 * What a failed call decodes to: one of the operation's errors, or an undecodable response, each
 * with the response's metadata (`statusCode`, `requestId`).
 *
 * @category model
 * @since 0.1.0
 */
export type Failure<Es extends ReadonlyArray<AnyErrorShape>> = FailureWith<ErrorTypeOf<Es[number]> | UnknownOperationError>

/**
 * `Failure`, given the operation's error type (the union of its error values): what generated
 * operations name (`CreateChatTokenFailure`), so that each error appears once, by its name.
 *
 * @category model
 * @since 0.3.0
 */
export type FailureWith<E> = (E & ResponseMetadata) | UndecodableResponse

/** The options of a lenient client-side decode: Smithy's client error correction on. */
/**
 * The options read once for the common case (none given), so that case reads nothing per call:
 * decoders take options `readOptions` has read as they are (their `strict` may be `undefined`,
 * which `DecodeOptions` does not spell).
 */
let correctedDefault: DecodeOptions | undefined

const corrected = (options: DecodeOptions | undefined): DecodeOptions => {
  if (options !== undefined) return { ...options, errorCorrection: true }
  if (correctedDefault === undefined) {
    const read: ReadOptions | string = readOptions({ errorCorrection: true })
    correctedDefault = typeof read === 'string' ? { errorCorrection: true } : (read as DecodeOptions)
  }
  return correctedDefault
}

/** The metadata of any response: its status and `x-amzn-requestid` (the client reports it for successes). */
export const metadataOf = (response: HttpResponse): ResponseMetadata => metadataFrom(response, headersOf(response?.headers))

/** A response's status, or 0 when it has none. */
const statusOf = (response: HttpResponse): number =>
  typeof response === 'object' && response !== null && typeof response.statusCode === 'number' ? response.statusCode : 0

const metadataFrom = (response: HttpResponse, headers: ReadonlyMap<string, string>): ResponseMetadata => {
  const statusCode = statusOf(response)
  const requestId = headers.get(REQUEST_ID_HEADER)
  return requestId === undefined || requestId === '' ? { statusCode } : { statusCode, requestId }
}

/**
 * A decoded error with the response's metadata. The package's error shapes make a new value per
 * decode, held by nothing else, so the metadata is added to it in place: an object spread here
 * cost about 3 µs per error response in Node 20, more than the rest of the decode
 * (docs/performance.md). A value that can't take it (a hand-made error shape's frozen value) is
 * copied.
 */
const withMetadata = <A extends object>(error: A, meta: ResponseMetadata): A & ResponseMetadata => {
  if (!Object.isExtensible(error)) return { ...error, ...meta }
  const out = error as Record<string, unknown>
  out['statusCode'] = meta.statusCode
  if (meta.requestId !== undefined) out['requestId'] = meta.requestId
  return error as A & ResponseMetadata
}

const undecodable = (meta: ResponseMetadata, code: string | undefined, errors: t.Errors): UndecodableResponse => ({
  _tag: 'UndecodableResponse',
  ...meta,
  ...(code === undefined ? {} : { code }),
  errors
})

/** The body's members plus those bound to headers and the status, as one JSON object. */
const withBindings = (bindings: Bindings, body: unknown, response: HttpResponse, statusCode: number): unknown => {
  if (bindings.headers.length === 0 && bindings.statusCode === undefined) return body
  if (!isRecord(body)) return body
  const out: Record<string, unknown> = {}
  for (const m of bindings.body) if (Object.prototype.hasOwnProperty.call(body, m.name)) out[m.name] = body[m.name]
  for (const m of bindings.headers) {
    const v = headerOf(response.headers, m.httpHeader!)
    if (v !== undefined) out[m.name] = wireValueOf(m.target, m.target.kind === 'list' ? v.split(',').map((x) => x.trim()) : [v], HEADER_TIMESTAMPS, TIMESTAMPS)
  }
  if (bindings.statusCode !== undefined) out[bindings.statusCode.name] = statusCode
  return out
}

/**
 * The decoder of an operation's whole HTTP responses (see the module's rules).
 *
 * @category interpreters
 * @since 0.2.0
 */
export const decodeResponse = <A, Es extends ReadonlyArray<AnyErrorShape>>(output: Shape<A, unknown> | undefined, errors: ErrorUnion<Es>) => {
  const bindings = bindingsOf(output?.ast)
  return (given: HttpResponse, options?: DecodeOptions): E.Either<Failure<Es>, A> => {
    let meta: ResponseMetadata = { statusCode: 0 }
    try {
      // Anything that is not an object is a response with no status, headers or body.
      const response: HttpResponse = typeof given === 'object' && given !== null ? given : { statusCode: 0 }
      const statusCode = statusOf(response)
      meta = { statusCode }
      const parsed = parseBody(response.body, options)
      if (statusCode >= 200 && statusCode < 300) {
        // A success carries no metadata (a client reads it with `metadataOf`): the headers are
        // read only for a failure.
        if (output === undefined) return E.right(undefined as A)
        if (E.isLeft(parsed)) return E.left(undecodable(metadataOf(response), undefined, parsed.left))
        const decoded = output.fromJson(withBindings(bindings, parsed.right, response, statusCode), corrected(options))
        return E.isLeft(decoded) ? E.left(undecodable(metadataOf(response), undefined, decoded.left)) : decoded
      }
      // The headers are walked once; the request id and the error code are read from them.
      const headers = headersOf(response.headers)
      meta = metadataFrom(response, headers)
      const code = errorCodeFrom(headers.get(ERROR_TYPE_HEADER), E.isRight(parsed) ? parsed.right : undefined)
      if (code === undefined) {
        return E.left(undecodable(meta, undefined, E.isLeft(parsed) ? parsed.left : bodyError('expected an error code in the x-amzn-errortype header or the body, got none')))
      }
      if (E.isLeft(parsed)) return E.left(undecodable(meta, code, parsed.left))
      const decoded = errors.fromJson(code, parsed.right, corrected(options))
      return E.left(E.isLeft(decoded) ? undecodable(meta, code, decoded.left) : (withMetadata(decoded.right, meta) as Failure<Es>))
    } catch {
      return E.left(undecodable(meta, undefined, bodyError('expected a response that can be read, got one that threw while it was read')))
    }
  }
}

/** The JSON body of the members left for the body. */
const bodyJson = (bindings: Bindings, json: unknown): string => {
  if (bindings.headers.length === 0 && bindings.statusCode === undefined) return JSON.stringify(json)
  const rec = json as Record<string, unknown>
  const out: Record<string, unknown> = {}
  for (const m of bindings.body) if (rec[m.name] !== undefined) out[m.name] = rec[m.name]
  return JSON.stringify(out)
}

/**
 * The encoder of an operation's successful responses (see the module's rules).
 *
 * @category interpreters
 * @since 0.2.0
 */
export const encodeResponse = <A>(output: Shape<A, unknown> | undefined, code: number) => {
  const bindings = bindingsOf(output?.ast)
  return (a: A): EncodedResponse => {
    if (output === undefined) return { statusCode: code, headers: {}, body: undefined }
    const headers: Record<string, string> = { 'content-type': JSON_CONTENT_TYPE }
    const rec = a as Record<string, unknown>
    for (const m of bindings.headers) {
      const v = rec[m.name]
      if (v !== undefined) headers[m.httpHeader!.toLowerCase()] = textsOf(m.target, v, HEADER_TIMESTAMPS).join(', ')
    }
    const status = bindings.statusCode !== undefined && typeof rec[bindings.statusCode.name] === 'number' ? (rec[bindings.statusCode.name] as number) : code
    return { statusCode: status, headers, body: bindings.hasBody ? bodyJson(bindings, output.toJson(a)) : undefined }
  }
}

/**
 * The encoder of an operation's error responses (see the module's rules).
 *
 * @category interpreters
 * @since 0.2.0
 */
export const encodeError =
  <Es extends ReadonlyArray<AnyErrorShape>>(errors: ErrorUnion<Es>) =>
  (e: ErrorTypeOf<Es[number]> | UnknownOperationError): EncodedResponse => {
    const tag = (e as { readonly _tag: string })._tag
    const shape = tag === 'UnknownOperationError' ? undefined : errors.errors.find((x) => x.name === tag)
    if (shape === undefined) {
      const u = e as UnknownOperationError & Partial<ResponseMetadata>
      const code = tag === 'UnknownOperationError' ? u.code : tag
      return {
        statusCode: typeof u.statusCode === 'number' ? u.statusCode : 500,
        headers: { 'content-type': JSON_CONTENT_TYPE, [ERROR_TYPE_HEADER]: code },
        body: JSON.stringify(typeof u.message === 'string' ? { message: u.message } : {})
      }
    }
    return {
      statusCode: shape.httpStatus ?? (shape.fault === 'server' ? 500 : 400),
      headers: { 'content-type': JSON_CONTENT_TYPE, [ERROR_TYPE_HEADER]: shape.name },
      body: JSON.stringify(shape.toJson(e))
    }
  }
