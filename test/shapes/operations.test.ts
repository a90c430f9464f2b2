/**
 * Every operation's `decodeResponse`: a 2xx with a body built by the arbitrary and encoded with
 * `toJson` decodes to that value; each declared error, sent with its `httpStatus` and its code in
 * the `x-amzn-errortype` header, decodes to that error; operations whose output is `Unit`
 * succeed on a 2xx with an empty body.
 */
import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, expectTypeOf, it } from 'vitest'
import { type DeleteRoomFailure, type GetRoomResponse, DeleteLoggingConfiguration, DeleteRoom, GetRoom } from '../../src/index.js'
import { arbitraryOf } from '../support/arbitrary.js'
import { type AnyOperation, nameOf, operationIds, operationOf, shapeOf } from './model.js'

const RUNS = 25

describe.each(operationIds.map((id) => [nameOf(id), id] as const))('%s.decodeResponse', (_name, id) => {
  const op: AnyOperation = operationOf(id)
  const output = op.output

  if (output !== undefined) {
    it('decodes a 2xx whose body is a valid output', () => {
      fc.assert(
        fc.property(arbitraryOf(output), fc.constantFrom(200, 201), fc.boolean(), (x, statusCode, asBytes) => {
          const text = JSON.stringify(output.toJson(x))
          const body = asBytes ? new TextEncoder().encode(text) : text
          expect(op.decodeResponse({ statusCode, headers: { 'content-type': 'application/json' }, body })).toEqual(E.right(x))
        }),
        { numRuns: RUNS }
      )
    })
  } else {
    it('has Unit output and succeeds on a 2xx with an empty body', () => {
      expect(shapeOf(id).output?.target).toBe('smithy.api#Unit')
      expect(op.decodeResponse({ statusCode: 204 })).toEqual(E.right(undefined))
      expect(op.decodeResponse({ statusCode: 204, body: '' })).toEqual(E.right(undefined))
      expect(op.decodeResponse({ statusCode: 200, body: new Uint8Array() })).toEqual(E.right(undefined))
    })
  }

  it('declares the model’s errors', () => {
    expect(op.errors.errors.map((e) => e.name)).toEqual((shapeOf(id).errors ?? []).map((e) => nameOf(e.target)))
  })

  describe.each(op.errors.errors.map((e) => [e.name, e] as const))('error %s', (_errorName, err) => {
    it('decodes from its HTTP status and the x-amzn-errortype header', () => {
      expect(typeof err.httpStatus).toBe('number')
      fc.assert(
        fc.property(arbitraryOf(err.body), fc.constantFrom(err.name, `com.amazonaws.ivschat#${err.name}:http://internal.amazon.com/coral/com.amazonaws.ivschat/`), (x, code) => {
          const e = err.make(x as never)
          const r = op.decodeResponse({ statusCode: err.httpStatus!, headers: { 'x-amzn-errortype': code }, body: JSON.stringify(err.toJson(e)) })
          expect(r).toEqual(E.left({ ...e, statusCode: err.httpStatus }))
          expect(E.isLeft(r) && (r.left as { readonly _tag: string })._tag).toBe(err.name)
        }),
        { numRuns: RUNS }
      )
    })
  })

  it('keeps an undeclared error code as UnknownOperationError', () => {
    expect(op.decodeResponse({ statusCode: 503, headers: { 'x-amzn-errortype': 'SomethingNewException' }, body: '{"message":"try later"}' })).toEqual(
      E.left({ _tag: 'UnknownOperationError', code: 'SomethingNewException', message: 'try later', statusCode: 503 })
    )
  })
})

describe('operations with Unit output', () => {
  it('are DeleteRoom and DeleteLoggingConfiguration, and decode their errors too', () => {
    expect(operationIds.filter((id) => operationOf(id).output === undefined).map(nameOf).sort()).toEqual(['DeleteLoggingConfiguration', 'DeleteRoom'])
    const body = JSON.stringify({ message: 'busy', resourceId: 'abc123', resourceType: 'ROOM' })
    expect(DeleteLoggingConfiguration.decodeResponse({ statusCode: 409, headers: { 'X-Amzn-ErrorType': 'ConflictException' }, body })).toEqual(
      E.left({ _tag: 'ConflictException', message: 'busy', resourceId: 'abc123', resourceType: 'ROOM', statusCode: 409 })
    )
    expect(DeleteRoom.decodeResponse({ statusCode: 204, headers: {} })).toEqual(E.right(undefined))
  })
})

describe('the types of decodeResponse', () => {
  it('a Unit output decodes to undefined, any other to the output type', () => {
    expectTypeOf(DeleteRoom.decodeResponse).returns.toEqualTypeOf<E.Either<DeleteRoomFailure, undefined>>()
    expectTypeOf(GetRoom.decodeResponse({ statusCode: 200 })).toExtend<E.Either<unknown, GetRoomResponse>>()
  })
})
