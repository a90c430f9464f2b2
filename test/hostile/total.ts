/**
 * The totality check shared by total.test.ts (a few hundred runs) and total.slow.test.ts (many):
 * every exported shape's functions, given hostile values (Proxies, throwing getters, sparse and
 * cyclic arrays, invalid and out-of-range Dates, hostile options), return a value and never
 * throw; `is` agrees with the decoders (every `Right` passes `is`; whatever `is` accepts encodes
 * in every format and decodes back).
 */
import * as E from 'fp-ts/lib/Either.js'
import fc from 'fast-check'
import { expect } from 'vitest'
import { shapes } from './support.js'

const throwing = (): never => {
  throw new Error('QXZJKV-thrown')
}

const trap: ProxyHandler<object> = {
  get: (_t, k) => (k === fc.toStringMethod ? () => 'a Proxy whose traps throw' : typeof k === 'symbol' && k !== Symbol.iterator ? undefined : throwing()),
  has: (_t, k) => (typeof k === 'symbol' ? k === fc.toStringMethod : throwing()),
  ownKeys: throwing,
  getOwnPropertyDescriptor: throwing,
  getPrototypeOf: throwing
}

/** fast-check prints a counterexample with this instead of reading the hostile value. */
const named = <A extends object>(name: string, a: A): A => Object.defineProperty(a, fc.toStringMethod, { value: () => name, enumerable: false })

const cyclic = (): unknown => {
  const a: Array<unknown> = []
  a.push(a)
  const o: Record<string, unknown> = {}
  o['self'] = o
  return [a, o]
}

const hostileLeaf = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.constantFrom<unknown>(
      null,
      undefined,
      NaN,
      -0,
      2 ** 31,
      new Date(NaN),
      new Date(8.64e15),
      new Date(Date.UTC(10000, 0, 1)),
      new Date(-62167219200001),
      Object.create(Date.prototype),
      new Proxy({}, trap),
      new Proxy([], trap),
      named('getter', Object.defineProperty({}, 'userId', { get: throwing, enumerable: true })),
      [, 1],
      new Array(2 ** 32 - 1),
      Object.create(null),
      Symbol('s'),
      10n
    ),
    fc.constant(null).map(cyclic),
    fc.jsonValue(),
    fc.date()
  )

/** Values shaped like the model, with hostile leaves. */
export const hostileValue = (): fc.Arbitrary<unknown> =>
  fc.letrec<{ v: unknown }>((tie) => ({
    v: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      hostileLeaf(),
      fc.array(tie('v'), { maxLength: 3 }),
      fc.dictionary(fc.constantFrom('roomIdentifier', 'userId', 'attributes', 'capabilities', 'token', 'tokenExpirationTime', 'rooms', 'name', 'tags', 'k'), tie('v'), { maxKeys: 4 })
    )
  })).v

export const hostileOptions = (): fc.Arbitrary<unknown> =>
  fc.constantFrom<unknown>(
    undefined,
    {},
    { strict: true },
    { maxInputLength: NaN },
    { maxInputLength: -1 },
    { maxInputLength: 1.5 },
    { strict: 'yes' },
    new Proxy({}, trap),
    named('getter options', Object.defineProperty({}, 'strict', { get: throwing })),
    5
  )

const noThrow = <A>(what: string, f: () => A): A => {
  try {
    return f()
  } catch (e) {
    throw new Error(`${what} threw: ${String(e)}`)
  }
}

/** One run over every exported shape: no throw, and `is` agrees with the decoders. */
export const checkTotal = (u: unknown, options: unknown): void => {
  for (const [name, s] of shapes) {
    const at = (f: string): string => `${name}.${f}`
    const decoded = [
      noThrow(at('fromJson'), () => s.fromJson(u, options as never)),
      noThrow(at('codec.decode'), () => s.codec.decode(u)),
      noThrow(at('fromString'), () => s.fromString(u as string, options as never)),
      noThrow(at('fromXml'), () => s.fromXml(u as string, options as never))
    ]
    const standard = noThrow(at('~standard.validate'), () => s['~standard'].validate(u, { libraryOptions: options as Record<string, unknown> }))
    expect(standard instanceof Promise).toBe(false)
    for (const r of decoded) {
      expect(E.isLeft(r) || E.isRight(r)).toBe(true)
      if (E.isRight(r)) expect(s.is(r.right), at('is of a Right')).toBe(true)
      else noThrow(at('JSON.stringify of the Left'), () => JSON.stringify(r.left))
    }
    const made = noThrow(at('make'), () => (s.make as (x: unknown) => unknown)(u))
    for (const v of [u, made]) {
      if (!noThrow(at('is'), () => s.is(v))) continue
      // What `is` accepts, every encoder writes, and the decoders read back.
      const json = noThrow(at('toJson'), () => s.toJson(v))
      const back = s.fromJson(json, { strict: false })
      expect(E.isRight(back), `${at('fromJson(toJson(x))')}: ${E.isLeft(back) ? back.left.map((e) => e.message).join('; ') : ''}`).toBe(true)
      noThrow(at('toXml'), () => s.toXml(v))
      noThrow(at('toQuery'), () => s.toQuery(v))
      noThrow(at('toValue'), () => s.toValue(v))
      noThrow(at('redact'), () => s.redact(v))
    }
  }
}
