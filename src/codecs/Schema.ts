/**
 * The schema algebra: a shape is declared once, as a value. Every direction (JSON, XML, query,
 * value tree, make, redact) is an interpreter over the same declaration.
 *
 * A `Schema<A, O>` is a thin typed wrapper around an `AST` node. `A` is the domain type (what a
 * decoder returns: timestamps as `Date`), `O` the JSON wire type (timestamps as strings or
 * numbers). The `AST` is plain data that carries the Smithy traits an interpreter may read
 * (shape id, sensitivity, timestamp format, length/range/pattern/enum constraints, required
 * members, defaults, error traits), so interpreters switch on `ast.kind` and never need the types.
 *
 * This module knows nothing of IVS Chat.
 *
 * @since 0.1.0
 */
import type { TimestampFormat } from './Timestamp.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * Inclusive bounds of a Smithy `length` or `range` trait.
 *
 * @category model
 * @since 0.1.0
 */
export interface Bounds {
  readonly min?: number
  readonly max?: number
}

/**
 * Traits every node may carry.
 *
 * @category model
 * @since 0.1.0
 */
export interface Traits {
  /** The Smithy shape id the node was declared from, e.g. `com.amazonaws.ivschat#ChatToken`. */
  readonly shapeId?: string
  /** Smithy `@sensitive`: the value never appears in error messages, `Left` values or `redact`. */
  readonly sensitive?: boolean
}

/** @category model @since 0.1.0 */
export interface StringAST extends Traits {
  readonly kind: 'string'
  readonly length?: Bounds
  readonly pattern?: string
}

/** @category model @since 0.1.0 */
export interface EnumAST extends Traits {
  readonly kind: 'enum'
  readonly values: ReadonlyArray<string>
}

/** A 32-bit signed integer (Smithy `integer`). @category model @since 0.1.0 */
export interface IntegerAST extends Traits {
  readonly kind: 'integer'
  readonly range?: Bounds
}

/** @category model @since 0.1.0 */
export interface BooleanAST extends Traits {
  readonly kind: 'boolean'
}

/**
 * A timestamp. `format` is the Smithy `@timestampFormat` when the model gives one; without it the
 * format is the protocol's default, which each interpreter takes as a parameter.
 *
 * @category model
 * @since 0.1.0
 */
export interface TimestampAST extends Traits {
  readonly kind: 'timestamp'
  readonly format?: TimestampFormat
}

/** @category model @since 0.1.0 */
export interface ListAST extends Traits {
  readonly kind: 'list'
  readonly member: AST
  readonly length?: Bounds
}

/** A map from strings (or string enums) to values. @category model @since 0.1.0 */
export interface MapAST extends Traits {
  readonly kind: 'map'
  readonly key: StringAST | EnumAST
  readonly value: AST
  readonly length?: Bounds
}

/**
 * The Smithy member traits a protocol reads, carried as plain data (hints): the interpreters of
 * this folder read `timestampFormat` only (through the member's target, see `MemberAST`); the
 * others are for the protocols (HTTP bindings, JSON and XML names).
 *
 * @category model
 * @since 0.2.0
 */
export interface MemberTraits {
  /** Smithy `@httpLabel`: the member fills the `{name}` label of the operation's URI. */
  readonly httpLabel?: true
  /** Smithy `@httpQuery`: the member travels as this query-string parameter. */
  readonly httpQuery?: string
  /** Smithy `@httpHeader`: the member travels as this header. */
  readonly httpHeader?: string
  /** Smithy `@httpPayload`: the member is the whole body. */
  readonly httpPayload?: true
  /** Smithy `@httpResponseCode`: the member is the response's status code. */
  readonly httpResponseCode?: true
  /** Smithy `@jsonName`: the member's key in a JSON body. */
  readonly jsonName?: string
  /** Smithy `@timestampFormat` on the member (its target node already carries it). */
  readonly timestampFormat?: TimestampFormat
  /** Smithy `@xmlName`: the member's element name in XML. */
  readonly xmlName?: string
  /** Smithy `@xmlFlattened`: a list or map member written without its wrapping element. */
  readonly xmlFlattened?: true
}

/**
 * One member of a structure or union.
 *
 * @category model
 * @since 0.1.0
 */
export interface MemberAST extends MemberTraits {
  readonly name: string
  /**
   * The member's target; a member's own `@timestampFormat` is applied to it when the structure is
   * declared, so interpreters read a timestamp's format from its node only.
   */
  readonly target: AST
  /** Smithy `@required`: always enforced when decoding, whatever the mode. */
  readonly required: boolean
  /** Smithy `@default`, as its JSON wire value; an absent member decodes to it. */
  readonly default?: unknown
}

/**
 * Smithy `@error` and `@httpError`.
 *
 * @category model
 * @since 0.1.0
 */
export interface ErrorTraits {
  readonly fault: 'client' | 'server'
  readonly httpStatus?: number
}

/** @category model @since 0.1.0 */
export interface StructureAST extends Traits {
  readonly kind: 'structure'
  readonly name: string
  readonly members: ReadonlyArray<MemberAST>
  readonly error?: ErrorTraits
}

/** A tagged union: exactly one member is set. @category model @since 0.1.0 */
export interface UnionAST extends Traits {
  readonly kind: 'union'
  readonly name: string
  readonly members: ReadonlyArray<MemberAST>
}

/**
 * Every node kind. Interpreters switch on `kind` exhaustively, so a new kind does not compile
 * until every interpreter handles it.
 *
 * @category model
 * @since 0.1.0
 */
export type AST =
  | StringAST
  | EnumAST
  | IntegerAST
  | BooleanAST
  | TimestampAST
  | ListAST
  | MapAST
  | StructureAST
  | UnionAST

/**
 * A declaration with its domain type `A` and JSON wire type `O`.
 *
 * @category model
 * @since 0.1.0
 */
export interface Schema<A, O = unknown> {
  readonly ast: AST
  /** Phantom: never set at run time. */
  readonly Type?: A
  /** Phantom: never set at run time. */
  readonly Encoded?: O
}

/** The domain type of a schema. @category model @since 0.1.0 */
export type TypeOf<S> = S extends Schema<infer A, unknown> ? A : never

/** The JSON wire type of a schema. @category model @since 0.1.0 */
export type EncodedOf<S> = S extends Schema<unknown, infer O> ? O : never

/** A schema of any type, for functions that accept every declaration. @category model @since 0.1.0 */
export type AnySchema = Schema<unknown, unknown>

/**
 * An enum's values, open to values a newer service version may add: lenient decoding keeps an
 * unknown value as a string, as Smithy asks of clients.
 *
 * @category model
 * @since 0.1.0
 */
export type OpenEnum<V extends string> = V | (string & {})

/**
 * A member declaration inside `structure` or `union`.
 *
 * @category model
 * @since 0.1.0
 */
export interface Member<A, O, R extends boolean> {
  readonly schema: Schema<A, O>
  readonly required: R
  readonly default?: unknown
  /** Smithy member traits a protocol reads (HTTP bindings, JSON and XML names, timestamp format). */
  readonly traits?: MemberTraits
  /** Phantom: `true` for members declared with `withDefault`, which `make` may leave out. */
  readonly Defaulted?: boolean
}

/** @category model @since 0.1.0 */
export type Members = Readonly<Record<string, Member<any, any, boolean>>>

type Simplify<T> = { [K in keyof T]: T[K] } & {}

type RequiredKeys<M extends Members> = { [K in keyof M]: M[K]['required'] extends true ? K : never }[keyof M]
type OptionalKeys<M extends Members> = Exclude<keyof M, RequiredKeys<M>>

type MemberType<X> = X extends Member<infer A, unknown, boolean> ? A : never
type MemberEncoded<X> = X extends Member<unknown, infer O, boolean> ? O : never

/** The domain type of a structure's members. @category model @since 0.1.0 */
export type StructType<M extends Members> = Simplify<
  { readonly [K in RequiredKeys<M>]: MemberType<M[K]> } & { readonly [K in OptionalKeys<M>]?: MemberType<M[K]> }
>

/** The JSON wire type of a structure's members. @category model @since 0.1.0 */
export type StructEncoded<M extends Members> = Simplify<
  { readonly [K in RequiredKeys<M>]: MemberEncoded<M[K]> } & { readonly [K in OptionalKeys<M>]?: MemberEncoded<M[K]> }
>

type MakeRequiredKeys<M extends Members> = {
  [K in keyof M]: M[K]['required'] extends true ? (M[K] extends { readonly Defaulted?: true } ? never : K) : never
}[keyof M]

/**
 * What `make` takes for a structure: required members without a default; the others may be left
 * out or given as `undefined`.
 *
 * @category model
 * @since 0.1.0
 */
export type StructMakeInput<M extends Members> = Simplify<
  { readonly [K in MakeRequiredKeys<M>]: MemberType<M[K]> } & {
    readonly [K in Exclude<keyof M, MakeRequiredKeys<M>>]?: MemberType<M[K]> | undefined
  }
>

/**
 * A structure's schema, which also knows what its `make` takes.
 *
 * @category model
 * @since 0.1.0
 */
export interface StructureSchema<A, O, I> extends Schema<A, O> {
  /** Phantom: never set at run time. */
  readonly MakeInput?: I
}

/**
 * The key of a union's unknown variant (the name the AWS SDK for JavaScript v3 uses).
 *
 * @category model
 * @since 0.2.0
 */
export const UNKNOWN = '$unknown'

/**
 * A union member the declaration does not know (Smithy unions are open: a service may add
 * members later). Lenient decoding keeps it as `[name, value]`, the value as it was parsed (JSON
 * value, or XML element content), not decoded. Error correction fills a missing required union
 * with `['', undefined]`: no name, no value.
 *
 * @category model
 * @since 0.2.0
 */
export interface UnknownVariant {
  readonly $unknown: readonly [name: string, value: unknown]
}

/**
 * The `[name, value]` of a union value's unknown variant, or `undefined` when the value is not
 * one (for interpreters: each writes the variant its own way).
 *
 * @category utils
 * @since 0.2.0
 */
export const unknownVariantOf = (a: unknown): readonly [name: string, value: unknown] | undefined => {
  if (typeof a !== 'object' || a === null || !Object.prototype.hasOwnProperty.call(a, UNKNOWN)) return undefined
  const v: unknown = (a as Record<string, unknown>)[UNKNOWN]
  return Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' ? (v as unknown as readonly [string, unknown]) : undefined
}

/**
 * The domain type of a union: one object per member, with exactly that member set (the other
 * members typed `never`, so reading any member narrows), or the unknown variant.
 *
 * @category model
 * @since 0.1.0
 */
export type UnionType<M extends Members> =
  | {
      [K in keyof M]: Simplify<
        { readonly [P in K]: MemberType<M[K]> } & { readonly [P in Exclude<keyof M, K>]?: never } & { readonly $unknown?: never }
      >
    }[keyof M]
  | Simplify<UnknownVariant & { readonly [P in keyof M]?: never }>

/**
 * The JSON wire type of a union: one declared member, or a member the declaration does not know
 * (any other key).
 *
 * @category model
 * @since 0.1.0
 */
export type UnionEncoded<M extends Members> =
  | { [K in keyof M]: { readonly [P in K]: MemberEncoded<M[K]> } }[keyof M]
  | { readonly [name: string]: unknown }

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

const make = <A, O>(ast: AST): Schema<A, O> => ({ ast })

const traitsOf = (t: Traits): Traits => ({
  ...(t.shapeId !== undefined ? { shapeId: t.shapeId } : {}),
  ...(t.sensitive === true ? { sensitive: true } : {})
})

/**
 * A string, with optional `length` (counted in Unicode code points) and `pattern` constraints.
 *
 * @category constructors
 * @since 0.1.0
 */
export const string = (traits: Traits & { readonly length?: Bounds; readonly pattern?: string } = {}): Schema<string, string> =>
  make({
    kind: 'string',
    ...traitsOf(traits),
    ...(traits.length !== undefined ? { length: traits.length } : {}),
    ...(traits.pattern !== undefined ? { pattern: traits.pattern } : {})
  })

/**
 * A string enum (Smithy `enum`, or a string with the `@enum` trait).
 *
 * @category constructors
 * @since 0.1.0
 */
export const enums = <const V extends string>(values: readonly [V, ...V[]], traits: Traits = {}): Schema<OpenEnum<V>, string> =>
  make({ kind: 'enum', values, ...traitsOf(traits) })

/**
 * A 32-bit signed integer, with an optional `range` constraint.
 *
 * @category constructors
 * @since 0.1.0
 */
export const integer = (traits: Traits & { readonly range?: Bounds } = {}): Schema<number, number> =>
  make({ kind: 'integer', ...traitsOf(traits), ...(traits.range !== undefined ? { range: traits.range } : {}) })

/** @category constructors @since 0.1.0 */
export const boolean = (traits: Traits = {}): Schema<boolean, boolean> => make({ kind: 'boolean', ...traitsOf(traits) })

/**
 * A timestamp: a `Date` in the domain, on the wire in the given Smithy format
 * (`date-time` and `http-date` as strings, `epoch-seconds` as a number). Declared with traits
 * only (no format), it travels in the format of the protocol at hand (its wire type is then
 * `string | number`).
 *
 * @category constructors
 * @since 0.1.0
 */
export function timestamp(format: 'epoch-seconds', traits?: Traits): Schema<Date, number>
export function timestamp(format: 'date-time' | 'http-date', traits?: Traits): Schema<Date, string>
export function timestamp(traits?: Traits): Schema<Date, string | number>
export function timestamp(formatOrTraits?: TimestampFormat | Traits, traits: Traits = {}): Schema<Date, string | number> {
  if (typeof formatOrTraits === 'string') return make({ kind: 'timestamp', format: formatOrTraits, ...traitsOf(traits) })
  return make({ kind: 'timestamp', ...traitsOf(formatOrTraits ?? {}) })
}

/** A list (Smithy `list`), with an optional `length` constraint. @category constructors @since 0.1.0 */
export const list = <A, O>(member: Schema<A, O>, traits: Traits & { readonly length?: Bounds } = {}): Schema<ReadonlyArray<A>, ReadonlyArray<O>> =>
  make({ kind: 'list', member: member.ast, ...traitsOf(traits), ...(traits.length !== undefined ? { length: traits.length } : {}) })

/** A map from strings to values (Smithy `map`), with an optional `length` constraint. @category constructors @since 0.1.0 */
export const map = <K extends string, A, O>(
  key: Schema<K, string>,
  value: Schema<A, O>,
  traits: Traits & { readonly length?: Bounds } = {}
): Schema<Readonly<Record<string, A>>, Readonly<Record<string, O>>> => {
  const k = key.ast
  if (k.kind !== 'string' && k.kind !== 'enum') throw new TypeError('map keys must be strings or enums')
  return make({ kind: 'map', key: k, value: value.ast, ...traitsOf(traits), ...(traits.length !== undefined ? { length: traits.length } : {}) })
}

const withTraits = (traits: MemberTraits | undefined): { readonly traits?: MemberTraits } =>
  traits === undefined || Object.keys(traits).length === 0 ? {} : { traits }

/** A member that must be present, with the member traits a protocol reads. @category constructors @since 0.1.0 */
export const required = <A, O>(schema: Schema<A, O>, traits?: MemberTraits): Member<A, O, true> => ({ schema, required: true, ...withTraits(traits) })

/** A member that may be absent, with the member traits a protocol reads. @category constructors @since 0.1.0 */
export const optional = <A, O>(schema: Schema<A, O>, traits?: MemberTraits): Member<A, O, false> => ({ schema, required: false, ...withTraits(traits) })

/**
 * A member with a Smithy `@default`, given as its JSON wire value: it is always present in the
 * domain value, filled with the default when the input leaves it out.
 *
 * @category constructors
 * @since 0.1.0
 */
export const withDefault = <A, O>(schema: Schema<A, O>, defaultValue: O, traits?: MemberTraits): Member<A, O, true> & { readonly Defaulted?: true } => ({
  schema,
  required: true,
  default: defaultValue,
  ...withTraits(traits)
})

/** A member's target, with the member's own `@timestampFormat` applied (one new node, made once here). */
const targetOf = (ast: AST, traits: MemberTraits | undefined): AST =>
  traits?.timestampFormat !== undefined && ast.kind === 'timestamp' && ast.format !== traits.timestampFormat ? { ...ast, format: traits.timestampFormat } : ast

const membersOf = (members: Members): ReadonlyArray<MemberAST> =>
  Object.keys(members).map((name) => {
    const m = members[name]!
    return {
      name,
      target: targetOf(m.schema.ast, m.traits),
      required: m.required,
      ...('default' in m ? { default: m.default } : {}),
      ...m.traits
    }
  })

/**
 * A structure: named members in declaration order.
 *
 * @category constructors
 * @since 0.1.0
 */
export const structure = <const M extends Members>(
  name: string,
  members: M,
  traits: Traits & { readonly error?: ErrorTraits } = {}
): StructureSchema<StructType<M>, StructEncoded<M>, StructMakeInput<M>> =>
  make({
    kind: 'structure',
    name,
    members: membersOf(members),
    ...traitsOf(traits),
    ...(traits.error !== undefined ? { error: traits.error } : {})
  })

/**
 * A tagged union: a value sets exactly one member. Declare members with `optional`.
 *
 * @category constructors
 * @since 0.1.0
 */
export const union = <const M extends Readonly<Record<string, Member<any, any, false>>>>(
  name: string,
  members: M,
  traits: Traits = {}
): Schema<UnionType<M>, UnionEncoded<M>> => make({ kind: 'union', name, members: membersOf(members), ...traitsOf(traits) })

// -------------------------------------------------------------------------------------
// utils
// -------------------------------------------------------------------------------------

/**
 * For an interpreter's `default` branch: the compiler proves it unreachable.
 *
 * @category utils
 * @since 0.1.0
 */
export const absurd = (node: never): never => {
  throw new TypeError(`unknown schema node: ${JSON.stringify(node)}`)
}

/**
 * A name for a node, for messages and io-ts codec names.
 *
 * @category utils
 * @since 0.1.0
 */
export const nameOf = (ast: AST): string => {
  switch (ast.kind) {
    case 'structure':
    case 'union':
      return ast.name
    case 'list':
      return ast.shapeId !== undefined ? shortId(ast.shapeId) : `List<${nameOf(ast.member)}>`
    case 'map':
      return ast.shapeId !== undefined ? shortId(ast.shapeId) : `Map<${nameOf(ast.key)}, ${nameOf(ast.value)}>`
    case 'string':
    case 'enum':
    case 'integer':
    case 'boolean':
    case 'timestamp':
      return ast.shapeId !== undefined ? shortId(ast.shapeId) : ast.kind
    default:
      return absurd(ast)
  }
}

const shortId = (id: string): string => id.slice(id.indexOf('#') + 1)

/**
 * Memoises a compilation step per node, so a declaration is compiled once, not on every call.
 *
 * @category utils
 * @since 0.1.0
 */
export const memoize = <R>(compile: (ast: AST) => R): ((ast: AST) => R) => {
  const cache = new WeakMap<AST, R>()
  return (ast) => {
    let r = cache.get(ast)
    if (r === undefined) {
      r = compile(ast)
      cache.set(ast, r)
    }
    return r
  }
}
