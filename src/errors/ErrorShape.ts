/**
 * The error interpreter: an error shape's body declaration, read as a tagged value whose `_tag`
 * is the exception name, with its HTTP status and fault taken from the declaration's traits.
 *
 * How a protocol shapes error bodies (an envelope around an XML error, a capitalised `Message`)
 * comes in through `ErrorConventions` (`Conventions.ts`); without them, a JSON body and an XML
 * document's root element hold the members as declared. The package's error shapes take the
 * conventions of `src/protocols/Conventions.ts`.
 *
 * @since 0.1.0
 */
import * as E from 'fp-ts/lib/Either.js'
import type * as t from 'io-ts'
import type { Schema } from '../codecs/Schema.js'
import { type DecodeOptions, type MakeInput, type Shape, decodeXmlContent, neverThrow, refuseText, shape, threw } from '../codecs/Shape.js'
import { isRecord, setKey } from '../codecs/Json.js'
import { parseXml, type XmlContent } from '../codecs/Xml.js'
import { type ErrorConventions, PLAIN_ERROR_CONVENTIONS } from './Conventions.js'

/**
 * An error value: the body's members and the exception name as `_tag`.
 *
 * @category model
 * @since 0.1.0
 */
export type Tagged<N extends string, A> = { readonly _tag: N } & A

/**
 * Every direction of one error shape. `V` is the error value's type: `Tagged<N, A>` unless the
 * shape is given a name for it (see `namedError`), as the generated error shapes are, so that
 * editors show the error's name, not its expansion.
 *
 * @category model
 * @since 0.1.0
 */
export interface ErrorShape<N extends string, A, O, I = MakeInput<A>, V = Tagged<N, A>> {
  /** The exception name, which is also the decoded value's `_tag`. */
  readonly name: N
  /** The HTTP status from Smithy `@httpError`, when the model gives one. */
  readonly httpStatus: number | undefined
  /** Smithy `@error`: whether the caller (`client`) or the service (`server`) is at fault. */
  readonly fault: 'client' | 'server'
  /** The body's shape, with every direction of an ordinary shape. */
  readonly body: Shape<A, O, I>
  /** Builds an error value from the body's members. */
  make(fields: I): V
  /** The conventions of the protocols its directions follow. */
  readonly conventions: ErrorConventions
  /** Decodes a JSON error body (parsed). */
  readonly fromJson: (body: unknown, options?: DecodeOptions) => E.Either<t.Errors, V>
  /** Decodes an XML error body. */
  readonly fromXml: (xml: string, options?: DecodeOptions) => E.Either<t.Errors, V>
  /** Decodes the content of the element that holds the error's members (already unwrapped). */
  readonly fromXmlContent: (content: XmlContent, options?: DecodeOptions) => E.Either<t.Errors, V>
  /** The JSON error body. */
  toJson(e: V): O
  /** Is this a value of this error? */
  readonly is: (u: unknown) => u is V
}

/** The error value type of an error shape (its name, when it has one). @category model @since 0.1.0 */
export type ErrorTypeOf<S> = S extends ErrorShape<string, any, any, any, infer V> ? V : never

/**
 * Does `A` have exactly the members of `B`? `unknown` (no constraint) when it does; otherwise a
 * type no shape has, which names both: the compile-time check of `namedError`.
 */
type SameType<A, B> = [A] extends [B] ? ([B] extends [A] ? unknown : { readonly 'the named type differs from the error value': [A, B] }) : { readonly 'the named type differs from the error value': [A, B] }

/**
 * Names an error shape's value type: `namedError<X>()(errorShape(...))` is the same error shape,
 * whose directions take and return `X`, which must have exactly the members of its `Tagged`
 * value (checked by the compiler). The generator writes `interface X extends Tagged<'X',
 * S.TypeOf<typeof declaration>> {}` and names each error shape so. Only the type changes.
 *
 * @category constructors
 * @since 0.3.0
 */
export const namedError =
  <V>() =>
  <N extends string, A, O, I>(declared: ErrorShape<N, A, O, I> & SameType<V, Tagged<N, A>>): ErrorShape<N, A, O, I, V> =>
    declared as unknown as ErrorShape<N, A, O, I, V>

/**
 * Derives an error shape's directions from its declaration, with the given protocol conventions
 * (none by default).
 *
 * @category constructors
 * @since 0.1.0
 */
export const errorShape = <const N extends string, A, O, I = MakeInput<A>>(
  name: N,
  schema: Schema<A, O> & { readonly MakeInput?: I },
  options: { readonly conventions?: ErrorConventions } = {}
): ErrorShape<N, A, O, I> => {
  const ast = schema.ast
  if (ast.kind !== 'structure' || ast.name !== name) throw new TypeError(`errorShape: ${name} must be declared as a structure named ${name}`)
  const conventions = options.conventions ?? PLAIN_ERROR_CONVENTIONS
  const body = shape(schema, { conventions: conventions.shape })
  // Built key by key: an object spread here made V8 take its slow path when the response's
  // metadata was added later (about 3 µs per error response; docs/performance.md).
  const tag = (a: A): Tagged<N, A> => {
    const out: Record<string, unknown> = { _tag: name }
    for (const k of Object.keys(a as object)) setKey(out, k, (a as Record<string, unknown>)[k])
    return out as Tagged<N, A>
  }
  const fromXmlContent = (content: XmlContent, options?: DecodeOptions): E.Either<t.Errors, Tagged<N, A>> =>
    neverThrow(body.codec, () => E.map(tag)(decodeXmlContent(body, content, options)))
  return {
    name,
    httpStatus: ast.error?.httpStatus,
    fault: ast.error?.fault ?? 'client',
    body,
    conventions,
    make: (fields) => tag((body.make as (f: I) => A)(fields)),
    // `neverThrow` and `E.map`, inlined: no closures per call on this hot path.
    fromJson: (u, options) => {
      try {
        const r = body.fromJson(conventions.json(u), options)
        return E.isLeft(r) ? r : E.right(tag(r.right))
      } catch {
        return threw(body.codec)
      }
    },
    fromXml: (xml, options) => {
      // Not text, or too long: the body's decoder says so before anything is parsed.
      const refused = refuseText(body.codec, xml, options, 'XML text')
      if (refused !== undefined) return refused
      const doc = parseXml(xml)
      if ('_tag' in doc) return E.map(tag)(body.fromXml(xml, options))
      return neverThrow(body.codec, () => fromXmlContent(conventions.xml(doc.name, doc.content), options))
    },
    fromXmlContent,
    toJson: (e) => body.toJson(e),
    is: (u): u is Tagged<N, A> => isRecord(u) && u['_tag'] === name && body.is(u)
  }
}
