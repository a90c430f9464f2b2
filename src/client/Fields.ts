/**
 * Reading what a caller passes as configuration (options, credentials) without ever throwing:
 * each named field is read once, inside a `try`, into a plain copy that the rest of the client
 * reads instead.
 *
 * @since 0.3.0
 */

/**
 * The named fields of an object, each read once, or `undefined` when reading threw (a getter or
 * a Proxy): the caller refuses such input with its own `InvalidConfiguration`.
 *
 * @category utils
 * @since 0.3.0
 */
export const readFields = <K extends string>(u: object, names: ReadonlyArray<K>): { readonly [P in K]: unknown } | undefined => {
  try {
    const o = u as Record<string, unknown>
    const out = {} as Record<K, unknown>
    for (const name of names) out[name] = o[name]
    return out
  } catch {
    return undefined
  }
}
