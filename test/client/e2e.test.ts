/**
 * The client over real sockets, against a stand-in of IVS Chat on 127.0.0.1 that checks every
 * SigV4 signature with `@smithy/signature-v4`, routes the request to its operation, decodes it
 * strictly, and answers from canned responses built by the operations' own server side.
 * (e2e.slow.test.ts answers every declared error of every operation.)
 */
import * as E from 'fp-ts/lib/Either.js'
import { afterEach, describe, expect, it } from 'vitest'
import { call, callWithMetadata, clientOf, closeServers, expectDeclaredErrors, expectNoSecret, serve, signaturesOf, withId } from './support/e2e.js'
import { KEYS, OPERATION_NAMES, errorsOf, inputsOf, operationOf, outputOf } from './support/fixtures.js'

afterEach(closeServers)

describe('over real sockets', () => {
  it('every operation succeeds with the output the server sent, and its request id', async () => {
    const s = await serve((name, i) => withId(operationOf(name).encodeResponse(outputOf(name)), `req-${i}`))
    const client = clientOf(s)
    for (const [i, name] of OPERATION_NAMES.entries()) {
      const r = await callWithMetadata(client, name)(inputsOf(name, 1)[0])()
      const expected = operationOf(name).decodeResponse(operationOf(name).encodeResponse(outputOf(name)))
      expect(r).toEqual(E.right({ output: E.isRight(expected) ? expected.right : 'not decodable', metadata: { statusCode: operationOf(name).http.code, requestId: `req-${i}`, attempts: 1 } }))
    }
    expect(s.exchanges.map((x) => x.refused)).toEqual(OPERATION_NAMES.map(() => undefined))
  })

  it('each declared error is its typed failure, with status, request id and attempts (once per error, on an operation that declares it)', async () => {
    const seen = new Set<string>()
    const cases = OPERATION_NAMES.flatMap((name) => errorsOf(name).filter((e) => !seen.has(e._tag) && seen.add(e._tag) !== undefined).map((e) => [name, e] as const))
    expect(cases.length).toBe(new Set(OPERATION_NAMES.flatMap((n) => operationOf(n).errors.errors.map((e) => e.name))).size)
    await expectDeclaredErrors(cases)
  })

  it('429 then 200: retried once, then a success after two attempts', async () => {
    const s = await serve((name, i) => (i === 0 ? withId({ statusCode: 429, headers: { 'x-amzn-errortype': 'ThrottlingException' }, body: '{"message":"slow down"}' }, 'a') : withId(operationOf(name).encodeResponse(outputOf(name)), 'b')))
    const r = await callWithMetadata(clientOf(s), 'CreateChatToken')(inputsOf('CreateChatToken', 1)[0])()
    expect(E.isRight(r) && r.right).toMatchObject({ metadata: { statusCode: 200, requestId: 'b', attempts: 2 } })
    expect(s.exchanges).toHaveLength(2)
  })

  it('500 three times: a failure after three attempts', async () => {
    const s = await serve(() => withId({ statusCode: 500, headers: { 'x-amzn-errortype': 'InternalServerException' }, body: '{"message":"oops"}' }, 'x'))
    const r = await call(clientOf(s), 'GetRoom')(inputsOf('GetRoom', 1)[0])()
    // GetRoom does not declare InternalServerException: the code is kept on an UnknownOperationError.
    expect(r).toMatchObject(E.left({ _tag: 'UnknownOperationError', code: 'InternalServerException', statusCode: 500, requestId: 'x', attempts: 3 }))
    expect(s.exchanges).toHaveLength(3)
  })

  it('a connection reset on every attempt: a network TransportFailure after three attempts', async () => {
    const s = await serve(() => ({ reset: true }))
    const r = await call(clientOf(s), 'ListRooms')({})()
    expect(r).toMatchObject(E.left({ _tag: 'TransportFailure', reason: 'Network', attempts: 3 }))
    expect(s.exchanges).toHaveLength(3)
    expectNoSecret(r, signaturesOf(s))
  })

  it('a reset, then an answer: retried to a success', async () => {
    const s = await serve((name, i) => (i === 0 ? { reset: true } : operationOf(name).encodeResponse(outputOf(name))))
    const r = await callWithMetadata(clientOf(s), 'ListRooms')({})()
    expect(E.isRight(r) && r.right).toMatchObject({ metadata: { attempts: 2 } })
  })

  it('a server slower than timeoutMs: a Timeout on each attempt', async () => {
    const s = await serve((name) => ({ delayMs: 5_000, then: operationOf(name).encodeResponse(outputOf(name)) }))
    const started = Date.now()
    const r = await call(clientOf(s, { timeoutMs: 100, maxAttempts: 2 }), 'ListRooms')({})()
    expect(r).toMatchObject(E.left({ _tag: 'TransportFailure', reason: 'Timeout', attempts: 2 }))
    expect(Date.now() - started).toBeLessThan(2_000)
  })

  it('an aborted signal ends the call at once, without a retry', async () => {
    const s = await serve((name) => ({ delayMs: 5_000, then: operationOf(name).encodeResponse(outputOf(name)) }))
    const controller = new AbortController()
    const pending = call(clientOf(s), 'ListRooms')({}, { signal: controller.signal })()
    setTimeout(() => controller.abort(), 50)
    expect(await pending).toMatchObject(E.left({ _tag: 'TransportFailure', reason: 'Aborted', attempts: 1 }))
    expect(s.exchanges).toHaveLength(1)
    const before = await call(clientOf(s), 'ListRooms')({}, { signal: AbortSignal.abort() })()
    expect(before).toMatchObject(E.left({ _tag: 'TransportFailure', reason: 'Aborted', attempts: 0 }))
    expect(s.exchanges).toHaveLength(1)
  })

  it('a bad signature: the server refuses, the client reports the 403 as a typed failure', async () => {
    const s = await serve((name) => operationOf(name).encodeResponse(outputOf(name)))
    const r = await call(clientOf(s, { credentials: { ...KEYS, secretAccessKey: 'not-the-secret' } }), 'CreateChatToken')(inputsOf('CreateChatToken', 1)[0])()
    expect(r).toMatchObject(E.left({ _tag: 'UnknownOperationError', code: 'InvalidSignatureException', statusCode: 403, attempts: 1 }))
    expect(s.exchanges.map((x) => x.refused)).toEqual(['signature mismatch'])
    expectNoSecret(r, signaturesOf(s))
  })
})
