/**
 * The redact interpreter: a copy that is safe to log, with every sensitive value replaced by
 * `***SensitiveInformation***`. It walks domain values and raw JSON input alike (both have the
 * declaration's objects and arrays), so errors can redact what they carry too.
 *
 * @since 0.1.0
 */
import { SENSITIVE, type Sensitive, containsSensitive } from './Issue.js'
import { type AST, absurd, memoize } from './Schema.js'

/**
 * The type `redact` returns: the value's shape, where any node may have become the marker.
 *
 * @category model
 * @since 0.1.0
 */
export type Redacted<A> = A extends Date
  ? Date | Sensitive
  : A extends ReadonlyArray<infer E>
    ? ReadonlyArray<Redacted<E>> | Sensitive
    : A extends object
      ? { readonly [K in keyof A]: Redacted<A[K]> } | Sensitive
      : A | Sensitive

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
 * Input of the wrong kind where a node holds sensitive members (an array for a structure, a
 * string for a list): its secrets are not where the declaration says, so all of it is hidden.
 */
const hideOther: Redactor = (u) => (u === undefined || u === null ? u : SENSITIVE)

const compile = memoize((ast: AST): Redactor => {
  if (ast.sensitive === true) return (u) => (u === undefined || u === null ? u : SENSITIVE)
  if (!containsSensitive(ast)) return identity
  switch (ast.kind) {
    case 'structure':
    case 'union': {
      const at = ast.members.filter((m) => containsSensitive(m.target)).map((m) => [m.name, compile(m.target)] as const)
      return (u) => (isRecord(u) ? copyWith(u, at) : hideOther(u))
    }
    case 'list': {
      const member = compile(ast.member)
      return (u) => (Array.isArray(u) ? u.map(member) : hideOther(u))
    }
    case 'map': {
      const value = compile(ast.value)
      return (u) => (isRecord(u) ? copyWith(u, Object.keys(u).map((k) => [k, value] as const)) : hideOther(u))
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
