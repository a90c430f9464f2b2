import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { LoggingConfigurationArn } from '../../src/shapes/LoggingConfigurationArn.js'
import { RoomArn } from '../../src/shapes/RoomArn.js'
import { RoomID } from '../../src/shapes/RoomID.js'
import { ID } from '../../src/shapes/ID.js'
import { arnOf, newChatToken, newId, newRequestId, parseArn } from '../../src/server/Ids.js'
import { shape } from '../../src/codecs/Shape.js'
import { seeded } from './support.js'

const strict = <A, O>(s: Parameters<typeof shape<A, O>>[0]) => shape(s, { mode: 'strict' })
const roomId = strict(RoomID)
const id = strict(ID)
const roomArn = strict(RoomArn)
const lcArn = strict(LoggingConfigurationArn)

const region = fc.constantFrom('us-east-1', 'us-west-2', 'eu-central-1', 'ap-northeast-2')
const account = fc.stringMatching(/^[0-9]{12}$/)

describe('ids', () => {
  it('are 12 alphanumerics, as the model declares RoomID and ID', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const x = newId(seeded(seed))
        expect(roomId.fromJson(x)._tag).toBe('Right')
        expect(id.fromJson(x)._tag).toBe('Right')
      })
    )
  })

  it('come from the random source: the same seed gives the same ids, another seed others', () => {
    expect(newId(seeded(7))).toBe(newId(seeded(7)))
    expect(newId(seeded(7))).not.toBe(newId(seeded(8)))
  })

  it('use the whole alphabet even from a source that returns values close to 1', () => {
    expect(newId(() => 0.999999999)).toMatch(/^[a-zA-Z0-9]{12}$/)
    expect(newId(() => 0)).toMatch(/^[a-zA-Z0-9]{12}$/)
  })

  it('request ids are UUIDs (version 4)', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        expect(newRequestId(seeded(seed))).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
      })
    )
  })

  it('chat tokens are opaque text of a fixed length', () => {
    const a = newChatToken(seeded(1))
    const b = newChatToken(seeded(2))
    expect(a).not.toBe(b)
    expect(a.length).toBe(b.length)
  })
})

describe('ARNs', () => {
  it('of rooms and logging configurations match the model patterns and parse back', () => {
    fc.assert(
      fc.property(region, account, fc.integer(), (r, a, seed) => {
        const x = newId(seeded(seed))
        const room = arnOf(r, a, 'room', x)
        const lc = arnOf(r, a, 'logging-configuration', x)
        expect(roomArn.fromJson(room)._tag).toBe('Right')
        expect(lcArn.fromJson(lc)._tag).toBe('Right')
        expect(parseArn(room)).toEqual({ region: r, account: a, kind: 'room', id: x })
        expect(parseArn(lc)).toEqual({ region: r, account: a, kind: 'logging-configuration', id: x })
      })
    )
  })

  it('of anything else do not parse', () => {
    for (const s of ['', 'room/abc', 'arn:aws:ivs:us-east-1:123456789012:channel/abc', 'arn:aws:ivschat:us-east-1:123456789012:channel/abc', 'arn:aws:ivschat:us-east-1:12a:room/abc']) {
      expect(parseArn(s)).toBeUndefined()
    }
  })
})
