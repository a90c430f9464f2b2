/**
 * An operation: its input and output shapes, its error union, and the decoder of its whole
 * HTTP responses, all derived from the declarations.
 *
 * @since 0.1.0
 */
import type * as E from 'fp-ts/lib/Either.js'
import type { DecodeOptions, Shape } from '../codecs/Shape.js'
import type { AnyErrorShape, ErrorUnion } from './ErrorUnion.js'
import { type Failure, type HttpResponse, decodeResponse } from './Response.js'

/**
 * Every direction of one operation.
 *
 * @category model
 * @since 0.1.0
 */
export interface Operation<I, A, Es extends ReadonlyArray<AnyErrorShape>> {
  readonly name: string
  /** The input shape, or `undefined` for Smithy's `Unit`. */
  readonly input: Shape<I, unknown> | undefined
  /** The output shape, or `undefined` for Smithy's `Unit`. */
  readonly output: Shape<A, unknown> | undefined
  /** The operation's errors as one union. */
  readonly errors: ErrorUnion<Es>
  /** Decodes a whole HTTP response: the output on a 2xx, one of the errors otherwise. */
  readonly decodeResponse: (response: HttpResponse, options?: DecodeOptions) => E.Either<Failure<Es>, A>
}

/**
 * Declares an operation from its shapes.
 *
 * @category constructors
 * @since 0.1.0
 */
export const operation = <I = undefined, A = undefined, Es extends ReadonlyArray<AnyErrorShape> = ReadonlyArray<AnyErrorShape>>(declaration: {
  readonly name: string
  readonly input: Shape<I, unknown> | undefined
  readonly output: Shape<A, unknown> | undefined
  readonly errors: ErrorUnion<Es>
}): Operation<I, A, Es> => ({ ...declaration, decodeResponse: decodeResponse(declaration.output, declaration.errors) })
