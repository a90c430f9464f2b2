/**
 * Reading headers in whichever form an HTTP library gives them (`HttpHeaders`): a plain object
 * (names in any letter case, a repeated header as an array), `[name, value]` pairs, or anything
 * with a fetch-style `forEach` (a `Headers`). Names compare without regard to letter case; a
 * header given several times reads as its values joined by `,` (as HTTP folds them). Nothing
 * here throws: headers that cannot be read are no headers.
 *
 * @since 0.2.0
 */
import type { HttpHeaders } from './Http.js'

const isPairs = (h: unknown): h is ReadonlyArray<unknown> => Array.isArray(h)

const isForEach = (h: unknown): h is { forEach(callback: (value: string, name: string) => void): void } =>
  typeof h === 'object' && h !== null && typeof (h as { forEach?: unknown }).forEach === 'function'

/**
 * Calls `visit` with each header value as given, in order, with its name (a repeated header once
 * per value). Headers that throw when read (a Proxy, a getter) are read as far as they go.
 */
const eachHeader = (headers: HttpHeaders | undefined, visit: (name: string, value: string) => void): void => {
  const add = (name: unknown, value: unknown): void => {
    if (typeof name !== 'string') return
    if (typeof value === 'string') visit(name, value)
    else if (Array.isArray(value)) for (const v of Object.values(value as ReadonlyArray<unknown>)) if (typeof v === 'string') visit(name, v)
  }
  try {
    if (headers === undefined || headers === null || typeof headers !== 'object') return
    if (isPairs(headers)) {
      for (const pair of Object.values(headers)) if (Array.isArray(pair)) add(pair[0], pair[1])
    } else if (isForEach(headers)) {
      headers.forEach((value, name) => add(name, value))
    } else {
      const rec = headers as Readonly<Record<string, unknown>>
      for (const k of Object.keys(rec)) add(k, rec[k])
    }
  } catch {
    // read as far as they go
  }
}

/** A value appended to what a header already read, as HTTP folds repeated headers. */
const folded = (before: string | undefined, value: string): string => (before === undefined ? value : `${before},${value}`)

/**
 * Every header as a lower-case name and its value (repeated headers joined by `,`).
 *
 * @category utils
 * @since 0.2.0
 */
export const headersOf = (headers: HttpHeaders | undefined): ReadonlyMap<string, string> => {
  const out = new Map<string, string>()
  eachHeader(headers, (name, value) => {
    const k = name.toLowerCase()
    out.set(k, folded(out.get(k), value))
  })
  return out
}

/**
 * One header's value (repeated headers joined by `,`), found without regard to letter case, or
 * `undefined` when it is absent.
 *
 * @category utils
 * @since 0.2.0
 */
export const headerOf = (headers: HttpHeaders | undefined, name: string): string | undefined => {
  const wanted = name.toLowerCase()
  let found: string | undefined
  eachHeader(headers, (n, value) => {
    if (n.length === wanted.length && n.toLowerCase() === wanted) found = folded(found, value)
  })
  return found
}
