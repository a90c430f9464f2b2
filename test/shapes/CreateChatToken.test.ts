import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import {
  AccessDeniedException,
  CreateChatToken,
  CreateChatTokenError,
  type CreateChatTokenFailure,
  CreateChatTokenRequest,
  CreateChatTokenResponse,
  type HttpResponse,
  PendingVerification,
  ResourceNotFoundException,
  ValidationException
} from '../../src/index.js'
import { arbitraryOf } from '../support/arbitrary.js'
import { leftOf } from '../support/either.js'
import { expectations } from '../support/issues.js'
import { describeFormat } from '../../src/codecs/Timestamp.js'

const ERRORS = [AccessDeniedException, PendingVerification, ResourceNotFoundException, ValidationException] as const
const URI = 'http://internal.amazon.com/coral/com.amazon.coral.validate/'
const OK_BODY = { token: 'tok', tokenExpirationTime: '2022-06-14T18:19:49Z', sessionExpirationTime: '2022-06-14T19:17:49Z' }
const OK_VALUE = { token: 'tok', tokenExpirationTime: new Date('2022-06-14T18:19:49Z'), sessionExpirationTime: new Date('2022-06-14T19:17:49Z') }
const VALIDATION = { message: 'bad', reason: 'FIELD_VALIDATION_FAILED', fieldList: [{ name: 'userId', message: 'too long' }] }

const decode = (r: HttpResponse): E.Either<CreateChatTokenFailure, CreateChatTokenResponse> => CreateChatToken.decodeResponse(r)
const failure = (r: HttpResponse): CreateChatTokenFailure => leftOf(decode(r))
const bytes = (s: string): Uint8Array => new TextEncoder().encode(s)

describe('CreateChatToken: the operation', () => {
  it('declares its input, output and errors', () => {
    expect(CreateChatToken.name).toBe('CreateChatToken')
    expect(CreateChatToken.input).toBe(CreateChatTokenRequest)
    expect(CreateChatToken.output).toBe(CreateChatTokenResponse)
    expect(CreateChatToken.errors).toBe(CreateChatTokenError)
    expect(CreateChatTokenRequest.mode).toBe('strict')
  })
})

describe('CreateChatToken.decodeResponse: success', () => {
  it('decodes a 2xx body given as a string or as bytes', () => {
    expect(decode({ statusCode: 200, body: JSON.stringify(OK_BODY) })).toEqual(E.right(OK_VALUE))
    expect(decode({ statusCode: 200, body: bytes(JSON.stringify(OK_BODY)) })).toEqual(E.right(OK_VALUE))
    expect(decode({ statusCode: 201, headers: { 'content-type': 'application/json' }, body: JSON.stringify(OK_BODY) })).toEqual(E.right(OK_VALUE))
    expect(decode({ statusCode: 299, body: '{}' })).toEqual(E.right({}))
  })

  it('decodes UTF-8 bytes, multi-byte characters included', () => {
    expect(decode({ statusCode: 200, body: bytes(JSON.stringify({ token: 'jeton-é€😀' })) })).toEqual(E.right({ token: 'jeton-é€😀' }))
  })

  it('reads an empty 2xx body as an empty object', () => {
    expect(decode({ statusCode: 200, body: '' })).toEqual(E.right({}))
    expect(decode({ statusCode: 200 })).toEqual(E.right({}))
    expect(decode({ statusCode: 200, body: new Uint8Array() })).toEqual(E.right({}))
  })

  it('refuses a body that is neither text nor bytes rather than read it as empty', () => {
    for (const body of [new ArrayBuffer(8), { token: 'already parsed' }, 42, [1]]) {
      const f = failure({ statusCode: 200, body } as unknown as HttpResponse)
      expect(f).toMatchObject({ _tag: 'UndecodableResponse', statusCode: 200 })
      expect(f._tag === 'UndecodableResponse' && f.errors.map((e) => e.message)[0]).toMatch(/^\(body\): expected the body as text or bytes, got /)
    }
    expect(failure({ statusCode: 403, headers: { 'x-amzn-errortype': 'AccessDeniedException' }, body: new ArrayBuffer(2) } as unknown as HttpResponse)).toMatchObject({
      _tag: 'UndecodableResponse',
      statusCode: 403,
      code: 'AccessDeniedException'
    })
  })

  it('gives UndecodableResponse for a 2xx body that is not the output', () => {
    const f = failure({ statusCode: 200, body: '{"tokenExpirationTime": 5}' })
    expect(f).toMatchObject({ _tag: 'UndecodableResponse', statusCode: 200 })
    expect('code' in f).toBe(false)
    expect(f._tag === 'UndecodableResponse' && expectations(f.errors)).toEqual([{ path: ['tokenExpirationTime'], expected: describeFormat('date-time') }])
    expect(failure({ statusCode: 200, body: '<html>oops</html>' })).toMatchObject({ _tag: 'UndecodableResponse', statusCode: 200 })
    expect(failure({ statusCode: 200, body: '[1,2]' })).toMatchObject({ _tag: 'UndecodableResponse', statusCode: 200 })
  })
})

describe('CreateChatToken.decodeResponse: errors', () => {
  it('decodes each declared error from the x-amzn-errortype header', () => {
    expect(failure({ statusCode: 403, headers: { 'x-amzn-errortype': 'AccessDeniedException' }, body: '{"message":"no"}' })).toEqual({ _tag: 'AccessDeniedException', message: 'no', statusCode: 403 })
    expect(failure({ statusCode: 403, headers: { 'x-amzn-errortype': 'PendingVerification' }, body: '{"message":"wait"}' })).toEqual({ _tag: 'PendingVerification', message: 'wait', statusCode: 403 })
    expect(
      failure({ statusCode: 404, headers: { 'x-amzn-errortype': 'ResourceNotFoundException' }, body: '{"message":"gone","resourceId":"abc","resourceType":"ROOM"}' })
    ).toEqual({ _tag: 'ResourceNotFoundException', message: 'gone', resourceId: 'abc', resourceType: 'ROOM', statusCode: 404 })
    expect(failure({ statusCode: 400, headers: { 'x-amzn-errortype': 'ValidationException' }, body: JSON.stringify(VALIDATION) })).toEqual({ _tag: 'ValidationException', ...VALIDATION, statusCode: 400 })
  })

  it('reads the header in any letter case, in every code form, and as a repeated header', () => {
    const body = JSON.stringify(VALIDATION)
    for (const name of ['x-amzn-errortype', 'X-Amzn-ErrorType', 'X-AMZN-ERRORTYPE']) {
      for (const code of ['ValidationException', 'com.amazonaws.ivschat#ValidationException', `ValidationException:${URI}`, `com.amazonaws.ivschat#ValidationException:${URI}`, 'ValidationException,ValidationException']) {
        expect(failure({ statusCode: 400, headers: { [name]: code }, body })).toEqual({ _tag: 'ValidationException', ...VALIDATION, statusCode: 400 })
      }
    }
    expect(failure({ statusCode: 400, headers: { 'x-amzn-errortype': ['ValidationException', 'ValidationException'] }, body })).toEqual({ _tag: 'ValidationException', ...VALIDATION, statusCode: 400 })
  })

  it('takes the code from the header, then the body code (any letter case), then __type', () => {
    const both = { ...VALIDATION, code: 'AccessDeniedException', __type: 'PendingVerification' }
    expect(failure({ statusCode: 400, headers: { 'X-Amzn-Errortype': 'ValidationException' }, body: JSON.stringify(both) })._tag).toBe('ValidationException')
    expect(failure({ statusCode: 400, body: JSON.stringify(both) })._tag).toBe('AccessDeniedException')
    expect(failure({ statusCode: 400, body: JSON.stringify({ ...both, code: undefined, Code: 'AccessDeniedException' }) })._tag).toBe('AccessDeniedException')
    expect(failure({ statusCode: 400, body: JSON.stringify({ ...both, code: undefined }) })._tag).toBe('PendingVerification')
    expect(failure({ statusCode: 400, body: JSON.stringify({ message: 'm', __type: `com.amazonaws.ivschat#AccessDeniedException:${URI}` }) })).toEqual({
      _tag: 'AccessDeniedException',
      message: 'm',
      statusCode: 400
    })
  })

  it('skips a null or non-string body code', () => {
    expect(failure({ statusCode: 403, body: JSON.stringify({ message: 'm', code: null, __type: 'AccessDeniedException' }) })._tag).toBe('AccessDeniedException')
    expect(failure({ statusCode: 403, body: JSON.stringify({ message: 'm', code: 403, __type: 'AccessDeniedException' }) })._tag).toBe('AccessDeniedException')
    const f = failure({ statusCode: 403, body: JSON.stringify({ message: 'm', code: { name: 'AccessDeniedException' } }) })
    expect(f).toMatchObject({ _tag: 'UndecodableResponse', statusCode: 403 })
    expect('code' in f).toBe(false)
  })

  it('decodes Message as message', () => {
    expect(failure({ statusCode: 403, headers: { 'x-amzn-errortype': 'AccessDeniedException' }, body: '{"Message":"no"}' })).toEqual({ _tag: 'AccessDeniedException', message: 'no', statusCode: 403 })
  })

  it('turns an undeclared code into UnknownOperationError', () => {
    expect(failure({ statusCode: 429, headers: { 'x-amzn-errortype': 'ThrottlingException' }, body: '{"message":"slow down"}' })).toEqual({
      _tag: 'UnknownOperationError',
      code: 'ThrottlingException',
      message: 'slow down',
      statusCode: 429
    })
    expect(failure({ statusCode: 500, body: '{"__type":"InternalServerException"}' })).toEqual({ _tag: 'UnknownOperationError', code: 'InternalServerException', statusCode: 500 })
    expect(failure({ statusCode: 500, headers: { 'x-amzn-errortype': 'InternalFailure' } })).toEqual({ _tag: 'UnknownOperationError', code: 'InternalFailure', statusCode: 500 })
  })

  it('gives UndecodableResponse for an error without a code', () => {
    for (const body of ['', '{}', '{"message":"m"}', 'null', '[]', '"text"', '42']) {
      const f = failure({ statusCode: 500, body })
      expect(f).toMatchObject({ _tag: 'UndecodableResponse', statusCode: 500 })
      expect('code' in f).toBe(false)
      expect(f._tag === 'UndecodableResponse' && f.errors.length).toBeGreaterThan(0)
    }
  })

  it('gives UndecodableResponse for an HTML body, keeping the status and the header code', () => {
    const html = '<html><head><title>502 Bad Gateway</title></head><body>Bad Gateway</body></html>'
    const f = failure({ statusCode: 502, body: html })
    expect(f).toMatchObject({ _tag: 'UndecodableResponse', statusCode: 502 })
    expect(f._tag === 'UndecodableResponse' && expectations(f.errors)).toEqual([{ path: [], expected: 'JSON text' }])
    expect(failure({ statusCode: 403, headers: { 'x-amzn-errortype': 'AccessDeniedException' }, body: html })).toMatchObject({
      _tag: 'UndecodableResponse',
      statusCode: 403,
      code: 'AccessDeniedException'
    })
  })

  it('corrects a known code with an empty body to its zero values (client error correction)', () => {
    for (const body of ['', '{}', undefined]) {
      expect(failure({ statusCode: 403, headers: { 'x-amzn-errortype': 'AccessDeniedException' }, body })).toEqual({ _tag: 'AccessDeniedException', message: '', statusCode: 403 })
    }
  })

  it('gives UndecodableResponse for a known code with a body that is not an object', () => {
    for (const body of ['[1]', '"denied"', '42', 'null', 'true']) {
      const f = failure({ statusCode: 403, headers: { 'x-amzn-errortype': 'AccessDeniedException' }, body })
      expect([body, f._tag, f._tag === 'UndecodableResponse' ? [f.statusCode, f.code, f.errors.length > 0] : undefined]).toEqual([
        body,
        'UndecodableResponse',
        [403, 'AccessDeniedException', true]
      ])
    }
  })

  it('gives UndecodableResponse keeping status, code and errors for a known code whose body has a member of the wrong type', () => {
    const f = failure({ statusCode: 400, headers: { 'x-amzn-errortype': `ValidationException:${URI}` }, body: '{"message":"m","fieldList":[{"name":1}]}' })
    expect(f._tag).toBe('UndecodableResponse')
    if (f._tag !== 'UndecodableResponse') return
    expect(f.statusCode).toBe(400)
    expect(f.code).toBe('ValidationException')
    // Missing required members (`reason`, `fieldList[0].message`) are corrected; a wrong type is not.
    expect(expectations(f.errors)).toEqual([{ path: ['fieldList', 0, 'name'], expected: 'a string' }])
  })

  it('corrects missing required members of a declared error to their zero values', () => {
    expect(failure({ statusCode: 400, headers: { 'x-amzn-errortype': 'ValidationException' }, body: '{"message":"m","fieldList":[{"name":"userId"}]}' })).toEqual({
      _tag: 'ValidationException',
      message: 'm',
      reason: '',
      fieldList: [{ name: 'userId', message: '' }],
      statusCode: 400
    })
  })

  it('decodes any declared error from its JSON body and code, as the service sends it', () => {
    const anyError = fc.oneof(...ERRORS.map((e) => fc.tuple(fc.constant(e), arbitraryOf<object>(e.body.schema))))
    fc.assert(
      fc.property(anyError, fc.boolean(), fc.boolean(), ([e, b], inHeader, asBytes) => {
        const json = JSON.stringify(CreateChatTokenError.toJson({ _tag: e.name, ...b } as never))
        const text = inHeader ? json : JSON.stringify({ ...JSON.parse(json), __type: `com.amazonaws.ivschat#${e.name}` })
        const r: HttpResponse = {
          statusCode: e.httpStatus ?? 400,
          headers: inHeader ? { 'X-Amzn-ErrorType': `${e.name}:${URI}` } : {},
          body: asBytes ? bytes(text) : text
        }
        expect(decode(r)).toEqual(E.left({ _tag: e.name, ...b, statusCode: e.httpStatus ?? 400 }))
      })
    )
  })

  it('decodes any output from a 2xx body', () => {
    fc.assert(
      fc.property(arbitraryOf(CreateChatTokenResponse), fc.integer({ min: 200, max: 299 }), (x, status) => {
        expect(decode({ statusCode: status, body: JSON.stringify(CreateChatTokenResponse.toJson(x)) })).toEqual(E.right(x))
      })
    )
  })

  it('never throws, whatever the status, headers and body', () => {
    const header = fc.oneof(fc.string(), fc.constantFrom(...ERRORS.map((e) => e.name), 'ThrottlingException'), fc.array(fc.string(), { maxLength: 3 }))
    const headers = fc.oneof(
      fc.constant(undefined),
      fc.dictionary(fc.oneof(fc.string(), fc.constantFrom('x-amzn-errortype', 'X-Amzn-ErrorType')), header, { noNullPrototype: true })
    )
    const jsonBody = fc.oneof(
      fc.jsonValue(),
      fc.record({ code: fc.oneof(fc.jsonValue(), fc.constantFrom(...ERRORS.map((e) => e.name))), message: fc.jsonValue(), __type: fc.jsonValue() }, { requiredKeys: [] })
    )
    const body = fc.oneof(fc.constant(undefined), fc.string(), jsonBody.map((j) => JSON.stringify(j)), fc.uint8Array({ maxLength: 64 }), jsonBody.map((j) => bytes(JSON.stringify(j))))
    const status = fc.oneof(fc.integer({ min: 100, max: 599 }), fc.integer(), fc.constantFrom(Number.NaN, 0, -1, 200.5))
    fc.assert(
      fc.property(status, headers, body, (statusCode, h, b) => {
        const response = { statusCode, ...(h === undefined ? {} : { headers: h }), ...(b === undefined ? {} : { body: b }) } as HttpResponse
        const r = decode(response)
        expect(['Left', 'Right']).toContain(r._tag)
        if (E.isLeft(r)) expect(['AccessDeniedException', 'PendingVerification', 'ResourceNotFoundException', 'ValidationException', 'UnknownOperationError', 'UndecodableResponse']).toContain(r.left._tag)
      })
    )
  })
})
