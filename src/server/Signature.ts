/**
 * Checking a request's AWS Signature Version 4 against the credentials the emulator was given:
 * the `authorization` header is taken apart, the signature is computed again by
 * `@smithy/signature-v4` (service `ivschat`, the region of the credential scope) over the headers
 * the client says it signed, and the two are compared in constant time. The signer is imported on
 * first use (by `startServer`, when it is given credentials). A request whose
 * `x-amz-content-sha256` does not hash its body is refused too.
 *
 * What is refused and why is told in words that quote no part of the signature, the secret key or
 * the session token.
 *
 * @since 0.2.0
 */
import * as E from 'fp-ts/lib/Either.js'
import type { Credentials } from '../client/Credentials.js'
import { type Crypto, loadSigner } from '../client/Signing.js'
import { headersOf } from '../protocols/Headers.js'

/** A request as received, for checking. @category model @since 0.2.0 */
export interface SignedRequest {
  readonly method: string
  /** As received: percent-encoded, without the query. */
  readonly path: string
  /** Without `?`. */
  readonly query: string
  readonly headers: Readonly<Record<string, string | ReadonlyArray<string> | undefined>>
  readonly body: string | Uint8Array
}

/** The signing name of IVS Chat. @category constants @since 0.2.0 */
export const SERVICE = 'ivschat'

const AUTHORIZATION = /^AWS4-HMAC-SHA256 Credential=([^/,\s]+)\/(\d{8})\/([a-z0-9-]+)\/([a-z0-9-]+)\/aws4_request,\s*SignedHeaders=([a-z0-9;-]+),\s*Signature=([0-9a-f]{64})$/
const AMZ_DATE = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/

const queryRecord = (query: string): Record<string, string | Array<string>> => {
  const out: Record<string, string | Array<string>> = {}
  for (const pair of query === '' ? [] : query.split('&')) {
    const i = pair.indexOf('=')
    let k: string
    let v: string
    try {
      k = decodeURIComponent(i < 0 ? pair : pair.slice(0, i))
      v = i < 0 ? '' : decodeURIComponent(pair.slice(i + 1))
    } catch {
      continue
    }
    const seen = out[k]
    out[k] = seen === undefined ? v : Array.isArray(seen) ? [...seen, v] : [seen, v]
  }
  return out
}

const sameText = (crypto: Crypto, a: string, b: string): boolean => a.length === b.length && crypto.timingSafeEqual(Buffer.from(a), Buffer.from(b))

/**
 * `Right` when the request is signed with these credentials, `Left` with the reason otherwise.
 *
 * @category predicates
 * @since 0.2.0
 */
export const verify = (credentials: Credentials) => async (request: SignedRequest): Promise<E.Either<string, void>> => {
  const signerModule = await loadSigner()
  if (E.isLeft(signerModule)) return E.left('The signature could not be checked')
  const { SignatureV4, Sha256, crypto } = signerModule.right
  const headers = headersOf(request.headers)
  const authorization = headers.get('authorization')
  if (authorization === undefined) return E.left('The request is not signed')
  const m = AUTHORIZATION.exec(authorization)
  if (m === null) return E.left('The authorization header is not an AWS Signature Version 4')
  const [, accessKeyId, shortDate, region, service, signedHeaders, signature] = m as unknown as [string, string, string, string, string, string, string]
  if (!sameText(crypto, accessKeyId, credentials.accessKeyId)) return E.left('The request is signed with other credentials')
  if (service !== SERVICE) return E.left(`The request is signed for another service than ${SERVICE}`)
  const amzDate = headers.get('x-amz-date')
  const d = amzDate === undefined ? null : AMZ_DATE.exec(amzDate)
  if (d === null || amzDate!.slice(0, 8) !== shortDate) return E.left('The request has no valid x-amz-date header')
  const signingDate = new Date(Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(d[4]), Number(d[5]), Number(d[6])))
  const token = headers.get('x-amz-security-token')
  if (credentials.sessionToken !== undefined && (token === undefined || !sameText(crypto, token, credentials.sessionToken))) return E.left('The request is signed with other credentials')
  const claimedHash = headers.get('x-amz-content-sha256')
  if (claimedHash !== undefined && claimedHash !== 'UNSIGNED-PAYLOAD' && claimedHash !== crypto.createHash('sha256').update(request.body).digest('hex')) {
    return E.left('The body does not match its x-amz-content-sha256')
  }
  const names = signedHeaders.split(';')
  const signed: Record<string, string> = {}
  for (const name of names) {
    const value = headers.get(name)
    if (value === undefined) return E.left('A header the signature covers is missing')
    signed[name] = value
  }
  const signer = new SignatureV4({
    service: SERVICE,
    region,
    credentials: { accessKeyId: credentials.accessKeyId, secretAccessKey: credentials.secretAccessKey, ...(token !== undefined && names.includes('x-amz-security-token') ? { sessionToken: token } : {}) },
    sha256: Sha256,
    applyChecksum: false
  })
  const host = signed['host'] ?? ''
  const again = await signer.sign(
    { method: request.method, protocol: 'http:', hostname: host, path: request.path, query: queryRecord(request.query), headers: signed, body: request.body.length === 0 ? undefined : request.body },
    { signingDate, signableHeaders: new Set(names) }
  )
  const expected = AUTHORIZATION.exec(String(again.headers['authorization']))
  return expected !== null && expected[5] === signedHeaders && sameText(crypto, expected[6]!, signature) ? E.right(undefined) : E.left('The signature does not match')
}
