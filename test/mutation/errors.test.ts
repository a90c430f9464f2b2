/**
 * Exact behaviour of error bodies, error unions, whole responses and the shape options that the
 * broader suites leave loose (found from surviving mutants; each test states a behaviour).
 */
import * as E from 'fp-ts/lib/Either.js'
import * as t from 'io-ts'
import { describe, expect, it } from 'vitest'
import * as S from '../../src/codecs/Schema.js'
import { shape } from '../../src/codecs/Shape.js'
import { errorShape } from '../../src/errors/ErrorShape.js'
import { errorUnion } from '../../src/errors/ErrorUnion.js'
import { CreateChatToken, CreateChatTokenError, CreateChatTokenRequest, SENSITIVE, ValidationException, normalizeErrorCode } from '../../src/index.js'

const ROOM = 'arn:aws:ivschat:us-west-2:123456789012:room/abcdEFGH1234'
const VE = { _tag: 'ValidationException', message: 'm', reason: 'OTHER' }

describe('error shapes', () => {
  it('reads a JSON Message when message is absent or null, and keeps message when both are there', () => {
    expect(ValidationException.fromJson({ Message: 'M', reason: 'OTHER' })).toEqual(E.right({ ...VE, message: 'M' }))
    expect(ValidationException.fromJson({ message: null, Message: 'M', reason: 'OTHER' })).toEqual(E.right({ ...VE, message: 'M' }))
    expect(ValidationException.fromJson({ message: 'm', Message: 'M', reason: 'OTHER' })).toEqual(E.right(VE))
    expect(E.isLeft(ValidationException.fromJson([{ Message: 'M', reason: 'OTHER' }]))).toBe(true)
  })

  it('reads <ErrorResponse><Error>, a bare <Error>, and an ErrorResponse without Error as the body', () => {
    expect(ValidationException.fromXml('<ErrorResponse><Error><Message>M</Message><reason>OTHER</reason></Error></ErrorResponse>')).toEqual(E.right({ ...VE, message: 'M' }))
    expect(ValidationException.fromXml('<Error><message>m</message><Message>M</Message><reason>OTHER</reason></Error>')).toEqual(E.right(VE))
    expect(ValidationException.fromXml('<ErrorResponse><message>m</message><reason>OTHER</reason></ErrorResponse>')).toEqual(E.right(VE))
    expect(ValidationException.fromXml('<ValidationException><Message>M</Message><reason>OTHER</reason></ValidationException>')).toEqual(E.right({ ...VE, message: 'M' }))
    expect(ValidationException.fromXml('<Other><Error><message>m</message><reason>OTHER</reason></Error></Other>')).toEqual(E.left(expect.anything()))
    const text = ValidationException.fromXml('<Error>just text</Error>')
    expect(E.isLeft(text) ? text.left.map((e) => e.message) : []).toEqual(['(root): expected child elements (ValidationException), got text'])
  })

  it('returns the body decoder’s error for a document it cannot read', () => {
    const r = ValidationException.fromXml('<a><b></a>')
    expect(E.isLeft(r) ? r.left[0]!.message : '').toMatch(/^\(root\): expected an XML document, got one that could not be read/)
  })

  it('takes its status and fault from the declaration, and refuses a declaration of another name', () => {
    expect(ValidationException.httpStatus).toBe(400)
    expect(ValidationException.fault).toBe('client')
    const Plain = errorShape('Plain', S.structure('Plain', { message: S.optional(S.string()) }))
    expect(Plain.httpStatus).toBeUndefined()
    expect(Plain.fault).toBe('client')
    const Busy = errorShape('Busy', S.structure('Busy', {}, { error: { fault: 'server', httpStatus: 503 } }))
    expect([Busy.fault, Busy.httpStatus]).toEqual(['server', 503])
    expect(() => errorShape('X', S.structure('Y', {}))).toThrow('errorShape: X must be declared as a structure named X')
    expect(() => errorShape('X', S.string() as never)).toThrow(TypeError)
  })

  it('makes, encodes and recognises its values', () => {
    const e = ValidationException.make({ message: 'm', reason: 'OTHER' })
    expect(e).toEqual(VE)
    expect(ValidationException.toJson(e)).toEqual({ message: 'm', reason: 'OTHER' })
    expect(ValidationException.is(e)).toBe(true)
    expect(ValidationException.is({ ...e, _tag: 'Other' })).toBe(false)
    expect(ValidationException.is({ _tag: 'ValidationException' })).toBe(false)
    expect(ValidationException.is(null)).toBe(false)
  })
})

describe('error unions', () => {
  const Plain = errorShape('Plain', S.structure('Plain', { message: S.optional(S.string()) }))
  const U = errorUnion([Plain])

  it('keeps the message of an undeclared error, from JSON and XML, only when it is a string', () => {
    expect(U.fromJson('Nope', { message: 'a' })).toEqual(E.right({ _tag: 'UnknownOperationError', code: 'Nope', message: 'a' }))
    expect(U.fromJson('Nope', { message: 5, Message: 'b' })).toEqual(E.right({ _tag: 'UnknownOperationError', code: 'Nope', message: 'b' }))
    expect(U.fromJson('Nope', { Message: 5 })).toEqual(E.right({ _tag: 'UnknownOperationError', code: 'Nope' }))
    expect(U.fromJson('Nope', ['a'])).toEqual(E.right({ _tag: 'UnknownOperationError', code: 'Nope' }))
    expect(U.fromXml('Nope', '<Error><Message>x</Message></Error>')).toEqual(E.right({ _tag: 'UnknownOperationError', code: 'Nope', message: 'x' }))
    expect(U.fromXml('Nope', '<Error><message>y</message><Message>x</Message></Error>')).toEqual(E.right({ _tag: 'UnknownOperationError', code: 'Nope', message: 'y' }))
    expect(U.fromXml('Nope', '<Error>text only</Error>')).toEqual(E.right({ _tag: 'UnknownOperationError', code: 'Nope' }))
    expect(U.fromXml('Nope', '<Error><Message><b>x</b></Message></Error>')).toEqual(E.right({ _tag: 'UnknownOperationError', code: 'Nope' }))
    expect(U.fromXml('aws#Plain', '<Error><message>p</message></Error>')).toEqual(E.right({ _tag: 'Plain', message: 'p' }))
  })

  it('encodes an undeclared error as its message only, and a declared one by its shape', () => {
    expect(U.toJson({ _tag: 'UnknownOperationError', code: 'Nope', message: 'a' })).toEqual({ message: 'a' })
    expect(U.toJson({ _tag: 'UnknownOperationError', code: 'Nope' })).toEqual({})
    expect(U.toJson({ _tag: 'Plain', message: 'p' })).toEqual({ message: 'p' })
    expect(U.toJson({ _tag: 'Stranger' } as never)).toEqual({})
  })

  it('returns the io-ts error of a non-string code as one error with no context', () => {
    expect(CreateChatTokenError.fromJson(7 as unknown as string, {})).toEqual(
      E.left([{ value: undefined, context: [], message: '(code): expected an error code (a string), got a number' }])
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

describe('io-ts contexts around a codec', () => {
  it('redacts the raw input that outer codecs put in the context, and drops what it cannot place', () => {
    const Outer = t.type({ request: CreateChatTokenRequest.codec })
    const r = Outer.decode({ request: { roomIdentifier: 5, userId: 'QXZJKVWQ-secret' } })
    expect(E.isLeft(r)).toBe(true)
    if (E.isLeft(r)) {
      const entries = r.left[0]!.context
      expect(entries.map((e) => e.key)).toEqual(['', 'request', 'roomIdentifier'])
      expect(entries[0]!.actual).toEqual({ request: { roomIdentifier: 5, userId: SENSITIVE } })
      expect(entries[1]!.actual).toEqual({ roomIdentifier: 5, userId: SENSITIVE })
      expect(JSON.stringify(r.left, (k, v: unknown) => (k === 'type' ? undefined : v))).not.toContain('QXZJKVWQ')
    }
    const arr = t.array(CreateChatTokenRequest.codec).decode([{ roomIdentifier: 5, userId: 'QXZJKVWQ-secret' }])
    expect(JSON.stringify(E.isLeft(arr) ? arr.left : null, (k, v: unknown) => (k === 'type' ? undefined : v))).not.toContain('QXZJKVWQ')
  })
})

describe('error codes', () => {
  it('cuts at the first comma and colon, and after the last #, even at position 0', () => {
    expect(normalizeErrorCode(',ValidationException')).toBe('')
    expect(normalizeErrorCode('#ValidationException')).toBe('ValidationException')
    expect(normalizeErrorCode('a#b#ValidationException')).toBe('ValidationException')
    expect(normalizeErrorCode('ValidationException')).toBe('ValidationException')
    expect(normalizeErrorCode(' ValidationException , x')).toBe('ValidationException')
  })
})
