/**
 * The client's behaviour seen through its `fetch` option: the methods it has, what it refuses
 * before sending, how it reports a configuration problem, and that no call ever rejects.
 */
import * as E from 'fp-ts/lib/Either.js'
import fc from 'fast-check'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { DEFAULT_SIGNING_REGION, makeClient } from '../../src/index.js'
import type { Fetch, FetchInit } from '../../src/client/Transport.js'
import { operations } from '../../src/shapes/operations.js'
import { KEYS, NOW, inputsOf } from './support/fixtures.js'

afterEach(() => {
  vi.unstubAllEnvs()
})

const ok = (body: string, headers: Record<string, string> = {}) => ({ status: 200, headers: new Headers(headers), arrayBuffer: async () => new TextEncoder().encode(body).buffer })

/** A fetch that records what it is given and answers 200 `{}`. */
const recording = () => {
  const sent: Array<{ url: string; init: FetchInit }> = []
  const fetch: Fetch = async (url, init) => {
    sent.push({ url, init })
    return ok('{}')
  }
  return { sent, fetch }
}

const validCreateChatToken = inputsOf('CreateChatToken', 1)[0] as Parameters<ReturnType<typeof makeClient>['createChatToken']>[0]

describe('makeClient', () => {
  it('has one camelCase method per operation of the model, and the same under withMetadata', () => {
    const client = makeClient({ region: 'us-east-1', credentials: KEYS })
    const names = Object.keys(operations).map((n) => n.charAt(0).toLowerCase() + n.slice(1))
    expect(Object.keys(client).filter((k) => k !== 'withMetadata').sort()).toEqual(names.sort())
    expect(Object.keys(client.withMetadata).sort()).toEqual(names.sort())
    for (const n of names) expect(typeof (client as unknown as Record<string, unknown>)[n]).toBe('function')
  })

  it('never throws; a bad configuration is the InvalidConfiguration failure of every call, and nothing is sent', async () => {
    const { sent, fetch } = recording()
    await fc.assert(
      fc.asyncProperty(
        fc.record({ region: fc.anything(), endpoint: fc.anything(), maxAttempts: fc.anything(), useFipsEndpoint: fc.anything() }, { requiredKeys: [] }),
        // Never undefined: the default chain would look for credentials on this machine.
        fc.oneof(fc.constant(KEYS), fc.anything().filter((c) => c !== undefined)),
        async (config, credentials) => {
        const client = makeClient({ ...(config as object), credentials: credentials as typeof KEYS, fetch })
        const r = await client.listRooms({})()
        if (E.isLeft(r)) expect(['InvalidConfiguration', 'TransportFailure', 'UndecodableResponse']).toContain(r.left._tag)
        }
      ),
      { numRuns: 60 }
    )
    const throwing = makeClient(new Proxy({}, { get: () => { throw new Error('boom') } }) as never)
    expect(await throwing.listRooms({})()).toMatchObject(E.left({ _tag: 'InvalidConfiguration', attempts: 0 }))
    sent.length = 0
    const fips = makeClient({ region: 'us-east-1', endpoint: 'https://example.com', useFipsEndpoint: true, credentials: KEYS, fetch })
    for (let i = 0; i < 2; i++) expect(await fips.getRoom({ identifier: 'room' })()).toMatchObject(E.left({ _tag: 'InvalidConfiguration', attempts: 0 }))
    expect(sent).toHaveLength(0)
  })
})

describe('a call', () => {
  it('refuses an invalid input as InvalidRequest, sends nothing, and quotes no sensitive value', async () => {
    const { sent, fetch } = recording()
    const client = makeClient({ region: 'us-east-1', credentials: KEYS, fetch })
    const userId = 'sensitive-user-id-'.repeat(20)
    const r = await client.createChatToken({ roomIdentifier: '', userId })()
    expect(r).toMatchObject(E.left({ _tag: 'InvalidRequest', operation: 'CreateChatToken', attempts: 0 }))
    expect(E.isLeft(r) && r.left._tag === 'InvalidRequest' && r.left.errors.map((e) => e.context.map((c) => c.key).filter((k) => k !== '').join('.'))).toEqual(['roomIdentifier', 'userId'])
    expect(JSON.stringify(r)).not.toContain(userId)
    expect(sent).toHaveLength(0)
  })

  it('with a custom endpoint and no region is signed for the default region', async () => {
    const { sent, fetch } = recording()
    await makeClient({ endpoint: 'http://127.0.0.1:9/base/', credentials: KEYS, now: () => NOW, fetch }).listRooms({})()
    expect(sent[0]!.url).toBe('http://127.0.0.1:9/base/ListRooms')
    expect(sent[0]!.init.headers['authorization']).toContain(`/20240307/${DEFAULT_SIGNING_REGION}/ivschat/aws4_request`)
  })

  it('with no credentials signs with the default chain (here, the environment)', async () => {
    vi.stubEnv('AWS_ACCESS_KEY_ID', 'AKIDFROMENVIRONMENT')
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'secret-from-environment')
    const { sent, fetch } = recording()
    expect(E.isRight(await makeClient({ region: 'eu-west-1', fetch }).listRooms({})())).toBe(true)
    expect(sent[0]!.init.headers['authorization']).toContain('Credential=AKIDFROMENVIRONMENT/')
  })

  it('asks a credentials provider again when what it gave is about to expire', async () => {
    let now = NOW.getTime()
    let n = 0
    const provider = vi.fn(async () => ({ ...KEYS, accessKeyId: `AKID${++n}`, expiration: new Date(now + 10 * 60 * 1000) }))
    const { sent, fetch } = recording()
    const client = makeClient({ region: 'us-east-1', credentials: provider, now: () => new Date(now), fetch })
    await client.listRooms({})()
    await client.listRooms({})()
    now += 6 * 60 * 1000
    await client.listRooms({})()
    expect(sent.map((s) => /Credential=(\w+)\//.exec(s.init.headers['authorization']!)?.[1])).toEqual(['AKID1', 'AKID1', 'AKID2'])
  })

  it('whose credentials cannot be loaded fails as InvalidConfiguration without quoting the provider', async () => {
    const { sent, fetch } = recording()
    const client = makeClient({ region: 'us-east-1', credentials: () => Promise.reject(new Error(KEYS.secretAccessKey)), fetch })
    const r = await client.listRooms({})()
    expect(r).toMatchObject(E.left({ _tag: 'InvalidConfiguration', attempts: 0 }))
    expect(JSON.stringify(r)).not.toContain(KEYS.secretAccessKey)
    expect(sent).toHaveLength(0)
  })

  it('never rejects, whatever fetch does (throws, rejects with anything, gives a body that fails)', async () => {
    const fetches: ReadonlyArray<Fetch> = [
      () => {
        throw new Error('sync')
      },
      () => Promise.reject('a string'),
      () => Promise.reject(Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } })),
      async () => ({ status: 200, headers: new Headers(), arrayBuffer: () => Promise.reject(new Error('cut short')) })
    ]
    for (const fetch of fetches) {
      const r = await makeClient({ region: 'us-east-1', credentials: KEYS, fetch, retryDelay: () => 0 }).createChatToken(validCreateChatToken)()
      expect(r).toMatchObject(E.left({ _tag: 'TransportFailure', reason: 'Network', attempts: 3 }))
    }
    const refused = await makeClient({ region: 'us-east-1', credentials: KEYS, fetch: fetches[2]!, maxAttempts: 1 }).createChatToken(validCreateChatToken)()
    expect(refused).toMatchObject(E.left({ code: 'ECONNREFUSED', attempts: 1 }))
  })

  it('an undecodable 5xx (a proxy’s HTML page) is retried, then reported with its status', async () => {
    let calls = 0
    const fetch: Fetch = async () => {
      calls++
      return { status: 502, headers: new Headers({ 'content-type': 'text/html' }), arrayBuffer: async () => new TextEncoder().encode('<html>Bad gateway</html>').buffer }
    }
    const r = await makeClient({ region: 'us-east-1', credentials: KEYS, fetch, retryDelay: () => 0 }).listRooms({})()
    expect(r).toMatchObject(E.left({ _tag: 'UndecodableResponse', statusCode: 502, attempts: 3 }))
    expect(calls).toBe(3)
  })

  it('with metadata: the output, the status, the request id and the attempts', async () => {
    const fetch: Fetch = async () => ok('{"rooms":[]}', { 'x-amzn-requestid': 'abc-123' })
    const r = await makeClient({ region: 'us-east-1', credentials: KEYS, fetch }).withMetadata.listRooms({})()
    expect(r).toEqual(E.right({ output: { rooms: [] }, metadata: { statusCode: 200, requestId: 'abc-123', attempts: 1 } }))
  })
})
