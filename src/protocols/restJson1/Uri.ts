/**
 * restJson1 request URIs (Smithy `@http` `uri` patterns and `@httpLabel`).
 *
 * - A pattern is a path of `/`-separated segments, each a literal, a label `{name}` or (last) a
 *   greedy label `{name+}`, optionally followed by `?` and literal query parameters.
 * - Writing: a label's value is percent-encoded as RFC 3986 says: everything but the unreserved
 *   characters `A–Z a–z 0–9 - _ . ~` is encoded, `/` included (Smithy: "label values MUST be
 *   percent-encoded"); a greedy label keeps its `/` separators and encodes each piece. A label's
 *   value may not be empty (Smithy: labels are never empty).
 * - Reading: a path matches when its segments match the pattern's, compared after
 *   percent-decoding; label values are percent-decoded. Malformed escapes (`%zz`, bytes that are
 *   not UTF-8) make the path not match.
 *
 * @since 0.2.0
 */
import { percentEncode } from '../../codecs/Query.js'

type Segment = { readonly kind: 'literal'; readonly text: string } | { readonly kind: 'label'; readonly name: string; readonly greedy: boolean }

/**
 * A parsed `@http` URI pattern.
 *
 * @category model
 * @since 0.2.0
 */
export interface UriPattern {
  readonly segments: ReadonlyArray<Segment>
  /** Literal query parameters of the pattern (`/path?x=1`), already encoded, or `''`. */
  readonly query: string
  /** The names of its labels. */
  readonly labels: ReadonlyArray<string>
}

/**
 * Percent-decodes, or `undefined` when the escapes are malformed or `s` is not a string (it is
 * never turned into one: `undefined` is not the text `undefined`). Text without `%` is itself.
 */
export const percentDecode = (s: string): string | undefined => {
  if (typeof s !== 'string') return undefined
  if (s.indexOf('%') < 0) return s
  try {
    return decodeURIComponent(s)
  } catch {
    return undefined
  }
}

/**
 * Parses a Smithy `@http` URI pattern (done once per operation).
 *
 * @category constructors
 * @since 0.2.0
 */
export const parseUriPattern = (uri: string): UriPattern => {
  const q = uri.indexOf('?')
  const path = q >= 0 ? uri.slice(0, q) : uri
  const segments: Array<Segment> = path
    .split('/')
    .slice(1)
    .map((s) => {
      const m = /^\{([A-Za-z_][A-Za-z0-9_]*)(\+?)\}$/.exec(s)
      return m === null ? { kind: 'literal', text: s } : { kind: 'label', name: m[1]!, greedy: m[2] === '+' }
    })
  return {
    segments,
    query: q >= 0 ? uri.slice(q + 1) : '',
    labels: segments.flatMap((s) => (s.kind === 'label' ? [s.name] : []))
  }
}

/**
 * The encoded path for the labels' values (as text), or the name of a label whose value is
 * missing or empty.
 *
 * @category encoding
 * @since 0.2.0
 */
export const buildPath = (pattern: UriPattern, labels: (name: string) => string | undefined): { readonly path: string } | { readonly emptyLabel: string } => {
  const parts: Array<string> = []
  for (const s of pattern.segments) {
    if (s.kind === 'literal') {
      parts.push(s.text)
      continue
    }
    const v = labels(s.name)
    if (v === undefined || v === '') return { emptyLabel: s.name }
    parts.push(s.greedy ? v.split('/').map(percentEncode).join('/') : percentEncode(v))
  }
  return { path: `/${parts.join('/')}` }
}

/**
 * The decoded label values when `path` (encoded, without its query) matches the pattern, else
 * `undefined` (also when `path` is not a string, or `pattern` cannot be read).
 *
 * @category decoding
 * @since 0.2.0
 */
export const matchPath = (pattern: UriPattern, path: string): Readonly<Record<string, string>> | undefined => {
  if (typeof path !== 'string' || !path.startsWith('/')) return undefined
  try {
    const segs = pattern.segments
    return Array.isArray(segs) ? matchSegments(segs, path) : undefined
  } catch {
    return undefined
  }
}

/** The decoded label values when the path (which starts with `/`) matches the segments, else `undefined`. */
const matchSegments = (segs: UriPattern['segments'], path: string): Readonly<Record<string, string>> | undefined => {
  const parts = path.slice(1).split('/')
  const out: Record<string, string> = {}
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i]!
    if (s.kind === 'label' && s.greedy) {
      const rest = parts.slice(i, parts.length - (segs.length - 1 - i))
      if (rest.length === 0) return undefined
      const decoded = rest.map(percentDecode)
      if (decoded.some((d) => d === undefined || d === '')) return undefined
      out[s.name] = decoded.join('/')
      // The segments after a greedy label match the path's last ones.
      for (let j = i + 1; j < segs.length; j++) {
        const t = segs[j]!
        const p = percentDecode(parts[parts.length - (segs.length - j)]!)
        if (t.kind !== 'literal' || p !== t.text) return undefined
      }
      return out
    }
    const raw = parts[i]
    if (raw === undefined) return undefined
    const p = percentDecode(raw)
    if (p === undefined) return undefined
    if (s.kind === 'literal') {
      if (p !== s.text) return undefined
    } else {
      if (p === '') return undefined
      out[s.name] = p
    }
  }
  return parts.length === segs.length ? out : undefined
}
