import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import * as S from '../../src/codecs/Schema.js'
import { shape } from '../../src/codecs/Shape.js'
import { decodeResponse } from '../../src/errors/Response.js'
import { type HttpResponse, errorShape, errorUnion, operation } from '../../src/index.js'

const Boom = errorShape('Boom', S.structure('Boom', { message: S.required(S.string()) }, { error: { fault: 'server', httpStatus: 500 } }))
const Errors = errorUnion([Boom])
const Out = shape(S.structure('Out', { n: S.optional(S.integer({ range: { min: 0, max: 9 } })) }))

describe('decodeResponse', () => {
  it('succeeds with undefined on any 2xx when the output is Unit', () => {
    const decode = decodeResponse(undefined, Errors)
    expect(decode({ statusCode: 200 })).toEqual(E.right(undefined))
    expect(decode({ statusCode: 204, body: 'whatever' })).toEqual(E.right(undefined))
    expect(decode({ statusCode: 500, headers: { 'x-amzn-errortype': 'Boom' }, body: '{"message":"m"}' })).toEqual(E.left({ _tag: 'Boom', message: 'm' }))
  })

  it('is what operation() derives', () => {
    const Op = operation({ name: 'Op', input: undefined, output: Out, errors: Errors })
    expect(Op.decodeResponse({ statusCode: 200, body: '{"n":3}' })).toEqual(E.right({ n: 3 }))
    expect(Op.decodeResponse({ statusCode: 503, body: '{"code":"Boom","message":"down"}' })).toEqual(E.left({ _tag: 'Boom', message: 'down' }))
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
    expect(decode({ statusCode: 500, headers: headers!, body: '{"__type":"Boom","message":"m"}' })).toEqual(E.left({ _tag: 'Boom', message: 'm' }))
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
