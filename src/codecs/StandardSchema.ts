/**
 * Standard Schema v1 (https://standardschema.dev): the `~standard` property every `Shape` has, so
 * that frameworks which accept any Standard Schema validator (form libraries, RPC routers,
 * environment checkers) can validate with a shape directly.
 *
 * `validate` runs the shape's JSON decoder: the input is parsed JSON (the wire type `O`), the
 * output the domain value `A`. Issues carry the path as an array of keys (indices as numbers)
 * and the message without the path, the same list `toIssues` gives; sensitive values never
 * appear in them.
 *
 * `types` is left out at run time: the spec makes it optional and reads it only through the
 * type (`StandardSchemaV1.InferInput` / `InferOutput`), which carries `O` and `A`.
 *
 * @since 0.1.0
 */
import type { StandardSchemaV1 } from '@standard-schema/spec'
import * as E from 'fp-ts/lib/Either.js'
import type * as t from 'io-ts'
import { toIssues } from './Report.js'

/**
 * The vendor name shapes report.
 *
 * @category constants
 * @since 0.1.0
 */
export const VENDOR = 'ivschat-codecs'

/**
 * The options `validate` understands in `libraryOptions`: `strict` and `maxInputLength`, as for
 * every decoder.
 *
 * @category model
 * @since 0.1.0
 */
export interface StandardOptions {
  readonly strict?: boolean
  readonly maxInputLength?: number
}

const optionsOf = (options: StandardSchemaV1.Options | undefined): StandardOptions | undefined => {
  const lib = options?.libraryOptions
  if (lib === undefined) return undefined
  const out: { strict?: boolean; maxInputLength?: number } = {}
  const strict = lib['strict']
  if (strict !== undefined) out.strict = strict as boolean
  const max = lib['maxInputLength']
  // Passed on whatever it is, so that fromJson refuses an invalid limit rather than ignore it.
  if (max !== undefined) out.maxInputLength = max as number
  return out
}

/**
 * Builds the `~standard` property of a shape from its JSON decoder.
 *
 * @category constructors
 * @since 0.1.0
 */
export const standardSchema = <A, O>(
  fromJson: (u: unknown, options?: StandardOptions) => E.Either<t.Errors, A>
): StandardSchemaV1.Props<O, A> => ({
  version: 1,
  vendor: VENDOR,
  validate: (value, options) => {
    let read: StandardOptions | undefined
    try {
      read = optionsOf(options)
    } catch {
      // A throwing getter or Proxy as options: refused, never thrown (fromJson checks the values).
      return { issues: [{ message: 'expected options that can be read, got options that threw while they were read', path: [] }] }
    }
    const r = fromJson(value, read)
    return E.isRight(r) ? { value: r.right } : { issues: toIssues(r.left) }
  }
})
