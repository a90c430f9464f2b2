/**
 * `encodeRequest` sends what `@aws-sdk/client-ivschat` sends: method, path, query pairs in
 * order, content type and parsed body, for random valid inputs of every operation (a few here;
 * 200 per operation in sdk-requests.slow.test.ts) and for the characters URIs reserve.
 */
import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { ResourceArn } from '../../src/shapes/ResourceArn.js'
import { arbitraryOf } from '../support/arbitrary.js'
import { assertSameRequest, requestAgreement } from './support/agreement.js'
import { operationOf, pairsOf, rfc3986 } from './support/compare.js'
import { makeSdk } from './support/sdk.js'

const sdk = makeSdk()

/** Every character RFC 3986 reserves, and `%` itself. */
const RESERVED = "%:/?#[]@!$&'()*+,;="
const TAG_KEYS: ReadonlyArray<string> = [
  RESERVED,
  ...RESERVED.split(''),
  ' ',
  ' leading and trailing ',
  'a+b=c&d',
  '~-._',
  'é',
  '中文キー',
  '😀',
  `${RESERVED} é😀 `
]

const ROOM_ARN = 'arn:aws:ivschat:us-west-2:123456789012:room/g1H2I3j4k5L6'
const LOGGING_ARN = 'arn:aws:ivschat:eu-central-1:123456789012:logging-configuration/ABcdef-123'

describe('encodeRequest and the SDK, on random valid inputs (a few per operation)', () => {
  requestAgreement(sdk, 4)
})

describe('tag keys full of reserved characters', () => {
  it('UntagResource sends each key as one tagKeys pair, percent-encoded per RFC 3986, like the SDK', async () => {
    for (const key of TAG_KEYS) await assertSameRequest(sdk, 'UntagResource', { resourceArn: ROOM_ARN, tagKeys: [key] })
    await assertSameRequest(sdk, 'UntagResource', { resourceArn: ROOM_ARN, tagKeys: TAG_KEYS })
  })

  it('UntagResource repeats tagKeys in the order given, and the text is the RFC 3986 encoding of each', () => {
    const r = operationOf('UntagResource').encodeRequest({ resourceArn: ROOM_ARN, tagKeys: TAG_KEYS })
    if (E.isLeft(r)) throw new Error('refused')
    expect(r.right.query).toBe(TAG_KEYS.map((k) => `tagKeys=${rfc3986(k)}`).join('&'))
    expect(pairsOf(r.right.query)).toEqual(TAG_KEYS.map((k) => ['tagKeys', k]))
  })

  it('TagResource carries such keys in its JSON body, like the SDK', async () => {
    const tags = Object.fromEntries(TAG_KEYS.map((k, i) => [k, `value ${i} ${RESERVED}`]))
    await assertSameRequest(sdk, 'TagResource', { resourceArn: LOGGING_ARN, tags })
  })

  it('a tag key with a lone surrogate (which no URI can carry) is answered without throwing', () => {
    for (const key of ['\uD800', 'a\uDC00b', '\uDBFF']) {
      const r = operationOf('UntagResource').encodeRequest({ resourceArn: ROOM_ARN, tagKeys: [key] })
      // Either refused, or sent as well-formed RFC 3986 text.
      if (E.isRight(r)) expect(r.right.query).toMatch(/^tagKeys=(?:[A-Za-z0-9\-._~]|%[0-9A-F]{2})*$/)
    }
  })
})

describe('ARNs in the path', () => {
  it('a label encodes every character but the unreserved ones, ":" and "/" included, like the SDK', async () => {
    for (const resourceArn of [ROOM_ARN, LOGGING_ARN]) {
      const r = operationOf('ListTagsForResource').encodeRequest({ resourceArn })
      if (E.isLeft(r)) throw new Error('refused')
      expect(r.right.path).toBe(`/tags/${rfc3986(resourceArn)}`)
      expect(r.right.path.slice('/tags/'.length)).not.toMatch(/[:/]/)
      await assertSameRequest(sdk, 'ListTagsForResource', { resourceArn })
      await assertSameRequest(sdk, 'TagResource', { resourceArn, tags: {} })
      await assertSameRequest(sdk, 'UntagResource', { resourceArn, tagKeys: [] })
    }
  })

  it('random ARNs of the model pattern: the same path as the SDK, for the three tag operations', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryOf(ResourceArn), async (resourceArn) => {
        await assertSameRequest(sdk, 'ListTagsForResource', { resourceArn })
        await assertSameRequest(sdk, 'UntagResource', { resourceArn, tagKeys: ['k'] })
        await assertSameRequest(sdk, 'TagResource', { resourceArn, tags: { k: 'v' } })
      }),
      { numRuns: 8 }
    )
  })
})

describe('bodies', () => {
  it('an input whose body members are all absent is sent as {} (as the SDK does); GET and DELETE /tags send no body', async () => {
    for (const name of ['ListRooms', 'ListLoggingConfigurations', 'CreateRoom'] as const) {
      const r = operationOf(name).encodeRequest({})
      if (E.isLeft(r)) throw new Error('refused')
      expect(r.right.body).toBe('{}')
      expect(r.right.headers['content-type']).toBe('application/json')
      await assertSameRequest(sdk, name, {})
    }
    for (const [name, input] of [
      ['ListTagsForResource', { resourceArn: ROOM_ARN }],
      ['UntagResource', { resourceArn: ROOM_ARN, tagKeys: ['a'] }]
    ] as const) {
      const r = operationOf(name).encodeRequest(input)
      if (E.isLeft(r)) throw new Error('refused')
      expect(r.right.body).toBeUndefined()
      expect(r.right.headers['content-type']).toBeUndefined()
      await assertSameRequest(sdk, name, input)
    }
  })
})
