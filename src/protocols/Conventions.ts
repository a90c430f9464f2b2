/**
 * The conventions of the package's shapes, and the `shape` constructor that applies them: JSON
 * directions (`fromJson`, `toJson`, `codec`, `~standard`) follow restJson1, IVS Chat's wire
 * (body timestamps without a format are epoch seconds); XML and query directions follow
 * awsQuery (see `AwsQuery.ts`). Generated declarations and users import this `shape`; the
 * protocol-free one of `src/codecs/Shape.ts` takes the conventions as an option.
 *
 * @since 0.2.0
 */
import * as S from '../codecs/Shape.js'
import type { Mode } from '../codecs/Constraints.js'
import type { Schema } from '../codecs/Schema.js'
import { QUERY, XML } from './AwsQuery.js'
import { TIMESTAMPS } from './restJson1/Timestamps.js'

/** The package's conventions. @category constants @since 0.2.0 */
export const CONVENTIONS: S.Conventions = { json: { timestamps: TIMESTAMPS }, xml: XML, query: QUERY }

/**
 * Derives every direction of a shape from its declaration, with the package's conventions unless
 * others are given.
 *
 * @category constructors
 * @since 0.1.0
 */
export const shape = <A, O, I = S.MakeInput<A>>(
  schema: Schema<A, O> & { readonly MakeInput?: I },
  options: { readonly mode?: Mode; readonly conventions?: S.Conventions } = {}
): S.Shape<A, O, I> => S.shape(schema, { ...options, conventions: options.conventions ?? CONVENTIONS })
