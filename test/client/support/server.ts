/**
 * A stand-in for IVS Chat on 127.0.0.1 (port 0): every request is read whole, its SigV4 signature
 * checked with `@smithy/signature-v4` (a bad one is refused as AWS refuses it: 403,
 * `InvalidSignatureException`), then answered by the test's `reply`: a canned response, a delayed
 * one, or a connection reset.
 */
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { type Received, type Secrets, checkSignature } from './sigv4.js'

export interface Canned {
  readonly statusCode: number
  readonly headers?: Readonly<Record<string, string>>
  readonly body?: string | undefined
}

export type Reply = Canned | { readonly reset: true } | { readonly delayMs: number; readonly then: Canned }

export interface Exchange extends Received {
  /** Why the signature was refused, or `undefined` when it was good. */
  readonly refused: string | undefined
}

export interface Server {
  readonly endpoint: string
  readonly exchanges: ReadonlyArray<Exchange>
  readonly close: () => Promise<void>
}

const read = (req: IncomingMessage): Promise<Uint8Array> =>
  new Promise((resolve, reject) => {
    const chunks: Array<Buffer> = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })

const headersOf = (req: IncomingMessage): Record<string, string> => {
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) out[k] = Array.isArray(v) ? v.join(',') : v
  return out
}

const answer = (res: ServerResponse, c: Canned): void => {
  res.writeHead(c.statusCode, { ...(c.body === undefined ? {} : { 'content-type': 'application/json' }), ...c.headers })
  res.end(c.body)
}

export const startServer = async (secrets: Secrets, reply: (received: Received, index: number) => Reply): Promise<Server> => {
  const exchanges: Array<Exchange> = []
  const timers = new Set<NodeJS.Timeout>()
  const server = createServer((req, res) => {
    void read(req).then(async (body) => {
      const received: Received = { method: req.method ?? '', url: req.url ?? '', headers: headersOf(req), body }
      const refused = await checkSignature(received, secrets)
      exchanges.push({ ...received, refused })
      if (refused !== undefined) {
        answer(res, {
          statusCode: 403,
          headers: { 'x-amzn-errortype': 'InvalidSignatureException', 'x-amzn-requestid': `refused-${exchanges.length}` },
          body: JSON.stringify({ message: 'The request signature we calculated does not match the signature you provided.' })
        })
        return
      }
      const r = reply(received, exchanges.length - 1)
      if ('reset' in r) req.socket.destroy()
      else if ('delayMs' in r) {
        const t = setTimeout(() => {
          timers.delete(t)
          if (!res.destroyed) answer(res, r.then)
        }, r.delayMs)
        timers.add(t)
      } else answer(res, r)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    endpoint: `http://127.0.0.1:${port}`,
    exchanges,
    close: () =>
      new Promise<void>((resolve) => {
        for (const t of timers) clearTimeout(t)
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}
