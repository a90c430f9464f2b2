/**
 * What our client sends is what `@aws-sdk/client-ivschat` sends: method, URL, every header
 * (`authorization` included, so the signature is the same) and the body byte for byte, for every
 * operation, with the same clock and the same (temporary) credentials.
 *
 * Ours is caught through the `fetch` option, the SDK's by its request handler. The SDK also adds
 * headers of its own (`amz-sdk-invocation-id`, a random id; `amz-sdk-request`, its attempt count;
 * `x-amz-user-agent`): a middleware just before its signing step removes them, so neither client
 * signs them, and sets the (unsigned) `user-agent` to ours.
 */
import * as Sdk from '@aws-sdk/client-ivschat'
import { HttpResponse as SdkHttpResponse, type HttpRequest as SdkHttpRequest } from '@smithy/protocol-http'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { makeClient } from '../../src/client/Client.js'
import { USER_AGENT } from '../../src/client/Signing.js'
import type { FetchInit } from '../../src/client/Transport.js'
import { KEYS, NOW, OPERATION_NAMES, type OperationName, inputsOf } from './support/fixtures.js'

interface Sent {
  readonly method: string
  readonly url: string
  readonly headers: Readonly<Record<string, string>>
  readonly body: string
}

const bytesOf = (body: unknown): string => (body === undefined || body === null ? '' : Buffer.from(body as string | Uint8Array).toString('hex'))

const SDK_ONLY = ['amz-sdk-invocation-id', 'amz-sdk-request', 'x-amz-user-agent']

const sdkSent: Array<Sent> = []
const sdk = new Sdk.IvschatClient({
  region: 'us-west-2',
  credentials: KEYS,
  requestHandler: {
    handle: async (r: SdkHttpRequest) => {
      const query = new URLSearchParams()
      for (const [k, v] of Object.entries(r.query ?? {})) for (const x of Array.isArray(v) ? v : [v ?? '']) query.append(k, x)
      // The SDK's own query builder encodes per RFC 3986, as URLSearchParams does not: rebuilt the same way.
      const q = [...query].map(([k, v]) => `${rfc3986(k)}=${rfc3986(v)}`).join('&')
      sdkSent.push({ method: r.method, url: `${r.protocol}//${r.hostname}${r.port === undefined ? '' : `:${r.port}`}${r.path}${q === '' ? '' : `?${q}`}`, headers: { ...r.headers }, body: bytesOf(r.body) })
      return { response: new SdkHttpResponse({ statusCode: 200, headers: {}, body: new TextEncoder().encode('{}') }) }
    }
  }
})
type Next = (args: { request: SdkHttpRequest }) => Promise<unknown>
sdk.middlewareStack.addRelativeTo(
  ((next: Next) => (args: { request: SdkHttpRequest }) => {
    for (const h of SDK_ONLY) delete args.request.headers[h]
    args.request.headers['user-agent'] = USER_AGENT
    return next(args)
  }) as unknown as Parameters<typeof sdk.middlewareStack.addRelativeTo>[0],
  { relation: 'before', toMiddleware: 'httpSigningMiddleware', name: 'sameHeadersAsOurs' }
)

const rfc3986 = (s: string): string => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)

const oursSent: Array<Sent> = []
const ours = makeClient({
  region: 'us-west-2',
  credentials: KEYS,
  now: () => NOW,
  fetch: async (url: string, init: FetchInit) => {
    oursSent.push({ method: init.method, url, headers: { ...init.headers }, body: bytesOf(init.body) })
    return { status: 200, headers: new Headers(), arrayBuffer: async () => new TextEncoder().encode('{}').buffer }
  }
})

type AnyCommand = new (input: unknown) => Parameters<Sdk.IvschatClient['send']>[0]
const commandOf = (name: OperationName): AnyCommand => (Sdk as unknown as Record<string, AnyCommand>)[`${name}Command`]!
const methodOf = (name: OperationName) =>
  (ours as unknown as Record<string, (input: unknown) => () => Promise<unknown>>)[name.charAt(0).toLowerCase() + name.slice(1)]!

beforeAll(() => {
  // The SDK signs with the system clock: fixed at the instant ours signs with.
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(NOW)
})

afterAll(() => {
  vi.useRealTimers()
})

describe('the request our client sends equals the AWS SDK’s', () => {
  it.each(OPERATION_NAMES.map((n) => [n] as const))('%s, for 4 valid inputs', async (name) => {
    for (const input of inputsOf(name, 4)) {
      sdkSent.length = 0
      oursSent.length = 0
      await sdk.send(new (commandOf(name))(input)).catch(() => undefined)
      await methodOf(name)(input)()
      expect(sdkSent).toHaveLength(1)
      expect(oursSent).toHaveLength(1)
      expect(oursSent[0]).toEqual(sdkSent[0])
      expect(oursSent[0]!.headers['authorization']).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/20240307\/us-west-2\/ivschat\/aws4_request, SignedHeaders=[^,]*x-amz-security-token, Signature=[0-9a-f]{64}$/)
    }
  })
})
