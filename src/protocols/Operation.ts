/**
 * An operation: its `@http` trait, input and output shapes, error union, and every direction of
 * its exchange on the wire, derived from the declarations by the restJson1 protocol (IVS Chat's
 * wire; see `RestJson1.ts` for the rules). Compiled once, when the operation is declared.
 *
 * @since 0.1.0
 */
import type * as E from 'fp-ts/lib/Either.js'
import type * as t from 'io-ts'
import type { DecodeOptions, Shape } from '../codecs/Shape.js'
import type { AnyErrorShape, ErrorUnion, UnknownOperationError } from '../errors/ErrorUnion.js'
import type { ErrorTypeOf } from '../errors/ErrorShape.js'
import type { EncodedResponse, HttpRequest, HttpResponse, IncomingRequest } from './Http.js'
import { type HttpTrait, type RequestValidationError, decodeRequest, encodeRequest } from './restJson1/Request.js'
import { type Failure, decodeResponse, encodeError, encodeResponse } from './restJson1/Response.js'
import { type UriPattern, parseUriPattern } from './restJson1/Uri.js'

export type { Failure, FailureWith, UndecodableResponse } from './restJson1/Response.js'
export type { HttpTrait, RequestValidationError, ValidationField } from './restJson1/Request.js'

/**
 * Every direction of one operation. `F` and `Err` are its failure and error types, computed from
 * the error shapes unless given (generated operations give their named aliases, so editors show
 * `CreateChatTokenFailure`, not its expansion).
 *
 * @category model
 * @since 0.1.0
 */
export interface Operation<I, A, Es extends ReadonlyArray<AnyErrorShape>, F = Failure<Es>, Err = ErrorTypeOf<Es[number]> | UnknownOperationError> {
  readonly name: string
  /** Smithy `@http`: method, URI pattern and success status (default 200). */
  readonly http: HttpTrait
  /** The parsed URI pattern (for routers). */
  readonly uriPattern: UriPattern
  /** The input shape, or `undefined` for Smithy's `Unit`. */
  readonly input: Shape<I, unknown> | undefined
  /** The output shape, or `undefined` for Smithy's `Unit`. */
  readonly output: Shape<A, unknown> | undefined
  /** The operation's errors as one union. */
  readonly errors: ErrorUnion<Es>
  /** Client: the request to send, after a strict check of the input (a `Left` sends nothing). */
  readonly encodeRequest: (input: I) => E.Either<t.Errors, HttpRequest>
  /** Client: a whole HTTP response, the output on a 2xx, one of the errors otherwise. */
  readonly decodeResponse: (response: HttpResponse, options?: DecodeOptions) => E.Either<F, A>
  /** Server: a request's input, decoded strictly, or the `ValidationException` to answer with. */
  readonly decodeRequest: (request: IncomingRequest) => E.Either<RequestValidationError, I>
  /** Server: the response for an output. */
  readonly encodeResponse: (output: A) => EncodedResponse
  /** Server: the response for one of the operation's errors. */
  readonly encodeError: (error: Err) => EncodedResponse
}

/**
 * Any operation, for code that handles all of them (routers, tools).
 *
 * @category model
 * @since 0.2.0
 */
export type AnyOperation = Operation<any, any, ReadonlyArray<AnyErrorShape>>

/**
 * Declares an operation from its shapes and its `@http` trait.
 *
 * @category constructors
 * @since 0.1.0
 */
export const operation = <I = undefined, A = undefined, Es extends ReadonlyArray<AnyErrorShape> = ReadonlyArray<AnyErrorShape>>(declaration: {
  readonly name: string
  readonly http: HttpTrait
  readonly input: Shape<I, unknown> | undefined
  readonly output: Shape<A, unknown> | undefined
  readonly errors: ErrorUnion<Es>
}): Operation<I, A, Es> => {
  const uriPattern = parseUriPattern(declaration.http.uri)
  return {
    ...declaration,
    uriPattern,
    encodeRequest: encodeRequest(declaration.input, declaration.http, uriPattern),
    decodeResponse: decodeResponse(declaration.output, declaration.errors),
    decodeRequest: decodeRequest(declaration.input, uriPattern),
    encodeResponse: encodeResponse(declaration.output, declaration.http.code),
    encodeError: encodeError(declaration.errors)
  }
}
