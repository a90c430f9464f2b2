/**
 * A SigV4 check as a service makes it: the request is signed again by `@smithy/signature-v4`
 * from what was received (the headers it names as signed, its `x-amz-date`, the body's hash) with
 * the secret the checker knows, and the two `authorization` values must be equal.
 */
import * as crypto from 'node:crypto'
import { SignatureV4 } from '@smithy/signature-v4'
import { sha256Of } from '../../../src/client/Signing.js'

const Sha256 = sha256Of(crypto)

export interface Received {
  readonly method: string
  /** Path and query as received (`/tags/arn%3A…?tagKeys=a`). */
  readonly url: string
  readonly headers: Readonly<Record<string, string>>
  readonly body: Uint8Array
}

export interface Secrets {
  readonly accessKeyId: string
  readonly secretAccessKey: string
  readonly sessionToken?: string
}

const AUTH = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})$/

const queryRecord = (query: string): Record<string, string | Array<string>> => {
  const out: Record<string, string | Array<string>> = {}
  for (const [k, v] of new URLSearchParams(query.replace(/\+/g, '%2B'))) {
    const seen = out[k]
    out[k] = seen === undefined ? v : Array.isArray(seen) ? [...seen, v] : [seen, v]
  }
  return out
}

/** Why the signature is refused, or `undefined` when it is good. */
export const checkSignature = async (r: Received, secrets: Secrets, service = 'ivschat'): Promise<string | undefined> => {
  const m = AUTH.exec(r.headers['authorization'] ?? '')
  if (m === null) return 'no SigV4 authorization header'
  const [, accessKeyId, , region, signedService, signedHeaders] = m
  if (accessKeyId !== secrets.accessKeyId) return 'unknown access key'
  if (signedService !== service) return 'wrong service'
  const bodyHash = crypto.createHash('sha256').update(r.body).digest('hex')
  if (r.headers['x-amz-content-sha256'] !== bodyHash) return 'body hash mismatch'
  if (secrets.sessionToken !== undefined && r.headers['x-amz-security-token'] !== secrets.sessionToken) return 'wrong session token'
  const names = signedHeaders!.split(';')
  for (const required of ['host', 'x-amz-date']) if (!names.includes(required)) return `${required} is not signed`
  const headers: Record<string, string> = {}
  for (const n of names) {
    const v = r.headers[n]
    if (v === undefined) return `signed header ${n} is missing`
    headers[n] = v
  }
  const date = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(headers['x-amz-date']!)
  if (date === null) return 'bad x-amz-date'
  const signingDate = new Date(`${date[1]}-${date[2]}-${date[3]}T${date[4]}:${date[5]}:${date[6]}Z`)
  const q = r.url.indexOf('?')
  const signer = new SignatureV4({
    service,
    region: region!,
    credentials: { accessKeyId: secrets.accessKeyId, secretAccessKey: secrets.secretAccessKey, ...(secrets.sessionToken === undefined ? {} : { sessionToken: secrets.sessionToken }) },
    sha256: Sha256
  })
  const again = await signer.sign(
    {
      method: r.method,
      protocol: 'http:',
      hostname: headers['host']!,
      path: q < 0 ? r.url : r.url.slice(0, q),
      query: q < 0 ? {} : queryRecord(r.url.slice(q + 1)),
      headers,
      body: r.body
    },
    { signingDate }
  )
  return again.headers['authorization'] === r.headers['authorization'] ? undefined : 'signature mismatch'
}
