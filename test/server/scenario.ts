/**
 * A realistic session against the emulator, written once and run by each client (the official
 * AWS SDK in sdk.test.ts, this library's client in client.test.ts): every one of the 17
 * operations, and the typed errors the API Reference documents.
 *
 * The server must be started with `SCENARIO_QUOTAS`.
 */
import { expect } from 'vitest'
import type { OperationName } from '../../src/server/Handlers.js'

/** A call's result, whichever client made it. */
export type Outcome =
  | { readonly ok: true; readonly output: any }
  | { readonly ok: false; readonly name: string; readonly status: number | undefined; readonly fields: Readonly<Record<string, unknown>> }

/** Calls one operation by name. */
export type Caller = (name: OperationName, input: Readonly<Record<string, unknown>>) => Promise<Outcome>

export const SCENARIO_QUOTAS = { rooms: 3, loggingConfigurations: 10 }

const ARN = (kind: string) => new RegExp(`^arn:aws:ivschat:us-east-1:123456789012:${kind}/[a-zA-Z0-9]{12}$`)

/** Runs the session, asserting as it goes; returns the names of the operations it called. */
export const runScenario = async (call: Caller): Promise<ReadonlySet<OperationName>> => {
  const called = new Set<OperationName>()
  const ok = async (name: OperationName, input: Readonly<Record<string, unknown>> = {}): Promise<any> => {
    called.add(name)
    const r = await call(name, input)
    if (!r.ok) throw new Error(`${name} failed: ${r.name} ${r.status} ${JSON.stringify(r.fields)}`)
    return r.output
  }
  const fails = async (name: OperationName, input: Readonly<Record<string, unknown>>): Promise<Extract<Outcome, { ok: false }>> => {
    called.add(name)
    const r = await call(name, input)
    if (r.ok) throw new Error(`${name} succeeded, expected an error`)
    return r
  }

  // A logging configuration, then a room that logs to it.
  const lc = await ok('CreateLoggingConfiguration', { name: 'chat-logs', destinationConfiguration: { s3: { bucketName: 'my-chat-logs' } }, tags: { env: 'test' } })
  expect(lc.arn).toMatch(ARN('logging-configuration'))
  expect(lc).toMatchObject({ name: 'chat-logs', state: 'ACTIVE', destinationConfiguration: { s3: { bucketName: 'my-chat-logs' } }, tags: { env: 'test' } })
  expect(lc.createTime).toBeInstanceOf(Date)

  const room = await ok('CreateRoom', { name: 'lobby', tags: { env: 'test' }, loggingConfigurationIdentifiers: [lc.arn] })
  expect(room.arn).toMatch(ARN('room'))
  expect(room.arn.endsWith(`/${room.id}`)).toBe(true)
  expect(room).toMatchObject({ name: 'lobby', maximumMessageRatePerSecond: 10, maximumMessageLength: 500, tags: { env: 'test' }, loggingConfigurationIdentifiers: [lc.arn] })
  expect(room.updateTime.getTime()).toBe(room.createTime.getTime())

  // Tags.
  await ok('TagResource', { resourceArn: room.arn, tags: { team: 'chat' } })
  expect((await ok('ListTagsForResource', { resourceArn: room.arn })).tags).toEqual({ env: 'test', team: 'chat' })

  // Reading and updating.
  expect(await ok('GetRoom', { identifier: room.arn })).toMatchObject({ id: room.id, tags: { env: 'test', team: 'chat' } })
  const updated = await ok('UpdateRoom', { identifier: room.arn, maximumMessageLength: 200 })
  expect(updated).toMatchObject({ id: room.id, maximumMessageLength: 200, maximumMessageRatePerSecond: 10 })
  expect(updated.updateTime.getTime()).toBeGreaterThanOrEqual(room.updateTime.getTime())
  expect(await ok('GetLoggingConfiguration', { identifier: lc.arn })).toMatchObject({ id: lc.id, state: 'ACTIVE' })
  expect(await ok('UpdateLoggingConfiguration', { identifier: lc.arn, name: 'renamed' })).toMatchObject({ id: lc.id, name: 'renamed' })

  // Chat tokens: valid one minute, the session lasting sessionDurationInMinutes (60 by default).
  const token = await ok('CreateChatToken', { roomIdentifier: room.arn, userId: 'viewer-1' })
  expect(typeof token.token).toBe('string')
  expect(token.sessionExpirationTime.getTime() - token.tokenExpirationTime.getTime()).toBe(59 * 60_000)
  const short = await ok('CreateChatToken', { roomIdentifier: room.arn, userId: 'mod-1', capabilities: ['SEND_MESSAGE', 'DELETE_MESSAGE'], sessionDurationInMinutes: 30, attributes: { color: 'red' } })
  expect(short.sessionExpirationTime.getTime() - short.tokenExpirationTime.getTime()).toBe(29 * 60_000)
  expect(short.token).not.toBe(token.token)

  // Messaging.
  expect((await ok('SendEvent', { roomIdentifier: room.arn, eventName: 'app:refresh', attributes: { k: 'v' } })).id).toMatch(/^[a-zA-Z0-9]{12}$/)
  expect((await ok('DeleteMessage', { roomIdentifier: room.arn, id: 'ABCDEFGHIJKL', reason: 'spam' })).id).toMatch(/^[a-zA-Z0-9]{12}$/)
  await ok('DisconnectUser', { roomIdentifier: room.arn, userId: 'viewer-1', reason: 'bye' })

  // Listing with pagination and filters.
  const other1 = await ok('CreateRoom', { name: 'side' })
  const other2 = await ok('CreateRoom', { name: 'side' })
  const page1 = await ok('ListRooms', { maxResults: 2 })
  expect(page1.rooms).toHaveLength(2)
  expect(typeof page1.nextToken).toBe('string')
  const page2 = await ok('ListRooms', { maxResults: 2, nextToken: page1.nextToken })
  expect(page2.rooms).toHaveLength(1)
  expect(page2.nextToken).toBeUndefined()
  expect(new Set([...page1.rooms, ...page2.rooms].map((r: { id: string }) => r.id))).toEqual(new Set([room.id, other1.id, other2.id]))
  expect((await ok('ListRooms', { name: 'side' })).rooms.map((r: { id: string }) => r.id).sort()).toEqual([other1.id, other2.id].sort())
  expect((await ok('ListRooms', { loggingConfigurationIdentifier: lc.arn })).rooms.map((r: { id: string }) => r.id)).toEqual([room.id])
  expect((await ok('ListLoggingConfigurations', {})).loggingConfigurations.map((x: { id: string }) => x.id)).toEqual([lc.id])

  // Typed errors.
  const quota = await fails('CreateRoom', { name: 'one-too-many' })
  expect(quota).toMatchObject({ name: 'ServiceQuotaExceededException', status: 402, fields: { limit: SCENARIO_QUOTAS.rooms } })
  const conflict = await fails('DeleteLoggingConfiguration', { identifier: lc.arn })
  expect(conflict).toMatchObject({ name: 'ConflictException', status: 409, fields: { resourceId: lc.id } })

  // Untag, detach, delete.
  await ok('UntagResource', { resourceArn: room.arn, tagKeys: ['env'] })
  expect((await ok('ListTagsForResource', { resourceArn: room.arn })).tags).toEqual({ team: 'chat' })
  await ok('UpdateRoom', { identifier: room.arn, loggingConfigurationIdentifiers: [] })
  await ok('DeleteLoggingConfiguration', { identifier: lc.arn })
  await ok('DeleteRoom', { identifier: room.arn })
  const gone = await fails('GetRoom', { identifier: room.arn })
  expect(gone).toMatchObject({ name: 'ResourceNotFoundException', status: 404, fields: { resourceId: room.id, resourceType: 'ROOM' } })
  expect(await fails('CreateChatToken', { roomIdentifier: room.arn, userId: 'late' })).toMatchObject({ name: 'ResourceNotFoundException', status: 404 })
  expect(await fails('GetLoggingConfiguration', { identifier: lc.arn })).toMatchObject({ name: 'ResourceNotFoundException', fields: { resourceId: lc.id } })
  return called
}
