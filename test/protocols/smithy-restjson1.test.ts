/**
 * Smithy's restJson1 protocol tests (smithy-lang/smithy, smithy-aws-protocol-tests/model/restJson1),
 * client side: each test's facts re-expressed on the IVS Chat shape that has the same trait. The
 * title of each case starts with the Smithy test id; docs/protocols.md lists which shape each runs
 * on and why the others were left out.
 */
import { describe, expect, it } from 'vitest'
import { operationOf, pairsOf } from './support/compare.js'
import { decoded, requestOf } from './support/smithy.js'

const ListTagsForResource = operationOf('ListTagsForResource')
const UntagResource = operationOf('UntagResource')
const TagResource = operationOf('TagResource')
const CreateRoom = operationOf('CreateRoom')
const ListRooms = operationOf('ListRooms')
const CreateLoggingConfiguration = operationOf('CreateLoggingConfiguration')
const GetLoggingConfiguration = operationOf('GetLoggingConfiguration')
const GetRoom = operationOf('GetRoom')
const DeleteRoom = operationOf('DeleteRoom')

const ROOM_ARN = 'arn:aws:ivschat:us-west-2:123456789012:room/abc-DEF1'
const ROOM_ARN_PATH = '/tags/arn%3Aaws%3Aivschat%3Aus-west-2%3A123456789012%3Aroom%2Fabc-DEF1'
const JSON_HEADERS = { 'content-type': 'application/json' }

describe('requests: labels (http-labels.smithy) on ListTagsForResourceRequest.resourceArn', () => {
  it('RestJsonInputWithHeadersAndAllParams: a GET with a string label, no body', () => {
    const r = requestOf(ListTagsForResource, { resourceArn: ROOM_ARN })
    expect({ method: r.method, path: r.path, query: r.query, body: r.body }).toEqual({ method: 'GET', path: ROOM_ARN_PATH, query: '', body: undefined })
  })

  it('RestJsonHttpRequestLabelEscaping: ":" and "/" of an ARN are percent-encoded in the label (the other reserved characters are refused by the ARN pattern)', () => {
    expect(requestOf(ListTagsForResource, { resourceArn: ROOM_ARN }).path).toBe(ROOM_ARN_PATH)
    expect(ListTagsForResource.encodeRequest({ resourceArn: " %:/?#[]@!$&'()*+,;=😹" })._tag).toBe('Left')
  })
})

describe('requests: query lists (http-query.smithy) on UntagResourceRequest.tagKeys', () => {
  it('RestJsonAllQueryStringTypes (its string list): a list repeats its key, in order', () => {
    const r = requestOf(UntagResource, { resourceArn: ROOM_ARN, tagKeys: ['a', 'b', 'c'] })
    expect({ method: r.method, path: r.path, query: r.query, body: r.body }).toEqual({ method: 'DELETE', path: ROOM_ARN_PATH, query: 'tagKeys=a&tagKeys=b&tagKeys=c', body: undefined })
  })

  it('RestJsonQueryStringEscaping: every reserved character, space and non-ASCII is percent-encoded', () => {
    const r = requestOf(UntagResource, { resourceArn: ROOM_ARN, tagKeys: [" %:/?#[]@!$&'()*+,;=😹"] })
    expect(r.query).toBe('tagKeys=%20%25%3A%2F%3F%23%5B%5D%40%21%24%26%27%28%29%2A%2B%2C%3B%3D%F0%9F%98%B9')
  })

  it('RestJsonOmitsEmptyListQueryValues: an empty list sends no query parameter', () => {
    const r = requestOf(UntagResource, { resourceArn: ROOM_ARN, tagKeys: [] })
    expect(r.query).toBe('')
    expect(pairsOf(r.query)).toEqual([])
  })
})

describe('requests: content type and bodies (http-content-type.smithy, json-lists.smithy, json-maps.smithy, unions.smithy)', () => {
  it('RestJsonTestBodyStructure: body members go in a JSON body with content-type application/json', () => {
    const r = requestOf(CreateRoom, { maximumMessageLength: 10 })
    expect({ method: r.method, path: r.path, contentType: r.headers['content-type'], body: JSON.parse(r.body ?? 'null') }).toEqual({
      method: 'POST',
      path: '/CreateRoom',
      contentType: 'application/json',
      body: { maximumMessageLength: 10 }
    })
  })

  it('RestJsonHttpWithEmptyBody: an input whose body members are all absent sends {} with content-type application/json', () => {
    const r = requestOf(ListRooms, {})
    expect({ contentType: r.headers['content-type'], body: r.body }).toEqual({ contentType: 'application/json', body: '{}' })
  })

  it('RestJsonHttpGetWithNoModeledBody: a GET with nothing in the body sends no body and no content-type', () => {
    const r = requestOf(ListTagsForResource, { resourceArn: ROOM_ARN })
    expect(r.body).toBeUndefined()
    expect(Object.keys(r.headers)).not.toContain('content-type')
    expect(Object.keys(r.headers)).not.toContain('content-length')
  })

  it('RestJsonListsEmpty (request): an empty list is sent as []', () => {
    const r = requestOf(CreateRoom, { loggingConfigurationIdentifiers: [] })
    expect(JSON.parse(r.body ?? 'null')).toEqual({ loggingConfigurationIdentifiers: [] })
  })

  it('RestJsonJsonMaps (request): a map is a JSON object; the label stays in the path', () => {
    const r = requestOf(TagResource, { resourceArn: ROOM_ARN, tags: { foo: 'there', baz: 'bye' } })
    expect({ method: r.method, path: r.path, body: JSON.parse(r.body ?? 'null') }).toEqual({ method: 'POST', path: ROOM_ARN_PATH, body: { tags: { foo: 'there', baz: 'bye' } } })
  })

  it('RestJsonSerializeStructureUnionValue: a union is an object with its one member', () => {
    const r = requestOf(CreateLoggingConfiguration, { destinationConfiguration: { s3: { bucketName: 'hello' } } })
    expect(JSON.parse(r.body ?? 'null')).toEqual({ destinationConfiguration: { s3: { bucketName: 'hello' } } })
  })
})

describe('responses: empty input and output (empty-input-output.smithy, errors.smithy)', () => {
  it('RestJsonNoInputAndNoOutput and RestJsonUnitInputAndOutputNoOutput: a Unit output reads an empty body (DeleteRoom)', () => {
    expect(decoded(DeleteRoom, 204, {}, '')).toEqual({ right: undefined })
    expect(decoded(DeleteRoom, 204, {}, undefined)).toEqual({ right: undefined })
  })

  it('RestJsonNoInputAndOutputWithJson and RestJsonNoInputAndOutputNoPayload: an output without members reads {} and an empty body (TagResourceResponse)', () => {
    expect(decoded(TagResource, 200, JSON_HEADERS, '{}')).toEqual({ right: {} })
    expect(decoded(TagResource, 200, {}, '')).toEqual({ right: {} })
  })

  it('RestJsonEmptyInputAndEmptyOutput and RestJsonEmptyInputAndEmptyOutputJsonObjectOutput (responses): UntagResourceResponse reads {} and an empty body', () => {
    expect(decoded(UntagResource, 200, JSON_HEADERS, '{}')).toEqual({ right: {} })
    expect(decoded(UntagResource, 200, {}, '')).toEqual({ right: {} })
  })

  it('RestJsonGreetingWithErrors and RestJsonGreetingWithErrorsNoPayload: an operation with errors reads a successful {} or empty body (GetRoom)', () => {
    expect(decoded(GetRoom, 200, JSON_HEADERS, '{}')).toEqual({ right: {} })
    expect(decoded(GetRoom, 200, {}, '')).toEqual({ right: {} })
  })
})

describe('responses: lists, maps, unions, date-times', () => {
  it('RestJsonListsEmpty (response): an empty list reads as [] (ListRoomsResponse.rooms)', () => {
    expect(decoded(ListRooms, 200, JSON_HEADERS, '{"rooms": []}')).toEqual({ right: { rooms: [] } })
  })

  it('RestJsonJsonMaps (response): a map reads as an object (ListTagsForResourceResponse.tags)', () => {
    expect(decoded(ListTagsForResource, 200, JSON_HEADERS, '{"tags": {"foo": "there", "baz": "bye"}}')).toEqual({ right: { tags: { foo: 'there', baz: 'bye' } } })
  })

  it('RestJsonDeserializeStructureUnionValue: a union member that is a structure (DestinationConfiguration)', () => {
    expect(decoded(GetLoggingConfiguration, 200, JSON_HEADERS, '{"destinationConfiguration": {"cloudWatchLogs": {"logGroupName": "hello"}}}')).toEqual({
      right: { destinationConfiguration: { cloudWatchLogs: { logGroupName: 'hello' } } }
    })
  })

  it('RestJsonDeserializeIgnoreType: an unrecognised __type in a union is ignored', () => {
    expect(decoded(GetLoggingConfiguration, 200, JSON_HEADERS, '{"destinationConfiguration": {"__type": "aws.protocoltests.json10#MyUnion", "s3": {"bucketName": "hello"}}}')).toEqual({
      right: { destinationConfiguration: { s3: { bucketName: 'hello' } } }
    })
  })

  it('RestJsonDateTimeWithNegativeOffset: "2019-12-16T22:48:18-01:00" is 1576540098 (CreateRoomResponse.createTime)', () => {
    expect(decoded(CreateRoom, 200, JSON_HEADERS, '{"createTime": "2019-12-16T22:48:18-01:00"}')).toEqual({ right: { createTime: { $date: new Date(1576540098 * 1000).toISOString() } } })
  })

  it('RestJsonDateTimeWithPositiveOffset: "2019-12-17T00:48:18+01:00" is 1576540098 (CreateRoomResponse.createTime)', () => {
    expect(decoded(CreateRoom, 200, JSON_HEADERS, '{"createTime": "2019-12-17T00:48:18+01:00"}')).toEqual({ right: { createTime: { $date: new Date(1576540098 * 1000).toISOString() } } })
  })

  it('RestJsonDateTimeWithFractionalSeconds: "2000-01-02T20:34:56.123Z" is 946845296.123 (CreateRoomResponse.createTime)', () => {
    expect(decoded(CreateRoom, 200, JSON_HEADERS, '{"createTime": "2000-01-02T20:34:56.123Z"}')).toEqual({ right: { createTime: { $date: new Date(946845296123).toISOString() } } })
  })
})

describe('responses: errors (errors.smithy)', () => {
  it('RestJsonInvalidGreetingError: the error named by X-Amzn-Errortype, its message read from "Message" (AccessDeniedException on GetRoom)', () => {
    const r = decoded(GetRoom, 400, { 'Content-Type': 'application/json', 'X-Amzn-Errortype': 'AccessDeniedException' }, '{"Message": "Hi"}')
    expect(r).toEqual({ left: { _tag: 'AccessDeniedException', message: 'Hi', statusCode: 400 } })
  })

  it('RestJsonEmptyComplexErrorWithNoMessage: an error with an empty body decodes, its required members corrected to zero values (ConflictException on CreateRoom)', () => {
    const r = decoded(CreateRoom, 403, { 'Content-Type': 'application/json', 'X-Amzn-Errortype': 'ConflictException' }, '{}')
    expect(r).toEqual({ left: { _tag: 'ConflictException', message: '', resourceId: '', resourceType: '', statusCode: 403 } })
  })

  // FooError (a server error without members) is InternalServerException here, which ListTagsForResource
  // declares; its one required member, message, takes its zero value when the body lacks it.
  const fooError = { _tag: 'InternalServerException', message: '', statusCode: 500 }
  const NAMESPACED = 'aws.protocoltests.restjson#InternalServerException'
  const cases: ReadonlyArray<readonly [string, Record<string, string>, string | undefined]> = [
    ['RestJsonFooErrorUsingXAmznErrorType', { 'X-Amzn-Errortype': 'InternalServerException' }, undefined],
    ['RestJsonFooErrorUsingXAmznErrorTypeWithUri', { 'X-Amzn-Errortype': 'InternalServerException:http://internal.amazon.com/coral/com.amazon.coral.validate/' }, undefined],
    ['RestJsonFooErrorUsingXAmznErrorTypeWithUriAndNamespace', { 'X-Amzn-Errortype': `${NAMESPACED}:http://internal.amazon.com/coral/com.amazon.coral.validate/` }, undefined],
    ['RestJsonFooErrorUsingXAmznErrorTypeWithUriAndDifferentNamespace', { 'X-Amzn-Errortype': 'aws.different.namespace#InternalServerException:http://internal.amazon.com/coral/com.amazon.coral.validate/' }, undefined],
    ['RestJsonFooErrorUsingCode', { 'Content-Type': 'application/json' }, '{"code": "InternalServerException"}'],
    ['RestJsonFooErrorUsingCodeAndNamespace', { 'Content-Type': 'application/json' }, `{"code": "${NAMESPACED}"}`],
    ['RestJsonFooErrorUsingCodeUriAndNamespace', { 'Content-Type': 'application/json' }, `{"code": "${NAMESPACED}:http://internal.amazon.com/coral/com.amazon.coral.validate/"}`],
    ['RestJsonFooErrorWithDunderType', { 'Content-Type': 'application/json' }, '{"__type": "InternalServerException"}'],
    ['RestJsonFooErrorWithDunderTypeAndNamespace', { 'Content-Type': 'application/json' }, `{"__type": "${NAMESPACED}"}`],
    ['RestJsonFooErrorWithDunderTypeUriAndNamespace', { 'Content-Type': 'application/json' }, `{"__type": "${NAMESPACED}:http://internal.amazon.com/coral/com.amazon.coral.validate/"}`],
    [
      'RestJsonFooErrorWithNestedTypeProperty',
      { 'Content-Type': 'application/json' },
      `{"__type": "${NAMESPACED}", "ErrorDetails": [{"__type": "com.amazon.internal#ErrorDetails", "reason": "Some reason"}]}`
    ]
  ]
  for (const [id, headers, body] of cases) {
    it(`${id}: InternalServerException on ListTagsForResource`, () => {
      expect(decoded(ListTagsForResource, 500, headers, body)).toEqual({ left: fooError })
    })
  }
})
