/**
 * What the CLI knows: every shape (structures, unions, errors, and the simple shapes: strings,
 * enums, numbers, lists, maps, timestamps) and every `Operation` the package root exports, found
 * by their properties, so newly generated declarations appear without a change here.
 *
 * @since 0.1.0
 */
import type * as E from 'fp-ts/lib/Either.js'
import type * as t from 'io-ts'
import type { AST, DecodeOptions, Mode, SchemaOf, Shape } from '../index.js'
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

const KINDS: ReadonlySet<string> = new Set<AST['kind']>(['string', 'enum', 'integer', 'boolean', 'timestamp', 'list', 'map', 'structure', 'union'])

/**
 * Is this a declaration? (It carries an AST node.)
 *
 * @category guards
 * @since 0.1.0
 */
export const isSchema = (u: unknown): u is SchemaOf<unknown, unknown> => isObject(u) && isObject(u['ast']) && KINDS.has(String(u['ast']['kind']))

/**
 * Is this a `Shape`? (It has the declaration and every direction.)
 *
 * @category guards
 * @since 0.1.0
 */
export const isShape = (u: unknown): u is AnyShape =>
  isSchema(u) &&
  typeof (u as unknown as Record<string, unknown>)['name'] === 'string' &&
  ((u as unknown as Record<string, unknown>)['mode'] === 'strict' || (u as unknown as Record<string, unknown>)['mode'] === 'lenient') &&
  hasFunctions(u as unknown as Record<string, unknown>, ['make', 'fromJson', 'fromString', 'fromXml', 'toJson', 'toXml', 'toQuery', 'toValue', 'redact', 'is'])

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
 * One shape the CLI can decode, under its export name.
 *
 * @category model
 * @since 0.1.0
 */
export interface ShapeEntry {
  readonly name: string
  /** The kind of its declaration: `structure`, `union`, `string`, … */
  readonly kind: AST['kind']
  /** Set for an error shape (whose body is what `decode` reads). */
  readonly error: CliErrorShape | undefined
  /** Its every direction (made on first use for a plain declaration, which is lenient). */
  readonly shape: () => AnyShape
}

/**
 * The shapes and operations found among some exports, by export name, sorted.
 *
 * @category model
 * @since 0.1.0
 */
export interface Registry {
  readonly shapes: ReadonlyMap<string, ShapeEntry>
  readonly operations: ReadonlyMap<string, CliOperation>
}

/**
 * The mode a shape's decoders use by default.
 *
 * @category utils
 * @since 0.1.0
 */
export const modeOf = (e: ShapeEntry): Mode => (e.error !== undefined ? e.error.body.mode : e.kind === 'structure' || e.kind === 'union' ? e.shape().mode : 'lenient')

const lazy = <A>(make: () => A): (() => A) => {
  let made: { readonly value: A } | undefined
  return () => (made ??= { value: make() }).value
}

/**
 * Finds the shapes, error shapes and operations among a module's exports.
 *
 * @category constructors
 * @since 0.1.0
 */
export const registryOf = (exports: Readonly<Record<string, unknown>>): Registry => {
  const shapes = new Map<string, ShapeEntry>()
  const operations = new Map<string, CliOperation>()
  for (const name of Object.keys(exports).sort()) {
    const v = exports[name]
    if (isShape(v)) shapes.set(name, { name, kind: v.ast.kind, error: undefined, shape: () => v })
    else if (isSchema(v)) shapes.set(name, { name, kind: v.ast.kind, error: undefined, shape: lazy(() => api.shape(v)) })
    else if (isErrorShape(v)) shapes.set(name, { name, kind: v.body.ast.kind, error: v, shape: () => v.body })
    else if (isOperation(v)) operations.set(name, v)
  }
  return { shapes, operations }
}

/**
 * The registry of the package root.
 *
 * @category constants
 * @since 0.1.0
 */
export const registry: Registry = registryOf(api as unknown as Readonly<Record<string, unknown>>)
