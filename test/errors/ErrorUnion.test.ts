import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import * as S from '../../src/codecs/Schema.js'
import { AccessDeniedException, CreateChatTokenError, PendingVerification, ResourceNotFoundException, ValidationException, errorShape, errorUnion } from '../../src/index.js'
import { arbitraryOf } from '../support/arbitrary.js'
import { messagesOf } from '../support/either.js'

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
    expect(messagesOf(CreateChatTokenError.fromJson('ValidationException', { message: 'm' }))).toEqual(['reason: expected a value (the member is required), got nothing'])
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
