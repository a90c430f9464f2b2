/**
 * The emulator as an HTTP server: request ids, routing, signatures, injected faults, latency,
 * options, and the port freed by close().
 */
import { Agent, request } from 'node:http'
import { createServer } from 'node:net'
import * as sdk from '@aws-sdk/client-ivschat'
import { describe, expect, it } from 'vitest'
import { startServer } from '../../src/server/Server.js'

const CREDENTIALS = { accessKeyId: 'AKIDEMULATOR', secretAccessKey: 'emulator-secret-key' }

const post = (url: string, path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) })

const sdkClient = (url: string, credentials = CREDENTIALS) => new sdk.IvschatClient({ endpoint: url, region: 'us-east-1', credentials, maxAttempts: 1 })

describe('responses', () => {
  it('each carry a fresh x-amzn-requestid, errors included', async () => {
    const server = await startServer()
    try {
      const ok = await post(server.url, '/CreateRoom', {})
      const notFound = await post(server.url, '/GetRoom', { identifier: 'arn:aws:ivschat:us-east-1:123456789012:room/AAAAAAAAAAAA' })
      const unknown = await fetch(`${server.url}/NoSuchOperation`, { method: 'POST' })
      const ids = [ok, notFound, unknown].map((r) => r.headers.get('x-amzn-requestid'))
      for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
      expect(new Set(ids).size).toBe(3)
      expect([ok.status, notFound.status]).toEqual([200, 404])
    } finally {
      await server.close()
    }
  })

  it('to a request no operation matches are a ValidationException with reason UNKNOWN_OPERATION', async () => {
    const server = await startServer()
    try {
      const r = await fetch(`${server.url}/CreateRoom`, { method: 'GET' })
      expect(r.status).toBe(400)
      expect(r.headers.get('x-amzn-errortype')).toBe('ValidationException')
      expect(await r.json()).toMatchObject({ reason: 'UNKNOWN_OPERATION' })
    } finally {
      await server.close()
    }
  })

  it('to a body that is not JSON, or an identifier that is not an ARN, are a ValidationException (400)', async () => {
    const server = await startServer()
    try {
      const garbled = await fetch(`${server.url}/CreateRoom`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"name":' })
      expect(garbled.status).toBe(400)
      expect(garbled.headers.get('x-amzn-errortype')).toBe('ValidationException')
      const room = (await (await post(server.url, '/CreateRoom', {})).json()) as { id: string }
      const byId = await post(server.url, '/GetRoom', { identifier: room.id })
      expect(byId.status).toBe(400)
      expect(((await byId.json()) as { fieldList: ReadonlyArray<{ name: string }> }).fieldList.map((f) => f.name)).toEqual(['identifier'])
    } finally {
      await server.close()
    }
  })

  it('of DeleteRoom are 204 with no body', async () => {
    const server = await startServer()
    try {
      const room = (await (await post(server.url, '/CreateRoom', {})).json()) as { arn: string }
      const r = await post(server.url, '/DeleteRoom', { identifier: room.arn })
      expect(r.status).toBe(204)
      expect(await r.text()).toBe('')
    } finally {
      await server.close()
    }
  })
})

describe('concurrency', () => {
  it('answers 200 concurrent CreateChatToken calls, each on its own socket', async () => {
    const server = await startServer()
    const agent = new Agent({ keepAlive: false, maxSockets: Infinity })
    try {
      const room = (await (await post(server.url, '/CreateRoom', {})).json()) as { arn: string }
      const url = new URL(server.url)
      const sockets = new Set<unknown>()
      const one = (i: number) =>
        new Promise<{ status: number; token: string }>((resolve, reject) => {
          const body = JSON.stringify({ roomIdentifier: room.arn, userId: `user-${i}` })
          const req = request({ agent, host: url.hostname, port: url.port, method: 'POST', path: '/CreateChatToken', headers: { 'content-type': 'application/json' } }, (res) => {
            let text = ''
            res.setEncoding('utf8').on('data', (d: string) => (text += d))
            res.on('end', () => resolve({ status: res.statusCode ?? 0, token: (JSON.parse(text) as { token: string }).token }))
          })
          req.on('socket', (s) => sockets.add(s))
          req.on('error', reject)
          req.end(body)
        })
      const results = await Promise.all(Array.from({ length: 200 }, (_, i) => one(i)))
      expect(results.every((r) => r.status === 200)).toBe(true)
      expect(new Set(results.map((r) => r.token)).size).toBe(200)
      expect(sockets.size).toBe(200)
    } finally {
      agent.destroy()
      await server.close()
    }
  })
})

describe('state', () => {
  it('belongs to one server: another one does not see its rooms', async () => {
    const [a, b] = await Promise.all([startServer(), startServer()])
    try {
      const room = (await (await post(a.url, '/CreateRoom', {})).json()) as { arn: string }
      expect((await post(a.url, '/GetRoom', { identifier: room.arn })).status).toBe(200)
      expect((await post(b.url, '/GetRoom', { identifier: room.arn })).status).toBe(404)
      expect(a.state.rooms.size).toBe(1)
      expect(b.state.rooms.size).toBe(0)
    } finally {
      await Promise.all([a.close(), b.close()])
    }
  })

  it('uses the region and account given, in every ARN', async () => {
    const server = await startServer({ region: 'eu-west-1', account: '000011112222' })
    try {
      const room = (await (await post(server.url, '/CreateRoom', {})).json()) as { arn: string }
      expect(room.arn).toMatch(/^arn:aws:ivschat:eu-west-1:000011112222:room\/[a-zA-Z0-9]{12}$/)
    } finally {
      await server.close()
    }
  })
})

describe('signature checking', () => {
  it('is off by default: an unsigned request is served', async () => {
    const server = await startServer()
    try {
      expect((await post(server.url, '/ListRooms', {})).status).toBe(200)
    } finally {
      await server.close()
    }
  })

  it('when on, serves a request signed with the credentials and refuses one signed with others or unsigned (403)', async () => {
    const server = await startServer({ credentials: CREDENTIALS })
    const good = sdkClient(server.url)
    const bad = sdkClient(server.url, { accessKeyId: CREDENTIALS.accessKeyId, secretAccessKey: 'another-secret' })
    const stranger = sdkClient(server.url, { accessKeyId: 'AKIDSOMEONEELSE', secretAccessKey: CREDENTIALS.secretAccessKey })
    try {
      const room = await good.send(new sdk.CreateRoomCommand({ name: 'signed', tags: { a: 'b' } }))
      // GET and DELETE with an ARN in the path and a repeated query key are signed and checked too.
      expect((await good.send(new sdk.ListTagsForResourceCommand({ resourceArn: room.arn }))).tags).toEqual({ a: 'b' })
      await good.send(new sdk.UntagResourceCommand({ resourceArn: room.arn, tagKeys: ['a', 'z'] }))
      for (const client of [bad, stranger]) {
        const e = await client.send(new sdk.GetRoomCommand({ identifier: room.arn })).catch((x: unknown) => x)
        expect(e).toBeInstanceOf(sdk.AccessDeniedException)
        expect((e as sdk.AccessDeniedException).$metadata.httpStatusCode).toBe(403)
        expect((e as Error).message).not.toContain('another-secret')
      }
      const unsigned = await post(server.url, '/GetRoom', { identifier: room.arn })
      expect(unsigned.status).toBe(403)
      expect(unsigned.headers.get('x-amzn-errortype')).toBe('AccessDeniedException')
    } finally {
      for (const c of [good, bad, stranger]) c.destroy()
      await server.close()
    }
  })

  it('with a session token, requires it', async () => {
    const withToken = { ...CREDENTIALS, sessionToken: 'session-token-value' }
    const server = await startServer({ credentials: withToken })
    const good = sdkClient(server.url, withToken)
    const without = sdkClient(server.url)
    try {
      expect((await good.send(new sdk.ListRoomsCommand({}))).rooms).toEqual([])
      await expect(without.send(new sdk.ListRoomsCommand({}))).rejects.toBeInstanceOf(sdk.AccessDeniedException)
    } finally {
      good.destroy()
      without.destroy()
      await server.close()
    }
  })

  it('refuses a signed request whose body was changed on the way', async () => {
    const server = await startServer({ credentials: CREDENTIALS })
    const client = sdkClient(server.url)
    client.middlewareStack.add(
      (next) => async (args) => {
        const request = args.request as { body?: unknown }
        request.body = '{"name":"tampered"}'
        return next(args)
      },
      { step: 'finalizeRequest', priority: 'low', name: 'tamper' }
    )
    try {
      const e = await client.send(new sdk.CreateRoomCommand({ name: 'original' })).catch((x: unknown) => x)
      expect(e).toBeInstanceOf(sdk.AccessDeniedException)
    } finally {
      client.destroy()
      await server.close()
    }
  })
})

describe('injected faults', () => {
  it('throttleRate 1 answers every request with a ThrottlingException (429) giving the rate quota', async () => {
    const server = await startServer({ throttleRate: 1 })
    const client = sdkClient(server.url)
    try {
      const e = await client.send(new sdk.SendEventCommand({ roomIdentifier: 'arn:aws:ivschat:us-east-1:123456789012:room/AAAAAAAAAAAA', eventName: 'x' })).catch((x: unknown) => x)
      expect(e).toBeInstanceOf(sdk.ThrottlingException)
      expect((e as sdk.ThrottlingException).$metadata.httpStatusCode).toBe(429)
      expect((e as sdk.ThrottlingException).limit).toBe(100)
      // CreateChatToken does not declare ThrottlingException: the SDK still sees its code and status.
      const r = await post(server.url, '/CreateChatToken', { roomIdentifier: 'arn:aws:ivschat:us-east-1:123456789012:room/AAAAAAAAAAAA', userId: 'u' })
      expect(r.status).toBe(429)
      expect(r.headers.get('x-amzn-errortype')).toBe('ThrottlingException')
      expect(await r.json()).toMatchObject({ limit: 200 })
    } finally {
      client.destroy()
      await server.close()
    }
  })

  it('serverErrorRate 1 answers every request with an InternalServerException (500)', async () => {
    const server = await startServer({ serverErrorRate: 1 })
    try {
      const r = await post(server.url, '/CreateRoom', {})
      expect(r.status).toBe(500)
      expect(r.headers.get('x-amzn-errortype')).toBe('InternalServerException')
      expect(server.state.rooms.size).toBe(0)
    } finally {
      await server.close()
    }
  })

  it('rates between 0 and 1 fail about that fraction of requests, drawn from the random source', async () => {
    let i = 0
    // A source that cycles through 0.05, 0.15, …, 0.95.
    const server = await startServer({ throttleRate: 0.5, random: () => ((i++ % 10) + 0.5) / 10 })
    try {
      const statuses = []
      for (let k = 0; k < 20; k++) statuses.push((await post(server.url, '/ListRooms', {})).status)
      const throttled = statuses.filter((s) => s === 429).length
      expect(throttled).toBeGreaterThan(0)
      expect(throttled).toBeLessThan(20)
      expect(statuses.every((s) => s === 200 || s === 429)).toBe(true)
    } finally {
      await server.close()
    }
  })

  it('latencyMs delays each answer', async () => {
    const server = await startServer({ latencyMs: 150 })
    try {
      const t = Date.now()
      await post(server.url, '/ListRooms', {})
      expect(Date.now() - t).toBeGreaterThanOrEqual(140)
    } finally {
      await server.close()
    }
  })
})

describe('options', () => {
  it('that are invalid are all named, and nothing listens', async () => {
    const e = await startServer({ port: -1, account: '12', throttleRate: 2, region: 'US EAST', credentials: { accessKeyId: 'x', secretAccessKey: '' } }).catch((x: unknown) => x)
    expect(e).toBeInstanceOf(TypeError)
    for (const name of ['port', 'account', 'throttleRate', 'region', 'credentials']) expect((e as Error).message).toContain(name)
  })
})

describe('close', () => {
  it('frees the port, even with a keep-alive connection open', async () => {
    const server = await startServer()
    const client = sdkClient(server.url)
    await client.send(new sdk.ListRoomsCommand({}))
    const port = Number(new URL(server.url).port)
    await server.close()
    client.destroy()
    await new Promise<void>((resolve, reject) => {
      const probe = createServer()
      probe.once('error', reject)
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()))
    })
  })

  it('can be called twice', async () => {
    const server = await startServer()
    await server.close()
    await server.close()
  })
})
