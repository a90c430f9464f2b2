/**
 * What the CLI knows: every `Shape`, error shape and `Operation` the package root exports,
 * found by their properties, so newly generated declarations appear without a change here.
 *
 * @since 0.1.0
 */
import type * as E from 'fp-ts/lib/Either.js'
import type * as t from 'io-ts'
import type { DecodeOptions, Shape } from '../codecs/Shape.js'
import * as api from '../index.js'

/** A shape of unknown type, as the CLI handles it. @category model @since 0.1.0 */
export type AnyShape = Shape<unknown, unknown>

/** What the CLI needs of an error shape. @category model @since 0.1.0 */
export interface CliErrorShape {
  readonly name: string
  readonly httpStatus: number | undefined
  readonly body: AnyShape
}

/** What the CLI needs of an operation. @category model @since 0.1.0 */
export interface CliOperation {
  readonly name: string
  readonly input: AnyShape | undefined
  readonly output: AnyShape | undefined
  readonly errors: {
    readonly errors: ReadonlyArray<CliErrorShape>
    readonly lookup: (code: string) => CliErrorShape | undefined
    readonly fromJson: (code: string, body: unknown, options?: DecodeOptions) => E.Either<t.Errors, { readonly _tag: string }>
    readonly fromXml: (code: string, xml: string, options?: DecodeOptions) => E.Either<t.Errors, { readonly _tag: string }>
  }
}

const isObject = (u: unknown): u is Record<string, unknown> => typeof u === 'object' && u !== null

const hasFunctions = (u: Record<string, unknown>, names: ReadonlyArray<string>): boolean => names.every((n) => typeof u[n] === 'function')

/**
 * Is this a `Shape`? (It has the declaration and every direction.)
 *
 * @category guards
 * @since 0.1.0
 */
export const isShape = (u: unknown): u is AnyShape =>
  isObject(u) &&
  typeof u['name'] === 'string' &&
  isObject(u['ast']) &&
  (u['mode'] === 'strict' || u['mode'] === 'lenient') &&
  hasFunctions(u, ['make', 'fromJson', 'fromString', 'fromXml', 'toJson', 'toXml', 'toQuery', 'toValue', 'redact', 'is'])

/**
 * Is this an error shape? (A name, a body `Shape`, and its own decoders.)
 *
 * @category guards
 * @since 0.1.0
 */
export const isErrorShape = (u: unknown): u is CliErrorShape =>
  isObject(u) && typeof u['name'] === 'string' && isShape(u['body']) && hasFunctions(u, ['fromJson', 'fromXml', 'toJson', 'is'])

/**
 * Is this an `Operation`? (A name, a response decoder and an error union.)
 *
 * @category guards
 * @since 0.1.0
 */
export const isOperation = (u: unknown): u is CliOperation =>
  isObject(u) &&
  typeof u['name'] === 'string' &&
  typeof u['decodeResponse'] === 'function' &&
  isObject(u['errors']) &&
  hasFunctions(u['errors'], ['lookup', 'fromJson', 'fromXml', 'toJson'])

/**
 * The shapes, error shapes and operations found among some exports, by export name, sorted.
 *
 * @category model
 * @since 0.1.0
 */
export interface Registry {
  readonly shapes: ReadonlyMap<string, AnyShape>
  readonly errors: ReadonlyMap<string, CliErrorShape>
  readonly operations: ReadonlyMap<string, CliOperation>
}

/**
 * Finds the shapes, error shapes and operations among a module's exports.
 *
 * @category constructors
 * @since 0.1.0
 */
export const registryOf = (exports: Readonly<Record<string, unknown>>): Registry => {
  const shapes = new Map<string, AnyShape>()
  const errors = new Map<string, CliErrorShape>()
  const operations = new Map<string, CliOperation>()
  for (const key of Object.keys(exports).sort()) {
    const v = exports[key]
    if (isShape(v)) shapes.set(key, v)
    else if (isErrorShape(v)) errors.set(key, v)
    else if (isOperation(v)) operations.set(key, v)
  }
  return { shapes, errors, operations }
}

/**
 * The registry of the package root.
 *
 * @category constants
 * @since 0.1.0
 */
export const registry: Registry = registryOf(api as unknown as Readonly<Record<string, unknown>>)

/**
 * The shape to decode under a name: a `Shape`, or the body of an error shape.
 *
 * @category utils
 * @since 0.1.0
 */
export const shapeNamed = (r: Registry, name: string): AnyShape | undefined => r.shapes.get(name) ?? r.errors.get(name)?.body
