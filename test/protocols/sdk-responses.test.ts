/**
 * `decodeResponse` reads what `@aws-sdk/client-ivschat` reads: the same outcome (success, or the
 * error's name) and the same members, for random responses of every operation (a few here; 200
 * per operation in sdk-responses.slow.test.ts), except for the differences docs/protocols.md lists
 * with the Smithy text behind each. Each difference is pinned below, both sides asserted.
 */
import { describe, expect, it } from 'vitest'
import { type Outcome, operationOf, ourOutcome, sdkOutcome } from './support/compare.js'
import { assertCase, responseAgreement, SDK_MISSING_MESSAGE } from './support/responses.js'
import { type CannedResponse, type OperationName, makeSdk } from './support/sdk.js'

const sdk = makeSdk()

const ROOM_ARN = 'arn:aws:ivschat:us-west-2:123456789012:room/g1H2I3j4k5L6'
const INPUTS: Partial<Record<OperationName, unknown>> = {
  GetRoom: { identifier: ROOM_ARN },
  GetLoggingConfiguration: { identifier: 'arn:aws:ivschat:us-west-2:123456789012:logging-configuration/ABC123' },
  ListRooms: {},
  ListTagsForResource: { resourceArn: ROOM_ARN }
}

/** Both outcomes for one response. */
const both = async (name: OperationName, response: CannedResponse): Promise<{ ours: Outcome; sdk: Outcome }> => {
  const op = operationOf(name)
  const ours = ourOutcome(op, op.decodeResponse({ statusCode: response.statusCode, headers: response.headers ?? {}, ...(response.body === undefined ? {} : { body: response.body }) }))
  const theirs = sdkOutcome(op, await sdk.outcome(name, INPUTS[name], response))
  return { ours, sdk: theirs }
}

const ok = (body: unknown): CannedResponse => ({ statusCode: 200, headers: {}, body: JSON.stringify(body) })

describe('decodeResponse and the SDK, on random responses (a few per operation)', () => {
  responseAgreement(sdk, 4)
})

describe('where both agree', () => {
  it('a date-time with an offset is normalised to UTC (RestJsonDateTimeWithNegativeOffset, RestJsonDateTimeWithPositiveOffset)', async () => {
    for (const [text, utc] of [
      ['2019-12-16T22:48:18-01:00', '2019-12-16T23:48:18.000Z'],
      ['2019-12-17T00:48:18+01:00', '2019-12-16T23:48:18.000Z']
    ] as const) {
      expect(await both('GetRoom', ok({ createTime: text }))).toEqual({ ours: { outcome: 'success', value: { createTime: { $date: utc } } }, sdk: { outcome: 'success', value: { createTime: { $date: utc } } } })
    }
  })

  it('an impossible date-time, or a number where a date-time is expected, fails on both sides', async () => {
    for (const createTime of ['2024-02-30T00:00:00Z', '2020-01-01T24:00:00Z', 1576540098]) {
      expect(await both('GetRoom', ok({ createTime }))).toEqual({ ours: { outcome: 'undecodable' }, sdk: { outcome: 'undecodable' } })
    }
  })

  it('an enum value the model does not list is kept as it is', async () => {
    const r = await both('ListTagsForResource', { statusCode: 400, headers: { 'x-amzn-errortype': 'ValidationException' }, body: JSON.stringify({ message: 'm', reason: 'A_NEW_REASON' }) })
    expect(r.ours).toEqual({ outcome: 'error', name: 'ValidationException', members: { message: 'm', reason: 'A_NEW_REASON' } })
    expect(r.sdk).toEqual(r.ours)
  })

  it('an empty body with an error code in the header names the error on both sides', async () => {
    await assertCase(sdk, 'ListTagsForResource', INPUTS.ListTagsForResource, {
      kind: 'InternalServerException, empty body',
      response: { statusCode: 500, headers: { 'x-amzn-errortype': 'InternalServerException', 'x-amzn-requestid': 'req-1' }, body: '' },
      ours: { outcome: 'error', name: 'InternalServerException', members: { message: '' } },
      sdk: { outcome: 'error', name: 'InternalServerException', members: { message: SDK_MISSING_MESSAGE } }
    })
  })
})

describe('the listed differences (docs/protocols.md, "Differences from the AWS SDK")', () => {
  it('unknown union variant: we keep it as $unknown, the SDK leaves an empty object', async () => {
    const r = await both('GetLoggingConfiguration', ok({ destinationConfiguration: { kinesis: { streamName: 's' } } }))
    expect(r.ours).toEqual({ outcome: 'success', value: { destinationConfiguration: { $unknown: ['kinesis', { streamName: 's' }] } } })
    expect(r.sdk).toEqual({ outcome: 'success', value: { destinationConfiguration: {} } })
  })

  it('typed members: a value of the wrong JSON type fails our decode; the SDK passes it through', async () => {
    for (const [body, sdkValue] of [
      [{ name: 5 }, { name: 5 }],
      [{ maximumMessageLength: '12' }, { maximumMessageLength: '12' }],
      [{ tags: 'not a map' }, { tags: 'not a map' }]
    ] as const) {
      const r = await both('GetRoom', ok(body))
      expect(r.ours).toEqual({ outcome: 'undecodable' })
      expect(r.sdk).toEqual({ outcome: 'success', value: sdkValue })
    }
  })

  it('a 2xx body that is JSON but not an object fails our decode; the SDK reads it as an empty output', async () => {
    for (const body of ['[1]', '"text"', '42']) {
      const r = await both('GetRoom', { statusCode: 200, headers: {}, body })
      expect(r.ours).toEqual({ outcome: 'undecodable' })
      expect(r.sdk).toEqual({ outcome: 'success', value: {} })
    }
  })

  it('a 2xx body that is not JSON fails our decode even for an output without members; the SDK does not read it', async () => {
    const body = '<html><body><h1>502 Bad Gateway</h1></body></html>'
    const op = operationOf('TagResource')
    expect(ourOutcome(op, op.decodeResponse({ statusCode: 200, headers: {}, body }))).toEqual({ outcome: 'undecodable' })
    expect(sdkOutcome(op, await sdk.outcome('TagResource', { resourceArn: ROOM_ARN, tags: { a: 'b' } }, { statusCode: 200, headers: {}, body }))).toEqual({ outcome: 'success', value: {} })
  })

  it('null in a dense list or map fails our decode; the SDK drops it', async () => {
    const list = await both('ListRooms', ok({ rooms: [null] }))
    expect(list.ours).toEqual({ outcome: 'undecodable' })
    expect(list.sdk).toEqual({ outcome: 'success', value: { rooms: [] } })
    const map = await both('GetRoom', ok({ tags: { a: null, b: 'x' } }))
    expect(map.ours).toEqual({ outcome: 'undecodable' })
    expect(map.sdk).toEqual({ outcome: 'success', value: { tags: { b: 'x' } } })
  })

  it('a missing required output member takes its zero value with us; the SDK leaves it absent', async () => {
    const r = await both('ListRooms', ok({}))
    expect(r.ours).toEqual({ outcome: 'success', value: { rooms: [] } })
    expect(r.sdk).toEqual({ outcome: 'success', value: {} })
    const tags = await both('ListTagsForResource', ok({}))
    expect(tags.ours).toEqual({ outcome: 'success', value: { tags: {} } })
    expect(tags.sdk).toEqual({ outcome: 'success', value: {} })
  })

  it('a missing required error member takes its zero value with us; the SDK leaves it absent, and an absent or empty message becomes "UnknownError"', async () => {
    const r = await both('GetRoom', { statusCode: 404, headers: { 'x-amzn-errortype': 'ResourceNotFoundException' }, body: JSON.stringify({ resourceId: 'abc' }) })
    expect(r.ours).toEqual({ outcome: 'error', name: 'ResourceNotFoundException', members: { message: '', resourceId: 'abc', resourceType: '' } })
    expect(r.sdk).toEqual({ outcome: 'error', name: 'ResourceNotFoundException', members: { message: SDK_MISSING_MESSAGE, resourceId: 'abc' } })
    const empty = await both('GetRoom', { statusCode: 400, headers: { 'x-amzn-errortype': 'ValidationException' }, body: JSON.stringify({ message: '', reason: 'OTHER' }) })
    expect(empty.ours).toEqual({ outcome: 'error', name: 'ValidationException', members: { message: '', reason: 'OTHER' } })
    expect(empty.sdk).toEqual({ outcome: 'error', name: 'ValidationException', members: { message: SDK_MISSING_MESSAGE, reason: 'OTHER' } })
  })

  it('an empty x-amzn-errortype counts as absent with us (the body code names the error); the SDK takes the empty name', async () => {
    const r = await both('GetRoom', { statusCode: 404, headers: { 'x-amzn-errortype': '' }, body: JSON.stringify({ code: 'ResourceNotFoundException', message: 'm', resourceId: 'abc', resourceType: 'ROOM' }) })
    expect(r.ours).toEqual({ outcome: 'error', name: 'ResourceNotFoundException', members: { message: 'm', resourceId: 'abc', resourceType: 'ROOM' } })
    expect(r.sdk).toEqual({ outcome: 'unknown', code: '' })
  })

  it('no error code anywhere: UndecodableResponse with us (status kept); the SDK names it "Unknown"', async () => {
    const r = await both('GetRoom', { statusCode: 503, headers: {}, body: '' })
    expect(r.ours).toEqual({ outcome: 'undecodable' })
    expect(r.sdk).toEqual({ outcome: 'unknown', code: 'Unknown' })
  })

  it('a date-time in the years 0000-0099 keeps its year with us; the SDK moves it to 1900-1999', async () => {
    const r = await both('GetRoom', ok({ createTime: '0050-03-01T00:00:00Z' }))
    expect(r.ours).toEqual({ outcome: 'success', value: { createTime: { $date: '0050-03-01T00:00:00.000Z' } } })
    expect(r.sdk).toEqual({ outcome: 'success', value: { createTime: { $date: '1950-03-01T00:00:00.000Z' } } })
  })
})
