/**
 * What a decoder reports when input does not fit a declaration, and how that becomes io-ts
 * `Errors`.
 *
 * Decoders push issues into an array and return `FAIL`; containers add their key to the issues
 * of a failed child on the way back up, so the happy path builds no context at all. Values of
 * sensitive nodes, and everything inside a sensitive container, are hidden before an issue
 * leaves the library.
 *
 * @since 0.1.0
 */
import type * as t from 'io-ts'
import { type AST, absurd, memoize } from './Schema.js'

/**
 * What replaces a sensitive value in messages, `Left` values and `redact` output.
 *
 * @category constants
 * @since 0.1.0
 */
export const SENSITIVE = '***SensitiveInformation***'

/**
 * The type of the string that replaces sensitive values.
 *
 * @category model
 * @since 0.1.0
 */
export type Sensitive = typeof SENSITIVE

/**
 * At most this many issues are kept per decode: input with millions of wrong entries must not
 * cost millions of error objects (a 10 MiB list of wrong items would take gigabytes).
 *
 * @category constants
 * @since 0.1.0
 */
export const MAX_ISSUES = 100

/** Returned by an internal decoder that pushed at least one issue. @category model @since 0.1.0 */
export const FAIL: unique symbol = Symbol('FAIL')

/** @category model @since 0.1.0 */
export type PathSegment = string | number

/**
 * One problem found while decoding.
 *
 * @category model
 * @since 0.1.0
 */
export interface Issue {
  /** What was expected, for people: `a string`, `length between 1 and 128`. */
  readonly expected: string
  /** A safe description of what was found instead; when absent, one is made from `actual`. */
  got?: string
  /** The offending input. */
  actual: unknown
  /** True when the value is sensitive or inside a sensitive container. */
  hidden: boolean
  /** The path from the root, innermost segment first while decoding bubbles up. */
  readonly path: Array<PathSegment>
}

/**
 * True when a node is sensitive or has a sensitive node below it: a value found there, of
 * whatever kind, may carry a secret.
 *
 * @category utils
 * @since 0.1.0
 */
export const containsSensitive: (ast: AST) => boolean = memoize((ast: AST): boolean => {
  if (ast.sensitive === true) return true
  switch (ast.kind) {
    case 'structure':
    case 'union':
      return ast.members.some((m) => containsSensitive(m.target))
    case 'list':
      return containsSensitive(ast.member)
    case 'map':
      return containsSensitive(ast.key) || containsSensitive(ast.value)
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

/**
 * Pushes an issue for the node and returns `FAIL`.
 *
 * @category constructors
 * @since 0.1.0
 */
export const fail = (issues: Array<Issue>, ast: AST, expected: string, actual: unknown, got?: string): typeof FAIL => {
  // A node that holds sensitive members hides a wrong value too: it may carry them anyway.
  const issue: Issue = { expected, actual, hidden: containsSensitive(ast), path: [] }
  if (got !== undefined) issue.got = got
  if (issues.length < MAX_ISSUES) issues.push(issue)
  return FAIL
}

/**
 * Adds a path segment to the issues pushed since `from` (a child failed under `key`); when the
 * container is sensitive, hides them and the keys below it.
 *
 * @category combinators
 * @since 0.1.0
 */
export const under = (issues: Array<Issue>, from: number, key: PathSegment, container: AST, keyIsData = false): void => {
  const hide = container.sensitive === true
  for (let i = from; i < issues.length; i++) {
    const issue = issues[i]!
    if (hide) {
      issue.hidden = true
      for (let j = 0; j < issue.path.length; j++) if (typeof issue.path[j] === 'string') issue.path[j] = SENSITIVE
    }
    issue.path.push(hide && keyIsData ? SENSITIVE : key)
  }
}

// -------------------------------------------------------------------------------------
// rendering
// -------------------------------------------------------------------------------------

/**
 * A short description of a value's kind: `a number`, `null`, `an array`.
 *
 * @category utils
 * @since 0.1.0
 */
export const kindOf = (u: unknown): string => {
  if (u === null) return 'null'
  if (u === undefined) return 'nothing'
  if (Array.isArray(u)) return 'an array'
  switch (typeof u) {
    case 'object':
      return 'an object'
    case 'string':
      return 'a string'
    case 'number':
      return Number.isFinite(u) ? 'a number' : String(u)
    case 'boolean':
      return 'a boolean'
    case 'bigint':
      return 'a bigint'
    case 'symbol':
      return 'a symbol'
    case 'function':
      return 'a function'
    default:
      return 'a value'
  }
}

const PREVIEW = 60

const preview = (u: unknown): string => {
  if (typeof u === 'string') {
    const s = JSON.stringify(u.length > PREVIEW ? u.slice(0, PREVIEW) + '…' : u)
    return s
  }
  if (typeof u === 'number' || typeof u === 'boolean' || u === null) return String(u)
  return kindOf(u)
}

/**
 * Renders a path as `fieldList[0].name`; the root is `(root)`.
 *
 * @category utils
 * @since 0.1.0
 */
export const renderPath = (path: ReadonlyArray<PathSegment>): string => {
  if (path.length === 0) return '(root)'
  let out = ''
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`
    else out += out === '' ? seg : `.${seg}`
  }
  return out
}

/** The path of an issue from the root. @category utils @since 0.1.0 */
export const pathOf = (issue: Issue): ReadonlyArray<PathSegment> => issue.path.slice().reverse()

/**
 * The message of an issue, never containing a hidden value.
 *
 * @category utils
 * @since 0.1.0
 */
export const messageOf = (issue: Issue): string => {
  const got = issue.got ?? (issue.hidden ? `${kindOf(issue.actual)} (sensitive value hidden)` : preview(issue.actual))
  return `${renderPath(pathOf(issue))}: expected ${issue.expected}, got ${got}`
}

/**
 * The child node under a path segment, to name the io-ts type at each level of a context.
 *
 * @category utils
 * @since 0.1.0
 */
export const childOf = (ast: AST, seg: PathSegment): AST | undefined => {
  switch (ast.kind) {
    case 'structure':
    case 'union':
      return ast.members.find((m) => m.name === seg)?.target
    case 'list':
      return ast.member
    case 'map':
      return ast.value
    case 'string':
    case 'enum':
    case 'integer':
    case 'boolean':
    case 'timestamp':
      return undefined
    default:
      return absurd(ast)
  }
}

/**
 * The entries above a codec's own come from outer io-ts codecs (`t.type({ x: codec })`) and hold
 * the raw input around the value, secrets included. Each gets a copy with the redacted value in
 * place of the raw one (the same value, or the one under the child's key); an entry whose input
 * does not hold the raw value where expected loses its `actual` rather than show it.
 */
const redactOuter = (entries: Array<t.ContextEntry>, input: unknown): void => {
  let raw = input
  for (let i = entries.length - 2; i >= 0; i--) {
    const e = entries[i]!
    const child = entries[i + 1]!
    const a = e.actual
    if (a === raw) {
      entries[i] = { key: e.key, type: e.type, actual: child.actual }
    } else if (typeof a === 'object' && a !== null && Object.prototype.hasOwnProperty.call(a, child.key) && (a as Record<string, unknown>)[child.key] === raw) {
      const copy = (Array.isArray(a) ? Object.assign([], a) : { ...a }) as Record<string, unknown>
      Object.defineProperty(copy, child.key, { value: child.actual, enumerable: true, writable: true, configurable: true })
      entries[i] = { key: e.key, type: e.type, actual: copy }
    } else {
      for (let j = i; j >= 0; j--) entries[j] = { key: entries[j]!.key, type: entries[j]!.type }
      return
    }
    raw = a
  }
}

/**
 * Turns issues into io-ts `Errors`: each with the full context (one entry per path level, its
 * io-ts type and its redacted input), the safe `value`, and a message that names the path and
 * what was expected.
 *
 * @category utils
 * @since 0.1.0
 */
export const toErrors = (
  issues: ReadonlyArray<Issue>,
  root: AST,
  input: unknown,
  context: t.Context,
  typeOf: (ast: AST) => t.Decoder<unknown, unknown>,
  redactInput: (ast: AST, u: unknown) => unknown
): t.Errors => {
  // The root's redacted input is the same for every issue: computed once.
  const rootActual = context.length > 0 ? redactInput(root, input) : undefined
  return issues.map((issue) => {
    const path = pathOf(issue)
    const entries: Array<t.ContextEntry> = context.slice()
    let ast: AST | undefined = root
    let actual: unknown = input
    let known = true
    if (entries.length > 0) {
      const last = entries[entries.length - 1]!
      entries[entries.length - 1] = { key: last.key, type: last.type, actual: rootActual }
      if (containsSensitive(root)) redactOuter(entries, input)
    }
    let inSensitive = false
    for (const seg of path) {
      // Below a sensitive node everything is hidden, whatever the child's own declaration says.
      inSensitive = inSensitive || ast?.sensitive === true
      ast = ast === undefined ? undefined : childOf(ast, seg)
      known = known && seg !== SENSITIVE && typeof actual === 'object' && actual !== null
      actual = known ? (actual as Record<PathSegment, unknown>)[seg] : undefined
      const type = ast === undefined ? undefined : typeOf(ast)
      if (type === undefined) break
      entries.push(known && ast !== undefined ? { key: String(seg), type, actual: inSensitive ? SENSITIVE : redactInput(ast, actual) } : { key: String(seg), type })
    }
    return { value: issue.hidden ? SENSITIVE : issue.actual, context: entries, message: messageOf(issue) }
  })
}
