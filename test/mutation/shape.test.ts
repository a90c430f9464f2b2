/**
 * Exact behaviour of the parts of `shape()` that the broader suites reach only through other
 * paths: the `Left` of text that cannot be read, per-call modes, `is` and `redact`. Written
 * against surviving mutants; each test states a behaviour, not a mutant.
 */
import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { SENSITIVE } from '../../src/codecs/Issue.js'
import { CreateChatTokenResponse } from '../../src/index.js'
import { Everything, StrictEverything } from '../support/schemas.js'

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
