/**
 * `codecs/Shape.ts`: what `shape(schema, { mode })` adds around the interpreters. Text guards
 * (not text, over `maxInputLength`, unreadable), `neverThrow`, the mode per call (`strict`),
 * names, `is` and `redact` through the shape.
 */
import * as E from 'fp-ts/lib/Either.js'
import * as t from 'io-ts'
import { describe, expect, it } from 'vitest'
import * as S from '../../src/codecs/Schema.js'
import { shape, DEFAULT_MAX_INPUT_LENGTH, neverThrow, refuseText } from '../../src/codecs/Shape.js'
import { errorShape } from '../../src/errors/ErrorShape.js'
import { errorUnion } from '../../src/errors/ErrorUnion.js'
import { CreateChatToken, CreateChatTokenError, CreateChatTokenRequest, SENSITIVE, ValidationException, normalizeErrorCode, CreateChatTokenResponse } from '../../src/index.js'
import { MAX_ISSUES, containsSensitive, fail } from '../../src/codecs/Issue.js'
import { redactBy } from '../../src/codecs/Redact.js'
import { parseXml } from '../../src/codecs/Xml.js'
import { Everything, StrictEverything } from '../support/schemas.js'
import { expectationsOf } from '../support/issues.js'

const ROOM = 'arn:aws:ivschat:us-west-2:123456789012:room/abcdEFGH1234'

const messages = (r: E.Either<unknown, unknown>): Array<string> => {
  if (E.isRight(r)) return []
  const l = r.left as t.Errors | { errors: t.Errors }
  return (Array.isArray(l) ? l : l.errors).map((e) => e.message ?? '')
}

describe('shape options', () => {
  it('names a shape by its structure name, its shape id, or its kind, and is lenient by default', () => {
    expect(shape(S.string({ shapeId: 'a#B' })).name).toBe('a#B')
    expect(shape(S.string()).name).toBe('string')
    expect(shape(S.union('U', { a: S.optional(S.string()) })).name).toBe('U')
    expect(shape(S.string()).mode).toBe('lenient')
    expect(CreateChatTokenRequest.mode).toBe('strict')
  })

  it('lets `strict` override the shape’s mode either way', () => {
    const long = { roomIdentifier: ROOM, userId: 'u'.repeat(200) }
    expect(E.isLeft(CreateChatTokenRequest.fromJson(long))).toBe(true)
    expect(E.isRight(CreateChatTokenRequest.fromJson(long, { strict: false }))).toBe(true)
    expect(E.isLeft(CreateChatTokenRequest.fromJson(long, { strict: true }))).toBe(true)
    expect(E.isLeft(CreateChatTokenRequest.fromJson(long, {}))).toBe(true)
    const Lenient = shape(S.structure('L', { s: S.optional(S.string({ length: { max: 1 } })) }))
    expect(E.isRight(Lenient.fromJson({ s: 'ab' }))).toBe(true)
    expect(E.isLeft(Lenient.fromJson({ s: 'ab' }, { strict: true }))).toBe(true)
    expect(E.isLeft(Lenient.fromString('{"s":"ab"}', { strict: true }))).toBe(true)
    expect(E.isLeft(Lenient.fromXml('<L><s>ab</s></L>', { strict: true }))).toBe(true)
  })

  it('redacts and guards through the shape', () => {
    const v = { roomIdentifier: ROOM, userId: 'someone' }
    expect(CreateChatTokenRequest.redact(v)).toEqual({ roomIdentifier: ROOM, userId: SENSITIVE })
    expect(CreateChatTokenRequest.is(v)).toBe(true)
    expect(CreateChatTokenRequest.is({ roomIdentifier: ROOM })).toBe(false)
  })
})

describe('Shape: text guards', () => {
  it('says what a non-string was, for JSON and XML text', () => {
    expect(expectationsOf(CreateChatTokenResponse.fromString(5 as unknown as string))).toEqual([{ path: [], expected: 'JSON text' }])
    expect(expectationsOf(CreateChatTokenResponse.fromXml(null as unknown as string))).toEqual([{ path: [], expected: 'XML text' }])
    expect(expectationsOf(CreateChatTokenResponse.fromString('{'))).toEqual([{ path: [], expected: 'JSON text' }])
  })

  it('compares the length with the limit strictly: at the limit is fine, one over is not', () => {
    expect(refuseText(undefined, 'abc', { maxInputLength: 3 }, 'text')).toBeUndefined()
    expect(expectationsOf(refuseText(undefined, 'abcd', { maxInputLength: 3 }, 'text') ?? E.right(0))).toEqual([{ path: [], expected: 'at most 3 characters' }])
    expect(refuseText(undefined, 'x'.repeat(DEFAULT_MAX_INPUT_LENGTH), undefined, 'text')).toBeUndefined()
    expect(refuseText(undefined, 'x'.repeat(DEFAULT_MAX_INPUT_LENGTH + 1), {}, 'text')).toBeDefined()
    expect(expectationsOf(refuseText(undefined, 42, undefined, 'XML text') ?? E.right(0))).toEqual([{ path: [], expected: 'XML text' }])
    expect(expectationsOf(CreateChatTokenResponse.fromString('{"token":"a"}', { maxInputLength: 5 }))).toEqual([{ path: [], expected: 'at most 5 characters' }])
    expect(expectationsOf(CreateChatTokenResponse.fromXml('<a/>', { maxInputLength: 3 }))).toEqual([{ path: [], expected: 'at most 3 characters' }])
  })

  it('neverThrow returns what the function returns, and a Left with the codec in the context when it throws', () => {
    const codec = CreateChatTokenResponse.codec
    expect(neverThrow(codec, () => E.right(1))).toEqual(E.right(1))
    const l = neverThrow(codec, () => {
      throw new Error('secret detail')
    })
    expect(l).toEqual(E.left([{ value: undefined, context: [{ key: '', type: codec }], message: '(root): expected input that can be read, got input that threw while it was read' }]))
    const bare = neverThrow(undefined, () => {
      throw new Error('x')
    })
    expect(E.isLeft(bare) ? bare.left[0]!.context : null).toEqual([])
  })

  it('reports an unreadable XML document with the parser reason', () => {
    const ms = messages(CreateChatTokenResponse.fromXml('<a>1</a><b>2</b>'))
    expect(ms.length).toBe(1)
    expect(ms[0]).toMatch(/^\(root\): expected an XML document, got one that could not be read \(.+\)$/)
  })
})

describe('text that cannot be read', () => {
  it('is one error at the root, with the shape as its only context entry and no value', () => {
    for (const r of [CreateChatTokenResponse.fromString('nope'), CreateChatTokenResponse.fromXml('<a'), CreateChatTokenResponse.fromString(5 as never)]) {
      expect(E.isLeft(r)).toBe(true)
      const errors = (r as E.Left<ReadonlyArray<{ value: unknown; context: ReadonlyArray<{ key: string; type: unknown }> }>>).left
      expect(errors).toHaveLength(1)
      expect(errors[0]!.value).toBeUndefined()
      expect(errors[0]!.context).toEqual([{ key: '', type: CreateChatTokenResponse.codec }])
    }
    expect(CreateChatTokenResponse.fromString(5 as never)).toMatchObject({ left: [{ message: '(root): expected JSON text, got number' }] })
    expect(CreateChatTokenResponse.fromXml(undefined as never)).toMatchObject({ left: [{ message: '(root): expected XML text, got undefined' }] })
  })
})

describe('modes per call', () => {
  const value = { name: 'abc' }

  it('strict: true checks constraints on a lenient shape, strict: false skips them on a strict one, and no option keeps the shape’s', () => {
    expect(E.isRight(Everything.fromJson(value))).toBe(true)
    expect(E.isRight(Everything.fromJson(value, {}))).toBe(true)
    expect(E.isLeft(Everything.fromJson(value, { strict: true }))).toBe(true)
    expect(E.isLeft(StrictEverything.fromJson(value))).toBe(true)
    expect(E.isLeft(StrictEverything.fromJson(value, {}))).toBe(true)
    expect(E.isRight(StrictEverything.fromJson(value, { strict: false }))).toBe(true)
    expect(E.isLeft(Everything.fromXml('<E><name>abc</name></E>', { strict: true }))).toBe(true)
    expect(E.isRight(StrictEverything.fromXml('<E><name>abc</name></E>', { strict: false }))).toBe(true)
  })
})

describe('is and redact', () => {
  it('is tells domain values from anything else', () => {
    expect(CreateChatTokenResponse.is({ token: 't', tokenExpirationTime: new Date(0) })).toBe(true)
    expect(CreateChatTokenResponse.is({ tokenExpirationTime: '2020-01-01T00:00:00Z' })).toBe(false)
    expect(CreateChatTokenResponse.is(5)).toBe(false)
  })

  it('redact hides the token and keeps the times', () => {
    expect(CreateChatTokenResponse.redact({ token: 't', sessionExpirationTime: new Date(0) })).toEqual({ token: SENSITIVE, sessionExpirationTime: new Date(0) })
  })
})
