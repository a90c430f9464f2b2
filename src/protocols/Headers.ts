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
 * Every header as a lower-case name and its value (repeated headers joined by `,`).
 *
 * @category utils
 * @since 0.2.0
 */
export const headersOf = (headers: HttpHeaders | undefined): ReadonlyMap<string, string> => {
  const out = new Map<string, string>()
  const add = (name: unknown, value: unknown): void => {
    if (typeof name !== 'string') return
    const values = typeof value === 'string' ? [value] : Array.isArray(value) ? Object.values(value as ReadonlyArray<unknown>).filter((x): x is string => typeof x === 'string') : []
    if (values.length === 0) return
    const k = name.toLowerCase()
    const before = out.get(k)
    out.set(k, before === undefined ? values.join(',') : [before, ...values].join(','))
  }
  try {
    if (headers === undefined || headers === null || typeof headers !== 'object') return out
    if (isPairs(headers)) {
      for (const pair of Object.values(headers)) if (Array.isArray(pair)) add(pair[0], pair[1])
    } else if (isForEach(headers)) {
      headers.forEach((value, name) => add(name, value))
    } else {
      const rec = headers as Readonly<Record<string, unknown>>
      for (const k of Object.keys(rec)) add(k, rec[k])
    }
  } catch {
    // Headers that throw when read (a Proxy, a getter) are read as far as they go.
  }
  return out
}

/**
 * One header's value, or `undefined` when it is absent.
 *
 * @category utils
 * @since 0.2.0
 */
export const headerOf = (headers: HttpHeaders | undefined, name: string): string | undefined => headersOf(headers).get(name.toLowerCase())
