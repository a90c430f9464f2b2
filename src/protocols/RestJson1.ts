/**
 * The restJson1 protocol (Smithy, AWS restJson1): the wire of IVS Chat. Each rule lives in one
 * module under `restJson1/`:
 *
 * | rule | module |
 * | --- | --- |
 * | which member travels where (label, query, header, status, body); when a body is sent | `restJson1/Bindings.ts` |
 * | URI patterns, label percent-encoding, path matching | `restJson1/Uri.ts` |
 * | values outside the body as text (labels, query, headers) | `restJson1/Text.ts` |
 * | body text: UTF-8, byte-order mark, size limit, empty body | `restJson1/Body.ts` |
 * | the default timestamp format of body members (`epoch-seconds`) | `restJson1/Timestamps.ts` |
 * | error code: `x-amzn-errortype`, body `code`/`__type`, normalisation | `restJson1/ErrorCode.ts` |
 * | an error body's `Message` read as `message` | `restJson1/ErrorMessage.ts` |
 * | requests, both ways (strict check, `ValidationException` for servers) | `restJson1/Request.ts` |
 * | the `fieldList` of that `ValidationException` (no input quoted; a map named, not its keys) | `restJson1/FieldList.ts` |
 * | responses and errors, both ways (metadata, error correction, statuses) | `restJson1/Response.ts` |
 * | routing a request to its operation | here (`matchOperation`) |
 *
 * Operations (`Operation.ts`) bundle these directions per operation.
 *
 * @since 0.2.0
 */
import type { IncomingRequest } from './Http.js'
import type { AnyOperation } from './Operation.js'
import { matchPath } from './restJson1/Uri.js'

export { encodeRequest, decodeRequest } from './restJson1/Request.js'
export type { HttpTrait, RequestValidationError, ValidationField } from './restJson1/Request.js'
export { decodeResponse, encodeResponse, encodeError, REQUEST_ID_HEADER } from './restJson1/Response.js'
export type { Failure, UndecodableResponse } from './restJson1/Response.js'
export { ERROR_TYPE_HEADER, errorCodeOf, normalizeErrorCode } from './restJson1/ErrorCode.js'
export { withMessage } from './restJson1/ErrorMessage.js'
export { fieldListOf } from './restJson1/FieldList.js'
export { JSON_CONTENT_TYPE } from './restJson1/Body.js'
export { TIMESTAMPS } from './restJson1/Timestamps.js'
export { parseUriPattern, buildPath, matchPath, percentDecode } from './restJson1/Uri.js'
export type { UriPattern } from './restJson1/Uri.js'

/**
 * A router: the operation whose `@http` method and URI pattern match a request (method compared
 * without regard to case; the path percent-decoded segment by segment; the query ignored), or
 * `undefined`. Operations are tried in the order given; a pattern with only literal segments is
 * preferred to one with labels when both match. A request that throws while it is read (a Proxy,
 * a getter) matches none.
 *
 * @category routing
 * @since 0.2.0
 */
export const matchOperation = <Ops extends Readonly<Record<string, AnyOperation>>>(operations: Ops) => {
  // Ordered on the first request, once.
  let ordered: ReadonlyArray<Ops[keyof Ops]> | undefined
  const orderedOf = (): ReadonlyArray<Ops[keyof Ops]> => {
    const all = Object.values(operations) as unknown as ReadonlyArray<Ops[keyof Ops]>
    return [...all.filter((op) => op.uriPattern.labels.length === 0), ...all.filter((op) => op.uriPattern.labels.length > 0)]
  }
  return (request: IncomingRequest): Ops[keyof Ops] | undefined => {
    let method = ''
    let raw = ''
    try {
      const m: unknown = request?.method
      const p: unknown = request?.path
      if (typeof m === 'string') method = m.toUpperCase()
      if (typeof p === 'string') raw = p
    } catch {
      // a request that throws while it is read (a Proxy, a getter) matches no operation
      return undefined
    }
    const q = raw.indexOf('?')
    const path = q >= 0 ? raw.slice(0, q) : raw
    ordered ??= orderedOf()
    return ordered.find((op) => op.http.method.toUpperCase() === method && matchPath(op.uriPattern, path) !== undefined)
  }
}
