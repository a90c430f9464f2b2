/**
 * The client, whole call against whole call: one `createChatToken` through our client (encode,
 * sign, send through a `fetch` stub that answers in process, decode) next to `client.send` of
 * the AWS SDK with a canned request handler (serialise, sign, retry middleware, deserialise).
 * Same input, same canned answer, same region and credentials, default retry settings on both;
 * no sockets on either side.
 */
import { CreateChatTokenCommand, IvschatClient } from '@aws-sdk/client-ivschat'
import { HttpResponse } from '@smithy/protocol-http'
import * as E from 'fp-ts/lib/Either.js'
import { makeClient } from '../src/client/Client.js'
import { sign } from '../src/client/Signing.js'
import type { FetchResponse } from '../src/client/Transport.js'
import { CreateChatToken } from '../src/shapes/CreateChatToken.js'
import { createChatTokenInput } from './contenders.js'
import type { Scenario } from './harness.js'
import * as P from './payloads.js'

const CREDENTIALS = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' }
const REGION = 'us-west-2'

export const SDK_CONTENDER = 'AWS SDK v3: client.send (canned request handler)'
export const OURS_CONTENDER = 'ours: client.createChatToken (fetch stub)'

export const clientScenario = (): Scenario => {
  const bytes = new TextEncoder().encode(P.createChatTokenJson)
  const headers = { 'content-type': 'application/json', 'x-amzn-requestid': 'bench' }
  const response: FetchResponse = {
    status: 200,
    headers: { forEach: (cb) => Object.entries(headers).forEach(([k, v]) => cb(v, k)) },
    arrayBuffer: () => Promise.resolve(bytes.buffer)
  }
  const ours = makeClient({ region: REGION, credentials: CREDENTIALS, fetch: () => Promise.resolve(response) })
  const sdk = new IvschatClient({
    region: REGION,
    credentials: CREDENTIALS,
    requestHandler: { handle: async () => ({ response: new HttpResponse({ statusCode: 200, headers: { ...headers }, body: bytes.slice() }) }) }
  })
  const encoded = CreateChatToken.encodeRequest(createChatTokenInput)
  if (E.isLeft(encoded)) throw new Error('the benchmark input does not encode')
  const endpoint = { protocol: 'https:', hostname: `ivschat.${REGION}.amazonaws.com`, port: '', host: `ivschat.${REGION}.amazonaws.com`, basePath: '', signingRegion: REGION }
  const isToken = (u: unknown): boolean => (u as { token?: unknown } | undefined)?.token === P.TOKEN
  return {
    name: 'Client: one createChatToken call',
    description: `A whole call with no network: the input encoded, signed (SigV4), sent to an in-process stand-in that answers the ${bytes.length}-byte CreateChatToken response, and decoded.`,
    floor: SDK_CONTENDER,
    target: 'ours ≤ 0.1×',
    batch: 2,
    contenders: [
      { name: SDK_CONTENDER, run: () => sdk.send(new CreateChatTokenCommand(createChatTokenInput)), async: true, verify: isToken, note: 'whole pipeline' },
      { name: OURS_CONTENDER, run: () => ours.createChatToken(createChatTokenInput)(), async: true, verify: (u) => E.isRight(u as E.Either<unknown, unknown>) && isToken((u as E.Right<unknown>).right), note: 'whole call' },
      { name: 'ours: signing alone (@smithy/signature-v4)', run: () => sign(encoded.right, endpoint, CREDENTIALS, new Date()), async: true, verify: (u) => typeof (u as Record<string, string>)['authorization'] === 'string', note: 'part of the call' }
    ]
  }
}
