/**
 * restJson1 responses read by a client (src/protocols/restJson1/Response.ts): statuses, error
 * codes, bodies and headers in every form, and the metadata every failure carries.
 */
import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import * as S from '../../../src/codecs/Schema.js'
import { shape, DEFAULT_MAX_INPUT_LENGTH, neverThrow, refuseText } from '../../../src/codecs/Shape.js'
import { decodeResponse } from '../../../src/protocols/restJson1/Response.js'
import { type HttpResponse, errorShape, errorUnion, operation, CreateChatToken, CreateChatTokenError, CreateChatTokenRequest, SENSITIVE, ValidationException, normalizeErrorCode, CreateChatTokenResponse, AccessDeniedException } from '../../../src/index.js'
import * as t from 'io-ts'
import { MAX_ISSUES, containsSensitive, fail } from '../../../src/codecs/Issue.js'
import { redactBy } from '../../../src/codecs/Redact.js'
import { parseXml } from '../../../src/codecs/Xml.js'
import { expectationsOf } from '../../support/issues.js'

const VE = { _tag: 'ValidationException', message: 'm', reason: 'OTHER', statusCode: 400 }

const messages = (r: E.Either<unknown, unknown>): Array<string> => {
  if (E.isRight(r)) return []
  const l = r.left as t.Errors | { errors: t.Errors }
  return (Array.isArray(l) ? l : l.errors).map((e) => e.message ?? '')
}

const Boom = errorShape('Boom', S.structure('Boom', { message: S.required(S.string()) }, { error: { fault: 'server', httpStatus: 500 } }))
const Errors = errorUnion([Boom])
const Out = shape(S.structure('Out', { n: S.optional(S.integer({ range: { min: 0, max: 9 } })) }))

describe('decodeResponse', () => {
  it('succeeds with undefined on any 2xx when the output is Unit', () => {
    const decode = decodeResponse(undefined, Errors)
    expect(decode({ statusCode: 200 })).toEqual(E.right(undefined))
    expect(decode({ statusCode: 204, body: 'whatever' })).toEqual(E.right(undefined))
    expect(decode({ statusCode: 500, headers: { 'x-amzn-errortype': 'Boom' }, body: '{"message":"m"}' })).toEqual(E.left({ _tag: 'Boom', message: 'm', statusCode: 500 }))
  })

  it("adds the metadata to an error value a hand-made error shape gives frozen, leaving the value as it was", () => {
    const frozen = Object.freeze({ _tag: 'Boom' as const, message: 'kept' })
    const FrozenBoom = { ...Boom, fromJson: () => E.right(frozen) }
    const decode = decodeResponse(undefined, errorUnion([FrozenBoom]))
    expect(decode({ statusCode: 500, headers: { 'x-amzn-errortype': 'Boom', 'x-amzn-requestid': 'r-1' }, body: '{}' })).toEqual(
      E.left({ _tag: 'Boom', message: 'kept', statusCode: 500, requestId: 'r-1' })
    )
    expect(frozen).toEqual({ _tag: 'Boom', message: 'kept' })
  })

  it('is what operation() derives', () => {
    const Op = operation({ name: 'Op', http: { method: 'POST', uri: '/Op', code: 200 }, input: undefined, output: Out, errors: Errors })
    expect(Op.decodeResponse({ statusCode: 200, body: '{"n":3}' })).toEqual(E.right({ n: 3 }))
    expect(Op.decodeResponse({ statusCode: 503, body: '{"code":"Boom","message":"down"}' })).toEqual(E.left({ _tag: 'Boom', message: 'down', statusCode: 503 }))
  })

  it('passes decode options on: strict checks and the input limit', () => {
    const decode = decodeResponse(Out, Errors)
    expect(decode({ statusCode: 200, body: '{"n":10}' })).toEqual(E.right({ n: 10 }))
    expect(decode({ statusCode: 200, body: '{"n":10}' }, { strict: true })).toMatchObject(E.left({ _tag: 'UndecodableResponse', statusCode: 200 }))
    const big = JSON.stringify({ n: 1, pad: 'x'.repeat(100) })
    expect(decode({ statusCode: 200, body: big }, { maxInputLength: 50 })).toMatchObject(E.left({ _tag: 'UndecodableResponse', statusCode: 200 }))
    expect(decode({ statusCode: 200, body: new TextEncoder().encode(big) }, { maxInputLength: 50 })).toMatchObject(E.left({ _tag: 'UndecodableResponse', statusCode: 200 }))
    expect(decode({ statusCode: 200, body: big }, { maxInputLength: big.length })).toEqual(E.right({ n: 1 }))
  })

  it('ignores header values that are not strings', () => {
    const decode = decodeResponse(Out, Errors)
    const headers = { 'x-amzn-errortype': undefined, other: 'x' } as HttpResponse['headers']
    expect(decode({ statusCode: 500, headers: headers!, body: '{"__type":"Boom","message":"m"}' })).toEqual(E.left({ _tag: 'Boom', message: 'm', statusCode: 500 }))
  })

  it('never throws, even on responses that are not responses', () => {
    const decode = decodeResponse(Out, Errors)
    fc.assert(
      fc.property(fc.anything(), (u) => {
        const r = decode(u as HttpResponse)
        expect(['Left', 'Right']).toContain(r._tag)
      })
    )
    fc.assert(
      fc.property(fc.record({ statusCode: fc.anything(), headers: fc.anything(), body: fc.anything() }, { requiredKeys: [] }), (u) => {
        expect(['Left', 'Right']).toContain(decode(u as HttpResponse)._tag)
      })
    )
  })
})

describe('whole responses', () => {
  const body = JSON.stringify({ message: 'm', reason: 'OTHER' })

  it('reads the code from the body (code in any case, then __type) when there is no header', () => {
    expect(CreateChatToken.decodeResponse({ statusCode: 400, headers: 'x' as never, body: JSON.stringify({ code: 'ValidationException', message: 'm', reason: 'OTHER' }) })).toEqual(E.left(VE))
    expect(CreateChatToken.decodeResponse({ statusCode: 400, body: JSON.stringify({ __type: 'aws#ValidationException', message: 'm', reason: 'OTHER' }) })).toEqual(E.left(VE))
    expect(CreateChatToken.decodeResponse({ statusCode: 400, body: JSON.stringify({ CODE: 'ValidationException', message: 'm', reason: 'OTHER' }) })).toEqual(E.left(VE))
    expect(CreateChatToken.decodeResponse({ statusCode: 400, body: JSON.stringify({ code: 5, __type: 'ValidationException', message: 'm', reason: 'OTHER' }) })).toEqual(E.left(VE))
  })

  it('is an UndecodableResponse without a code when there is none, or it normalises to nothing', () => {
    const none = { _tag: 'UndecodableResponse', statusCode: 400, errors: [{ value: undefined, context: [], message: '(body): expected an error code in the x-amzn-errortype header or the body, got none' }] }
    expect(CreateChatToken.decodeResponse({ statusCode: 400, body })).toEqual(E.left(none))
    expect(CreateChatToken.decodeResponse({ statusCode: 400, headers: { 'x-amzn-errortype': ',x' }, body })).toEqual(E.left(none))
    expect(CreateChatToken.decodeResponse({ statusCode: 400, body: JSON.stringify({ __type: 5 }) })).toEqual(E.left(none))
  })

  it('keeps the code when the body is not JSON, and the JSON error', () => {
    expect(CreateChatToken.decodeResponse({ statusCode: 400, headers: { 'x-amzn-errortype': 'ValidationException' }, body: '{' })).toEqual(
      E.left({ _tag: 'UndecodableResponse', statusCode: 400, code: 'ValidationException', errors: [{ value: undefined, context: [], message: '(body): expected JSON text, got text that is not valid JSON' }] })
    )
    expect(CreateChatToken.decodeResponse({ statusCode: 400, body: '{' })).toEqual(
      E.left({ _tag: 'UndecodableResponse', statusCode: 400, errors: [{ value: undefined, context: [], message: '(body): expected JSON text, got text that is not valid JSON' }] })
    )
  })

  it('succeeds on 200 to 299 only, reads a blank body as {}, and a status that is not a number as 0', () => {
    expect(CreateChatToken.decodeResponse({ statusCode: 200, body: '  \n' })).toEqual(E.right({}))
    expect(CreateChatToken.decodeResponse({ statusCode: 299 })).toEqual(E.right({}))
    expect(E.isLeft(CreateChatToken.decodeResponse({ statusCode: 300, body: '{}' }))).toBe(true)
    expect(E.isLeft(CreateChatToken.decodeResponse({ statusCode: 199, body: '{}' }))).toBe(true)
    const r = CreateChatToken.decodeResponse({ statusCode: '200' as never, body: '{}' })
    expect(E.isLeft(r) ? r.left : null).toMatchObject({ _tag: 'UndecodableResponse', statusCode: 0 })
    expect(CreateChatToken.decodeResponse(null as never)).toEqual(E.left(expect.objectContaining({ _tag: 'UndecodableResponse', statusCode: 0 })))
  })

  it('refuses a body that is neither text nor bytes', () => {
    expect(CreateChatToken.decodeResponse({ statusCode: 200, body: 5 as never })).toEqual(
      E.left({ _tag: 'UndecodableResponse', statusCode: 200, errors: [{ value: undefined, context: [], message: '(body): expected the body as text or bytes, got number' }] })
    )
    const r = CreateChatToken.decodeResponse({ statusCode: 200, body: new ArrayBuffer(2) as never })
    expect(E.isLeft(r) ? (r.left as { errors: t.Errors }).errors[0]!.message : '').toBe('(body): expected the body as text or bytes, got an object that is neither')
    expect(CreateChatToken.decodeResponse({ statusCode: 200, body: null as never })).toEqual(E.right({}))
  })
})

describe('decodeResponse: bodies and headers', () => {
  it('joins repeated header values with commas, skipping non-strings, and reads the first name that matches', () => {
    const body = JSON.stringify({ message: 'm', reason: 'OTHER' })
    const r = CreateChatToken.decodeResponse({ statusCode: 400, headers: { 'X-AMZN-ERRORTYPE': ['ValidationException', 5 as unknown as string, 'Other'] }, body })
    expect(E.isLeft(r) ? r.left : null).toEqual({ _tag: 'ValidationException', message: 'm', reason: 'OTHER', statusCode: 400 })
    const sparse: Array<string> = []
    sparse[3] = 'ValidationException'
    sparse.length = 2 ** 31
    const s = CreateChatToken.decodeResponse({ statusCode: 400, headers: { 'x-amzn-errortype': sparse }, body })
    expect(E.isLeft(s) ? s.left : null).toEqual({ _tag: 'ValidationException', message: 'm', reason: 'OTHER', statusCode: 400 })
  })

  it('counts bytes against the limit at the boundary, and characters for text', () => {
    const text = '{"token":"€"}'
    const bytes = new TextEncoder().encode(text)
    expect(bytes.byteLength).toBe(text.length + 2)
    expect(E.isRight(CreateChatToken.decodeResponse({ statusCode: 200, body: bytes }, { maxInputLength: bytes.byteLength }))).toBe(true)
    expect(expectationsOf(CreateChatToken.decodeResponse({ statusCode: 200, body: bytes }, { maxInputLength: bytes.byteLength - 1 }))).toEqual([
      { path: [], expected: `at most ${bytes.byteLength - 1} bytes` }
    ])
    expect(E.isRight(CreateChatToken.decodeResponse({ statusCode: 200, body: text }, { maxInputLength: text.length }))).toBe(true)
    expect(expectationsOf(CreateChatToken.decodeResponse({ statusCode: 200, body: text }, { maxInputLength: text.length - 1 }))).toEqual([
      { path: [], expected: `at most ${text.length - 1} characters` }
    ])
  })
})

describe('whole responses with parts missing or of the wrong kind', () => {
  const noCode = (statusCode: number): unknown =>
    E.left({ _tag: 'UndecodableResponse', statusCode, errors: [{ value: undefined, context: [], message: '(body): expected an error code in the x-amzn-errortype header or the body, got none' }] })

  it('read a response that is not an object as status 0 with no code', () => {
    expect(CreateChatToken.decodeResponse(null as never)).toEqual(noCode(0))
    expect(CreateChatToken.decodeResponse('x' as never)).toEqual(noCode(0))
    expect(CreateChatToken.decodeResponse({ statusCode: '200', body: '{}' } as never)).toEqual(noCode(0))
  })

  it('find the code in the body when the headers are missing or not an object', () => {
    const body = '{"__type":"AccessDeniedException","message":"no"}'
    for (const headers of [undefined, null, 'x-amzn-errortype: Other']) {
      expect(CreateChatToken.decodeResponse({ statusCode: 403, headers, body } as never)).toEqual(E.left({ _tag: 'AccessDeniedException', message: 'no', statusCode: 403 }))
    }
    expect(CreateChatToken.decodeResponse({ statusCode: 403, body: '{"Code":"AccessDeniedException","message":"no"}' })).toEqual(E.left({ _tag: 'AccessDeniedException', message: 'no', statusCode: 403 }))
  })

  it('read a repeated header from its string values, the code being the first', () => {
    const r = CreateChatToken.decodeResponse({ statusCode: 403, headers: { 'X-Amzn-ErrorType': ['AccessDeniedException', 5] as never }, body: '{"message":"no"}' })
    expect(r).toEqual(E.left({ _tag: 'AccessDeniedException', message: 'no', statusCode: 403 }))
    const two = CreateChatToken.decodeResponse({ statusCode: 403, headers: { 'x-amzn-errortype': ['A', 'B'] }, body: '{"message":"no"}' })
    expect(E.isLeft(two) && two.left).toEqual({ _tag: 'UnknownOperationError', code: 'A', message: 'no', statusCode: 403 })
  })

  it('find no code in a body that is not a JSON object', () => {
    expect(CreateChatToken.decodeResponse({ statusCode: 403, body: '[1]' })).toEqual(noCode(403))
    expect(CreateChatToken.decodeResponse({ statusCode: 403, body: '"AccessDeniedException"' })).toEqual(noCode(403))
  })
})
