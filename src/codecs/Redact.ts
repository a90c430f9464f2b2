/**
 * The redact interpreter: a copy that is safe to log, with every sensitive value replaced by
 * `***SensitiveInformation***`. It walks domain values and raw JSON input alike (both have the
 * declaration's objects and arrays), so errors can redact what they carry too.
 *
 * A union's unknown variant keeps its name and loses its value (`[name, marker]`): nothing says
 * whether it is sensitive. In raw input, the value of every key a union does not declare is
 * hidden the same way (it is that variant on the wire).
 *
 * @since 0.1.0
 */
import { SENSITIVE, type Sensitive, hidesKeys, hidesValue, hidingOf } from './Sensitivity.js'
import { type AST, type Same, type SensitiveMarker, type TypeOf, UNKNOWN, absurd, memoize, unknownVariantOf } from './Schema.js'

/**
 * The type `redact` returns.
 *
 * - Of a declaration or a shape (`Redacted<typeof CreateChatTokenResponse>`): its domain type with
 *   every `@sensitive` node replaced by the marker, read from the declaration's types (the
 *   constructors mark sensitive declarations), so `redact(r).token` is the marker, a timestamp
 *   stays a `Date`, and a declaration with nothing sensitive below it keeps its own (named) type.
 *   A map whose keys are sensitive is the marker whole, as `redact` replaces it; a union's unknown
 *   variant keeps its name.
 * - Of a plain type, which says nothing of sensitivity: any node may have become the marker.
 *
 * @category model
 * @since 0.1.0
 */
export type Redacted<A> = A extends { readonly ast: AST } ? RedactedOf<A> : RedactedAnywhere<A>

/** Any node may have become the marker (a plain type says nothing of what is sensitive). */
type RedactedAnywhere<A> = A extends Date
  ? Date | Sensitive
  : A extends ReadonlyArray<infer E>
    ? ReadonlyArray<RedactedAnywhere<E>> | Sensitive
    : A extends object
      ? { readonly [K in keyof A]: RedactedAnywhere<A[K]> } | Sensitive
      : A | Sensitive

type MemberSchema<X> = X extends { readonly schema: infer S } ? S : never

/** Whether `redact` leaves a declaration's values as they are (their type is then the declaration's own). */
type Kept<S> = S extends unknown ? Same<RedactedOf<S>, TypeOf<S>> : never

type MembersKept<M> = false extends { [K in keyof M]-?: Kept<MemberSchema<M[K]>> }[keyof M] ? false : true

type RequiredOf<M> = { [K in keyof M]-?: M[K] extends { readonly required: true } ? K : never }[keyof M]

/** A structure's members, each redacted by its declaration; required members stay required. */
type RedactedMembers<M> = {
  readonly [K in RequiredOf<M>]: RedactedOf<MemberSchema<M[K]>>
} & { readonly [K in Exclude<keyof M, RequiredOf<M>>]?: RedactedOf<MemberSchema<M[K]>> }

type Flat<T> = { [K in keyof T]: T[K] } & {}

/** A union's variants, each redacted by its declaration, or the unknown variant (its value hidden). */
type RedactedVariants<M> =
  | { [K in keyof M]: Flat<{ readonly [P in K]: RedactedOf<MemberSchema<M[K]>> } & { readonly [P in Exclude<keyof M, K>]?: never } & { readonly $unknown?: never }> }[keyof M]
  | Flat<{ readonly $unknown: readonly [name: string, value: unknown] } & { readonly [P in keyof M]?: never }>

/** What `redact` gives for a value of declaration `S`, from the phantoms its constructors set. */
type RedactedOf<S> = S extends { readonly redact: (a: never) => infer R }
  ? R
  : S extends SensitiveMarker<infer B>
    ? B extends true
      ? Sensitive
      : TypeOf<S> | Sensitive
    : S extends { readonly Item?: infer Item }
      ? Kept<Item> extends true
        ? TypeOf<S>
        : ReadonlyArray<RedactedOf<Item>>
      : S extends { readonly Key?: infer K; readonly Value?: infer V }
        ? K extends SensitiveMarker<boolean>
          ? RedactedOf<K> extends Sensitive
            ? Sensitive
            : TypeOf<S> | Sensitive
          : Kept<V> extends true
            ? TypeOf<S>
            : Readonly<Record<string, RedactedOf<V>>>
        : S extends { readonly Members?: infer M }
          ? MembersKept<M> extends true
            ? TypeOf<S>
            : Flat<RedactedMembers<M>>
          : S extends { readonly Variants?: infer M }
            ? MembersKept<M> extends true
              ? TypeOf<S>
              : RedactedVariants<M>
            : TypeOf<S>

type Redactor = (u: unknown) => unknown

const isRecord = (u: unknown): u is Record<string, unknown> => typeof u === 'object' && u !== null && !Array.isArray(u) && !(u instanceof Date)

const identity: Redactor = (u) => u

const define = (o: Record<string, unknown>, k: string, value: unknown): void => {
  Object.defineProperty(o, k, { value, enumerable: true, writable: true, configurable: true })
}

const copyWith = (u: Record<string, unknown>, at: ReadonlyArray<readonly [string, Redactor]>): Record<string, unknown> => {
  const out: Record<string, unknown> = {}
  for (const k of Object.keys(u)) define(out, k, u[k])
  for (const [name, r] of at) {
    if (Object.prototype.hasOwnProperty.call(u, name) && u[name] !== undefined && u[name] !== null) define(out, name, r(u[name]))
  }
  return out
}

/**
 * Input of the wrong kind where a node may hold something to hide (an array for a structure, a
 * string for a list): its secrets are not where the declaration says, so all of it is hidden.
 */
const hideOther: Redactor = (u) => (u === undefined || u === null ? u : SENSITIVE)

/** Whether a node may hold something to hide: a sensitive node, or a union (its unknown variant may carry anything). */
const mayHide: (ast: AST) => boolean = memoize((ast: AST): boolean => {
  if (hidingOf(ast).contains) return true
  switch (ast.kind) {
    case 'union':
      return true
    case 'structure':
      return ast.members.some((m) => mayHide(m.target))
    case 'list':
      return mayHide(ast.member)
    case 'map':
      return mayHide(ast.key) || mayHide(ast.value)
    case 'string':
    case 'enum':
    case 'integer':
    case 'boolean':
    case 'timestamp':
      return false
    default:
      return absurd(ast)
  }
})

const hideValue = (u: unknown): unknown => (u === undefined || u === null ? u : SENSITIVE)

const compile = memoize((ast: AST): Redactor => {
  // A map whose keys are hidden is hidden whole: an object cannot hold several hidden keys.
  if (hidesValue(ast) || hidesKeys(ast)) return hideValue
  if (!mayHide(ast)) return identity
  // Input of the wrong kind is hidden wherever something may be hidden: where the declaration has
  // secrets, and at or above a union (an unknown variant may be inside it, in another form, such as
  // an array holding the value or the element list of an XML document).
  const other = hideOther
  switch (ast.kind) {
    case 'structure': {
      const at = ast.members.filter((m) => mayHide(m.target)).map((m) => [m.name, compile(m.target)] as const)
      return (u) => (isRecord(u) ? copyWith(u, at) : other(u))
    }
    case 'union': {
      const at = ast.members.filter((m) => mayHide(m.target)).map((m) => [m.name, compile(m.target)] as const)
      const names = new Set(ast.members.map((m) => m.name))
      return (u) => {
        if (!isRecord(u)) return other(u)
        const out = copyWith(u, at)
        for (const k of Object.keys(u)) {
          if (names.has(k)) continue
          const unknown = k === UNKNOWN ? unknownVariantOf(u) : undefined
          define(out, k, unknown !== undefined ? [unknown[0], hideValue(unknown[1])] : hideValue(u[k]))
        }
        return out
      }
    }
    case 'list': {
      const member = compile(ast.member)
      return (u) => (Array.isArray(u) ? u.map(member) : other(u))
    }
    case 'map': {
      const value = compile(ast.value)
      return (u) => (isRecord(u) ? copyWith(u, Object.keys(u).map((k) => [k, value] as const)) : other(u))
    }
    case 'string':
    case 'enum':
    case 'integer':
    case 'boolean':
    case 'timestamp':
      return identity
    default:
      return absurd(ast)
  }
})

/**
 * Redacts a value (a domain value or raw input) by its declaration.
 *
 * @category interpreters
 * @since 0.1.0
 */
export const redactBy = (ast: AST, u: unknown): unknown => compile(ast)(u)
