/**
 * TODO header
 */
import * as E from 'fp-ts/lib/Either.js'
import * as t from 'io-ts'
import { describe, expect, it } from 'vitest'
import { SENSITIVE } from '../../src/codecs/Issue.js'
import * as S from '../../src/codecs/Schema.js'
import { shape } from '../../src/codecs/Shape.js'
import { CreateChatTokenRequest, CreateChatTokenResponse } from '../../src/index.js'

describe('previews of values in messages', () => {
  const Int = shape(S.integer())

  it('quote strings up to 60 characters whole, and cut longer ones with an ellipsis', () => {
    const at60 = 'x'.repeat(60)
    expect(E.isLeft(Int.fromJson(at60)) && Int.fromJson(at60)).toMatchObject({ left: [{ message: `(root): expected a 32-bit integer, got "${at60}"` }] })
    expect(Int.fromJson('y'.repeat(61))).toMatchObject({ left: [{ message: `(root): expected a 32-bit integer, got "${'y'.repeat(60)}…"` }] })
  })

  it('print numbers, booleans and null as themselves, and other values by kind', () => {
    const m = (u: unknown): string | undefined => {
      const r = Int.fromJson(u)
      return E.isLeft(r) ? r.left[0]!.message : undefined
    }
    expect(m(1.5)).toBe('(root): expected a 32-bit integer, got 1.5')
    expect(m(true)).toBe('(root): expected a 32-bit integer, got true')
    expect(m(false)).toBe('(root): expected a 32-bit integer, got false')
    expect(m(null)).toBe('(root): expected a 32-bit integer, got null')
    expect(m([1])).toBe('(root): expected a 32-bit integer, got an array')
    expect(m({})).toBe('(root): expected a 32-bit integer, got an object')
    expect(m(undefined)).toBe('(root): expected a 32-bit integer, got nothing')
    expect(m(1n)).toBe('(root): expected a 32-bit integer, got a bigint')
    expect(m(Symbol('s'))).toBe('(root): expected a 32-bit integer, got a symbol')
    expect(m(() => 1)).toBe('(root): expected a 32-bit integer, got a function')
    expect(m(Number.POSITIVE_INFINITY)).toBe('(root): expected a 32-bit integer, got Infinity')
  })
})
