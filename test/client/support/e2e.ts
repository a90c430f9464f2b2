/**
 * The stand-in of IVS Chat for the end-to-end tests: a server (support/server.ts) that routes each
 * request to its operation, decodes it strictly, and answers with the test's canned responses,
 * built by the operations' own server side; and the client pointed at it.
 */
import * as E from 'fp-ts/lib/Either.js'
import { expect } from 'vitest'
import { type ClientConfig, makeClient } from '../../../src/index.js'
import { matchOperation } from '../../../src/protocols/RestJson1.js'
import { operations } from '../../../src/shapes/operations.js'
import { KEYS, type OperationName, inputsOf, operationOf } from './fixtures.js'
import { type Canned, type Reply, type Server, startServer } from './server.js'

const route = matchOperation(operations)

const open = new Set<Server>()

/** Closes every server `serve` started (an `afterEach` of the tests). */
export const closeServers = async (): Promise<void> => {
  await Promise.all([...open].map((s) => s.close()))
  open.clear()
}

/** A server whose every request (signature already checked) is answered by `reply`; the request must decode as its operation's input. */
export const serve = async (reply: (name: OperationName, index: number) => Reply): Promise<Server> => {
  const server = await startServer(KEYS, (received, index) => {
    const q = received.url.indexOf('?')
    const incoming = { method: received.method, path: q < 0 ? received.url : received.url.slice(0, q), query: q < 0 ? '' : received.url.slice(q + 1), headers: received.headers, body: received.body }
    const op = route(incoming)
    if (op === undefined) return { statusCode: 404, body: '{"message":"no such route"}' }
    const decoded = op.decodeRequest(incoming)
    if (E.isLeft(decoded)) return op.encodeError(decoded.left as never)
    return reply(op.name as OperationName, index)
  })
  open.add(server)
  return server
}

export const clientOf = (s: Server, config: Partial<ClientConfig> = {}) => makeClient({ endpoint: s.endpoint, region: 'us-west-2', credentials: KEYS, retryDelay: () => 0, ...config })

export type Call = (input: unknown, options?: { signal?: AbortSignal }) => () => Promise<E.Either<Record<string, unknown>, unknown>>
export const call = (client: object, name: OperationName): Call => (client as Record<string, Call>)[name.charAt(0).toLowerCase() + name.slice(1)]!
export const callWithMetadata = (client: { withMetadata: object }, name: OperationName): Call => call(client.withMetadata, name)

export const withId = (c: Canned, id: string): Canned => ({ ...c, headers: { ...c.headers, 'x-amzn-requestid': id } })

/** Nothing secret in a value: no key, no token, no signature. */
export const expectNoSecret = (u: unknown, signatures: ReadonlyArray<string>): void => {
  const text = JSON.stringify(u)
  for (const s of [KEYS.secretAccessKey, KEYS.sessionToken, ...signatures]) expect(text).not.toContain(s)
}
export const signaturesOf = (s: Server): ReadonlyArray<string> => s.exchanges.map((x) => /Signature=([0-9a-f]+)/.exec(x.headers['authorization'] ?? '')?.[1] ?? 'none')

/** Each error answered in turn; throttling and 5xx are retried (three attempts in all), other 4xx never are. */
export const expectDeclaredErrors = async (cases: ReadonlyArray<readonly [OperationName, { readonly _tag: string }]>): Promise<void> => {
  let answer: Canned = { statusCode: 500 }
  const s = await serve(() => answer)
  const client = clientOf(s)
  for (const [name, error] of cases) {
    answer = withId(operationOf(name).encodeError(error as never), `id-${error._tag}`)
    const before = s.exchanges.length
    const r = await call(client, name)(inputsOf(name, 1)[0])()
    const attempts = answer.statusCode === 429 || answer.statusCode >= 500 ? 3 : 1
    expect(r).toMatchObject(E.left({ _tag: error._tag, statusCode: answer.statusCode, requestId: `id-${error._tag}`, attempts }))
    expect(s.exchanges.length - before).toBe(attempts)
    expectNoSecret(r, signaturesOf(s))
  }
}
