/**
 * An operation's errors as one union tagged by exception name, plus `UnknownOperationError` for
 * any code the operation does not declare: a new error code from the service is data, not a
 * crash.
 *
 * @since 0.1.0
 */
import * as E from 'fp-ts/lib/Either.js'
import type * as t from 'io-ts'
import { type DecodeOptions, neverThrow, refuseText } from '../codecs/Shape.js'
import { parseXml, type XmlContent } from '../codecs/Xml.js'
import { isRecord } from '../codecs/Json.js'
import { kindOf } from '../codecs/Issue.js'
import { normalizeErrorCode } from './Code.js'
import { type ErrorShape, type ErrorTypeOf, errorElementOf } from './ErrorShape.js'

/**
 * An error whose code the operation does not declare; keeps the code and the message, if any.
 *
 * @category model
 * @since 0.1.0
 */
export interface UnknownOperationError {
  readonly _tag: 'UnknownOperationError'
  readonly code: string
  readonly message?: string
}

/** Any error shape. @category model @since 0.1.0 */
export type AnyErrorShape = ErrorShape<string, any, any, any>

/**
 * The value type of an error union: each declared error, or `UnknownOperationError`.
 *
 * @category model
 * @since 0.1.0
 */
export type ErrorUnionType<U> = U extends ErrorUnion<infer Es> ? ErrorTypeOf<Es[number]> | UnknownOperationError : never

/**
 * Decoders and the encoder of an operation's error union.
 *
 * @category model
 * @since 0.1.0
 */
export interface ErrorUnion<Es extends ReadonlyArray<AnyErrorShape>> {
  /** The declared error shapes. */
  readonly errors: Es
  /** The declared error shape for a (raw or normalised) code, if any. */
  readonly lookup: (code: string) => Es[number] | undefined
  /** Decodes a JSON error body (parsed) given its code. */
  readonly fromJson: (code: string, body: unknown, options?: DecodeOptions) => E.Either<t.Errors, ErrorTypeOf<Es[number]> | UnknownOperationError>
  /** Decodes an XML error body given its code. */
  readonly fromXml: (code: string, xml: string, options?: DecodeOptions) => E.Either<t.Errors, ErrorTypeOf<Es[number]> | UnknownOperationError>
  /** The JSON error body of an error (`{ message }` for an unknown one). */
  readonly toJson: (e: ErrorTypeOf<Es[number]> | UnknownOperationError) => unknown
}

const unknownError = (code: string, message: unknown): UnknownOperationError =>
  typeof message === 'string' ? { _tag: 'UnknownOperationError', code, message } : { _tag: 'UnknownOperationError', code }

/**
 * The message of an undeclared error, kept only when it is text: `message`, or `Message` when
 * `message` is not a string. (Leniently: a declared error's body is validated instead.)
 */
const jsonMessage = (body: unknown): unknown => (isRecord(body) ? (typeof body['message'] === 'string' ? body['message'] : body['Message']) : undefined)

const xmlMessage = (content: XmlContent): unknown => {
  if (typeof content === 'string') return undefined
  const m = content['message'] ?? content['Message']
  const first: unknown = Array.isArray(m) ? m[0] : undefined
  return typeof first === 'string' ? first : undefined
}

const notACode = (code: unknown): E.Either<t.Errors, never> =>
  E.left([{ value: undefined, context: [], message: `(code): expected an error code (a string), got ${kindOf(code)}` }])

/**
 * Builds an operation's error union from its declared error shapes.
 *
 * @category constructors
 * @since 0.1.0
 */
export const errorUnion = <const Es extends ReadonlyArray<AnyErrorShape>>(errors: Es): ErrorUnion<Es> => {
  type Out = ErrorTypeOf<Es[number]> | UnknownOperationError
  const byName = new Map<string, Es[number]>(errors.map((e) => [e.name, e]))
  // Only a string is a code: `String()` of anything else may throw, or take minutes (a sparse array).
  // A code that is already an exception name (as `decodeResponse` passes it) is found without normalising it again.
  const lookup = (code: string): Es[number] | undefined => (typeof code === 'string' ? (byName.get(code) ?? byName.get(normalizeErrorCode(code))) : undefined)
  return {
    errors,
    lookup,
    fromJson: (code, body, options) =>
      neverThrow(undefined, () => {
        if (typeof code !== 'string') return notACode(code)
        const shape = lookup(code)
        if (shape === undefined) return E.right(unknownError(normalizeErrorCode(code), jsonMessage(body)))
        return shape.fromJson(body, options) as E.Either<t.Errors, Out>
      }),
    fromXml: (code, xml, options) =>
      neverThrow(undefined, () => {
        if (typeof code !== 'string') return notACode(code)
        const shape = lookup(code)
        if (shape !== undefined) return shape.fromXml(xml, options) as E.Either<t.Errors, Out>
        // Text over the limit is refused; anything that is not text simply has no message to read.
        const refused = typeof xml === 'string' ? refuseText(undefined, xml, options, 'XML text') : undefined
        if (refused !== undefined) return refused
        const doc = parseXml(xml)
        const message = '_tag' in doc ? undefined : xmlMessage(errorElementOf(doc.name, doc.content))
        return E.right(unknownError(normalizeErrorCode(code), message))
      }),
    toJson: (e) => {
      const tagged = e as { readonly _tag: string }
      if (tagged._tag === 'UnknownOperationError') {
        const u = e as UnknownOperationError
        return u.message === undefined ? {} : { message: u.message }
      }
      const shape = byName.get(tagged._tag)
      return shape === undefined ? {} : shape.toJson(e)
    }
  }
}
