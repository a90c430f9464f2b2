/**
 * The official AWS SDK (`@aws-sdk/client-ivschat`), pointed at the emulator with `endpoint`.
 */
import * as sdk from '@aws-sdk/client-ivschat'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServer, type RunningServer } from '../../src/server/Server.js'
import { operations } from '../../src/shapes/operations.js'
import type { OperationName } from '../../src/server/Handlers.js'
import { type Caller, runScenario, SCENARIO_QUOTAS } from './scenario.js'

const FIELDS = ['resourceId', 'resourceType', 'limit', 'reason', 'fieldList'] as const

const clientFor = (url: string, extra: Partial<sdk.IvschatClientConfig> = {}) =>
  new sdk.IvschatClient({ endpoint: url, region: 'us-east-1', credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'not-a-secret' }, maxAttempts: 1, ...extra })

/** Calls an operation through its SDK command, reporting a thrown service exception as data. */
const sdkCaller =
  (client: sdk.IvschatClient): Caller =>
  async (name, input) => {
    const Command = (sdk as unknown as Record<string, new (i: unknown) => Parameters<sdk.IvschatClient['send']>[0]>)[`${name}Command`]!
    try {
      const { $metadata, ...output } = (await client.send(new Command(input))) as { $metadata: unknown }
      return { ok: true, output }
    } catch (e) {
      const x = e as sdk.IvschatServiceException & Record<string, unknown>
      if (!(x instanceof sdk.IvschatServiceException)) throw e
      return { ok: false, name: x.name, status: x.$metadata.httpStatusCode, fields: Object.fromEntries(FIELDS.filter((f) => x[f] !== undefined).map((f) => [f, x[f]])) }
    }
  }

let server: RunningServer
let client: sdk.IvschatClient

beforeAll(async () => {
  server = await startServer()
  client = clientFor(server.url)
})

afterAll(async () => {
  client.destroy()
  await server.close()
})

describe('the AWS SDK against the emulator', () => {
  it('runs all 17 operations in a realistic session, with the documented outputs and typed errors', async () => {
    const own = await startServer({ quotas: SCENARIO_QUOTAS })
    const c = clientFor(own.url)
    try {
      const called = await runScenario(sdkCaller(c))
      expect([...called].sort()).toEqual(Object.keys(operations).sort())
    } finally {
      c.destroy()
      await own.close()
    }
  })

  it('gets its typed exception classes, with the request id of the response', async () => {
    const e = await client.send(new sdk.GetRoomCommand({ identifier: 'arn:aws:ivschat:us-east-1:123456789012:room/AAAAAAAAAAAA' })).catch((x: unknown) => x)
    expect(e).toBeInstanceOf(sdk.ResourceNotFoundException)
    expect((e as sdk.ResourceNotFoundException).$metadata.requestId).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('sends what it does not validate, and gets a ValidationException naming every bad field', async () => {
    const room = await client.send(new sdk.CreateRoomCommand({}))
    const e = await client
      .send(new sdk.CreateChatTokenCommand({ roomIdentifier: room.arn, userId: 'u', sessionDurationInMinutes: 9999, capabilities: ['NOPE' as sdk.ChatTokenCapability] }))
      .catch((x: unknown) => x)
    expect(e).toBeInstanceOf(sdk.ValidationException)
    const v = e as sdk.ValidationException
    expect(v.$metadata.httpStatusCode).toBe(400)
    expect(v.reason).toBe('FIELD_VALIDATION_FAILED')
    expect(v.fieldList?.map((f) => f.name).sort()).toEqual(['capabilities.0', 'sessionDurationInMinutes'])
  })

  it('gets a ValidationException for an identifier that is not an ARN and a user id too long', async () => {
    const e = await client.send(new sdk.CreateChatTokenCommand({ roomIdentifier: 'not-an-arn', userId: 'x'.repeat(129) })).catch((x: unknown) => x)
    expect(e).toBeInstanceOf(sdk.ValidationException)
    expect((e as sdk.ValidationException).fieldList?.map((f) => f.name).sort()).toEqual(['roomIdentifier', 'userId'])
  })
})

describe('operation names', () => {
  it('each has an SDK command', () => {
    for (const name of Object.keys(operations) as ReadonlyArray<OperationName>) expect(typeof (sdk as Record<string, unknown>)[`${name}Command`]).toBe('function')
  })
})
