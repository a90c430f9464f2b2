/**
 * The error interpreter: an error shape's body declaration, read as a tagged value whose `_tag`
 * is the exception name, with its HTTP status and fault taken from the declaration's traits.
 *
 * JSON bodies may capitalise the message (`Message`); XML bodies come as
 * `<ErrorResponse><Error>…</Error></ErrorResponse>` or with `<Error>` as the root, and also
 * capitalise it.
 *
 * @since 0.1.0
 */
import * as E from 'fp-ts/lib/Either.js'
import type * as t from 'io-ts'
import type { Schema } from '../codecs/Schema.js'
import { type DecodeOptions, type MakeInput, type Shape, decodeXmlContent, neverThrow, refuseText, shape } from '../codecs/Shape.js'
import { isRecord } from '../codecs/Json.js'
import { parseXml, type XmlContent } from '../codecs/Xml.js'

/**
 * An error value: the body's members and the exception name as `_tag`.
 *
 * @category model
 * @since 0.1.0
 */
export type Tagged<N extends string, A> = { readonly _tag: N } & A

/**
 * Every direction of one error shape.
 *
 * @category model
 * @since 0.1.0
 */
export interface ErrorShape<N extends string, A, O, I = MakeInput<A>> {
  /** The exception name, which is also the decoded value's `_tag`. */
  readonly name: N
  /** The HTTP status from Smithy `@httpError`, when the model gives one. */
  readonly httpStatus: number | undefined
  /** Smithy `@error`: whether the caller (`client`) or the service (`server`) is at fault. */
  readonly fault: 'client' | 'server'
  /** The body's shape, with every direction of an ordinary shape. */
  readonly body: Shape<A, O, I>
  /** Builds an error value from the body's members. */
  make(fields: I): Tagged<N, A>
  /** Decodes a JSON error body (parsed). */
  readonly fromJson: (body: unknown, options?: DecodeOptions) => E.Either<t.Errors, Tagged<N, A>>
  /** Decodes an XML error body. */
  readonly fromXml: (xml: string, options?: DecodeOptions) => E.Either<t.Errors, Tagged<N, A>>
  /** Decodes the content of an already parsed `<Error>` element. */
  readonly fromXmlContent: (content: XmlContent, options?: DecodeOptions) => E.Either<t.Errors, Tagged<N, A>>
  /** The JSON error body. */
  toJson(e: Tagged<N, A>): O
  /** Is this a value of this error? */
  readonly is: (u: unknown) => u is Tagged<N, A>
}

/** The error value type of an error shape. @category model @since 0.1.0 */
export type ErrorTypeOf<S> = S extends ErrorShape<infer N, infer A, unknown, any> ? Tagged<N, A> : never

/** A JSON body with `Message` read as `message` when `message` itself is absent. */
const withJsonMessage = (body: unknown): unknown => {
  if (!isRecord(body) || (body['message'] !== undefined && body['message'] !== null) || !Object.prototype.hasOwnProperty.call(body, 'Message')) return body
  return { ...body, message: body['Message'] }
}

/** The `<Error>` element of an XML error document. */
export const errorElementOf = (name: string, content: XmlContent): XmlContent => {
  if (name === 'ErrorResponse' && typeof content !== 'string') {
    const error = content['Error']
    if (Array.isArray(error) && error.length > 0) return error[0] as XmlContent
  }
  return content
}

/** An XML `<Error>` element with `<Message>` read as `<message>` when `<message>` is absent. */
const withXmlMessage = (content: XmlContent): XmlContent =>
  typeof content === 'string' || content['message'] !== undefined || content['Message'] === undefined ? content : { ...content, message: content['Message'] }

/**
 * Derives an error shape's directions from its declaration.
 *
 * @category constructors
 * @since 0.1.0
 */
export const errorShape = <const N extends string, A, O, I = MakeInput<A>>(name: N, schema: Schema<A, O> & { readonly MakeInput?: I }): ErrorShape<N, A, O, I> => {
  const ast = schema.ast
  if (ast.kind !== 'structure' || ast.name !== name) throw new TypeError(`errorShape: ${name} must be declared as a structure named ${name}`)
  const body = shape(schema)
  const tag = (a: A): Tagged<N, A> => ({ _tag: name, ...a })
  const fromXmlContent = (content: XmlContent, options?: DecodeOptions): E.Either<t.Errors, Tagged<N, A>> =>
    neverThrow(body.codec, () => E.map(tag)(decodeXmlContent(body, withXmlMessage(content), options)))
  return {
    name,
    httpStatus: ast.error?.httpStatus,
    fault: ast.error?.fault ?? 'client',
    body,
    make: (fields) => tag((body.make as (f: I) => A)(fields)),
    fromJson: (u, options) => neverThrow(body.codec, () => E.map(tag)(body.fromJson(withJsonMessage(u), options))),
    fromXml: (xml, options) => {
      // Not text, or too long: the body's decoder says so before anything is parsed.
      const refused = refuseText(body.codec, xml, options, 'XML text')
      if (refused !== undefined) return refused
      const doc = parseXml(xml)
      if ('_tag' in doc) return E.map(tag)(body.fromXml(xml, options))
      return fromXmlContent(errorElementOf(doc.name, doc.content), options)
    },
    fromXmlContent,
    toJson: (e) => body.toJson(e),
    is: (u): u is Tagged<N, A> => isRecord(u) && u['_tag'] === name && body.is(u)
  }
}
