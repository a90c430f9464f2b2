/**
 * Encodings that are safe to print: the JSON value, the query string and the value tree of a
 * decoded value, with every sensitive node replaced by `***SensitiveInformation***`.
 *
 * `redact` gives a domain value in which a sensitive node may have become the marker string,
 * which the encoders cannot always read back (a sensitive map or timestamp is no longer a map or
 * a `Date`). So each encoding here is redacted on its own terms: the JSON value is encoded first
 * and then redacted (redaction walks raw JSON as well as domain values), the query pairs under a
 * sensitive node get the marker as their value, and the value tree gets a `String` leaf holding
 * the marker.
 *
 * Used by the CLI and the demo; not part of the package's root API.
 *
 * @since 0.1.0
 */
import { SENSITIVE } from '../codecs/Issue.js'
import { percentEncode } from '../codecs/Query.js'
import { redactBy } from '../codecs/Redact.js'
import { type AST, absurd } from '../codecs/Schema.js'
import type { Shape } from '../codecs/Shape.js'
import { type Value, valueOf } from '../codecs/Value.js'

/**
 * The JSON value of `a`, with sensitive nodes replaced by the marker.
 *
 * @category encoding
 * @since 0.1.0
 */
export const safeJson = <A, O>(s: Shape<A, O>, a: A): unknown => redactBy(s.ast, s.toJson(a))

/** Is the node, or anything above it on the way from the root, sensitive? Walks a query key. */
const sensitiveAt = (root: AST, key: string): boolean => {
  const segs = key === '' ? [] : key.split('.')
  let ast: AST | undefined = root
  let i = 0
  while (ast !== undefined) {
    if (ast.sensitive === true) return true
    if (i >= segs.length) return false
    const seg: string = segs[i]!
    switch (ast.kind) {
      case 'structure':
      case 'union':
        ast = ast.members.find((m) => m.name === seg)?.target
        i += 1
        break
      case 'list':
        // `member.N`
        ast = ast.member
        i += 2
        break
      case 'map':
        // `entry.N.key` or `entry.N.value`
        ast = segs[i + 2] === 'key' ? ast.key : ast.value
        i += 3
        break
      case 'string':
      case 'enum':
      case 'integer':
      case 'boolean':
      case 'timestamp':
        return false
      default:
        return absurd(ast)
    }
  }
  return false
}

/**
 * The AWS query string of `a`, with the value of every pair under a sensitive node replaced by
 * the (percent-encoded) marker.
 *
 * @category encoding
 * @since 0.1.0
 */
export const safeQuery = <A, O>(s: Shape<A, O>, a: A): string => {
  const q = s.toQuery(a)
  if (q === '') return q
  const marker = percentEncode(SENSITIVE)
  return q
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=')
      const key = pair.slice(0, eq)
      return sensitiveAt(s.ast, key) ? `${key}=${marker}` : pair
    })
    .join('&')
}

const hidden: Value = { _tag: 'String', value: SENSITIVE }

const safeValueOf = (ast: AST, a: unknown): Value => {
  if (ast.sensitive === true) return hidden
  switch (ast.kind) {
    case 'structure': {
      const fields: Array<readonly [string, Value]> = []
      const rec = a as Record<string, unknown>
      for (const m of ast.members) {
        const v = rec[m.name]
        if (v !== undefined) fields.push([m.name, safeValueOf(m.target, v)])
      }
      return { _tag: 'Structure', fields }
    }
    case 'union': {
      const rec = a as Record<string, unknown>
      const m = ast.members.find((x) => rec[x.name] !== undefined)
      return m === undefined ? valueOf(ast)(a) : { _tag: 'Union', member: m.name, value: safeValueOf(m.target, rec[m.name]) }
    }
    case 'list':
      return { _tag: 'List', items: (a as ReadonlyArray<unknown>).map((x) => safeValueOf(ast.member, x)) }
    case 'map': {
      const rec = a as Record<string, unknown>
      return { _tag: 'Map', entries: Object.keys(rec).map((k) => [k, safeValueOf(ast.value, rec[k])] as const) }
    }
    case 'string':
    case 'enum':
    case 'integer':
    case 'boolean':
    case 'timestamp':
      return valueOf(ast)(a)
    default:
      return absurd(ast)
  }
}

/**
 * The value tree of `a`, with every sensitive node replaced by a `String` leaf holding the marker.
 *
 * @category encoding
 * @since 0.1.0
 */
export const safeValue = <A, O>(s: Shape<A, O>, a: A): Value => safeValueOf(s.ast, a)
