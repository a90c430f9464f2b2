import * as crypto from 'node:crypto'
import { createHash, createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { USER_AGENT, sha256Of, sign } from '../../src/client/Signing.js'
import type { ResolvedEndpoint } from '../../src/client/Endpoint.js'
import { checkSignature } from './support/sigv4.js'

const KEYS = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' }
const endpoint: ResolvedEndpoint = { protocol: 'https:', hostname: 'ivschat.us-west-2.amazonaws.com', port: '', host: 'ivschat.us-west-2.amazonaws.com', basePath: '', signingRegion: 'us-west-2' }
const date = new Date('2024-03-07T12:34:56.789Z')
const request = { method: 'POST', path: '/CreateChatToken', query: '', headers: { 'content-type': 'application/json' }, body: '{"roomIdentifier":"room","userId":"ü"}' }

describe('sha256Of', () => {
  const Sha256 = sha256Of(crypto)

  it('agrees with node:crypto for hashes and HMACs, and starts over on reset', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string(), fc.uint8Array(), fc.option(fc.string(), { nil: undefined }), async (s, bytes, secret) => {
        const h = new Sha256(secret)
        h.update(s)
        h.update(bytes)
        const expected = (secret === undefined ? createHash('sha256') : createHmac('sha256', secret)).update(s).update(bytes).digest()
        expect(Buffer.from(await h.digest())).toEqual(expected)
        h.reset()
        h.update(s)
        expect(Buffer.from(await h.digest())).toEqual((secret === undefined ? createHash('sha256') : createHmac('sha256', secret)).update(s).digest())
      }),
      { numRuns: 25 }
    )
  })
})

describe('sign', () => {
  it('adds host, content-length, x-amz-date, the payload hash, user-agent and an authorization a verifier accepts', async () => {
    const headers = await sign(request, endpoint, KEYS, date)
    expect(headers).toMatchObject({
      host: endpoint.host,
      'content-type': 'application/json',
      'content-length': String(Buffer.byteLength(request.body)),
      'x-amz-date': '20240307T123456Z',
      'x-amz-content-sha256': createHash('sha256').update(request.body).digest('hex'),
      'user-agent': USER_AGENT
    })
    expect(headers['authorization']).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/20240307\/us-west-2\/ivschat\/aws4_request, SignedHeaders=content-length;content-type;host;x-amz-content-sha256;x-amz-date, Signature=[0-9a-f]{64}$/)
    expect(await checkSignature({ method: 'POST', url: request.path, headers, body: Buffer.from(request.body) }, KEYS)).toBeUndefined()
  })

  it('sends and signs the session token of temporary credentials', async () => {
    const headers = await sign(request, endpoint, { ...KEYS, sessionToken: 'TOKEN' }, date)
    expect(headers['x-amz-security-token']).toBe('TOKEN')
    expect(headers['authorization']).toContain('x-amz-security-token')
    expect(await checkSignature({ method: 'POST', url: request.path, headers, body: Buffer.from(request.body) }, { ...KEYS, sessionToken: 'TOKEN' })).toBeUndefined()
  })

  it('signs a query with repeated keys and a path of encoded characters, under an endpoint path and port', async () => {
    const at: ResolvedEndpoint = { ...endpoint, protocol: 'http:', hostname: '127.0.0.1', port: '8443', host: '127.0.0.1:8443', basePath: '/base' }
    const r = { method: 'DELETE', path: '/tags/arn%3Aaws%3Aivschat%3Aus-west-2%3A1%3Aroom%2Fa', query: 'tagKeys=a%20b&tagKeys=%F0%9F%98%80&tagKeys=a', headers: {}, body: undefined }
    const headers = await sign(r, at, KEYS, date)
    expect(headers['host']).toBe('127.0.0.1:8443')
    expect(headers['content-length']).toBeUndefined()
    expect(await checkSignature({ method: 'DELETE', url: `/base${r.path}?${r.query}`, headers, body: new Uint8Array() }, KEYS)).toBeUndefined()
  })

  it('gives a signature a verifier refuses with another secret, another body or another date', async () => {
    const headers = await sign(request, endpoint, KEYS, date)
    const received = { method: 'POST', url: request.path, headers, body: Buffer.from(request.body) }
    expect(await checkSignature(received, { ...KEYS, secretAccessKey: 'other' })).toBe('signature mismatch')
    expect(await checkSignature({ ...received, body: Buffer.from('{}') }, KEYS)).toBe('body hash mismatch')
    expect(await checkSignature({ ...received, headers: { ...headers, 'x-amz-date': '20240307T123457Z' } }, KEYS)).toBe('signature mismatch')
  })
})
