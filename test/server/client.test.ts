/**
 * This library's client (`makeClient`) against the emulator: the same session as the AWS SDK's
 * (sdk.test.ts), with the same results.
 */
import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { makeClient } from '../../src/client/Client.js'
import { startServer } from '../../src/server/Server.js'
import { operations } from '../../src/shapes/operations.js'
import { type Caller, runScenario, SCENARIO_QUOTAS } from './scenario.js'

const FIELDS = ['resourceId', 'resourceType', 'limit', 'reason', 'fieldList'] as const

const uncapitalize = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1)

type AnyMethod = (input: unknown) => () => Promise<E.Either<Record<string, unknown>, unknown>>

const ownCaller =
  (client: ReturnType<typeof makeClient>): Caller =>
  async (name, input) => {
    const method = (client as unknown as Record<string, AnyMethod>)[uncapitalize(name)]!
    const r = await method(input)()
    if (E.isRight(r)) return { ok: true, output: r.right }
    const f = r.left
    return {
      ok: false,
      name: String(f['_tag']),
      status: typeof f['statusCode'] === 'number' ? f['statusCode'] : undefined,
      fields: Object.fromEntries(FIELDS.filter((k) => f[k] !== undefined).map((k) => [k, f[k]]))
    }
  }

describe("this library's client against the emulator", () => {
  it('runs the same session as the AWS SDK, with the same outputs and errors', async () => {
    const server = await startServer({ quotas: SCENARIO_QUOTAS, credentials: { accessKeyId: 'AKIDOWN', secretAccessKey: 'own-secret' } })
    try {
      const client = makeClient({ endpoint: server.url, region: 'us-east-1', credentials: { accessKeyId: 'AKIDOWN', secretAccessKey: 'own-secret' }, maxAttempts: 1 })
      const called = await runScenario(ownCaller(client))
      expect([...called].sort()).toEqual(Object.keys(operations).sort())
    } finally {
      await server.close()
    }
  })

  it('is refused (AccessDeniedException, 403) when it signs with other credentials', async () => {
    const server = await startServer({ credentials: { accessKeyId: 'AKIDOWN', secretAccessKey: 'own-secret' } })
    try {
      const client = makeClient({ endpoint: server.url, region: 'us-east-1', credentials: { accessKeyId: 'AKIDOWN', secretAccessKey: 'wrong' }, maxAttempts: 1 })
      const r = await client.listRooms({})()
      expect(E.isLeft(r) && r.left).toMatchObject({ _tag: 'AccessDeniedException', statusCode: 403 })
    } finally {
      await server.close()
    }
  })
})
