/**
 * No input makes a public decoder throw: whatever it is given, it returns a `Left` or a `Right`.
 */
import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { CreateChatToken, CreateChatTokenRequest, CreateChatTokenResponse, ValidationException } from '../../src/index.js'
import { errorsOf, operations, runSafely, targets } from './support.js'
import { expectations } from '../support/issues.js'

const throwingProxy = (): object =>
  new Proxy(
    {},
    {
      get: () => {
        throw new Error('get trap')
      },
      has: () => {
        throw new Error('has trap')
      },
      ownKeys: () => {
        throw new Error('ownKeys trap')
      },
      getOwnPropertyDescriptor: () => {
        throw new Error('descriptor trap')
      },
      getPrototypeOf: () => {
        throw new Error('getPrototypeOf trap')
      }
    }
  )

const revokedProxy = (): object => {
  const { proxy, revoke } = Proxy.revocable({}, {})
  revoke()
  return proxy
}

const throwingGetters = (): object => {
  const o: Record<string, unknown> = {}
  for (const name of ['roomIdentifier', 'userId', 'token', 'message', 'Message', 'code', '__type', 'statusCode', 'body', 'headers', 'reason', 'fieldList']) {
    Object.defineProperty(o, name, {
      enumerable: true,
      get: () => {
        throw new Error(`getter ${name}`)
      }
    })
  }
  return o
}

const throwingToString = (): object => ({
  toString: () => {
    throw new Error('toString')
  },
  [Symbol.toPrimitive]: () => {
    throw new Error('toPrimitive')
  }
})

const holes = (): ReadonlyArray<unknown> => {
  const a: Array<unknown> = []
  a[5] = 'x'
  return a
}

/** Values nothing should choke on, in every position a decoder reads. */
const hostileValues = (): ReadonlyArray<readonly [string, unknown]> => [
  ['undefined', undefined],
  ['null', null],
  ['NaN', Number.NaN],
  ['Infinity', Number.POSITIVE_INFINITY],
  ['-0', -0],
  ['a number', 42],
  ['a bigint', 10n ** 30n],
  ['a symbol', Symbol('hostile')],
  ['a function', () => 1],
  ['a boolean', true],
  ['an empty string', ''],
  ['a String object', new String('{}')],
  ['a Date', new Date(Number.NaN)],
  ['a RegExp', /x/],
  ['a Map', new Map([['token', 'x']])],
  ['a Uint8Array', new Uint8Array([123, 125])],
  ['an array with holes', holes()],
  ['a sparse huge array', (() => { const a: Array<unknown> = []; a.length = 2 ** 31; return a })()],
  ['a frozen object', Object.freeze({ roomIdentifier: 'r', userId: 'u', token: 't', message: 'm', reason: 'OTHER' })],
  ['an object without prototype', Object.assign(Object.create(null) as object, { token: 'x', message: 'm' })],
  ['a Proxy that throws on every trap', throwingProxy()],
  ['a revoked Proxy', revokedProxy()],
  ['an object whose getters throw', throwingGetters()],
  ['an object whose toString throws', throwingToString()],
  ['an array of Proxies', [throwingProxy(), revokedProxy()]],
  ['an object holding a Proxy in every member', { roomIdentifier: throwingProxy(), userId: throwingProxy(), token: throwingProxy(), attributes: throwingProxy(), message: throwingProxy(), fieldList: [throwingProxy()] }]
]

describe('no public decoder throws', () => {
  it(`covers every public decoder (${targets.length} of them)`, () => {
    // Every kind of public decoder is in the list, so the properties below attack all of them.
    const kinds = new Set(targets.map((t) => t.input))
    expect([...kinds].sort()).toEqual(['json-text', 'response', 'value', 'xml-text'])
    expect(targets.some((t) => t.name === 'CreateChatTokenRequest.fromXml')).toBe(true)
    expect(targets.some((t) => t.name === 'ValidationException.fromJson')).toBe(true)
    expect(targets.some((t) => t.name === 'CreateChatToken.decodeResponse')).toBe(true)
  })

  it('returns an Either for every hostile value given to every decoder, as the input itself', () => {
    for (const target of targets) for (const [, v] of hostileValues()) runSafely(target, v)
  })

  it('returns a Left (not a Right) when an object throws while it is read', () => {
    for (const input of [throwingProxy(), revokedProxy()]) {
      for (const s of [CreateChatTokenRequest, CreateChatTokenResponse]) {
        const r = s.fromJson(input)
        expect(E.isLeft(r)).toBe(true)
        if (E.isLeft(r)) expect(r.left[0]!.message).toBe('(root): expected input that can be read, got input that threw while it was read')
      }
      expect(E.isLeft(ValidationException.fromJson(input))).toBe(true)
    }
    // A getter that throws on a member is a Left too, and the thrown message does not show up.
    const r = CreateChatTokenRequest.fromJson(throwingGetters())
    expect(E.isLeft(r)).toBe(true)
    expect(JSON.stringify(E.isLeft(r) ? r.left.map((e) => e.message) : [])).not.toContain('getter')
  })

  it('decodes a frozen object like a plain one', () => {
    const body = { token: 'abc', tokenExpirationTime: '2024-01-01T00:00:00Z' }
    expect(CreateChatTokenResponse.fromJson(Object.freeze({ ...body }))).toEqual(CreateChatTokenResponse.fromJson(body))
    expect(E.isRight(CreateChatTokenResponse.fromJson(Object.freeze({ ...body })))).toBe(true)
  })

  it('reads an array with holes as a list with missing entries, a Left', () => {
    const r = ValidationException.fromJson({ message: 'm', reason: 'OTHER', fieldList: holes() })
    expect(E.isLeft(r)).toBe(true)
    expect(expectations(errorsOf(E.isLeft(r) ? r.left : []))).toContainEqual({ path: ['fieldList', 0], expected: 'a value (lists have no null entries)' })
  })

  it('returns an Either for hostile values in every field of an HTTP response', () => {
    for (const [name, op] of operations) {
      const target = { name: `${name}.decodeResponse`, input: 'response' as const, run: (u: unknown) => op.decodeResponse(u as never) }
      for (const [, v] of hostileValues()) {
        runSafely(target, { statusCode: v, body: '{}' })
        runSafely(target, { statusCode: 200, body: v })
        runSafely(target, { statusCode: 400, body: v })
        runSafely(target, { statusCode: 400, headers: v, body: '{"message":"m"}' })
        runSafely(target, { statusCode: 400, headers: { 'x-amzn-errortype': v }, body: '{"message":"m"}' })
        runSafely(target, { statusCode: 400, body: JSON.stringify({ code: 'ValidationException', message: 'm', reason: 'OTHER' }), headers: { 'X-Amzn-ErrorType': [v] } })
      }
    }
  })

  it('turns a response that throws while it is read into an UndecodableResponse', () => {
    for (const response of [throwingProxy(), revokedProxy(), throwingGetters()]) {
      const r = CreateChatToken.decodeResponse(response as never)
      expect(E.isLeft(r)).toBe(true)
      if (E.isLeft(r)) {
        expect(r.left).toMatchObject({ _tag: 'UndecodableResponse', statusCode: 0 })
        expect(errorsOf(r.left)[0]!.message).toBe('(body): expected a response that can be read, got one that threw while it was read')
      }
    }
  })

  it('passes hostile error codes to the error unions without throwing', () => {
    const [, op] = operations.find(([n]) => n === 'CreateChatToken')!
    expect(op).toBeDefined()
    for (const [, v] of hostileValues()) {
      const r1 = CreateChatToken.errors.fromJson(v as string, { message: 'm' })
      const r2 = CreateChatToken.errors.fromXml(v as string, '<Error><Message>m</Message></Error>')
      for (const r of [r1, r2]) expect(E.isLeft(r) || E.isRight(r)).toBe(true)
    }
  })
})
