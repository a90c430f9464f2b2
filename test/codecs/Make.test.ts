import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import * as S from '../../src/codecs/Schema.js'
import { shape } from '../../src/codecs/Shape.js'
import { CreateChatTokenRequest, CreateChatTokenResponse } from '../../src/index.js'
import { arbitraryOf } from '../support/arbitrary.js'
import { Everything, EverythingSchema, full } from '../support/schemas.js'

/** `make` fills members that have a default, so its type lets them be left out. */
const makeEverything = Everything.make

describe('make', () => {
  it('builds a value from its members', () => {
    expect(Everything.make(full)).toEqual(full)
    expect(makeEverything({ name: 'Ab' })).toEqual({ name: 'Ab', retries: 3 })
  })

  it('leaves absent and undefined members out: no undefined keys', () => {
    const a = Everything.make({ name: 'Ab', color: undefined, inner: undefined, retries: 5 })
    expect(a).toEqual({ name: 'Ab', retries: 5 })
    expect(Object.keys(a)).toEqual(['name', 'retries'])
    expect('color' in a).toBe(false)
    expect('inner' in a).toBe(false)
  })

  it('fills defaults, decoded from their wire value', () => {
    const D = shape(
      S.structure('D', {
        n: S.withDefault(S.integer(), 7),
        when: S.withDefault(S.timestamp('epoch-seconds'), 0),
        tags: S.withDefault(S.list(S.string()), [])
      })
    )
    const make = D.make
    const d = make()
    expect(d).toEqual({ n: 7, when: new Date(0), tags: [] })
    expect(d.when).toBeInstanceOf(Date)
    expect(make({ n: undefined })).toEqual({ n: 7, when: new Date(0), tags: [] })
    expect(make({ n: 1 })).toEqual({ n: 1, when: new Date(0), tags: [] })
  })

  it('keeps members in declaration order whatever the order given', () => {
    expect(Object.keys(Everything.make({ retries: 1, color: 'RED', name: 'Ab' }))).toEqual(['name', 'color', 'retries'])
  })

  it('ignores fields the declaration does not have', () => {
    const a = CreateChatTokenResponse.make({ token: 't', ...({ extra: 1 } as object) })
    expect(a).toEqual({ token: 't' })
  })

  it('may be called without an argument when nothing is required', () => {
    expect(CreateChatTokenResponse.make()).toEqual({})
    // @ts-expect-error roomIdentifier and userId are required
    CreateChatTokenRequest.make({})
    // @ts-expect-error name is required
    Everything.make({ color: 'RED' })
  })

  it('builds unions', () => {
    const U = shape(S.union('U', { a: S.optional(S.string()), b: S.optional(S.integer()) }))
    expect(U.make({ b: 1 })).toEqual({ b: 1 })
  })

  it('gives back any valid value, and the same as decoding its JSON', () => {
    fc.assert(
      fc.property(arbitraryOf(EverythingSchema), (x) => {
        expect(Everything.make(x)).toEqual(x)
      })
    )
    fc.assert(
      fc.property(arbitraryOf(CreateChatTokenRequest), (x) => {
        expect(CreateChatTokenRequest.make(x)).toEqual(x)
      })
    )
  })

  it('with every optional member undefined, gives just the required ones and the defaults', () => {
    fc.assert(
      fc.property(arbitraryOf(EverythingSchema), (x) => {
        const holes = Object.fromEntries((EverythingSchema.ast as S.StructureAST).members.filter((m) => !m.required).map((m) => [m.name, undefined]))
        const a = Everything.make({ ...x, ...holes })
        expect(a).toEqual({ name: x.name, retries: x.retries })
        expect(Object.keys(a)).toEqual(['name', 'retries'])
      })
    )
  })
})

describe('make, at the type level', () => {
  it('lets members with a default be left out, and still requires the others', async () => {
    const { ThrottlingException } = await import('../../src/index.js')
    const e = ThrottlingException.make({ message: 'slow down', resourceId: 'abc', resourceType: 'ROOM' })
    expect(e).toEqual({ _tag: 'ThrottlingException', message: 'slow down', resourceId: 'abc', resourceType: 'ROOM', limit: 0 })
    // @ts-expect-error resourceId is required and has no default
    ThrottlingException.make({ message: 'slow down', resourceType: 'ROOM' })
  })
})
