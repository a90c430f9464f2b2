/**
 * SigV4 signing of a request for service `ivschat`, by `@smithy/signature-v4` (imported on first
 * use) with SHA-256 from `node:crypto` (imported with it, so that a program that never signs loads neither). The signed headers are those the AWS SDK signs for the same request: `host`,
 * `content-type` and `content-length` when there is a body, `x-amz-date`,
 * `x-amz-content-sha256`, and `x-amz-security-token` for temporary credentials; `user-agent` is
 * sent but (as SigV4 prescribes) not signed.
 *
 * @since 0.2.0
 */
import { Buffer } from 'node:buffer'
import type { Hash, Hmac } from 'node:crypto'
import * as E from 'fp-ts/lib/Either.js'
import type { HttpRequest } from '../protocols/Http.js'
import type { Credentials } from './Credentials.js'
import type { ResolvedEndpoint } from './Endpoint.js'
import { lazily } from './Lazy.js'

/** The signing name of IVS Chat (`aws.auth#sigv4` of the model). */
export const SIGNING_SERVICE = 'ivschat'

/**
 * The `user-agent` of every request.
 *
 * @category constants
 * @since 0.2.0
 */
export const USER_AGENT = `ivschat-codecs lang/js${typeof process === 'object' && typeof process.versions?.node === 'string' ? ` md/nodejs#${process.versions.node}` : ''}`

type Data = string | ArrayBuffer | ArrayBufferView

const bytesOf = (data: Data): string | Uint8Array =>
  typeof data === 'string' ? data : data instanceof ArrayBuffer ? new Uint8Array(data) : new Uint8Array(data.buffer, data.byteOffset, data.byteLength)

/** What signing needs of `node:crypto`. */
export type Crypto = Pick<typeof import('node:crypto'), 'createHash' | 'createHmac' | 'timingSafeEqual'>

/** The class `@smithy/signature-v4` takes as its `sha256`. */
export type Sha256Constructor = new (secret?: Data) => { update(data: Data): void; digest(): Promise<Uint8Array>; reset(): void }

/**
 * SHA-256 (or HMAC-SHA-256 with a secret) over `crypto`, in the shape `@smithy/signature-v4` asks
 * for.
 */
export const sha256Of = (crypto: Crypto): Sha256Constructor =>
  class Sha256 {
    private readonly secret: Data | undefined
    private hash: Hash | Hmac
    constructor(secret?: Data) {
      this.secret = secret
      this.hash = Sha256.start(secret)
    }
    private static start(secret: Data | undefined): Hash | Hmac {
      return secret === undefined ? crypto.createHash('sha256') : crypto.createHmac('sha256', bytesOf(secret))
    }
    update(data: Data): void {
      this.hash.update(bytesOf(data))
    }
    digest(): Promise<Uint8Array> {
      const d = this.hash.digest()
      return Promise.resolve(new Uint8Array(d.buffer, d.byteOffset, d.byteLength))
    }
    reset(): void {
      this.hash = Sha256.start(this.secret)
    }
  }

/** The signer and the hashing it uses, once imported. */
export interface Signer {
  readonly SignatureV4: typeof import('@smithy/signature-v4').SignatureV4
  readonly Sha256: Sha256Constructor
  readonly crypto: Crypto
}

/**
 * The signer's package and `node:crypto`, imported on first use (by the client before its first
 * call, and by the emulator when it checks signatures).
 */
export const loadSigner = lazily('@smithy/signature-v4', () =>
  Promise.all([import('@smithy/signature-v4'), import('node:crypto')]).then(([{ SignatureV4 }, crypto]): Signer => ({ SignatureV4, Sha256: sha256Of(crypto), crypto }))
)

/** A query string (no `?`) as the record the signer canonicalises: decoded names and values, repeats as arrays. */
const queryRecord = (query: string): Record<string, string | Array<string>> => {
  const out: Record<string, string | Array<string>> = {}
  if (query === '') return out
  for (const pair of query.split('&')) {
    const i = pair.indexOf('=')
    const k = decodeURIComponent(i < 0 ? pair : pair.slice(0, i))
    const v = i < 0 ? '' : decodeURIComponent(pair.slice(i + 1))
    const seen = out[k]
    out[k] = seen === undefined ? v : Array.isArray(seen) ? [...seen, v] : [seen, v]
  }
  return out
}

/**
 * The headers to send for a request: the request's own, plus `host`, `content-length`,
 * `user-agent`, the SigV4 headers and `authorization`. Rejects, with the `InvalidConfiguration`,
 * when `@smithy/signature-v4` cannot be imported.
 */
export const sign = async (request: HttpRequest, endpoint: ResolvedEndpoint, credentials: Credentials, date: Date): Promise<Record<string, string>> => {
  const signerModule = await loadSigner()
  if (E.isLeft(signerModule)) throw signerModule.left
  const { SignatureV4, Sha256 } = signerModule.right
  const headers: Record<string, string> = { ...request.headers, host: endpoint.host }
  if (request.body !== undefined) headers['content-length'] = String(Buffer.byteLength(request.body, 'utf8'))
  const signer = new SignatureV4({
    service: SIGNING_SERVICE,
    region: endpoint.signingRegion,
    credentials: {
      accessKeyId: credentials.accessKeyId,
      secretAccessKey: credentials.secretAccessKey,
      ...(credentials.sessionToken === undefined ? {} : { sessionToken: credentials.sessionToken })
    },
    sha256: Sha256
  })
  const signed = await signer.sign(
    {
      method: request.method,
      protocol: endpoint.protocol,
      hostname: endpoint.hostname,
      ...(endpoint.port === '' ? {} : { port: Number(endpoint.port) }),
      path: `${endpoint.basePath}${request.path}`,
      query: queryRecord(request.query),
      headers,
      body: request.body
    },
    { signingDate: date }
  )
  return { ...(signed.headers as Record<string, string>), 'user-agent': USER_AGENT }
}
