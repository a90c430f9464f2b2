/**
 * The emulator's behaviour, without HTTP: each operation's handler against one service.
 */
import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { leftOf } from '../support/either.js'
import { arnOf } from '../../src/server/Ids.js'
import type { Service } from '../../src/server/Service.js'
import type { CreateRoomRequest } from '../../src/shapes/CreateRoomRequest.js'
import type { ListRoomsRequest } from '../../src/shapes/ListRoomsRequest.js'
import { ACCOUNT, REGION, service } from './support.js'

const rightOf = <L, A>(r: E.Either<L, A>): A => {
  if (E.isLeft(r)) throw new Error(`expected a Right, got ${JSON.stringify(r.left)}`)
  return r.right
}

const newRoom = (s: Service, input: CreateRoomRequest = {}) => rightOf(s.call('CreateRoom', input))
const newLc = (s: Service, name?: string) =>
  rightOf(s.call('CreateLoggingConfiguration', { ...(name !== undefined ? { name } : {}), destinationConfiguration: { s3: { bucketName: 'chat-logs' } } }))

describe('rooms', () => {
  it('are created with an id and ARN in the real formats and the documented defaults', () => {
    const s = service()
    const room = newRoom(s)
    expect(room.id).toMatch(/^[a-zA-Z0-9]{12}$/)
    expect(room.arn!).toBe(`arn:aws:ivschat:${REGION}:${ACCOUNT}:room/${room.id}`)
    expect(room).toMatchObject({ maximumMessageRatePerSecond: 10, maximumMessageLength: 500, tags: {}, loggingConfigurationIdentifiers: [] })
    expect(room.createTime).toEqual(room.updateTime)
    expect('name' in room).toBe(false)
  })

  it('keep what the request gives, with fallbackResult defaulting to ALLOW', () => {
    const s = service()
    const uri = `arn:aws:lambda:${REGION}:${ACCOUNT}:function:review`
    const room = newRoom(s, { name: 'lobby', maximumMessageRatePerSecond: 3, maximumMessageLength: 100, tags: { team: 'a' }, messageReviewHandler: { uri } })
    expect(room).toMatchObject({ name: 'lobby', maximumMessageRatePerSecond: 3, maximumMessageLength: 100, tags: { team: 'a' }, messageReviewHandler: { uri, fallbackResult: 'ALLOW' } })
  })

  it('are found by ARN or by id; an unknown one is a ResourceNotFoundException naming it', () => {
    const s = service()
    const room = newRoom(s)
    expect(rightOf(s.call('GetRoom', { identifier: room.arn! }))).toEqual(room)
    expect(rightOf(s.call('GetRoom', { identifier: room.id! }))).toEqual(room)
    const missing = arnOf(REGION, ACCOUNT, 'room', 'AAAAAAAAAAAA')
    expect(leftOf(s.call('GetRoom', { identifier: missing }))).toMatchObject({ _tag: 'ResourceNotFoundException', resourceId: 'AAAAAAAAAAAA', resourceType: 'ROOM' })
  })

  it('of another region or account are not found', () => {
    const s = service()
    const room = newRoom(s)
    expect(leftOf(s.call('GetRoom', { identifier: arnOf('eu-west-1', ACCOUNT, 'room', room.id!) }))._tag).toBe('ResourceNotFoundException')
    expect(leftOf(s.call('GetRoom', { identifier: arnOf(REGION, '999999999999', 'room', room.id!) }))._tag).toBe('ResourceNotFoundException')
  })

  it('are updated: the members given replace the old ones, updateTime moves, an empty uri removes the review handler', () => {
    const s = service()
    const room = newRoom(s, { name: 'a', messageReviewHandler: { uri: `arn:aws:lambda:${REGION}:${ACCOUNT}:function:f`, fallbackResult: 'DENY' } })
    const updated = rightOf(s.call('UpdateRoom', { identifier: room.arn!, maximumMessageLength: 42 }))
    expect(updated).toMatchObject({ name: 'a', maximumMessageLength: 42, maximumMessageRatePerSecond: 10, createTime: room.createTime, messageReviewHandler: { fallbackResult: 'DENY' } })
    expect(updated.updateTime!.getTime()).toBeGreaterThan(room.updateTime!.getTime())
    const cleared = rightOf(s.call('UpdateRoom', { identifier: room.arn!, messageReviewHandler: { uri: '' } }))
    expect(cleared.messageReviewHandler).toBeUndefined()
  })

  it('are deleted, after which they are not found', () => {
    const s = service()
    const room = newRoom(s)
    expect(rightOf(s.call('DeleteRoom', { identifier: room.arn! }))).toBeUndefined()
    expect(leftOf(s.call('GetRoom', { identifier: room.arn! }))._tag).toBe('ResourceNotFoundException')
    expect(leftOf(s.call('DeleteRoom', { identifier: room.arn! }))._tag).toBe('ResourceNotFoundException')
  })

  it('stop at the quota with a ServiceQuotaExceededException giving the limit, and nothing is created', () => {
    const s = service({ rooms: 2 })
    newRoom(s)
    newRoom(s)
    expect(leftOf(s.call('CreateRoom', {}))).toMatchObject({ _tag: 'ServiceQuotaExceededException', limit: 2, resourceType: 'ROOM' })
    expect(s.state.rooms.size).toBe(2)
  })

  it('need every logging configuration they name to exist', () => {
    const s = service()
    const missing = arnOf(REGION, ACCOUNT, 'logging-configuration', 'BBBBBBBBBBBB')
    expect(leftOf(s.call('CreateRoom', { loggingConfigurationIdentifiers: [missing] }))).toMatchObject({ _tag: 'ResourceNotFoundException', resourceId: 'BBBBBBBBBBBB' })
    expect(s.state.rooms.size).toBe(0)
  })

  it('are listed most recently updated first, filtered by name, review handler and logging configuration', () => {
    const s = service()
    const lc = newLc(s)
    const uri = `arn:aws:lambda:${REGION}:${ACCOUNT}:function:f`
    const a = newRoom(s, { name: 'a' })
    const b = newRoom(s, { name: 'b', messageReviewHandler: { uri } })
    const c = newRoom(s, { name: 'a', loggingConfigurationIdentifiers: [lc.arn!] })
    rightOf(s.call('UpdateRoom', { identifier: a.arn!, maximumMessageLength: 5 }))
    const ids = (input: ListRoomsRequest) => rightOf(s.call('ListRooms', input)).rooms.map((r) => r.id)
    expect(ids({})).toEqual([a.id, c.id, b.id])
    expect(ids({ name: 'a' })).toEqual([a.id, c.id])
    expect(ids({ messageReviewHandlerUri: uri })).toEqual([b.id])
    expect(ids({ loggingConfigurationIdentifier: lc.arn! })).toEqual([c.id])
    expect(leftOf(s.call('ListRooms', { loggingConfigurationIdentifier: arnOf(REGION, ACCOUNT, 'logging-configuration', 'CCCCCCCCCCCC') }))._tag).toBe('ResourceNotFoundException')
  })

  it('are listed a page at a time; a token not issued by the service is a ValidationException naming nextToken', () => {
    const s = service()
    for (let i = 0; i < 5; i++) newRoom(s)
    const first = rightOf(s.call('ListRooms', { maxResults: 2 }))
    expect(first.rooms).toHaveLength(2)
    const second = rightOf(s.call('ListRooms', { maxResults: 2, nextToken: first.nextToken! }))
    const third = rightOf(s.call('ListRooms', { maxResults: 2, nextToken: second.nextToken! }))
    expect(third.nextToken).toBeUndefined()
    expect(new Set([...first.rooms, ...second.rooms, ...third.rooms].map((r) => r.id)).size).toBe(5)
    const bad = leftOf(s.call('ListRooms', { nextToken: 'not-a-token' }))
    expect(bad).toMatchObject({ _tag: 'ValidationException', reason: 'FIELD_VALIDATION_FAILED' })
    expect(bad._tag === 'ValidationException' && bad.fieldList?.map((f) => f.name)).toEqual(['nextToken'])
  })
})

describe('logging configurations', () => {
  it('are created ACTIVE with an id and ARN in the real formats', () => {
    const s = service()
    const lc = newLc(s, 'logs')
    expect(lc.arn!).toBe(`arn:aws:ivschat:${REGION}:${ACCOUNT}:logging-configuration/${lc.id}`)
    expect(lc).toMatchObject({ name: 'logs', state: 'ACTIVE', destinationConfiguration: { s3: { bucketName: 'chat-logs' } }, tags: {} })
  })

  it('are read, updated and listed', () => {
    const s = service()
    const lc = newLc(s)
    const other = newLc(s)
    expect(rightOf(s.call('GetLoggingConfiguration', { identifier: lc.arn! }))).toEqual(lc)
    const updated = rightOf(s.call('UpdateLoggingConfiguration', { identifier: lc.arn!, destinationConfiguration: { firehose: { deliveryStreamName: 'stream' } } }))
    expect(updated.destinationConfiguration).toEqual({ firehose: { deliveryStreamName: 'stream' } })
    expect(updated.updateTime!.getTime()).toBeGreaterThan(lc.updateTime!.getTime())
    expect(rightOf(s.call('ListLoggingConfigurations', {})).loggingConfigurations.map((x) => x.id)).toEqual([lc.id, other.id])
  })

  it('cannot be deleted while a room uses them (ConflictException), and can once no room does', () => {
    const s = service()
    const lc = newLc(s)
    const room = newRoom(s, { loggingConfigurationIdentifiers: [lc.arn!] })
    expect(leftOf(s.call('DeleteLoggingConfiguration', { identifier: lc.arn! }))).toMatchObject({ _tag: 'ConflictException', resourceId: lc.id })
    rightOf(s.call('UpdateRoom', { identifier: room.arn!, loggingConfigurationIdentifiers: [] }))
    expect(rightOf(s.call('DeleteLoggingConfiguration', { identifier: lc.arn! }))).toBeUndefined()
    expect(leftOf(s.call('GetLoggingConfiguration', { identifier: lc.arn! }))).toMatchObject({ _tag: 'ResourceNotFoundException', resourceId: lc.id })
  })

  it('stop at the quota (10 by default)', () => {
    const s = service()
    for (let i = 0; i < 10; i++) newLc(s)
    expect(leftOf(s.call('CreateLoggingConfiguration', { destinationConfiguration: { s3: { bucketName: 'b-b' } } }))).toMatchObject({
      _tag: 'ServiceQuotaExceededException',
      limit: 10
    })
  })
})

describe('tags', () => {
  it('are added, replaced, listed and removed on rooms and logging configurations, by ARN', () => {
    const s = service()
    const room = newRoom(s, { tags: { a: '1' } })
    const lc = newLc(s)
    for (const arn of [room.arn!, lc.arn!]) {
      rightOf(s.call('TagResource', { resourceArn: arn, tags: { a: '2', b: '3' } }))
      expect(rightOf(s.call('ListTagsForResource', { resourceArn: arn })).tags).toEqual({ a: '2', b: '3' })
      rightOf(s.call('UntagResource', { resourceArn: arn, tagKeys: ['a', 'zzz'] }))
      expect(rightOf(s.call('ListTagsForResource', { resourceArn: arn })).tags).toEqual({ b: '3' })
    }
    expect(rightOf(s.call('GetRoom', { identifier: room.arn! })).tags).toEqual({ b: '3' })
  })

  it('do not change updateTime', () => {
    const s = service()
    const room = newRoom(s)
    rightOf(s.call('TagResource', { resourceArn: room.arn!, tags: { a: '1' } }))
    expect(rightOf(s.call('GetRoom', { identifier: room.arn! })).updateTime).toEqual(room.updateTime)
  })

  it('of an unknown resource are a ResourceNotFoundException', () => {
    const s = service()
    expect(leftOf(s.call('ListTagsForResource', { resourceArn: arnOf(REGION, ACCOUNT, 'room', 'DDDDDDDDDDDD') }))).toMatchObject({ resourceId: 'DDDDDDDDDDDD' })
    expect(leftOf(s.call('TagResource', { resourceArn: `arn:aws:ivschat:${REGION}:${ACCOUNT}:channel/abc`, tags: {} }))._tag).toBe('ResourceNotFoundException')
  })

  it('are at most 50 on a resource', () => {
    const s = service()
    const room = newRoom(s, { tags: Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k${i}`, 'v'])) })
    const refused = leftOf(s.call('TagResource', { resourceArn: room.arn!, tags: { one: 'more' } }))
    expect(refused._tag === 'ValidationException' && refused.fieldList?.map((f) => f.name)).toEqual(['tags'])
    rightOf(s.call('TagResource', { resourceArn: room.arn!, tags: { k0: 'replaced' } }))
  })
})

describe('chat', () => {
  it('CreateChatToken gives a token valid for one minute and a session of sessionDurationInMinutes (60 by default)', () => {
    const s = service()
    const room = newRoom(s)
    const t = rightOf(s.call('CreateChatToken', { roomIdentifier: room.arn!, userId: 'u' }))
    const now = t.tokenExpirationTime!.getTime() - 60_000
    expect(now).toBeGreaterThan(room.createTime!.getTime())
    expect(t.sessionExpirationTime!.getTime() - now).toBe(60 * 60_000)
    const long = rightOf(s.call('CreateChatToken', { roomIdentifier: room.arn!, userId: 'u', sessionDurationInMinutes: 180 }))
    expect(long.sessionExpirationTime!.getTime() - long.tokenExpirationTime!.getTime()).toBe(179 * 60_000)
    expect(long.token).not.toBe(t.token)
  })

  it('needs an existing room for every chat operation, and SendEvent and DeleteMessage return fresh ids', () => {
    const s = service()
    const room = newRoom(s)
    const gone = arnOf(REGION, ACCOUNT, 'room', 'EEEEEEEEEEEE')
    const e1 = rightOf(s.call('SendEvent', { roomIdentifier: room.arn!, eventName: 'x' }))
    const e2 = rightOf(s.call('DeleteMessage', { roomIdentifier: room.arn!, id: 'ABCDEFGHIJKL' }))
    expect(e1.id).toMatch(/^[a-zA-Z0-9]{12}$/)
    expect(e2.id).toMatch(/^[a-zA-Z0-9]{12}$/)
    expect(e1.id).not.toBe(e2.id)
    expect(rightOf(s.call('DisconnectUser', { roomIdentifier: room.arn!, userId: 'u' }))).toEqual({})
    for (const r of [
      s.call('CreateChatToken', { roomIdentifier: gone, userId: 'u' }),
      s.call('SendEvent', { roomIdentifier: gone, eventName: 'x' }),
      s.call('DeleteMessage', { roomIdentifier: gone, id: 'ABCDEFGHIJKL' }),
      s.call('DisconnectUser', { roomIdentifier: gone, userId: 'u' })
    ]) {
      expect(leftOf(r)).toMatchObject({ _tag: 'ResourceNotFoundException', resourceId: 'EEEEEEEEEEEE', resourceType: 'ROOM' })
    }
  })

  it('stores nothing: the state holds only rooms and logging configurations', () => {
    const s = service()
    const room = newRoom(s)
    for (let i = 0; i < 100; i++) rightOf(s.call('CreateChatToken', { roomIdentifier: room.arn!, userId: `u${i}` }))
    expect(s.state.rooms.size).toBe(1)
    expect(s.state.loggingConfigurations.size).toBe(0)
  })
})

describe('services', () => {
  it('do not share state', () => {
    const a = service()
    const b = service()
    newRoom(a)
    expect(b.state.rooms.size).toBe(0)
  })
})
