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

// -------------------------------------------------------------------------------------
// phantom types: what the declaration's types say beyond `A` and `O`
// -------------------------------------------------------------------------------------

/**
 * Phantom marker of a declaration with Smithy `@sensitive` (set by the constructors when their
 * traits say `sensitive: true`; `boolean` when the traits only say it may be). Never set at run
 * time: `Redacted` reads it, so the types of `redact` follow the declaration.
 *
 * @category model
 * @since 0.3.0
 */
export interface SensitiveMarker<B extends boolean = true> {
  /** Phantom: never set at run time. */
  readonly Sensitive?: B
}

/**
 * A constructor's result, marked sensitive when its traits are: `sensitive: true` marks it,
 * `sensitive: boolean` marks it as possibly sensitive, no `sensitive` (or `false`) leaves it as it is.
 *
 * @category model
 * @since 0.3.0
 */
export type WithSensitivity<T, S> = T extends { readonly sensitive?: infer B }
  ? 'sensitive' extends keyof T
    ? [B] extends [true]
      ? S & SensitiveMarker
      : [B] extends [false | undefined]
        ? S
        : S & SensitiveMarker<boolean>
    : S
  : S

/**
 * An enum's schema, which knows its values (for the closed types of strict shapes).
 *
 * @category model
 * @since 0.3.0
 */
export interface EnumSchema<V extends string> extends Schema<OpenEnum<V>, string> {
  /** Phantom: never set at run time. */
  readonly Values?: V
}

/**
 * A list's schema, which knows its member's schema.
 *
 * @category model
 * @since 0.3.0
 */
export interface ListSchema<Item> extends Schema<ReadonlyArray<TypeOf<Item>>, ReadonlyArray<EncodedOf<Item>>> {
  /** Phantom: never set at run time. */
  readonly Item?: Item
}

/**
 * A map's schema, which knows its key's and value's schemas.
 *
 * @category model
 * @since 0.3.0
 */
export interface MapSchema<K, V> extends Schema<Readonly<Record<string, TypeOf<V>>>, Readonly<Record<string, EncodedOf<V>>>> {
  /** Phantom: never set at run time. */
  readonly Key?: K
  /** Phantom: never set at run time. */
  readonly Value?: V
}

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
export interface Member<A, O, R extends boolean, S = Schema<A, O>> {
  /** The member's target; `S` is its schema's own type (with its phantoms), `Schema<A, O>` unless given. */
  readonly schema: S
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
export interface StructureSchema<A, O, I, M = Members> extends Schema<A, O> {
  /** Phantom: never set at run time. */
  readonly MakeInput?: I
  /** Phantom: the members' declarations (for `Redacted` and closed types). Never set at run time. */
  readonly Members?: M
}

/**
 * A union's schema, which knows its members' declarations.
 *
 * @category model
 * @since 0.3.0
 */
export interface UnionSchema<A, O, M = Members> extends Schema<A, O> {
  /** Phantom: the members' declarations (for `Redacted` and closed types). Never set at run time. */
  readonly Variants?: M
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
 * one (for interpreters: each writes the variant its own way). A value that throws while it is
 * read (a Proxy, a getter) is not one.
 *
 * @category utils
 * @since 0.2.0
 */
export const unknownVariantOf = (a: unknown): readonly [name: string, value: unknown] | undefined => {
  try {
    if (typeof a !== 'object' || a === null || !Object.prototype.hasOwnProperty.call(a, UNKNOWN)) return undefined
    const v: unknown = (a as Record<string, unknown>)[UNKNOWN]
    return Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' ? (v as unknown as readonly [string, unknown]) : undefined
  } catch {
    return undefined
  }
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
// closed types: what strict decoding accepts
// -------------------------------------------------------------------------------------

/** Whether two types are the same type (not merely assignable both ways). */
export type Same<X, Y> = (<T>() => T extends X ? 1 : 2) extends <T>() => T extends Y ? 1 : 2 ? true : false

type Unchanged<S> = S extends unknown ? Same<ClosedTypeOf<S>, TypeOf<S>> : never

type SchemaOfMember<X> = X extends { readonly schema: infer S } ? S : never

type MembersUnchanged<M> = false extends { [K in keyof M]-?: Unchanged<SchemaOfMember<M[K]>> }[keyof M] ? false : true

/** The members with their targets' closed types (their traits, `required` and defaults as they are). */
type ClosedMembers<M> = {
  readonly [K in keyof M]: Member<
    ClosedTypeOf<SchemaOfMember<M[K]>>,
    EncodedOf<SchemaOfMember<M[K]>>,
    M[K] extends { readonly required: true } ? true : false
  > &
    (M[K] extends { readonly Defaulted?: true } ? { readonly Defaulted?: true } : {})
}

/**
 * The domain type of a declaration with every enum closed: the union of its values, not
 * `OpenEnum`. Strict decoding refuses any other value, so this is what a strict (request) shape
 * holds. Where nothing below a node is an enum, its type is the declaration's own (a named
 * interface stays named).
 *
 * @category model
 * @since 0.3.0
 */
export type ClosedTypeOf<S> = S extends { readonly Closed?: infer C }
  ? C
  : S extends { readonly Values?: infer V }
    ? V
    : S extends { readonly Item?: infer Item }
      ? Unchanged<Item> extends true
        ? TypeOf<S>
        : ReadonlyArray<ClosedTypeOf<Item>>
      : S extends { readonly Value?: infer V }
        ? Unchanged<V> extends true
          ? TypeOf<S>
          : Readonly<Record<string, ClosedTypeOf<V>>>
        : S extends { readonly Members?: infer M extends Members }
          ? MembersUnchanged<M> extends true
            ? TypeOf<S>
            : StructType<ClosedMembers<M>>
          : S extends { readonly Variants?: infer M extends Members }
            ? MembersUnchanged<M> extends true
              ? TypeOf<S>
              : UnionType<ClosedMembers<M>>
            : TypeOf<S>

/**
 * What `make` of a strict shape takes: `StructMakeInput` with every enum closed.
 *
 * @category model
 * @since 0.3.0
 */
export type ClosedMakeInputOf<S> = S extends { readonly Members?: infer M extends Members } ? StructMakeInput<ClosedMembers<M>> : ClosedTypeOf<S>

/**
 * `unknown` when `A` and `B` are assignable both ways (the same members), else a type no
 * declaration has, which names both: the compile-time check of `named` and `namedClosed`.
 */
type SameMembers<A, B> = [A] extends [B] ? ([B] extends [A] ? unknown : { readonly 'the named type differs from the declaration': [A, B] }) : { readonly 'the named type differs from the declaration': [A, B] }

/**
 * A declaration whose domain type is given the name `A`: the interface the generator writes for a
 * structure, `interface X extends TypeOf<typeof declaration> {}`, so editors show `X`, not its
 * expansion. Only the type changes; the declaration is the same value.
 *
 * @category model
 * @since 0.3.0
 */
export type Named<S, A> = Omit<S, 'Type'> & { readonly Type?: A }

/**
 * A declaration given the name `A` for its closed type (see `ClosedTypeOf`), for strict shapes:
 * its domain type is `A`, and `make` takes closed enums too.
 *
 * @category model
 * @since 0.3.0
 */
export type NamedClosed<S, A> = Omit<S, 'Type' | 'MakeInput'> & {
  readonly Type?: A
  readonly Closed?: A
  readonly MakeInput?: ClosedMakeInputOf<S>
}

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/** A schema of the node; `S` is its type (with its phantoms, which are never set). */
const make = <S>(ast: AST): S => ({ ast }) as unknown as S

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
export const string = <const T extends Traits & { readonly length?: Bounds; readonly pattern?: string } = {}>(
  traits: T = {} as T
): WithSensitivity<T, Schema<string, string>> =>
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
export const enums = <const V extends string, const T extends Traits = {}>(values: readonly [V, ...V[]], traits: T = {} as T): WithSensitivity<T, EnumSchema<V>> =>
  make({ kind: 'enum', values, ...traitsOf(traits) })

/**
 * A 32-bit signed integer, with an optional `range` constraint.
 *
 * @category constructors
 * @since 0.1.0
 */
export const integer = <const T extends Traits & { readonly range?: Bounds } = {}>(traits: T = {} as T): WithSensitivity<T, Schema<number, number>> =>
  make({ kind: 'integer', ...traitsOf(traits), ...(traits.range !== undefined ? { range: traits.range } : {}) })

/** @category constructors @since 0.1.0 */
export const boolean = <const T extends Traits = {}>(traits: T = {} as T): WithSensitivity<T, Schema<boolean, boolean>> => make({ kind: 'boolean', ...traitsOf(traits) })

/**
 * A timestamp: a `Date` in the domain, on the wire in the given Smithy format
 * (`date-time` and `http-date` as strings, `epoch-seconds` as a number). Declared with traits
 * only (no format), it travels in the format of the protocol at hand (its wire type is then
 * `string | number`).
 *
 * @category constructors
 * @since 0.1.0
 */
export function timestamp<const T extends Traits = {}>(format: 'epoch-seconds', traits?: T): WithSensitivity<T, Schema<Date, number>>
export function timestamp<const T extends Traits = {}>(format: 'date-time' | 'http-date', traits?: T): WithSensitivity<T, Schema<Date, string>>
export function timestamp<const T extends Traits = {}>(traits?: T): WithSensitivity<T, Schema<Date, string | number>>
export function timestamp(formatOrTraits?: TimestampFormat | Traits, traits: Traits = {}): Schema<Date, string | number> {
  if (typeof formatOrTraits === 'string') return make({ kind: 'timestamp', format: formatOrTraits, ...traitsOf(traits) })
  return make({ kind: 'timestamp', ...traitsOf(formatOrTraits ?? {}) })
}

/** A list (Smithy `list`), with an optional `length` constraint. @category constructors @since 0.1.0 */
export const list = <Item extends AnySchema, const T extends Traits & { readonly length?: Bounds } = {}>(member: Item, traits: T = {} as T): WithSensitivity<T, ListSchema<Item>> =>
  make({ kind: 'list', member: member.ast, ...traitsOf(traits), ...(traits.length !== undefined ? { length: traits.length } : {}) })

/** A map from strings to values (Smithy `map`), with an optional `length` constraint. @category constructors @since 0.1.0 */
export const map = <K extends Schema<string, string>, V extends AnySchema, const T extends Traits & { readonly length?: Bounds } = {}>(
  key: K,
  value: V,
  traits: T = {} as T
): WithSensitivity<T, MapSchema<K, V>> => {
  const k = key.ast
  if (k.kind !== 'string' && k.kind !== 'enum') throw new TypeError('map keys must be strings or enums')
  return make({ kind: 'map', key: k, value: value.ast, ...traitsOf(traits), ...(traits.length !== undefined ? { length: traits.length } : {}) })
}

const withTraits = (traits: MemberTraits | undefined): { readonly traits?: MemberTraits } =>
  traits === undefined || Object.keys(traits).length === 0 ? {} : { traits }

/** A member that must be present, with the member traits a protocol reads. @category constructors @since 0.1.0 */
export const required = <S extends AnySchema>(schema: S, traits?: MemberTraits): Member<TypeOf<S>, EncodedOf<S>, true, S> => ({ schema, required: true, ...withTraits(traits) })

/** A member that may be absent, with the member traits a protocol reads. @category constructors @since 0.1.0 */
export const optional = <S extends AnySchema>(schema: S, traits?: MemberTraits): Member<TypeOf<S>, EncodedOf<S>, false, S> => ({ schema, required: false, ...withTraits(traits) })

/**
 * A member with a Smithy `@default`, given as its JSON wire value: it is always present in the
 * domain value, filled with the default when the input leaves it out.
 *
 * @category constructors
 * @since 0.1.0
 */
export const withDefault = <S extends AnySchema>(
  schema: S,
  defaultValue: EncodedOf<S>,
  traits?: MemberTraits
): Member<TypeOf<S>, EncodedOf<S>, true, S> & { readonly Defaulted?: true } => ({
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
export const structure = <const M extends Members, const T extends Traits & { readonly error?: ErrorTraits } = {}>(
  name: string,
  members: M,
  traits: T = {} as T
): WithSensitivity<T, StructureSchema<StructType<M>, StructEncoded<M>, StructMakeInput<M>, M>> =>
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
export const union = <const M extends Readonly<Record<string, Member<any, any, false, any>>>, const T extends Traits = {}>(
  name: string,
  members: M,
  traits: T = {} as T
): WithSensitivity<T, UnionSchema<UnionType<M>, UnionEncoded<M>, M>> => make({ kind: 'union', name, members: membersOf(members), ...traitsOf(traits) })

/**
 * Names a declaration's domain type (see `Named`): `named<X>()(declaration)` is the declaration,
 * typed with `X`, which must have exactly the declaration's members (checked by the compiler).
 * The generator writes `interface X extends S.TypeOf<typeof declaration> {}` and passes
 * `named<X>()(declaration)` to `shape`, so hovers and signatures say `X`.
 *
 * @category constructors
 * @since 0.3.0
 */
export const named =
  <A>() =>
  <S extends AnySchema>(schema: S & SameMembers<A, TypeOf<S>>): Named<S, A> =>
    schema as unknown as Named<S, A>

/**
 * Names a declaration's closed type (see `ClosedTypeOf`, `NamedClosed`), for strict shapes:
 * `namedClosed<X>()(declaration)` is the declaration, typed with `X`, which must have exactly the
 * members of its closed type (checked by the compiler).
 *
 * @category constructors
 * @since 0.3.0
 */
export const namedClosed =
  <A>() =>
  <S extends AnySchema>(schema: S & SameMembers<A, ClosedTypeOf<S>>): NamedClosed<S, A> =>
    schema as unknown as NamedClosed<S, A>

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
