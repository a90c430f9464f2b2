/**
 * The query interpreter: encodes a value as an AWS query string. Members come in declaration
 * order and absent ones are left out; nested structures are `outer.inner`, lists
 * `name.member.N` (from 1), maps `name.entry.N.key` / `name.entry.N.value`, and an empty list or
 * map is `name=`. Values are percent-encoded as RFC 3986 says.
 *
 * @since 0.1.0
 */
import { reader } from './Json.js'
import { SENSITIVE } from './Issue.js'
import { type AST, absurd, memoize } from './Schema.js'
import { formatTimestampText } from './Timestamp.js'

/**
 * Percent-encodes a value as RFC 3986 says: everything but `A–Z a–z 0–9 - _ . ~` (so a space is
 * `%20`, `+` is `%2B`, `/` is `%2F`, `=` is `%3D`). A lone surrogate, which UTF-8 cannot carry,
 * is sent as U+FFFD (as `TextEncoder` and URL serialisers do) instead of throwing.
 *
 * @category encoding
 * @since 0.1.0
 */
export const percentEncode = (s: string): string => {
  let e: string
  try {
    e = encodeURIComponent(s)
  } catch {
    e = encodeURIComponent(s.replace(LONE_SURROGATE, '\uFFFD'))
  }
  return e.replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

type Pairs = (a: unknown, prefix: string, out: Array<string>) => void

const HIDDEN = percentEncode(SENSITIVE)

/** Compiles query encoders; with `redacted`, a sensitive node is one pair whose value is the marker. */
const compile = (redacted: boolean): ((ast: AST) => Pairs) => {
  const queryEncoderOf: (ast: AST) => Pairs = memoize((ast: AST): Pairs => {
    if (redacted && ast.sensitive === true) return (_a, prefix, out) => void out.push(`${prefix}=${HIDDEN}`)
    switch (ast.kind) {
      case 'string':
      case 'enum':
        return (a, prefix, out) => void out.push(`${prefix}=${percentEncode(a as string)}`)
      case 'integer':
      case 'boolean':
        return (a, prefix, out) => void out.push(`${prefix}=${String(a)}`)
      case 'timestamp': {
        const format = ast.format
        return (a, prefix, out) => void out.push(`${prefix}=${percentEncode(formatTimestampText(format, a as Date))}`)
      }
      case 'list': {
        const member = queryEncoderOf(ast.member)
        return (a, prefix, out) => {
          const xs = a as ReadonlyArray<unknown>
          if (xs.length === 0) out.push(`${prefix}=`)
          for (let i = 0; i < xs.length; i++) member(xs[i], `${prefix}.member.${i + 1}`, out)
        }
      }
      case 'map': {
        const key = queryEncoderOf(ast.key)
        const value = queryEncoderOf(ast.value)
        return (a, prefix, out) => {
          const m = a as Record<string, unknown>
          const keys = Object.keys(m)
          if (keys.length === 0) out.push(`${prefix}=`)
          for (let i = 0; i < keys.length; i++) {
            const k = keys[i]!
            key(k, `${prefix}.entry.${i + 1}.key`, out)
            value(m[k], `${prefix}.entry.${i + 1}.value`, out)
          }
        }
      }
      case 'structure':
      case 'union': {
        const members = ast.members
        const reads = members.map((m) => reader(m.name))
        return (a, prefix, out) => {
          const s = a as Record<string, unknown>
          for (let i = 0; i < members.length; i++) {
            const m = members[i]!
            const v = reads[i]!(s)
            if (v !== undefined) queryEncoderOf(m.target)(v, prefix === '' ? m.name : `${prefix}.${m.name}`, out)
          }
        }
      }
      default:
        return absurd(ast)
    }
  })
  return queryEncoderOf
}

/**
 * The compiled query encoder of a node: appends `name=value` pairs under a prefix.
 *
 * @category interpreters
 * @since 0.1.0
 */
export const queryEncoderOf: (ast: AST) => Pairs = compile(false)

const redactedQueryEncoderOf: (ast: AST) => Pairs = compile(true)

/**
 * Encodes a value as a query string (`name=value` pairs joined by `&`); with `redacted`, every
 * sensitive node is one pair whose value is the (percent-encoded) marker.
 *
 * @category interpreters
 * @since 0.1.0
 */
export const toQueryString = (ast: AST, a: unknown, options: { readonly redacted?: boolean } = {}): string => {
  const out: Array<string> = []
  ;(options.redacted === true ? redactedQueryEncoderOf : queryEncoderOf)(ast)(a, '', out)
  return out.join('&')
}
