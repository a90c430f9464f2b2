/**
 * The emulator on a real socket: `startServer` listens with `node:http` and hands each request to
 * the pipeline of `Exchange.ts`. State lives in the returned server only; nothing is written to
 * disk; `close()` ends open connections and frees the port.
 *
 * @since 0.2.0
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import * as E from 'fp-ts/lib/Either.js'
import { loadSigner } from '../client/Signing.js'
import { DEFAULT_MAX_INPUT_LENGTH } from '../codecs/Shape.js'
import { type Exchange, makeExchange } from './Exchange.js'
import { resolveOptions, type ServerOptions } from './Options.js'
import type { State } from './State.js'

/**
 * A running emulator.
 *
 * @category model
 * @since 0.2.0
 */
export interface RunningServer {
  /** `http://host:port`, to give to a client as its endpoint. */
  readonly url: string
  /** The rooms and logging configurations it holds, read-only. */
  readonly state: State
  /** Stops listening, ends open connections and frees the port. */
  close(): Promise<void>
}

/** Reads a body, keeping at most one byte past the decoders' limit (the decoder refuses it). */
const readBody = (req: IncomingMessage): Promise<Uint8Array> =>
  new Promise((resolve, reject) => {
    const chunks: Array<Buffer> = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      if (size > DEFAULT_MAX_INPUT_LENGTH) return
      chunks.push(chunk)
      size += chunk.length
    })
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })

const listener = (exchange: Exchange) => (req: IncomingMessage, res: ServerResponse): void => {
  readBody(req)
    .then((body) => exchange.respond({ method: req.method ?? 'GET', path: req.url ?? '/', headers: req.headers, body }))
    .then(
      (r) => {
        const headers: Record<string, string | number> = { ...r.headers }
        if (r.body !== undefined) headers['content-length'] = Buffer.byteLength(r.body, 'utf8')
        res.writeHead(r.statusCode, headers)
        res.end(r.body)
      },
      () => {
        // The connection failed while the body was read: nobody is left to answer.
        res.destroy()
      }
    )
}

const hostForUrl = (host: string): string => (host.includes(':') ? `[${host}]` : host)

/**
 * Starts an emulated IVS Chat on `host:port` (by default 127.0.0.1 and a free port). Resolves
 * when it listens; rejects with a `TypeError` listing every invalid option, with an `Error` when
 * it is given credentials and `@smithy/signature-v4` (which checks signatures, imported now)
 * cannot be imported, or with the listen error (a port in use).
 *
 * @example
 * import assert from 'node:assert'
 * import { startServer } from 'ivschat-codecs'
 *
 * const server = await startServer({ region: 'eu-west-1' })
 * try {
 *   const res = await fetch(`${server.url}/CreateRoom`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"name":"lobby"}' })
 *   const room = (await res.json()) as { arn: string; maximumMessageLength: number }
 *   assert.match(room.arn, /^arn:aws:ivschat:eu-west-1:123456789012:room\/[a-zA-Z0-9]{12}$/)
 *   assert.strictEqual(room.maximumMessageLength, 500)
 * } finally {
 *   await server.close()
 * }
 *
 * @category constructors
 * @since 0.2.0
 */
export const startServer = async (options: ServerOptions = {}): Promise<RunningServer> => {
  const resolved = resolveOptions(options)
  if (E.isLeft(resolved)) throw new TypeError(`startServer: ${resolved.left.join('; ')}`)
  const o = resolved.right
  if (o.credentials !== undefined) {
    const signer = await loadSigner()
    if (E.isLeft(signer)) throw new Error(`startServer: ${signer.left.message}`)
  }
  // `node:http` is imported here, not at the top: a program that never starts a server loads none of it.
  const { createServer } = await import('node:http')
  const exchange = makeExchange(o)
  const server = createServer({ keepAlive: true }, listener(exchange))
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(o.port, o.host, () => {
      server.off('error', reject)
      const { port } = server.address() as AddressInfo
      let closing: Promise<void> | undefined
      resolve({
        url: `http://${hostForUrl(o.host)}:${port}`,
        state: exchange.service.state,
        close: () =>
          (closing ??= new Promise<void>((done) => {
            server.close(() => done())
            server.closeAllConnections()
          }))
      })
    })
  })
}
