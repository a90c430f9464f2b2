/**
 * The conventions of the package's shapes, and the constructors that apply them: JSON
 * directions (`fromJson`, `toJson`, `codec`, `~standard`) follow restJson1, IVS Chat's wire
 * (body timestamps without a format are epoch seconds); XML and query directions follow
 * awsQuery (see `AwsQuery.ts`). Errors likewise: a raw code is reduced and a JSON error body's
 * `Message` read as restJson1 says (`restJson1/ErrorCode.ts`, `restJson1/ErrorMessage.ts`), an
 * XML error document is unwrapped as awsQuery says (`AwsQuery.ts`).
 *
 * Generated declarations and users import `shape`, `errorShape` and `errorUnion` from here; the
 * protocol-free ones of `src/codecs/Shape.ts` and `src/errors` take the conventions as an option.
 *
 * @since 0.2.0
 */
import * as S from '../codecs/Shape.js'
import type { Mode } from '../codecs/Constraints.js'
import type { ClosedTypeOf, Schema } from '../codecs/Schema.js'
import type { Redacted } from '../codecs/Redact.js'
import type { ErrorConventions } from '../errors/Conventions.js'
import * as ES from '../errors/ErrorShape.js'
import * as EU from '../errors/ErrorUnion.js'
import { QUERY, XML, errorContent } from './AwsQuery.js'
import { TIMESTAMPS } from './restJson1/Timestamps.js'
import { normalizeErrorCode } from './restJson1/ErrorCode.js'
import { withMessage } from './restJson1/ErrorMessage.js'

/** The package's conventions. @category constants @since 0.2.0 */
export const CONVENTIONS: S.Conventions = { json: { timestamps: TIMESTAMPS }, xml: XML, query: QUERY }

/** The package's conventions for errors. @category constants @since 0.2.0 */
export const ERROR_CONVENTIONS: ErrorConventions = { shape: CONVENTIONS, code: normalizeErrorCode, json: withMessage, xml: errorContent }

/**
 * Derives every direction of a shape from its declaration, with the package's conventions unless
 * others are given.
 *
 * @category constructors
 * @since 0.1.0
 */
export const shape = <A, O, I = S.MakeInput<A>, D extends Schema<A, O> = Schema<A, O>>(
  schema: D & Schema<A, O> & { readonly MakeInput?: I },
  options: { readonly mode?: Mode; readonly conventions?: S.Conventions } = {}
): S.Shape<A, O, I, Redacted<D>, ClosedTypeOf<D>> => S.shape<A, O, I, D>(schema, { ...options, conventions: options.conventions ?? CONVENTIONS })

/**
 * Derives an error shape's directions from its declaration, with the package's conventions
 * unless others are given.
 *
 * @category constructors
 * @since 0.1.0
 */
export const errorShape = <const N extends string, A, O, I = S.MakeInput<A>>(
  name: N,
  schema: Schema<A, O> & { readonly MakeInput?: I },
  options: { readonly conventions?: ErrorConventions } = {}
): ES.ErrorShape<N, A, O, I> => ES.errorShape(name, schema, { conventions: options.conventions ?? ERROR_CONVENTIONS })

/**
 * Builds an operation's error union, with the package's conventions unless others are given.
 *
 * @category constructors
 * @since 0.1.0
 */
export const errorUnion = <const Es extends ReadonlyArray<EU.AnyErrorShape>>(errors: Es, options: { readonly conventions?: ErrorConventions } = {}): EU.ErrorUnion<Es> =>
  EU.errorUnion(errors, { conventions: options.conventions ?? ERROR_CONVENTIONS })
