/**
 * An operation's errors as one union tagged by exception name, plus `UnknownOperationError` for
 * any code the operation does not declare: a new error code from the service is data, not a
 * crash.
 *
 * How a raw code names an exception, and how error bodies are read, come from `ErrorConventions`
 * (`Conventions.ts`); the message of an undeclared error is the body's `message`, read as the
 * declared errors read theirs, and kept only when it is text.
 *
 * @since 0.1.0
 */
import * as E from 'fp-ts/lib/Either.js'
import type * as t from 'io-ts'
import { type DecodeOptions, neverThrow, refuseText } from '../codecs/Shape.js'
import { parseXml, type XmlContent } from '../codecs/Xml.js'
import { isRecord } from '../codecs/Json.js'
import { kindOf } from '../codecs/Issue.js'
import { type ErrorConventions, PLAIN_ERROR_CONVENTIONS } from './Conventions.js'
import type { ErrorShape, ErrorTypeOf } from './ErrorShape.js'

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
export type AnyErrorShape = ErrorShape<string, any, any, any, any>

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
  /** The conventions of the protocols it follows. */
  readonly conventions: ErrorConventions
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

/** The `message` member of a JSON error body, as the conventions read it (kept only when it is text). */
const jsonMessage = (body: unknown): unknown => (isRecord(body) ? body['message'] : undefined)

/** The text of the `<message>` element of an XML error's content, as the conventions read it. */
const xmlMessage = (content: XmlContent): unknown => {
  if (typeof content === 'string') return undefined
  const m = content['message']
  const first: unknown = Array.isArray(m) ? m[0] : undefined
  return typeof first === 'string' ? first : undefined
}

const notACode = (code: unknown): E.Either<t.Errors, never> =>
  E.left([{ value: undefined, context: [], message: `(code): expected an error code (a string), got ${kindOf(code)}` }])

/**
 * Builds an operation's error union from its declared error shapes, with the given protocol
 * conventions (none by default).
 *
 * @category constructors
 * @since 0.1.0
 */
export const errorUnion = <const Es extends ReadonlyArray<AnyErrorShape>>(errors: Es, options: { readonly conventions?: ErrorConventions } = {}): ErrorUnion<Es> => {
  type Out = ErrorTypeOf<Es[number]> | UnknownOperationError
  const conventions = options.conventions ?? PLAIN_ERROR_CONVENTIONS
  const normalize = conventions.code
  const byName = new Map<string, Es[number]>(errors.map((e) => [e.name, e]))
  // Only a string is a code: `String()` of anything else may throw, or take minutes (a sparse array).
  // A code that is already an exception name (as `decodeResponse` passes it) is found without normalising it again.
  const lookup = (code: string): Es[number] | undefined => (typeof code === 'string' ? (byName.get(code) ?? byName.get(normalize(code))) : undefined)
  return {
    errors,
    conventions,
    lookup,
    fromJson: (code, body, options) =>
      neverThrow(undefined, () => {
        if (typeof code !== 'string') return notACode(code)
        const shape = lookup(code)
        if (shape === undefined) return E.right(unknownError(normalize(code), jsonMessage(conventions.json(body))))
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
        const message = '_tag' in doc ? undefined : xmlMessage(conventions.xml(doc.name, doc.content))
        return E.right(unknownError(normalize(code), message))
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
