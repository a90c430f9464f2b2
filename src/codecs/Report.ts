/**
 * Two renderings of the same io-ts `Errors`: a tree for people (`drawTree`) and a flat list of
 * `{ path, message }` for programs (`toIssues`).
 *
 * Both read each error's `context`, the io-ts way of saying where it happened: the first entry
 * is the root (key `''`), then one entry per level. So they also work for errors that other
 * io-ts codecs produced, and for this library's codecs nested inside io-ts combinators. A key
 * is reported as a number when the value it indexes is an array; the branch indices of
 * `t.union` and `t.intersection` are left out.
 *
 * @since 0.1.0
 */
import type * as t from 'io-ts'
import { contextPath, kindOf, renderPath } from './Issue.js'

/**
 * One problem, for programs: where (`path`, from the root, array indices as numbers) and what
 * (`message`, without the path: `expected a string, got 424242`).
 *
 * @category model
 * @since 0.1.0
 */
export interface ReportIssue {
  readonly path: ReadonlyArray<string | number>
  readonly message: string
}

/**
 * The path of one io-ts error from its context (array indices as numbers; the branch indices
 * that `t.union` and `t.intersection` add are left out, as they are no step into the data).
 *
 * @category utils
 * @since 0.1.0
 */
export const pathOfError = (error: t.ValidationError): ReadonlyArray<string | number> => contextPath(error.context)

/** The message without its leading `path: `, or one made from the context when there is none. */
const bareMessage = (error: t.ValidationError, path: ReadonlyArray<string | number>): string => {
  const m = error.message
  if (m === undefined) {
    const last = error.context[error.context.length - 1]
    // The value itself is not shown: it may be sensitive, and only this library's messages know.
    return `expected ${last === undefined ? 'a valid value' : last.type.name}, got ${kindOf(error.value)}`
  }
  const prefix = `${renderPath(path)}: `
  if (m.startsWith(prefix)) return m.slice(prefix.length)
  const at = m.indexOf(': expected ')
  return at >= 0 ? m.slice(at + 2) : m
}

/**
 * The errors as an array of readable entries, or `undefined` when they are not an array (or the
 * array throws while it is read). An entry is read by {@link issueOf}.
 */
const entriesOf = (errors: t.Errors): ReadonlyArray<t.ValidationError> | undefined => {
  try {
    return Array.isArray(errors) ? Array.from(errors) : undefined
  } catch {
    return undefined
  }
}

/** The one issue reported for something that is not a list of io-ts errors. */
const notErrors = (errors: unknown): ReportIssue => ({ path: [], message: `expected io-ts validation errors (an array), got ${kindOf(errors)}` })

/** One error as an issue; an entry that is not a readable io-ts error is reported at the root as what it is. */
const issueOf = (error: t.ValidationError): ReportIssue => {
  try {
    const path = pathOfError(error)
    return { path, message: bareMessage(error, path) }
  } catch {
    return { path: [], message: `expected an io-ts validation error, got ${kindOf(error)}` }
  }
}

/** The name of the root type of an error's context, when it has one that can be read. */
const rootNameOf = (error: t.ValidationError): string | undefined => {
  try {
    const name: unknown = error.context[0]?.type.name
    return typeof name === 'string' ? name : undefined
  } catch {
    return undefined
  }
}

/**
 * The errors as a flat list of `{ path, message }`, in the order they were found. Never throws:
 * what is not a list of io-ts errors is one issue at the root saying so, and an entry that is
 * not a readable io-ts error is an issue at the root saying so.
 *
 * @example
 * import assert from 'node:assert'
 * import * as E from 'fp-ts/lib/Either.js'
 * import { CreateChatTokenResponse, toIssues } from 'ivschat-codecs'
 *
 * const r = CreateChatTokenResponse.fromJson({ token: 42 })
 * assert.ok(E.isLeft(r))
 * assert.deepStrictEqual(toIssues(r.left).map((i) => i.path), [['token']])
 *
 * @category rendering
 * @since 0.1.0
 */
export const toIssues = (errors: t.Errors): ReadonlyArray<ReportIssue> => {
  const entries = entriesOf(errors)
  return entries === undefined ? [notErrors(errors)] : entries.map(issueOf)
}

interface Node {
  readonly children: Map<string, Node>
  readonly messages: Array<string>
}

const emptyNode = (): Node => ({ children: new Map(), messages: [] })

const segmentLabel = (seg: string | number): string => (typeof seg === 'number' ? `[${seg}]` : seg)

const draw = (node: Node, indent: string, out: Array<string>): void => {
  const entries: Array<readonly [string, Node | string]> = [
    ...node.messages.map((m) => ['', m] as const),
    ...[...node.children].map(([k, n]) => [k, n] as const)
  ]
  entries.forEach(([label, item], i) => {
    const last = i === entries.length - 1
    const branch = last ? '└─ ' : '├─ '
    if (typeof item === 'string') {
      out.push(`${indent}${branch}${item}`)
      return
    }
    out.push(`${indent}${branch}${label}`)
    draw(item, indent + (last ? '   ' : '│  '), out)
  })
}

/**
 * The errors as a tree for people: the root's name, then one branch per key, with what was
 * expected at the leaves. Never throws: what cannot be read is reported as {@link toIssues}
 * reports it.
 *
 * ```text
 * CreateChatTokenResponse
 * ├─ token
 * │  └─ expected a string, got 424242
 * └─ tokenExpirationTime
 *    └─ expected …, got "2026-02-30T13:00:00Z"
 * ```
 *
 * @category rendering
 * @since 0.1.0
 */
export const drawTree = (errors: t.Errors): string => {
  const root = emptyNode()
  let rootName: string | undefined
  const entries = entriesOf(errors)
  const issues = entries === undefined ? [notErrors(errors)] : entries.map(issueOf)
  for (let i = 0; i < issues.length; i++) {
    const { path, message } = issues[i]!
    if (entries !== undefined) rootName ??= rootNameOf(entries[i]!)
    let node = root
    for (const seg of path) {
      const label = segmentLabel(seg)
      let child = node.children.get(label)
      if (child === undefined) {
        child = emptyNode()
        node.children.set(label, child)
      }
      node = child
    }
    node.messages.push(message)
  }
  const out: Array<string> = [rootName === undefined || rootName === '' ? '(root)' : rootName]
  draw(root, '', out)
  return out.join('\n')
}
