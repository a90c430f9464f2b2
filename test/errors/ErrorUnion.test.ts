
import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import * as S from '../../src/codecs/Schema.js'
import { AccessDeniedException, CreateChatTokenError, PendingVerification, ResourceNotFoundException, ValidationException, errorShape, errorUnion, CreateChatToken, CreateChatTokenRequest, SENSITIVE, normalizeErrorCode, CreateChatTokenResponse } from '../../src/index.js'
import { arbitraryOf } from '../support/arbitrary.js'
import { messagesOf } from '../support/either.js'
import * as t from 'io-ts'
import { shape, DEFAULT_MAX_INPUT_LENGTH, neverThrow, refuseText } from '../../src/codecs/Shape.js'
import { MAX_ISSUES, containsSensitive, fail } from '../../src/codecs/Issue.js'
import { redactBy } from '../../src/codecs/Redact.js'
import { parseXml } from '../../src/codecs/Xml.js'
import { expectationsOf } from '../support/issues.js'
import { type ErrorConventions, PLAIN_ERROR_CONVENTIONS } from '../../src/errors/Conventions.js'
import { errorShape as plainErrorShape } from '../../src/errors/ErrorShape.js'
import { errorUnion as plainErrorUnion } from '../../src/errors/ErrorUnion.js'
import { ERROR_CONVENTIONS } from '../../src/protocols/Conventions.js'

const messages = (r: E.Either<unknown, unknown>): Array<string> => {
  if (E.isRight(r)) return []
  const l = r.left as t.Errors | { errors: t.Errors }
  return (Array.isArray(l) ? l : l.errors).map((e) => e.message ?? '')
}


const URI = 'http://internal.amazon.com/coral/com.amazon.coral.validate/'
const codeForms = (name: string): ReadonlyArray<string> => [
  name,
  `com.amazonaws.ivschat#${name}`,
  `${name}:${URI}`,
  `com.amazonaws.ivschat#${name}:${URI}`,
  `${name},${name}`,
  `com.amazonaws.ivschat#${name}:${URI},com.amazonaws.ivschat#${name}:${URI}`
]

const ERRORS = [AccessDeniedException, PendingVerification, ResourceNotFoundException, ValidationException] as const

describe('error unions', () => {
  it('declare the errors of CreateChatToken in the model', () => {
    expect(CreateChatTokenError.errors.map((e) => e.name)).toEqual(['AccessDeniedException', 'PendingVerification', 'ResourceNotFoundException', 'ValidationException'])
  })

  it('look up every code form', () => {
    for (const e of ERRORS) for (const code of codeForms(e.name)) expect([code, CreateChatTokenError.lookup(code)?.name]).toEqual([code, e.name])
    expect(CreateChatTokenError.lookup('ThrottlingException')).toBeUndefined()
    expect(CreateChatTokenError.lookup('')).toBeUndefined()
  })

  it('decode a JSON body under every code form', () => {
    const body = { message: 'Room not found', resourceId: 'abc', resourceType: 'ROOM' }
    for (const code of codeForms('ResourceNotFoundException')) {
      expect(CreateChatTokenError.fromJson(code, body)).toEqual(E.right({ _tag: 'ResourceNotFoundException', ...body }))
    }
  })

  it('decode an XML body under every code form', () => {
    const xml = '<ErrorResponse><Error><Code>AccessDeniedException</Code><Message>no</Message></Error><RequestId>r</RequestId></ErrorResponse>'
    for (const code of codeForms('AccessDeniedException')) {
      expect(CreateChatTokenError.fromXml(code, xml)).toEqual(E.right({ _tag: 'AccessDeniedException', message: 'no' }))
    }
    expect(CreateChatTokenError.fromXml('AccessDeniedException', '<Error><message>no</message></Error>')).toEqual(E.right({ _tag: 'AccessDeniedException', message: 'no' }))
  })

  it('turn an unknown code into UnknownOperationError, keeping the code and the message', () => {
    expect(CreateChatTokenError.fromJson('ThrottlingException', { message: 'slow down' })).toEqual(
      E.right({ _tag: 'UnknownOperationError', code: 'ThrottlingException', message: 'slow down' })
    )
    expect(CreateChatTokenError.fromJson(`com.amazonaws.ivschat#ThrottlingException:${URI}`, { Message: 'slow down' })).toEqual(
      E.right({ _tag: 'UnknownOperationError', code: 'ThrottlingException', message: 'slow down' })
    )
    const bare = CreateChatTokenError.fromJson('InternalFailure', {})
    expect(bare).toEqual(E.right({ _tag: 'UnknownOperationError', code: 'InternalFailure' }))
    expect('message' in (bare as E.Right<object>).right).toBe(false)
    expect(CreateChatTokenError.fromJson('X', { message: 5 })).toEqual(E.right({ _tag: 'UnknownOperationError', code: 'X' }))
    expect(CreateChatTokenError.fromJson('X', 'not an object')).toEqual(E.right({ _tag: 'UnknownOperationError', code: 'X' }))
    expect(CreateChatTokenError.fromXml('X', '<ErrorResponse><Error><Code>X</Code><Message>m</Message></Error></ErrorResponse>')).toEqual(
      E.right({ _tag: 'UnknownOperationError', code: 'X', message: 'm' })
    )
    expect(CreateChatTokenError.fromXml('X', '<Error><message>m</message></Error>')).toEqual(E.right({ _tag: 'UnknownOperationError', code: 'X', message: 'm' }))
    expect(CreateChatTokenError.fromXml('X', 'not xml')).toEqual(E.right({ _tag: 'UnknownOperationError', code: 'X' }))
  })

  it('report a known code whose body does not fit', () => {
    expect(expectationsOf(CreateChatTokenError.fromJson('ValidationException', { message: 'm' }))).toEqual([{ path: ['reason'], expected: 'a value (the member is required)' }])
  })

  it('encode errors back to their JSON body', () => {
    expect(CreateChatTokenError.toJson({ _tag: 'AccessDeniedException', message: 'no' })).toEqual({ message: 'no' })
    expect(CreateChatTokenError.toJson({ _tag: 'UnknownOperationError', code: 'X', message: 'm' })).toEqual({ message: 'm' })
    expect(CreateChatTokenError.toJson({ _tag: 'UnknownOperationError', code: 'X' })).toEqual({})
  })

  it('give back any error from its JSON body under any code form', () => {
    const anyError = fc.oneof(
      ...ERRORS.map((e) => fc.tuple(fc.constant(e.name), arbitraryOf<object>(e.body.schema)).map(([n, b]) => ({ _tag: n, ...b })))
    )
    fc.assert(
      fc.property(anyError, fc.nat(5), (err, form) => {
        const code = codeForms(err._tag)[form]!
        const body = CreateChatTokenError.toJson(err as never)
        expect(CreateChatTokenError.fromJson(code, body)).toEqual(E.right(err))
        expect(CreateChatTokenError.fromJson(code, JSON.parse(JSON.stringify(body)))).toEqual(E.right(err))
      })
    )
  })

  it('never throw, whatever the code and body', () => {
    const code = fc.oneof(fc.string(), fc.constantFrom(...ERRORS.flatMap((e) => codeForms(e.name))))
    fc.assert(
      fc.property(code, fc.oneof(fc.anything(), fc.jsonValue()), fc.string(), (c, body, xml) => {
        expect(['Left', 'Right']).toContain(CreateChatTokenError.fromJson(c, body)._tag)
        expect(['Left', 'Right']).toContain(CreateChatTokenError.fromXml(c, xml)._tag)
      })
    )
  })

  it('can be built from any error shapes', () => {
    const Boom = errorShape('Boom', S.structure('Boom', { message: S.optional(S.string()), count: S.optional(S.integer()) }, { error: { fault: 'server', httpStatus: 503 } }))
    const U = errorUnion([Boom])
    expect(U.fromJson('Boom', { count: 2 })).toEqual(E.right({ _tag: 'Boom', count: 2 }))
    expect(U.fromJson('Other', {})).toEqual(E.right({ _tag: 'UnknownOperationError', code: 'Other' }))
  })
})

describe('error unions', () => {
  const Plain = errorShape('Plain', S.structure('Plain', { message: S.optional(S.string()) }))
  const U = errorUnion([Plain])

  it('keeps the message of an undeclared error, from JSON and XML, only when it is a string', () => {
    expect(U.fromJson('Nope', { message: 'a' })).toEqual(E.right({ _tag: 'UnknownOperationError', code: 'Nope', message: 'a' }))
    // `Message` stands for `message` only when `message` is absent or null (restJson1/ErrorMessage.ts): 5 is no text, so no message.
    expect(U.fromJson('Nope', { message: 5, Message: 'b' })).toEqual(E.right({ _tag: 'UnknownOperationError', code: 'Nope' }))
    expect(U.fromJson('Nope', { message: null, Message: 'b' })).toEqual(E.right({ _tag: 'UnknownOperationError', code: 'Nope', message: 'b' }))
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

describe('error unions: codes', () => {
  it('refuses a code that is not a string, with its kind', () => {
    expect(expectationsOf(CreateChatTokenError.fromJson(5 as unknown as string, {}))).toEqual([{ path: [], expected: 'an error code (a string)' }])
    expect(expectationsOf(CreateChatTokenError.fromXml(null as unknown as string, '<Error/>'))).toEqual([{ path: [], expected: 'an error code (a string)' }])
    expect(CreateChatTokenError.lookup(5 as unknown as string)).toBeUndefined()
    expect(CreateChatTokenError.lookup('aws#ValidationException:http://x')).toBe(ValidationException)
  })

  it('refuses XML over the limit for an undeclared code, and reads its message otherwise', () => {
    const doc = '<ErrorResponse><Error><Message>too busy</Message></Error></ErrorResponse>'
    expect(expectationsOf(CreateChatTokenError.fromXml('Nope', doc, { maxInputLength: doc.length - 1 }))).toEqual([
      { path: [], expected: `at most ${doc.length - 1} characters` }
    ])
    expect(CreateChatTokenError.fromXml('Nope', doc, { maxInputLength: doc.length })).toEqual(E.right({ _tag: 'UnknownOperationError', code: 'Nope', message: 'too busy' }))
    expect(CreateChatTokenError.fromXml('Nope', `<Error>${'x'.repeat(20)}</Error>`, { maxInputLength: 10 })).toEqual(E.left(expect.anything()))
    expect(CreateChatTokenError.fromXml('Nope', 5 as unknown as string)).toEqual(E.right({ _tag: 'UnknownOperationError', code: 'Nope' }))
  })

  it('lets errorShape.fromXml refuse text over the limit before parsing it', () => {
    const doc = '<Error><Message>m</Message><reason>OTHER</reason></Error>'
    expect(ValidationException.fromXml(doc)).toEqual(E.right({ _tag: 'ValidationException', message: 'm', reason: 'OTHER' }))
    expect(expectationsOf(ValidationException.fromXml(doc, { maxInputLength: doc.length - 1 }))).toEqual([{ path: [], expected: `at most ${doc.length - 1} characters` }])
    expect(ValidationException.fromXml(doc, { maxInputLength: doc.length })).toEqual(E.right({ _tag: 'ValidationException', message: 'm', reason: 'OTHER' }))
    expect(expectationsOf(ValidationException.fromXml(7 as unknown as string))).toEqual([{ path: [], expected: 'XML text' }])
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
    expect(expectationsOf(CreateChatTokenError.fromXml('Nope', '<a>xxxx</a>', { maxInputLength: 3 }))).toEqual([{ path: [], expected: 'at most 3 characters' }])
  })

  it('keep a text message from JSON, Message when message is absent or null', () => {
    expect(CreateChatTokenError.fromJson('Nope', { message: 5, Message: 'M' })).toEqual(E.right({ _tag: 'UnknownOperationError', code: 'Nope' }))
    expect(CreateChatTokenError.fromJson('Nope', { message: null, Message: 'M' })).toEqual(E.right({ _tag: 'UnknownOperationError', code: 'Nope', message: 'M' }))
    expect(CreateChatTokenError.fromJson('Nope', [])).toEqual(E.right({ _tag: 'UnknownOperationError', code: 'Nope' }))
    expect(expectationsOf(CreateChatTokenError.fromJson(5 as never, {}))).toEqual([{ path: [], expected: 'an error code (a string)' }])
    expect(expectationsOf(CreateChatTokenError.fromXml(5 as never, '<a/>'))).toEqual([{ path: [], expected: 'an error code (a string)' }])
  })

  it('encode to { message } when they have one, and {} otherwise', () => {
    expect(CreateChatTokenError.toJson({ _tag: 'UnknownOperationError', code: 'X' })).toEqual({})
    expect(CreateChatTokenError.toJson({ _tag: 'UnknownOperationError', code: 'X', message: 'm' })).toEqual({ message: 'm' })
    expect(CreateChatTokenError.toJson({ _tag: 'Whatever' } as never)).toEqual({})
    expect(CreateChatTokenError.toJson(AccessDeniedException.make({ message: 'm' }))).toEqual({ message: 'm' })
  })
})

describe('without a protocol (src/errors alone)', () => {
  const decl = S.structure('Oops', { message: S.optional(S.string()) }, { error: { fault: 'client', httpStatus: 400 } })

  it('read codes and bodies as they are', () => {
    const P = plainErrorUnion([plainErrorShape('Oops', decl)])
    expect(P.conventions).toBe(PLAIN_ERROR_CONVENTIONS)
    expect(P.lookup('Oops')?.name).toBe('Oops')
    expect(P.lookup('aws#Oops:uri')).toBeUndefined()
    expect(P.fromJson('aws#Nope', { Message: 'm' })).toEqual(E.right({ _tag: 'UnknownOperationError', code: 'aws#Nope' }))
    expect(P.fromJson('Oops', { Message: 'm' })).toEqual(E.right({ _tag: 'Oops' }))
  })

  it('take a protocol’s conventions as an option', () => {
    const conventions: ErrorConventions = { ...PLAIN_ERROR_CONVENTIONS, code: (raw) => raw.toUpperCase(), json: (b) => ({ message: String((b as { text?: unknown }).text) }) }
    const Shouting = plainErrorShape('OOPS', S.structure('OOPS', { message: S.optional(S.string()) }), { conventions })
    const U = plainErrorUnion([Shouting], { conventions })
    expect(U.fromJson('oops', { text: 'hi' })).toEqual(E.right({ _tag: 'OOPS', message: 'hi' }))
    expect(U.fromJson('nope', { text: 'hi' })).toEqual(E.right({ _tag: 'UnknownOperationError', code: 'NOPE', message: 'hi' }))
  })

  it('are what the package builds with its own conventions', () => {
    expect(errorUnion([errorShape('Oops', decl)]).conventions).toBe(ERROR_CONVENTIONS)
    expect(ValidationException.conventions).toBe(ERROR_CONVENTIONS)
    expect(CreateChatTokenError.conventions).toBe(ERROR_CONVENTIONS)
  })
})
