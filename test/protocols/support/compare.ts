/**
 * One comparable form for what our operations and the SDK produce, so that the agreement tests
 * can assert with `toEqual` instead of loosely.
 *
 * - A request: method, path (as encoded), query pairs (decoded, in order), content type, body
 *   (parsed JSON, or `undefined` when none is sent).
 * - An outcome: `{ outcome: 'success', value }`, `{ outcome: 'error', name, members }` for a
 *   declared error (only its declared members), `{ outcome: 'unknown', code }` for a code the
 *   operation does not declare, `{ outcome: 'undecodable' }` for a response that could not be read.
 * - Values: a `Date` becomes `{ $date: ISO text }` (`'invalid'` for an invalid one), keys whose value
 *   is `undefined` are dropped, `$metadata` is dropped (the status and request id are compared on
 *   their own), and `$unknown` is kept as it is.
 */
import * as E from 'fp-ts/lib/Either.js'
import type * as t from 'io-ts'
import * as Lib from '../../../src/index.js'
import type { HttpRequest, HttpResponse } from '../../../src/protocols/Http.js'
import type { AST } from '../../../src/codecs/Schema.js'
import type { OperationName, SentRequest } from './sdk.js'

/** An error shape, seen loosely. */
export interface LooseErrorShape {
  readonly name: string
  readonly httpStatus: number | undefined
  readonly body: { readonly schema: { readonly ast: AST } }
}

/** What a response-like value the server side gives looks like. */
export interface EncodedResponse {
  readonly statusCode: number
  readonly headers: Readonly<Record<string, string>>
  readonly body: string | undefined
}

/**
 * An operation seen through the protocol contract with its type parameters erased, so that one
 * test can walk all 17.
 */
export interface LooseOperation {
  readonly name: string
  readonly http: { readonly method: string; readonly uri: string; readonly code: number }
  readonly input: Lib.SchemaOf<unknown, unknown> | undefined
  readonly output: Lib.SchemaOf<unknown, unknown> | undefined
  readonly errors: { readonly errors: ReadonlyArray<LooseErrorShape>; readonly lookup: (code: string) => LooseErrorShape | undefined }
  encodeRequest(input: unknown): E.Either<t.Errors, HttpRequest>
  decodeResponse(response: HttpResponse, options?: Lib.DecodeOptions): E.Either<Record<string, unknown>, unknown>
  decodeRequest(request: unknown): E.Either<Record<string, unknown>, unknown>
  encodeResponse(output: unknown): EncodedResponse
  encodeError(error: unknown): EncodedResponse
}

/** One of the 17 operations, loosely typed. */
export const operationOf = (name: OperationName): LooseOperation => (Lib as unknown as Record<string, LooseOperation>)[name]!

/** Plain comparable data (see the module comment). */
export const plain = (v: unknown): unknown => {
  if (v instanceof Date) return { $date: Number.isNaN(v.getTime()) ? 'invalid' : v.toISOString() }
  if (Array.isArray(v)) return v.map(plain)
  if (typeof v === 'object' && v !== null) {
    const out: Record<string, unknown> = {}
    for (const [k, x] of Object.entries(v)) if (x !== undefined && k !== '$metadata') out[k] = plain(x)
    return out
  }
  return v
}

/** RFC 3986 percent-encoding of a component: everything but unreserved characters. */
export const rfc3986 = (s: string): string => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)

/** The pairs of an encoded query string, decoded. */
export const pairsOf = (query: string): Array<readonly [string, string]> =>
  query === ''
    ? []
    : query.split('&').map((p) => {
        const i = p.indexOf('=')
        return i < 0 ? ([decodeURIComponent(p), ''] as const) : ([decodeURIComponent(p.slice(0, i)), decodeURIComponent(p.slice(i + 1))] as const)
      })

export interface ComparableRequest {
  readonly method: string
  readonly path: string
  readonly query: ReadonlyArray<readonly [string, string]>
  readonly contentType: string | undefined
  readonly body: unknown
}

export const comparableOurs = (r: HttpRequest): ComparableRequest => ({
  method: r.method,
  path: r.path,
  query: pairsOf(r.query),
  contentType: r.headers['content-type'],
  body: r.body === undefined ? undefined : (JSON.parse(r.body) as unknown)
})

export const comparableSdk = (r: SentRequest): ComparableRequest => ({
  method: r.method,
  path: r.path,
  query: r.query,
  contentType: r.contentType,
  body: r.body === undefined ? undefined : (JSON.parse(r.body) as unknown)
})

export type Outcome =
  | { readonly outcome: 'success'; readonly value: unknown }
  | { readonly outcome: 'error'; readonly name: string; readonly members: unknown }
  | { readonly outcome: 'unknown'; readonly code: string }
  | { readonly outcome: 'undecodable' }

/** The members an error shape declares. */
export const declaredMembers = (shape: LooseErrorShape): ReadonlyArray<string> => {
  const ast = shape.body.schema.ast
  return ast.kind === 'structure' ? ast.members.map((m) => m.name) : []
}

const pick = (v: Record<string, unknown>, names: ReadonlyArray<string>): Record<string, unknown> => {
  const out: Record<string, unknown> = {}
  for (const n of names) if (v[n] !== undefined) out[n] = v[n]
  return out
}

/** Our `decodeResponse` result, comparable. */
export const ourOutcome = (op: LooseOperation, r: E.Either<Record<string, unknown>, unknown>): Outcome => {
  if (E.isRight(r)) return { outcome: 'success', value: plain(r.right ?? {}) }
  const f = r.left
  const tag = f['_tag']
  if (tag === 'UndecodableResponse') return { outcome: 'undecodable' }
  if (tag === 'UnknownOperationError') return { outcome: 'unknown', code: f['code'] as string }
  const shape = op.errors.errors.find((e) => e.name === tag)
  if (shape === undefined) throw new Error(`a failure tagged ${String(tag)}, which ${op.name} does not declare`)
  return { outcome: 'error', name: shape.name, members: plain(pick(f, declaredMembers(shape))) }
}

/** Whether the SDK rejected with one of its service exceptions (rather than a parse or type error). */
const isServiceException = (e: unknown): e is Record<string, unknown> & { name: string } =>
  typeof e === 'object' && e !== null && ((e as Record<string, unknown>)['$fault'] === 'client' || (e as Record<string, unknown>)['$fault'] === 'server')

/** The SDK's `client.send` result, comparable. */
export const sdkOutcome = (op: LooseOperation, r: { ok: true; value: Record<string, unknown> } | { ok: false; error: unknown }): Outcome => {
  if (r.ok) return { outcome: 'success', value: plain(r.value) }
  const error = r.error
  if (!isServiceException(error)) return { outcome: 'undecodable' }
  const shape = op.errors.errors.find((e) => e.name === error.name)
  if (shape === undefined) return { outcome: 'unknown', code: error.name }
  return { outcome: 'error', name: shape.name, members: plain(pick(error, declaredMembers(shape))) }
}

/** The SDK's `$metadata` of a result, as `{ statusCode, requestId }`. */
export const sdkMetadata = (r: { ok: true; value: Record<string, unknown> } | { ok: false; error: unknown }): { statusCode: unknown; requestId: unknown } => {
  const m = (r.ok ? r.value['$metadata'] : (r.error as Record<string, unknown> | null)?.['$metadata']) as Record<string, unknown> | undefined
  return { statusCode: m?.['httpStatusCode'], requestId: m?.['requestId'] }
}
