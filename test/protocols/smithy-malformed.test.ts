/**
 * Smithy's restJson1 malformed-request tests (smithy-aws-protocol-tests/model/restJson1,
 * malformedRequests/ and validation/), server side: `decodeRequest` refuses each request with a
 * ValidationException (reason FIELD_VALIDATION_FAILED) whose fieldList names the field Smithy's
 * expected `path` names, re-expressed on the IVS Chat member with the same trait. Smithy's
 * SerializationException cases are ValidationExceptions here: IVS Chat declares no other
 * validation error (docs/protocols.md). Titles start with the Smithy test id.
 */
import { describe, expect, it } from 'vitest'
import { operationOf } from './support/compare.js'
import { acceptedInput, expectBodyRefusal, expectRefusal } from './support/smithy.js'

const CreateChatToken = operationOf('CreateChatToken')
const CreateRoom = operationOf('CreateRoom')
const CreateLoggingConfiguration = operationOf('CreateLoggingConfiguration')
const UntagResource = operationOf('UntagResource')
const TagResource = operationOf('TagResource')

const ROOM_ARN = 'arn:aws:ivschat:us-west-2:123456789012:room/abc-DEF1'
const ROOM_ARN_PATH = '/tags/arn%3Aaws%3Aivschat%3Aus-west-2%3A123456789012%3Aroom%2Fabc-DEF1'
const JSON_HEADERS = { 'content-type': 'application/json' }

const post = (uri: string, body: string) => ({ method: 'POST', path: uri, headers: JSON_HEADERS, body })
const chatToken = (fields: Record<string, unknown>) => post('/CreateChatToken', JSON.stringify({ roomIdentifier: ROOM_ARN, userId: 'user', ...fields }))
const logging = (destinationConfiguration: string) => post('/CreateLoggingConfiguration', `{"destinationConfiguration": ${destinationConfiguration}}`)
const untag = (keys: ReadonlyArray<string>) => ({ method: 'DELETE', path: ROOM_ARN_PATH, query: keys.map((k) => `tagKeys=${encodeURIComponent(k)}`).join('&'), headers: {} })

describe('malformed-union.smithy, on CreateLoggingConfigurationRequest.destinationConfiguration', () => {
  const S3 = '{"bucketName": "bucket-1"}'
  for (const [id, union] of [
    ['RestJsonMalformedUnionMultipleFieldsSet', `{"s3": ${S3}, "cloudWatchLogs": {"logGroupName": "group"}}`],
    ['RestJsonMalformedUnionKnownAndUnknownFieldsSet', `{"s3": ${S3}, "unknownField": "three"}`],
    ['RestJsonMalformedUnionNoFieldsSet', '{"s3": null}'],
    ['RestJsonMalformedUnionEmptyObjectNoFieldsSet', '{}'],
    ['RestJsonMalformedUnionValueIsArray', '["s3"]'],
    ['RestJsonMalformedUnionUnknownMember', '{"unknown": "hello"}']
  ] as const) {
    it(`${id}: refused, naming /destinationConfiguration`, () => {
      expectRefusal(CreateLoggingConfiguration, logging(union), ['/destinationConfiguration'])
    })
  }
})

describe('malformed-request-body.smithy, on CreateRoom (every body member optional)', () => {
  it('RestJsonInvalidJsonBody: a body that is not JSON is refused', () => {
    for (const body of ['{[', '{ "maximumMessageLength": 10 }abc', 'abc{ "maximumMessageLength": 10 }', '{\n  "maximumMessageLength": 10 // the integer should be 10\n}', '{\n  "maximumMessageLength": 10 /* the integer should be 10 */\n}', '{"maximumMessageLength" :\f10}', "{'maximumMessageLength': 10}", '{"maximumMessageLength": 10,}']) {
      expectBodyRefusal(CreateRoom, post('/CreateRoom', body))
    }
  })

  it('RestJsonTechnicallyValidJsonBody: JSON that is not an object is refused', () => {
    for (const body of ['[{ "maximumMessageLength": 10}]', '10', 'null']) expectBodyRefusal(CreateRoom, post('/CreateRoom', body))
  })
})

describe('content-type.smithy', () => {
  it('RestJsonMustSupportParametersInContentType: "application/json; charset=utf-8" is accepted (CreateRoom)', () => {
    expect(acceptedInput(CreateRoom, { method: 'POST', path: '/CreateRoom', headers: { 'Content-Type': 'application/json; charset=utf-8' }, body: '{"maximumMessageLength":5}' })).toEqual({ maximumMessageLength: 5 })
  })
})

describe('validation/malformed-length.smithy', () => {
  it('RestJsonMalformedLengthString: CreateChatTokenRequest.userId (length 1..128) below and above its bounds; length counts code points', () => {
    expectRefusal(CreateChatToken, chatToken({ userId: '' }), ['/userId'])
    expectRefusal(CreateChatToken, chatToken({ userId: 'a'.repeat(129) }), ['/userId'])
    expectRefusal(CreateChatToken, chatToken({ userId: '👍'.repeat(129) }), ['/userId'])
    // 128 code points (256 UTF-16 units) is within the bound.
    expect(acceptedInput(CreateChatToken, chatToken({ userId: '👍'.repeat(128) }))).toEqual({ roomIdentifier: ROOM_ARN, userId: '👍'.repeat(128) })
  })

  it('RestJsonMalformedLengthMinString: CreateChatTokenRequest.sessionDurationInMinutes has a range, so the min-length fact runs on DeleteMessageRequest.reason (length 1..256)', () => {
    expectRefusal(operationOf('DeleteMessage'), post('/DeleteMessage', JSON.stringify({ roomIdentifier: ROOM_ARN, id: 'ABCDEFGHIJKL', reason: '' })), ['/reason'])
  })

  it('RestJsonMalformedLengthMaxString: SendEventRequest.eventName (length 1..100) of 101 characters', () => {
    expectRefusal(operationOf('SendEvent'), post('/SendEvent', JSON.stringify({ roomIdentifier: ROOM_ARN, eventName: 'e'.repeat(101) })), ['/eventName'])
  })

  it('RestJsonMalformedLengthList: UntagResourceRequest.tagKeys (at most 50) with 51 keys, in the query', () => {
    expectRefusal(UntagResource, untag(Array.from({ length: 51 }, (_, i) => `k${i}`)), ['/tagKeys'])
  })

  it('RestJsonMalformedLengthListValue: a tag key (length 1..128) of 129 characters names /tagKeys/0', () => {
    expectRefusal(UntagResource, untag(['k'.repeat(129), 'abc']), ['/tagKeys/0'])
  })

  it('RestJsonMalformedLengthMap: CreateRoomRequest.tags (at most 50 entries) with 51', () => {
    const tags = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, 'v']))
    expectRefusal(CreateRoom, post('/CreateRoom', JSON.stringify({ tags })), ['/tags'])
  })

  it('RestJsonMalformedLengthMapKey: a tag key of 129 characters names /tags', () => {
    expectRefusal(TagResource, { method: 'POST', path: ROOM_ARN_PATH, headers: JSON_HEADERS, body: JSON.stringify({ tags: { ['k'.repeat(129)]: 'v' } }) }, ['/tags'])
  })

  it('RestJsonMalformedLengthMapValue: a tag value (length 0..256) of 257 characters names /tags (Smithy: /tags/<key>; a field name never quotes a key, docs/protocols.md)', () => {
    expectRefusal(TagResource, { method: 'POST', path: ROOM_ARN_PATH, headers: JSON_HEADERS, body: JSON.stringify({ tags: { abc: 'v'.repeat(257) } }) }, ['/tags'])
  })
})

describe('validation/malformed-pattern.smithy', () => {
  it('RestJsonMalformedPatternString: CreateChatTokenRequest.roomIdentifier against its ARN pattern', () => {
    for (const roomIdentifier of ['ABC', 'xyz']) expectRefusal(CreateChatToken, chatToken({ roomIdentifier }), ['/roomIdentifier'])
  })

  it('RestJsonMalformedPatternList: CreateRoomRequest.loggingConfigurationIdentifiers[0] against its ARN pattern', () => {
    for (const id of ['ABC', 'xyz']) expectRefusal(CreateRoom, post('/CreateRoom', JSON.stringify({ loggingConfigurationIdentifiers: [id] })), ['/loggingConfigurationIdentifiers/0'])
  })

  it('RestJsonMalformedPatternUnion: a union member\'s string against its pattern (destinationConfiguration.s3.bucketName, ^[a-z0-9-.]+$)', () => {
    for (const bucketName of ['ABC', 'xyz_']) expectRefusal(CreateLoggingConfiguration, logging(JSON.stringify({ s3: { bucketName } })), ['/destinationConfiguration/s3/bucketName'])
  })
})

describe('validation/malformed-enum.smithy', () => {
  it('RestJsonMalformedEnumString: CreateRoomRequest.messageReviewHandler.fallbackResult outside ALLOW, DENY', () => {
    for (const fallbackResult of ['ABC', 'XYZ', 'allow']) {
      expectRefusal(CreateRoom, post('/CreateRoom', JSON.stringify({ messageReviewHandler: { fallbackResult } })), ['/messageReviewHandler/fallbackResult'])
    }
  })

  it('RestJsonMalformedEnumList: CreateChatTokenRequest.capabilities[0] outside the capability values', () => {
    for (const c of ['ABC', 'XYZ']) expectRefusal(CreateChatToken, chatToken({ capabilities: [c] }), ['/capabilities/0'])
  })
})

describe('validation/malformed-required.smithy', () => {
  it('RestJsonMalformedRequiredBodyUnset: CreateChatTokenRequest without userId', () => {
    expectRefusal(CreateChatToken, post('/CreateChatToken', JSON.stringify({ roomIdentifier: ROOM_ARN })), ['/userId'])
  })

  it('RestJsonMalformedRequiredBodyExplicitNull: CreateChatTokenRequest with "userId": null', () => {
    expectRefusal(CreateChatToken, post('/CreateChatToken', JSON.stringify({ roomIdentifier: ROOM_ARN, userId: null })), ['/userId'])
  })

  it('the refusal quotes no sensitive value (userId is @sensitive)', () => {
    const secret = 'x'.repeat(129) + 'SECRET-USER'
    const v = expectRefusal(CreateChatToken, chatToken({ userId: secret }), ['/userId'])
    expect(JSON.stringify(v)).not.toContain('SECRET-USER')
  })
})
