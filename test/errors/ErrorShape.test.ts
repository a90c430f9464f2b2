
import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import * as S from '../../src/codecs/Schema.js'
import { AccessDeniedException, PendingVerification, ResourceNotFoundException, ValidationException, errorShape, CreateChatToken, CreateChatTokenError, CreateChatTokenRequest, normalizeErrorCode } from '../../src/index.js'
import { arbitraryOf } from '../support/arbitrary.js'
import { leftOf, messagesOf } from '../support/either.js'
import { SENSITIVE } from '../../src/codecs/Issue.js'
import { shape } from '../../src/codecs/Shape.js'
import { errorUnion } from '../../src/protocols/Conventions.js'
import * as t from 'io-ts'
import { expectations, expectationsOf } from '../support/issues.js'

const VE = { _tag: 'ValidationException', message: 'm', reason: 'OTHER' }

const denied = (message: string): unknown => E.right({ _tag: 'AccessDeniedException', message })

const messagesOrValue = (r: E.Either<unknown, unknown>): unknown => (E.isLeft(r) ? (r.left as ReadonlyArray<{ message?: string }>).map((e) => e.message) : r)

const ERRORS = [AccessDeniedException, PendingVerification, ResourceNotFoundException, ValidationException] as const

/** A JSON body with the required members of each error, and the value it decodes to. */
const EXAMPLES = {
  AccessDeniedException: { message: 'User is not authorized' },
  PendingVerification: { message: 'Account pending verification' },
  ResourceNotFoundException: { message: 'Room not found', resourceId: 'abcdABCD1234', resourceType: 'ROOM' },
  ValidationException: {
    message: '1 validation error detected',
    reason: 'FIELD_VALIDATION_FAILED',
    fieldList: [{ name: 'roomIdentifier', message: 'Value at roomIdentifier failed to satisfy constraint' }]
  }
} as const

/** The XML of a body's members, as the errors' own encoder writes them. */
const membersXml = (e: (typeof ERRORS)[number], body: unknown): string => {
  const xml = (e.body.toXml as (a: unknown) => string)(body)
  return xml.slice(e.name.length + 2, -(e.name.length + 3))
}

describe('error shapes', () => {
  it('carry their name, HTTP status and fault from the model', () => {
    expect(ERRORS.map((e) => [e.name, e.httpStatus, e.fault])).toEqual([
      ['AccessDeniedException', 403, 'client'],
      ['PendingVerification', 403, 'client'],
      ['ResourceNotFoundException', 404, 'client'],
      ['ValidationException', 400, 'client']
    ])
    expect(ValidationException.body.ast).toMatchObject({ shapeId: 'com.amazonaws.ivschat#ValidationException', error: { fault: 'client', httpStatus: 400 } })
  })

  for (const e of ERRORS) {
    const body = EXAMPLES[e.name]

    it(`${e.name}: from JSON, tagged`, () => {
      expect(e.fromJson(body)).toEqual(E.right({ _tag: e.name, ...body }))
      expect(e.fromJson({ ...body, __type: `com.amazonaws.ivschat#${e.name}`, unknown: 1 })).toEqual(E.right({ _tag: e.name, ...body }))
    })

    it(`${e.name}: Message fills message in JSON`, () => {
      const { message, ...rest } = body
      expect(e.fromJson({ ...rest, Message: message })).toEqual(E.right({ _tag: e.name, ...body }))
      expect(e.fromJson({ ...rest, message, Message: 'other' })).toEqual(E.right({ _tag: e.name, ...body }))
    })

    it(`${e.name}: from XML, in <ErrorResponse><Error> or with <Error> as the root`, () => {
      const inner = `<Type>Sender</Type><Code>${e.name}</Code>${membersXml(e, body)}`
      expect(e.fromXml(`<ErrorResponse><Error>${inner}</Error><RequestId>42d59b56-7407-4c4a-be0f-4c88daeea257</RequestId></ErrorResponse>`)).toEqual(
        E.right({ _tag: e.name, ...body })
      )
      expect(e.fromXml(`<Error>${inner}</Error>`)).toEqual(E.right({ _tag: e.name, ...body }))
      expect(e.fromXml(`<?xml version="1.0"?>\n<ErrorResponse xmlns="https://ivschat.amazonaws.com/doc/2020-07-14/">\n  <Error>${inner}</Error>\n</ErrorResponse>`)).toEqual(
        E.right({ _tag: e.name, ...body })
      )
    })

    it(`${e.name}: Message fills message in XML`, () => {
      const xml = membersXml(e, body).replace('<message>', '<Message>').replace('</message>', '</Message>')
      expect(e.fromXml(`<ErrorResponse><Error>${xml}</Error></ErrorResponse>`)).toEqual(E.right({ _tag: e.name, ...body }))
    })

    it(`${e.name}: make, toJson and is`, () => {
      const v = e.make(body as never)
      expect(v).toEqual({ _tag: e.name, ...body })
      expect(e.toJson(v as never)).toEqual(body)
      expect(e.is(v)).toBe(true)
      expect(e.is(body)).toBe(false)
      expect(e.is({ ...v, _tag: 'Other' })).toBe(false)
    })

    it(`${e.name}: fromJson(toJson(e)) gives e back, for any error value`, () => {
      fc.assert(
        fc.property(arbitraryOf<object>(e.body.schema), (b) => {
          const v = { _tag: e.name, ...b }
          expect(e.fromJson(e.toJson(v as never))).toEqual(E.right(v))
          expect(e.fromJson(JSON.parse(JSON.stringify(e.toJson(v as never))))).toEqual(E.right(v))
          expect(e.is(v)).toBe(true)
        })
      )
    })

    it(`${e.name}: from XML, for any error value`, () => {
      fc.assert(
        fc.property(arbitraryOf<object>(e.body.schema, { xmlSafe: true }), (b) => {
          expect(e.fromXml(`<ErrorResponse><Error><Code>${e.name}</Code>${membersXml(e, b)}</Error></ErrorResponse>`)).toEqual(E.right({ _tag: e.name, ...b }))
        })
      )
    })
  }

  it('requires the message (decoded leniently otherwise)', () => {
    expect(expectationsOf(AccessDeniedException.fromJson({}))).toEqual([{ path: ['message'], expected: 'a value (the member is required)' }])
    expect(expectationsOf(ResourceNotFoundException.fromJson({ message: 'm', resourceId: 'x' }))).toEqual([{ path: ['resourceType'], expected: 'a value (the member is required)' }])
    expect(ResourceNotFoundException.fromJson({ message: 'm', resourceId: 'not/an/id', resourceType: 'CHANNEL' })).toEqual(
      E.right({ _tag: 'ResourceNotFoundException', message: 'm', resourceId: 'not/an/id', resourceType: 'CHANNEL' })
    )
    expect(E.isLeft(ResourceNotFoundException.fromJson({ message: 'm', resourceId: 'not/an/id', resourceType: 'ROOM' }, { strict: true }))).toBe(true)
  })

  it('names the path of a bad ValidationException field', () => {
    const r = ValidationException.fromJson({ message: 'm', reason: 'OTHER', fieldList: [{ name: 'a', message: 'b' }, { message: 'no name' }] })
    expect(expectationsOf(r)).toEqual([{ path: ['fieldList', 1, 'name'], expected: 'a value (the member is required)' }])
    expect(leftOf(r)[0]!.context.map((c) => c.key)).toEqual(['', 'fieldList', '1', 'name'])
  })

  it('refuses XML that is not a document', () => {
    expect(E.isLeft(AccessDeniedException.fromXml('<html><body>Bad Gateway'))).toBe(true)
    expect(E.isLeft(AccessDeniedException.fromXml('not xml'))).toBe(true)
    expect(E.isLeft(AccessDeniedException.fromXml('<ErrorResponse><Error></Error></ErrorResponse>'))).toBe(true)
  })

  it('must be declared as a structure of the same name', () => {
    expect(() => errorShape('Oops', S.structure('Other', {}))).toThrow(TypeError)
    expect(() => errorShape('Oops', S.string())).toThrow(TypeError)
    const Oops = errorShape('Oops', S.structure('Oops', { message: S.optional(S.string()) }, { error: { fault: 'server' } }))
    expect([Oops.httpStatus, Oops.fault]).toEqual([undefined, 'server'])
    expect(Oops.fromJson({})).toEqual(E.right({ _tag: 'Oops' }))
  })

  it('never throws on any body', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.jsonValue()), fc.string(), (u, s) => {
        for (const e of ERRORS) {
          expect(['Left', 'Right']).toContain(e.fromJson(u)._tag)
          expect(['Left', 'Right']).toContain(e.fromXml(s)._tag)
          expect(['Left', 'Right']).toContain(e.fromXml(`<ErrorResponse><Error>${s}</Error></ErrorResponse>`)._tag)
        }
      })
    )
  })
})

describe('an error shape built at run time', () => {
  const Throttled = () =>
    errorShape(
      'ThrottledException',
      S.structure('ThrottledException', { message: S.required(S.string()), retryAfter: S.optional(S.integer()) }, { error: { fault: 'server', httpStatus: 429 } })
    )

  it('has its traits, and makes, encodes, recognises and decodes tagged values', () => {
    const T = Throttled()
    expect([T.name, T.httpStatus, T.fault]).toEqual(['ThrottledException', 429, 'server'])
    const e = T.make({ message: 'slow down', retryAfter: 3 })
    expect(e).toEqual({ _tag: 'ThrottledException', message: 'slow down', retryAfter: 3 })
    expect(T.toJson(e)).toEqual({ message: 'slow down', retryAfter: 3 })
    expect(T.is(e)).toBe(true)
    expect(T.is({ message: 'slow down' })).toBe(false)
    expect(T.fromJson({ Message: 'slow down' })).toEqual(E.right({ _tag: 'ThrottledException', message: 'slow down' }))
    expect(T.fromXml('<ErrorResponse><Error><Message>m</Message><retryAfter>2</retryAfter></Error></ErrorResponse>')).toEqual(
      E.right({ _tag: 'ThrottledException', message: 'm', retryAfter: 2 })
    )
    expect(T.fromXmlContent({ message: ['x'] })).toEqual(E.right({ _tag: 'ThrottledException', message: 'x' }))
  })

  it('has no HTTP status and the client fault when its declaration has no error trait', () => {
    const Plain = errorShape('PlainError', S.structure('PlainError', { message: S.optional(S.string()) }))
    expect([Plain.httpStatus, Plain.fault]).toEqual([undefined, 'client'])
  })

  it('must be declared as a structure', () => {
    const u = S.union('UnionError', { message: S.optional(S.string()) })
    expect(() => errorShape('UnionError', u as never)).toThrow('errorShape: UnionError must be declared as a structure named UnionError')
  })

  it('joins an error union that decodes XML by code, declared or not', () => {
    const U = errorUnion([Throttled()])
    expect(U.fromXml('ThrottledException', '<Error><message>m</message></Error>')).toEqual(E.right({ _tag: 'ThrottledException', message: 'm' }))
    expect(U.fromXml('Other', '<Error><Message>hi</Message></Error>')).toEqual(E.right({ _tag: 'UnknownOperationError', code: 'Other', message: 'hi' }))
    expect(expectationsOf(U.fromXml('Other', 'x'.repeat(20), { maxInputLength: 10 }))).toEqual([{ path: [], expected: 'at most 10 characters' }])
  })
})

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
    expect(E.isLeft(text) ? expectations(text.left) : []).toEqual([{ path: [], expected: 'child elements (ValidationException)' }])
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

describe('declared errors in XML', () => {
  it('read the <Error> inside an <ErrorResponse>, and only there', () => {
    expect(AccessDeniedException.fromXml('<ErrorResponse><Error><Code>AccessDenied</Code><Message>m</Message></Error></ErrorResponse>')).toEqual(denied('m'))
    expect(AccessDeniedException.fromXml('<ErrorResponse><message>direct</message></ErrorResponse>')).toEqual(denied('direct'))
    expect(expectationsOf(AccessDeniedException.fromXml('<Other><Error><message>x</message></Error></Other>'))).toEqual([
      { path: ['message'], expected: 'a value (the member is required)' }
    ])
    expect(expectationsOf(AccessDeniedException.fromXml('<ErrorResponse>text</ErrorResponse>'))).toEqual([
      { path: [], expected: 'child elements (AccessDeniedException)' }
    ])
  })

  it('read <Message> as the message only when <message> is absent', () => {
    expect(AccessDeniedException.fromXml('<Error><message>a</message><Message>b</Message></Error>')).toEqual(denied('a'))
    expect(AccessDeniedException.fromXml('<Error><Message>b</Message></Error>')).toEqual(denied('b'))
  })

  it('say why a document could not be read', () => {
    const ms = messagesOrValue(AccessDeniedException.fromXml('<Error><message>a')) as Array<string>
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
    expect(expectationsOf(AccessDeniedException.fromJson([]))).toEqual([{ path: [], expected: 'an object (AccessDeniedException)' }])
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
