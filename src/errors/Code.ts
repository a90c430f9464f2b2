/**
 * Error codes as services send them, reduced to the exception's name.
 *
 * @since 0.1.0
 */

/**
 * The exception name in a raw error code: keeps what stands before the first `,` (a header
 * repeated and joined by commas), drops everything from the first `:` (a URI suffix), and drops
 * everything up to the (last) `#` (a namespace). `com.amazonaws.ivschat#ValidationException:http://…`
 * is `ValidationException`.
 *
 * @example
 * import { normalizeErrorCode } from 'ivschat-codecs'
 * assert.strictEqual(normalizeErrorCode('com.amazonaws.ivschat#ValidationException:http://internal.amazon.com/'), 'ValidationException')
 *
 * @category utils
 * @since 0.1.0
 */
export const normalizeErrorCode = (raw: string): string => {
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
