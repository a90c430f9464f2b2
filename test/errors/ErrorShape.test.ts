import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import * as S from '../../src/codecs/Schema.js'
import { AccessDeniedException, PendingVerification, ResourceNotFoundException, ValidationException, errorShape } from '../../src/index.js'
import { arbitraryOf } from '../support/arbitrary.js'
import { leftOf, messagesOf } from '../support/either.js'

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
    expect(messagesOf(AccessDeniedException.fromJson({}))).toEqual(['message: expected a value (the member is required), got nothing'])
    expect(messagesOf(ResourceNotFoundException.fromJson({ message: 'm', resourceId: 'x' }))).toEqual(['resourceType: expected a value (the member is required), got nothing'])
    expect(ResourceNotFoundException.fromJson({ message: 'm', resourceId: 'not/an/id', resourceType: 'CHANNEL' })).toEqual(
      E.right({ _tag: 'ResourceNotFoundException', message: 'm', resourceId: 'not/an/id', resourceType: 'CHANNEL' })
    )
    expect(E.isLeft(ResourceNotFoundException.fromJson({ message: 'm', resourceId: 'not/an/id', resourceType: 'ROOM' }, { strict: true }))).toBe(true)
  })

  it('names the path of a bad ValidationException field', () => {
    const r = ValidationException.fromJson({ message: 'm', reason: 'OTHER', fieldList: [{ name: 'a', message: 'b' }, { message: 'no name' }] })
    expect(messagesOf(r)).toEqual(['fieldList[1].name: expected a value (the member is required), got nothing'])
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
