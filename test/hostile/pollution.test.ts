/**
 * No key or element name reaches a prototype: `__proto__`, `constructor` and `prototype` in JSON
 * objects, maps and XML are plain data or refused, never a prototype change.
 */
import * as E from 'fp-ts/lib/Either.js'
import { afterEach, describe, expect, it } from 'vitest'
import * as S from '../../src/codecs/Schema.js'
import { shape } from '../../src/codecs/Shape.js'
import { CreateChatTokenRequest, SENSITIVE } from '../../src/index.js'
import { HOSTILE_NAMES, errorsOf, prototypeSnapshot, targets } from './support.js'
import { expectations } from '../support/issues.js'

const ROOM = 'arn:aws:ivschat:us-west-2:123456789012:room/abcdEFGH1234'

const Labels = S.map(S.string(), S.string())
const Holder = shape(S.structure('Holder', { labels: S.optional(Labels), nested: S.optional(S.map(S.string(), Labels)) }))
/** A structure whose member names are also names on `Object.prototype`. */
const Awkward = shape(S.structure('Awkward', { constructor: S.optional(S.string()), toString: S.optional(S.string()), hasOwnProperty: S.optional(S.integer()) }))

const snapshot = prototypeSnapshot()

afterEach(() => {
  // Nothing any test did may have changed Object.prototype.
  expect(prototypeSnapshot()).toBe(snapshot)
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
})

const expectOwnData = (o: unknown, key: string, value: unknown): void => {
  expect(Object.getPrototypeOf(o)).toBe(Object.prototype)
  expect(Object.getOwnPropertyDescriptor(o, key)).toEqual({ value, writable: true, enumerable: true, configurable: true })
}

describe('prototype pollution: JSON', () => {
  it('keeps __proto__, constructor and prototype map keys as own data (fromString)', () => {
    const text = '{"labels":{"__proto__":"a","constructor":"b","prototype":"c","polluted":"d"}}'
    const r = Holder.fromString(text)
    expect(E.isRight(r)).toBe(true)
    if (E.isRight(r)) {
      const labels = r.right.labels!
      expectOwnData(labels, '__proto__', 'a')
      expectOwnData(labels, 'constructor', 'b')
      expectOwnData(labels, 'prototype', 'c')
      expect(Object.keys(labels)).toEqual(['__proto__', 'constructor', 'prototype', 'polluted'])
      // Every direction keeps them as data too.
      expectOwnData(Holder.toJson(r.right).labels, '__proto__', 'a')
      expect(JSON.parse(JSON.stringify(Holder.toJson(r.right)))).toEqual(JSON.parse(text))
      expectOwnData(Holder.redact(r.right), 'labels', labels)
      expect(Holder.fromXml(Holder.toXml(r.right))).toEqual(r)
    }
  })

  it('keeps a __proto__ key whose value is an object as data, in nested maps (fromJson)', () => {
    const input = JSON.parse('{"nested":{"__proto__":{"polluted":"yes"}}}') as unknown
    const r = Holder.fromJson(input)
    expect(E.isRight(r)).toBe(true)
    if (E.isRight(r)) {
      expectOwnData(r.right.nested, '__proto__', { polluted: 'yes' })
      expect((r.right.nested as Record<string, unknown>)['polluted']).toBeUndefined()
    }
  })

  it('rejects a wrong value under __proto__ with an error that names the key', () => {
    const r = Holder.fromString('{"labels":{"__proto__":{"polluted":"yes"}}}')
    expect(E.isLeft(r) ? expectations(errorsOf(r.left)) : []).toEqual([{ path: ['labels', '__proto__'], expected: 'a string' }])
  })

  it('keeps them as data in the sensitive ChatTokenAttributes map of CreateChatTokenRequest', () => {
    const r = CreateChatTokenRequest.fromString(`{"roomIdentifier":"${ROOM}","userId":"u","attributes":{"__proto__":"a","constructor":"b","prototype":"c"}}`)
    expect(E.isRight(r)).toBe(true)
    if (E.isRight(r)) {
      expectOwnData(r.right.attributes, '__proto__', 'a')
      expectOwnData(r.right.attributes, 'constructor', 'b')
      expectOwnData(r.right.attributes, 'prototype', 'c')
      expect(CreateChatTokenRequest.redact(r.right)).toEqual({ roomIdentifier: ROOM, userId: SENSITIVE, attributes: SENSITIVE })
    }
  })

  it('ignores __proto__, constructor and prototype as unknown members of a structure, and the result keeps its prototype', () => {
    const r = CreateChatTokenRequest.fromString(`{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"roomIdentifier":"${ROOM}","userId":"u"}`)
    expect(r).toEqual(E.right({ roomIdentifier: ROOM, userId: 'u' }))
    if (E.isRight(r)) {
      expect(Object.getPrototypeOf(r.right)).toBe(Object.prototype)
      expect(Object.keys(r.right)).toEqual(['roomIdentifier', 'userId'])
    }
  })

  it("reads members named like Object.prototype's own properties only from the input's own keys", () => {
    expect(Awkward.fromJson({})).toEqual(E.right({}))
    expect(Awkward.fromJson(JSON.parse('{"constructor":"c","toString":"t","hasOwnProperty":3}'))).toEqual(
      E.right({ constructor: 'c', toString: 't', hasOwnProperty: 3 })
    )
    expect(E.isLeft(Awkward.fromJson({ constructor: 5 }))).toBe(true)
  })

  it('cannot be made to pollute by any decoder given hostile keys at every level', () => {
    const hostile = (depth: number): unknown => {
      if (depth === 0) return 'x'
      const o: Record<string, unknown> = {}
      for (const k of HOSTILE_NAMES) Object.defineProperty(o, k, { value: hostile(depth - 1), enumerable: true, writable: true, configurable: true })
      o['polluted'] = { polluted: 'yes' }
      return o
    }
    const value = hostile(3)
    const text = JSON.stringify(value)
    for (const target of targets) {
      if (target.input === 'value') target.run(value)
      else if (target.input === 'json-text') target.run(text)
      else if (target.input === 'response') {
        target.run({ statusCode: 200, body: text })
        target.run({ statusCode: 400, headers: { 'x-amzn-errortype': 'ValidationException' }, body: text })
      }
    }
  })
})

describe('prototype pollution: XML', () => {
  it('keeps __proto__, constructor and prototype map keys as own data', () => {
    const entries = ['__proto__', 'constructor', 'prototype'].map((k) => `<entry><key>${k}</key><value>v-${k}</value></entry>`).join('')
    const r = Holder.fromXml(`<Holder><labels>${entries}</labels></Holder>`)
    expect(E.isRight(r)).toBe(true)
    if (E.isRight(r)) {
      expectOwnData(r.right.labels, '__proto__', 'v-__proto__')
      expectOwnData(r.right.labels, 'constructor', 'v-constructor')
      expectOwnData(r.right.labels, 'prototype', 'v-prototype')
    }
  })

  it('refuses a document with an element named __proto__, constructor or prototype, anywhere', () => {
    for (const name of ['__proto__', 'constructor', 'prototype']) {
      for (const doc of [
        `<Holder><${name}><polluted>yes</polluted></${name}></Holder>`,
        `<Holder><labels><entry><key>k</key><value>v</value><${name}>x</${name}></entry></labels></Holder>`,
        `<${name}><labels/></${name}>`
      ]) {
        const r = Holder.fromXml(doc)
        expect(E.isLeft(r)).toBe(true)
        expect(E.isLeft(r) ? r.left[0]!.message : '').toContain(`"${name}" is a reserved JavaScript keyword`)
      }
    }
  })

  it('ignores attributes named __proto__, constructor and prototype', () => {
    expect(Holder.fromXml('<Holder __proto__="x" constructor="c"><labels __proto__="y" prototype="p"/></Holder>')).toEqual(E.right({ labels: {} }))
  })

  it('cannot be made to pollute by any XML decoder given hostile names as elements and attributes', () => {
    const doc = (root: string): string =>
      `<${root} __proto__="a" constructor="b"><prototype><polluted>yes</polluted></prototype><toString>t</toString><valueOf>v</valueOf>` +
      `<hasOwnProperty>h</hasOwnProperty><Error><prototype>p</prototype></Error></${root}>`
    for (const target of targets) if (target.input === 'xml-text') for (const root of ['Holder', 'ErrorResponse', 'Error', 'X']) target.run(doc(root))
  })
})
