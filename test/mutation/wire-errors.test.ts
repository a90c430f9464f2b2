/**
 * Exact behaviour of the error layer on the wire forms AWS uses: the XML `<ErrorResponse><Error>`
 * wrapper and `Message` spelling, undeclared errors' messages, `toJson`, and whole responses
 * whose parts are missing or of the wrong kind. Written against surviving mutants; each test
 * states a behaviour, not a mutant.
 */
import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { errorShape } from '../../src/errors/ErrorShape.js'
import * as S from '../../src/codecs/Schema.js'
import { AccessDeniedException, CreateChatToken, CreateChatTokenError } from '../../src/index.js'

const denied = (message: string): unknown => E.right({ _tag: 'AccessDeniedException', message })
const messagesOf = (r: E.Either<unknown, unknown>): unknown => (E.isLeft(r) ? (r.left as ReadonlyArray<{ message?: string }>).map((e) => e.message) : r)

describe('declared errors in XML', () => {
  it('read the <Error> inside an <ErrorResponse>, and only there', () => {
    expect(AccessDeniedException.fromXml('<ErrorResponse><Error><Code>AccessDenied</Code><Message>m</Message></Error></ErrorResponse>')).toEqual(denied('m'))
    expect(AccessDeniedException.fromXml('<ErrorResponse><message>direct</message></ErrorResponse>')).toEqual(denied('direct'))
    expect(messagesOf(AccessDeniedException.fromXml('<Other><Error><message>x</message></Error></Other>'))).toEqual([
      'message: expected a value (the member is required), got nothing'
    ])
    expect(messagesOf(AccessDeniedException.fromXml('<ErrorResponse>text</ErrorResponse>'))).toEqual([
      '(root): expected child elements (AccessDeniedException), got text'
    ])
  })

  it('read <Message> as the message only when <message> is absent', () => {
    expect(AccessDeniedException.fromXml('<Error><message>a</message><Message>b</Message></Error>')).toEqual(denied('a'))
    expect(AccessDeniedException.fromXml('<Error><Message>b</Message></Error>')).toEqual(denied('b'))
  })

  it('say why a document could not be read', () => {
    const ms = messagesOf(AccessDeniedException.fromXml('<Error><message>a')) as Array<string>
    expect(ms).toHaveLength(1)
    expect(ms[0]).toMatch(/^\(root\): expected an XML document, got one that could not be read \(.+\)$/)
  })
})

describe('declared errors in JSON', () => {
  it('read Message as the message only when message is absent or null', () => {
    expect(AccessDeniedException.fromJson({ Message: 'M' })).toEqual(denied('M'))
    expect(AccessDeniedException.fromJson({ message: null, Message: 'M' })).toEqual(denied('M'))
    expect(AccessDeniedException.fromJson({ message: undefined, Message: 'M' })).toEqual(denied('M'))
    expect(AccessDeniedException.fromJson({ message: 'm', Message: 'M' })).toEqual(denied('m'))
    expect(messagesOf(AccessDeniedException.fromJson([]))).toEqual(['(root): expected an object (AccessDeniedException), got an array'])
  })

  it('make, encode and recognise a tagged value', () => {
    const e = AccessDeniedException.make({ message: 'm' })
    expect(e).toEqual({ _tag: 'AccessDeniedException', message: 'm' })
    expect(AccessDeniedException.toJson(e)).toEqual({ message: 'm' })
    expect(AccessDeniedException.is(e)).toBe(true)
    expect(AccessDeniedException.is({ message: 'm' })).toBe(false)
    expect(AccessDeniedException.is({ _tag: 'PendingVerification', message: 'm' })).toBe(false)
    expect(AccessDeniedException.is({ _tag: 'AccessDeniedException' })).toBe(false)
    expect(AccessDeniedException.is([])).toBe(false)
  })

  it('are declared as structures of their own name', () => {
    expect(() => errorShape('Oops', S.structure('Other', { message: S.required(S.string()) }))).toThrow('errorShape: Oops must be declared as a structure named Oops')
    expect(() => errorShape('Oops', S.string() as never)).toThrow('errorShape: Oops must be declared as a structure named Oops')
  })
})

describe('undeclared errors', () => {
  it('keep a text message from XML, <message> first, and nothing else', () => {
    const u = (xml: string): unknown => CreateChatTokenError.fromXml('Nope', xml)
    expect(u('<ErrorResponse><Error><Message>hi</Message></Error></ErrorResponse>')).toEqual(E.right({ _tag: 'UnknownOperationError', code: 'Nope', message: 'hi' }))
    expect(u('<Error><message>lo</message><Message>hi</Message></Error>')).toEqual(E.right({ _tag: 'UnknownOperationError', code: 'Nope', message: 'lo' }))
    for (const xml of ['<ErrorResponse>text</ErrorResponse>', '<ErrorResponse><Error><Message><b>x</b></Message></Error></ErrorResponse>', '<a', 5 as unknown as string]) {
      expect(u(xml)).toEqual(E.right({ _tag: 'UnknownOperationError', code: 'Nope' }))
    }
    expect(messagesOf(CreateChatTokenError.fromXml('Nope', '<a>xxxx</a>', { maxInputLength: 3 }))).toEqual(['(root): expected at most 3 characters, got 11'])
  })

  it('keep a text message from JSON, Message when message is not text', () => {
    expect(CreateChatTokenError.fromJson('Nope', { message: 5, Message: 'M' })).toEqual(E.right({ _tag: 'UnknownOperationError', code: 'Nope', message: 'M' }))
    expect(CreateChatTokenError.fromJson('Nope', [])).toEqual(E.right({ _tag: 'UnknownOperationError', code: 'Nope' }))
    expect(messagesOf(CreateChatTokenError.fromJson(5 as never, {}))).toEqual(['(code): expected an error code (a string), got a number'])
    expect(messagesOf(CreateChatTokenError.fromXml(5 as never, '<a/>'))).toEqual(['(code): expected an error code (a string), got a number'])
  })

  it('encode to { message } when they have one, and {} otherwise', () => {
    expect(CreateChatTokenError.toJson({ _tag: 'UnknownOperationError', code: 'X' })).toEqual({})
    expect(CreateChatTokenError.toJson({ _tag: 'UnknownOperationError', code: 'X', message: 'm' })).toEqual({ message: 'm' })
    expect(CreateChatTokenError.toJson({ _tag: 'Whatever' } as never)).toEqual({})
    expect(CreateChatTokenError.toJson(AccessDeniedException.make({ message: 'm' }))).toEqual({ message: 'm' })
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
      expect(CreateChatToken.decodeResponse({ statusCode: 403, headers, body } as never)).toEqual(E.left({ _tag: 'AccessDeniedException', message: 'no' }))
    }
    expect(CreateChatToken.decodeResponse({ statusCode: 403, body: '{"Code":"AccessDeniedException","message":"no"}' })).toEqual(E.left({ _tag: 'AccessDeniedException', message: 'no' }))
  })

  it('read a repeated header from its string values, the code being the first', () => {
    const r = CreateChatToken.decodeResponse({ statusCode: 403, headers: { 'X-Amzn-ErrorType': ['AccessDeniedException', 5] as never }, body: '{"message":"no"}' })
    expect(r).toEqual(E.left({ _tag: 'AccessDeniedException', message: 'no' }))
    const two = CreateChatToken.decodeResponse({ statusCode: 403, headers: { 'x-amzn-errortype': ['A', 'B'] }, body: '{"message":"no"}' })
    expect(E.isLeft(two) && two.left).toEqual({ _tag: 'UnknownOperationError', code: 'A', message: 'no' })
  })

  it('find no code in a body that is not a JSON object', () => {
    expect(CreateChatToken.decodeResponse({ statusCode: 403, body: '[1]' })).toEqual(noCode(403))
    expect(CreateChatToken.decodeResponse({ statusCode: 403, body: '"AccessDeniedException"' })).toEqual(noCode(403))
  })
})
