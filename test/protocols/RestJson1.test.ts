/**
 * The restJson1 protocol as a specification: requests and responses both ways for every
 * operation (round trips as properties), label and query encoding, header forms, byte-order
 * marks, and the metadata every failure carries.
 */
import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type AnyOperation, GetRoom, ListRooms, ListTagsForResource, TagResource, UntagResource, matchOperation, operations, toIssues } from '../../src/index.js'
import { arbitraryOf } from '../support/arbitrary.js'

const ALL = Object.values(operations) as ReadonlyArray<AnyOperation>
const ARN = 'arn:aws:ivschat:us-west-2:123456789012:room/abcDEF123456'
const RESERVED = "%:/?#[]@!$&'()*+,;= é"

const meta = (u: unknown): unknown => {
  const { statusCode: _s, requestId: _r, ...rest } = u as Record<string, unknown>
  return rest
}

describe('encodeRequest then decodeRequest', () => {
  for (const op of ALL) {
    it(`${op.name}: gives the input back`, () => {
      if (op.input === undefined) return
      // JSON.stringify writes a lone surrogate, and only that, as a \udXXX escape.
      const carried = (u: unknown): boolean => !/(?<!\\)\\u[dD][89a-fA-F]/.test(JSON.stringify(u))
      fc.assert(
        fc.property(arbitraryOf(op.input.schema), (x) => {
          const req = op.encodeRequest(x)
          // Outside the body, only well-formed text is sent (see the test below).
          if (E.isLeft(req) && !carried(x)) return
          expect(E.isRight(req)).toBe(true)
          if (E.isRight(req)) {
            expect(op.decodeRequest(req.right)).toEqual(E.right(x))
            expect(matchOperation(operations)(req.right)).toBe(op)
          }
        }),
        { numRuns: 25 }
      )
    })
  }
})

describe('encodeResponse then decodeResponse', () => {
  for (const op of ALL) {
    it(`${op.name}: gives the output back`, () => {
      if (op.output === undefined) {
        expect(op.decodeResponse(op.encodeResponse(undefined))).toEqual(E.right(undefined))
        return
      }
      fc.assert(
        fc.property(arbitraryOf(op.output.schema), (y) => {
          const res = op.encodeResponse(y)
          expect(res.statusCode).toBe(op.http.code)
          expect(op.decodeResponse(res)).toEqual(E.right(y))
        }),
        { numRuns: 25 }
      )
    })
  }
})

describe('encodeError then decodeResponse', () => {
  for (const op of ALL) {
    it(`${op.name}: gives each declared error back, with its status`, () => {
      for (const shape of op.errors.errors) {
        fc.assert(
          fc.property(arbitraryOf(shape.body.schema), (b) => {
            const e = { _tag: shape.name, ...(b as object) }
            const res = op.encodeError(e)
            expect(res.statusCode).toBe(shape.httpStatus)
            const back = op.decodeResponse(res)
            expect(E.isLeft(back) && meta(back.left)).toEqual(e)
            expect(E.isLeft(back) && back.left.statusCode).toBe(shape.httpStatus)
          }),
          { numRuns: 10 }
        )
      }
    })
  }

  it('gives an undeclared error back as UnknownOperationError, with status 500 unless it carries one', () => {
    const e = { _tag: 'UnknownOperationError' as const, code: 'ThrottlingException', message: 'slow down' }
    expect(GetRoom.encodeError(e).statusCode).toBe(500)
    expect(GetRoom.encodeError({ ...e, statusCode: 429 } as typeof e).statusCode).toBe(429)
    const back = GetRoom.decodeResponse(GetRoom.encodeError(e))
    expect(E.isLeft(back) && back.left).toEqual({ ...e, statusCode: 500 })
  })
})

describe('requests on the wire', () => {
  it('percent-encode a label, slash included, and repeat a query list in order', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 10 }), { maxLength: 5 }), (keys) => {
        const req = UntagResource.encodeRequest({ resourceArn: ARN, tagKeys: [RESERVED, ...keys] })
        expect(E.isRight(req)).toBe(true)
        if (E.isLeft(req)) return
        expect(req.right.method).toBe('DELETE')
        expect(req.right.path).toBe(`/tags/${encodeURIComponent(ARN)}`)
        expect(req.right.path).toContain('%2F')
        const pairs = req.right.query.split('&').map((p) => p.split('='))
        expect(pairs.every(([k]) => k === 'tagKeys')).toBe(true)
        expect(pairs.map(([, v]) => decodeURIComponent(v!))).toEqual([RESERVED, ...keys])
        expect(pairs[0]![1]).toBe('%25%3A%2F%3F%23%5B%5D%40%21%24%26%27%28%29%2A%2B%2C%3B%3D%20%C3%A9')
        expect(req.right.body).toBeUndefined()
        expect(req.right.headers).toEqual({})
      })
    )
  })

  it('send no body for GET and DELETE on /tags, {} for a body whose members are all absent', () => {
    const get = ListTagsForResource.encodeRequest({ resourceArn: ARN })
    expect(get).toEqual(E.right({ method: 'GET', path: `/tags/${encodeURIComponent(ARN)}`, query: '', headers: {}, body: undefined }))
    expect(ListRooms.encodeRequest({})).toEqual(E.right({ method: 'POST', path: '/ListRooms', query: '', headers: { 'content-type': 'application/json' }, body: '{}' }))
    const tag = TagResource.encodeRequest({ resourceArn: ARN, tags: { a: 'b' } })
    expect(E.isRight(tag) && JSON.parse(tag.right.body!)).toEqual({ tags: { a: 'b' } })
  })

  it('are not built for text that UTF-8 cannot carry outside the body', () => {
    const r = UntagResource.encodeRequest({ resourceArn: ARN, tagKeys: ['\ud800'] })
    expect(E.isLeft(r) && toIssues(r.left).map((i) => i.path)).toEqual([['tagKeys']])
  })

  it('are not built for an invalid input', () => {
    const r = ListRooms.encodeRequest({ maxResults: 0 })
    expect(E.isLeft(r) && toIssues(r.left).map((i) => i.path)).toEqual([['maxResults']])
    expect(E.isLeft(GetRoom.encodeRequest(null as never))).toBe(true)
  })

  it('are refused by decodeRequest with a ValidationException naming every bad field', () => {
    const r = GetRoom.decodeRequest({ method: 'POST', path: '/GetRoom', body: '{"identifier":5}' })
    expect(E.isLeft(r) && r.left).toMatchObject({ _tag: 'ValidationException', reason: 'FIELD_VALIDATION_FAILED', fieldList: [{ name: 'identifier' }] })
  })

  it('are refused with field names and messages that quote nothing the request holds', () => {
    const ops = operations as unknown as Readonly<Record<string, AnyOperation>>
    const post = (name: string, body: unknown) => ({ method: 'POST', path: `/${name}`, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
    const tags = `/tags/${encodeURIComponent(ARN)}`
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Z]{8}$/), (m) => {
        const marker = `MARK${m}`
        const requests: ReadonlyArray<readonly [AnyOperation, unknown, ReadonlyArray<string>]> = [
          [TagResource, { method: 'POST', path: tags, body: JSON.stringify({ tags: { [marker + 'k'.repeat(130)]: 'v', [marker]: 5, ok: marker + 'v'.repeat(300) } }) }, ['tags']],
          [UntagResource, { method: 'DELETE', path: tags, query: `tagKeys=${marker.repeat(20)}&tagKeys=${marker}` }, ['tagKeys.0']],
          [ops['CreateChatToken']!, post('CreateChatToken', { roomIdentifier: marker, userId: marker.repeat(20), capabilities: [marker], attributes: { [marker]: 5 }, sessionDurationInMinutes: 1e6 }), ['roomIdentifier', 'userId', 'capabilities.0', 'sessionDurationInMinutes', 'attributes']],
          [ops['CreateRoom']!, post('CreateRoom', { name: `${marker}!`, maximumMessageLength: marker, messageReviewHandler: { fallbackResult: marker, uri: marker } }), ['name', 'maximumMessageLength', 'messageReviewHandler.uri', 'messageReviewHandler.fallbackResult']],
          [ops['CreateLoggingConfiguration']!, post('CreateLoggingConfiguration', { destinationConfiguration: { [marker]: { [marker]: marker } } }), ['destinationConfiguration']]
        ]
        for (const [op, request, names] of requests) {
          const r = op.decodeRequest(request as never)
          expect(E.isLeft(r)).toBe(true)
          if (E.isRight(r)) continue
          expect([...new Set(r.left.fieldList.map((f) => f.name))].sort()).toEqual([...names].sort())
          expect(JSON.stringify(r.left)).not.toContain(marker)
        }
      }),
      { numRuns: 20 }
    )
  })

  it('name a map, not its key, for a bad key or a bad value, saying it was an entry', () => {
    const r = TagResource.decodeRequest({ method: 'POST', path: `/tags/${encodeURIComponent(ARN)}`, body: JSON.stringify({ tags: { ['k'.repeat(129)]: 'v', abc: 'v'.repeat(257), def: 'v'.repeat(257) } }) })
    expect(E.isLeft(r) && r.left.fieldList.map((f) => f.name)).toEqual(['tags', 'tags'])
    expect(E.isLeft(r) && r.left.fieldList.every((f) => f.message.startsWith('an entry of the map: expected '))).toBe(true)
    expect(E.isLeft(r) && r.left.message).toBe('The request has 1 invalid field: tags.')
  })

  it('are routed by method and path, labels percent-decoded', () => {
    const route = matchOperation(operations)
    expect(route({ method: 'GET', path: `/tags/${encodeURIComponent(ARN)}` })).toBe(ListTagsForResource)
    expect(route({ method: 'POST', path: '/GetRoom?x=1' })).toBe(GetRoom)
    expect(route({ method: 'PUT', path: '/GetRoom' })).toBeUndefined()
    expect(route({ method: 'GET', path: '/tags/%zz' })).toBeUndefined()
  })
})

describe('responses on the wire', () => {
  const body = '{"message":"m","reason":"OTHER"}'
  const error = { _tag: 'ValidationException', message: 'm', reason: 'OTHER', statusCode: 400, requestId: 'rid' }

  it('read headers as a plain object, [name, value] pairs or a fetch Headers, any letter case', () => {
    for (const headers of [
      { 'X-Amzn-ErrorType': 'ValidationException', 'x-amzn-requestid': 'rid' },
      [['x-amzn-errortype', 'ValidationException'], ['X-Amzn-RequestId', 'rid']] as const,
      new Headers({ 'x-amzn-errortype': 'ValidationException', 'x-amzn-requestid': 'rid' })
    ]) {
      expect(GetRoom.decodeResponse({ statusCode: 400, headers, body })).toEqual(E.left(error))
    }
  })

  it('take the body code when x-amzn-errortype is empty', () => {
    const r = GetRoom.decodeResponse({ statusCode: 400, headers: { 'x-amzn-errortype': '', 'x-amzn-requestid': 'rid' }, body: '{"__type":"aws#ValidationException:x","message":"m","reason":"OTHER"}' })
    expect(r).toEqual(E.left(error))
  })

  it('read a body with a byte-order mark the same as text or bytes', () => {
    const text = `\uFEFF${body}`
    const headers = { 'x-amzn-errortype': 'ValidationException', 'x-amzn-requestid': 'rid' }
    expect(GetRoom.decodeResponse({ statusCode: 400, headers, body: text })).toEqual(E.left(error))
    expect(GetRoom.decodeResponse({ statusCode: 400, headers, body: new TextEncoder().encode(text) })).toEqual(E.left(error))
    expect(GetRoom.decodeResponse({ statusCode: 200, body: '\uFEFF{"id":"x"}' })).toEqual(E.right({ id: 'x' }))
  })

  it('put statusCode and requestId on every failure, undecodable ones included', () => {
    fc.assert(
      fc.property(fc.integer({ min: 300, max: 599 }), fc.option(fc.stringMatching(/^[a-z0-9-]{1,12}$/), { nil: undefined }), fc.constantFrom('not json', '{}', '{"code":"Nope"}', body), (statusCode, requestId, text) => {
        const r = GetRoom.decodeResponse({ statusCode, headers: requestId === undefined ? {} : { 'x-amzn-requestid': requestId }, body: text })
        expect(E.isLeft(r)).toBe(true)
        if (E.isLeft(r)) {
          expect(r.left.statusCode).toBe(statusCode)
          expect(r.left.requestId).toBe(requestId)
        }
      }),
      { numRuns: 200 }
    )
    const bad = GetRoom.decodeResponse({ statusCode: 200, headers: { 'x-amzn-requestid': 'r' }, body: 'nope' })
    expect(E.isLeft(bad) && bad.left).toMatchObject({ _tag: 'UndecodableResponse', statusCode: 200, requestId: 'r' })
  })
})

describe('the layers', () => {
  const SRC = fileURLToPath(new URL('../../src/', import.meta.url))
  it('src/codecs imports nothing from src/protocols, src/errors, src/shapes, src/cli or the root', () => {
    const offenders = readdirSync(join(SRC, 'codecs'))
      .filter((f) => f.endsWith('.ts'))
      .flatMap((f) =>
        [...readFileSync(join(SRC, 'codecs', f), 'utf8').matchAll(/^(?:import|export)[^'\n]*'([^']+)'/gm)]
          .map((m) => m[1]!)
          .filter((p) => p.startsWith('..'))
          .map((p) => `${f} → ${p}`)
      )
    expect(offenders).toEqual([])
  })

  it('src/errors (but its generated shapes) imports nothing from src/protocols', () => {
    const offenders = readdirSync(join(SRC, 'errors'))
      .filter((f) => f.endsWith('.ts'))
      .filter((f) => /^(?:import|export)[^'\n]*'\.\.\/protocols\//m.test(readFileSync(join(SRC, 'errors', f), 'utf8')))
    expect(offenders).toEqual([])
  })

  it('the header names of restJson1 appear under src only in src/protocols', () => {
    const walk = (dir: string): ReadonlyArray<string> =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []))
    const offenders = walk(SRC).filter((f) => !f.startsWith(join(SRC, 'protocols')) && /x-amzn-(errortype|requestid)/i.test(readFileSync(f, 'utf8')))
    expect(offenders).toEqual([])
  })
})
