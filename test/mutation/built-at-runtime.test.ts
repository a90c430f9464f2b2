/**
 * Error shapes, error unions and shapes built by a caller at run time (the generated ones are
 * built when the package loads): every direction of the built value works, not only the one a
 * test happens to call. Written against surviving mutants; each test states a behaviour, not a
 * mutant.
 */
import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { SENSITIVE } from '../../src/codecs/Issue.js'
import * as S from '../../src/codecs/Schema.js'
import { shape } from '../../src/codecs/Shape.js'
import { errorShape } from '../../src/errors/ErrorShape.js'
import { errorUnion } from '../../src/errors/ErrorUnion.js'

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
    expect(U.fromXml('Other', 'x'.repeat(20), { maxInputLength: 10 })).toMatchObject({ left: [{ message: '(root): expected at most 10 characters, got 20' }] })
  })
})

describe('a shape built at run time', () => {
  it('redacts its sensitive members', () => {
    const Login = shape(S.structure('Login', { user: S.required(S.string()), password: S.required(S.string({ sensitive: true })) }))
    expect(Login.redact({ user: 'u', password: 'p' })).toEqual({ user: 'u', password: SENSITIVE })
  })
})
