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
import { UNREADABLE, kindOf, previewOf } from './Preview.js'
import { type AST, absurd } from './Schema.js'
import { SENSITIVE, containsSensitive, hidingOf } from './Sensitivity.js'

export { SENSITIVE, type Sensitive, containsSensitive } from './Sensitivity.js'
export { kindOf } from './Preview.js'

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
  const hiding = hidingOf(container)
  const hide = hiding.value
  const segment = keyIsData && hiding.keys ? SENSITIVE : key
  for (let i = from; i < issues.length; i++) {
    const issue = issues[i]!
    if (hide) {
      // A description made below without knowing it would be hidden may quote the value.
      if (!issue.hidden) delete issue.got
      issue.hidden = true
      for (let j = 0; j < issue.path.length; j++) if (typeof issue.path[j] === 'string') issue.path[j] = SENSITIVE
    }
    issue.path.push(segment)
  }
}

// -------------------------------------------------------------------------------------
// rendering
// -------------------------------------------------------------------------------------

const PREVIEW = 60

const preview = (u: unknown): string => {
  if (typeof u === 'string') return JSON.stringify(u.length > PREVIEW ? u.slice(0, PREVIEW) + '…' : u)
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
 * The message of an issue, never containing a hidden value. `prefix` is the path of the codec's
 * own root inside outer io-ts codecs (`contextPath`), so io-ts reporters that print messages
 * (`PathReporter`) show the whole path.
 *
 * @category utils
 * @since 0.1.0
 */
export const messageOf = (issue: Issue, prefix: ReadonlyArray<PathSegment> = []): string => {
  const got = issue.got ?? (issue.hidden ? `${kindOf(issue.actual)} (sensitive value hidden)` : preview(issue.actual))
  const path = pathOf(issue)
  return `${renderPath(prefix.length === 0 ? path : [...prefix, ...path])}: expected ${issue.expected}, got ${got}`
}

const INDEX = /^(?:0|[1-9][0-9]*)$/

const isArray = (u: unknown): boolean => {
  try {
    return Array.isArray(u)
  } catch {
    return false
  }
}

/**
 * Whether a context entry's children are branches of one value rather than parts of it: io-ts's
 * `t.union` and `t.intersection` add the branch's index as a key, which is no step into the data.
 */
const isBranching = (type: t.Decoder<unknown, unknown>): boolean => {
  const tag = (type as { readonly _tag?: unknown })._tag
  return tag === 'UnionType' || tag === 'IntersectionType'
}

/**
 * The path of the data an io-ts context leads to: one segment per entry after the root, a number
 * when it indexes an array, leaving out the branch indices that `t.union` and `t.intersection`
 * add. `Report` renders errors' paths with it, and messages start with it.
 *
 * @category utils
 * @since 0.2.0
 */
export const contextPath = (context: t.Context): Array<PathSegment> => {
  const path: Array<PathSegment> = []
  for (let i = 1; i < context.length; i++) {
    const parent = context[i - 1]!
    if (isBranching(parent.type)) continue
    const key = context[i]!.key
    path.push(INDEX.test(key) && isArray(parent.actual) ? Number(key) : key)
  }
  return path
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
 * The entries above a codec's own come from outer io-ts codecs (`t.array(codec)`) and hold the
 * raw input around the value: other values of the same declaration, secrets included. Each is
 * replaced by a bounded preview, made once per entry object (io-ts shares the outer entries
 * between the calls it makes for the elements of one array or record, so 100,000 failing
 * elements preview the outer array once, not 100,000 times). When the codec's declaration holds
 * sensitive members, the preview shows only kinds and keys: which of the outer values are secret
 * is not known here.
 */
const outerPlain = new WeakMap<t.ContextEntry, t.ContextEntry>()
const outerMasked = new WeakMap<t.ContextEntry, t.ContextEntry>()

const outerEntry = (e: t.ContextEntry, mask: boolean): t.ContextEntry => {
  const cache = mask ? outerMasked : outerPlain
  let r = cache.get(e)
  if (r === undefined) {
    r = 'actual' in e ? { key: e.key, type: e.type, actual: previewOf(e.actual, mask) } : { key: e.key, type: e.type }
    cache.set(e, r)
  }
  return r
}

/**
 * Turns issues into io-ts `Errors`: each with the full context (the outer entries, then one
 * entry per path level with its io-ts type), the safe `value`, and a message that names the
 * whole path and what was expected. No part of the input is kept: `value` and each entry's
 * `actual` are bounded previews (`previewOf`), redacted by the declaration (`redactInput`), so
 * a `Left`'s size does not depend on the input's and it can always be serialised.
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
  const mask = containsSensitive(root)
  const outer: Array<t.ContextEntry> = []
  for (let i = 0; i < context.length - 1; i++) outer.push(outerEntry(context[i]!, mask))
  const prefix = contextPath(context)
  // Previews of the values met on the way down, made once per value and node.
  const shown = new Map<unknown, Map<AST, unknown>>()
  const show = (ast: AST, u: unknown): unknown => {
    if (typeof u !== 'object' || u === null) return redactInput(ast, previewOf(u))
    let byAst = shown.get(u)
    if (byAst === undefined) shown.set(u, (byAst = new Map()))
    if (!byAst.has(ast)) byAst.set(ast, redactInput(ast, previewOf(u)))
    return byAst.get(ast)
  }
  const last = context[context.length - 1]
  return issues.map((issue) => {
    const path = pathOf(issue)
    const entries = outer.slice()
    if (last !== undefined) entries.push({ key: last.key, type: last.type, actual: show(root, input) })
    let ast: AST | undefined = root
    let actual: unknown = input
    let known = true
    let inSensitive = false
    // The node the issue is about, when the declaration names every step to it.
    let node: AST | undefined = root
    for (const seg of path) {
      // Below a hidden node everything is hidden, whatever the child's own declaration says.
      inSensitive = inSensitive || (ast !== undefined && hidingOf(ast).value)
      ast = ast === undefined ? undefined : childOf(ast, seg)
      known = known && seg !== SENSITIVE && typeof actual === 'object' && actual !== null
      actual = known ? (actual as Record<PathSegment, unknown>)[seg] : undefined
      const type = ast === undefined ? undefined : typeOf(ast)
      node = ast
      if (type === undefined) break
      entries.push(known && ast !== undefined ? { key: String(seg), type, actual: inSensitive ? SENSITIVE : show(ast, actual) } : { key: String(seg), type })
    }
    // The value is redacted by its node as the context entries are (a union's unknown variant is hidden there too).
    const value = issue.hidden ? SENSITIVE : node === undefined ? previewOf(issue.actual, mask) : redactInput(node, previewOf(issue.actual))
    return { value, context: entries, message: messageOf(issue, prefix) }
  })
}

/**
 * The error for input that threw while it was read (a Proxy, a throwing getter), in the io-ts
 * context it was given: the outer entries previewed as `toErrors` does, the codec's own entry
 * without its `actual`, and the thrown error not shown (its message may quote the input).
 *
 * @category utils
 * @since 0.2.0
 */
export const unreadable = (root: AST, context: t.Context): t.ValidationError => {
  const mask = containsSensitive(root)
  const entries: Array<t.ContextEntry> = []
  for (let i = 0; i < context.length - 1; i++) entries.push(outerEntry(context[i]!, mask))
  const last = context[context.length - 1]
  if (last !== undefined) entries.push({ key: last.key, type: last.type })
  return { value: UNREADABLE, context: entries, message: `${renderPath(contextPath(context))}: expected input that can be read, got ${UNREADABLE}` }
}
