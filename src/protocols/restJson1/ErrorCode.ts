/**
 * restJson1's error code: where a response names its error, and how that name is reduced to the
 * exception's shape name (Smithy spec, AWS restJson1 protocol, "Operation error serialization").
 *
 * - Where: the `x-amzn-errortype` header; when it is absent or empty (blank), the body's `code`
 *   member (its key in any letter case, as services differ), then the body's `__type`. Only a
 *   string counts.
 * - Reduction (`normalizeErrorCode`; the package's error unions use it too, through
 *   `Conventions.ts`, since their public `lookup` and `fromJson` accept raw codes): keep what
 *   stands before the first `,` (a header repeated and folded by commas), drop everything from
 *   the first `:` (Smithy: "additional colon-delimited information" such as a URI), drop
 *   everything through the last `#` (Smithy: "a namespace prefix"), and trim. Normalising twice
 *   changes nothing.
 *
 * @since 0.2.0
 */
import type { HttpHeaders } from '../Http.js'
import { headerOf } from '../Headers.js'

/**
 * The header that names an error.
 *
 * @category constants
 * @since 0.2.0
 */
export const ERROR_TYPE_HEADER = 'x-amzn-errortype'

/**
 * The exception name in a raw error code: keeps what stands before the first `,` (a header
 * repeated and joined by commas), drops everything from the first `:` (a URI suffix), and drops
 * everything up to the (last) `#` (a namespace). `com.amazonaws.ivschat#ValidationException:http://…`
 * is `ValidationException`. A value that is not a string names no exception: `''`.
 *
 * @example
 * import { normalizeErrorCode } from 'ivschat-codecs'
 * assert.strictEqual(normalizeErrorCode('com.amazonaws.ivschat#ValidationException:http://internal.amazon.com/'), 'ValidationException')
 *
 * @category utils
 * @since 0.1.0
 */
export const normalizeErrorCode = (raw: string): string => {
  if (typeof raw !== 'string') return ''
  let code = raw
  const comma = code.indexOf(',')
  if (comma >= 0) code = code.slice(0, comma)
  const colon = code.indexOf(':')
  if (colon >= 0) code = code.slice(0, colon)
  // The last `#`: what follows it has none left, so normalising twice changes nothing.
  const hash = code.lastIndexOf('#')
  if (hash >= 0) code = code.slice(hash + 1)
  return code.trim()
}

/**
 * The error code in a parsed JSON body: its `code` key (any letter case), then `__type`. A body
 * that throws while it is read (a Proxy, a getter) names no code.
 */
const bodyCodeOf = (body: unknown): string | undefined => {
  try {
    if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined
    const rec = body as Record<string, unknown>
    for (const k of Object.keys(rec)) {
      if (k.toLowerCase() !== 'code') continue
      const v = rec[k]
      if (typeof v === 'string') return v
    }
    const type = rec['__type']
    return typeof type === 'string' ? type : undefined
  } catch {
    return undefined
  }
}

/**
 * The normalised error code of a response, or `undefined` when neither the header nor the body
 * names one (or the name is empty once normalised).
 *
 * @category utils
 * @since 0.2.0
 */
export const errorCodeOf = (headers: HttpHeaders | undefined, body: unknown): string | undefined => errorCodeFrom(headerOf(headers, ERROR_TYPE_HEADER), body)

/**
 * The normalised error code given the `x-amzn-errortype` header's value (when the caller has
 * read the headers already) and the parsed body, as `errorCodeOf` finds it.
 *
 * @category utils
 * @since 0.3.0
 */
export const errorCodeFrom = (header: string | undefined, body: unknown): string | undefined => {
  const raw = header !== undefined && header.trim() !== '' ? header : bodyCodeOf(body)
  if (raw === undefined) return undefined
  const code = normalizeErrorCode(raw)
  return code === '' ? undefined : code
}
