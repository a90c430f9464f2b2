/**
 * Open unions: Smithy unions are open, so a client keeps a member it does not know (AWS may add
 * one later) as the unknown variant `{ $unknown: [name, value] }`, the value as it was parsed.
 * Strict decoding (a server reading a request) refuses it, following Smithy's malformed-request
 * tests for unions (`smithy-aws-protocol-tests/model/restJson1/malformedRequests/malformed-union.smithy`),
 * and lenient decoding follows the restJson1 client tests (`RestJsonDeserializeIgnoreType`:
 * `__type` is not a member; `AwsJson10DeserializeAllowNulls`: a `null` member is not set).
 */
import { describe, it, expect, expectTypeOf } from 'vitest'
import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import * as S from '../../src/codecs/Schema.js'
import { shape } from '../../src/codecs/Shape.js'
import { redactedValueOf } from '../../src/codecs/Value.js'
import { toQueryString } from '../../src/codecs/Query.js'
import { redactedXmlEncoderOf } from '../../src/codecs/Xml.js'
import { SENSITIVE } from '../../src/codecs/Issue.js'
import { redactBy } from '../../src/codecs/Redact.js'
import { DestinationConfiguration, GetLoggingConfigurationResponse, CreateLoggingConfigurationRequest, toIssues } from '../../src/index.js'
import { arbitraryOf } from '../support/arbitrary.js'
import { leftOf, rightOf } from '../support/either.js'

/** Smithy's `SimpleUnion` of the malformed-union tests. */
const SimpleUnion = S.union('SimpleUnion', { int: S.optional(S.integer()), string: S.optional(S.string()) })
const Lenient = shape(SimpleUnion)
const Strict = shape(SimpleUnion, { mode: 'strict' })
const Input = shape(S.structure('MalformedUnionInput', { union: S.optional(SimpleUnion) }), { mode: 'strict' })

/** Where each issue is, and what it expected (not the wording of what was found). */
const issuesOf = <A>(r: E.Either<import('io-ts').Errors, A>) => toIssues(leftOf(r)).map((i) => ({ path: i.path, expected: i.message.replace(/, got .*$/, '') }))

const kinesis = { deliveryStreamName: 'chat', roleArn: 'arn:aws:iam::123456789012:role/r' }

describe('lenient decoding keeps a member it does not know', () => {
  it('as { $unknown: [name, value] }, the value as parsed, not decoded', () => {
    expect(rightOf(Lenient.fromJson({ long: 12 }))).toEqual({ $unknown: ['long', 12] })
    const nested = { deep: [1, { x: null }], s: 'é' }
    expect(rightOf(Lenient.fromJson({ future: nested }))).toEqual({ $unknown: ['future', nested] })
  })

  it('in GetLoggingConfiguration and every response that holds a DestinationConfiguration', () => {
    const body = { id: 'abc', destinationConfiguration: { kinesis } }
    expect(rightOf(GetLoggingConfigurationResponse.fromJson(body))).toEqual({ id: 'abc', destinationConfiguration: { $unknown: ['kinesis', kinesis] } })
    expect(rightOf(GetLoggingConfigurationResponse.fromString(JSON.stringify(body)))).toEqual({ id: 'abc', destinationConfiguration: { $unknown: ['kinesis', kinesis] } })
    expect(rightOf(DestinationConfiguration.fromJson({ kinesis }))).toEqual({ $unknown: ['kinesis', kinesis] })
  })

  it('prefers a declared member set beside unknown ones (unknown keys are ignored, as in structures)', () => {
    expect(rightOf(Lenient.fromJson({ int: 2, unknownField: 'three' }))).toEqual({ int: 2 })
  })

  it('keeps the first unknown member when several are set and no declared one is', () => {
    expect(rightOf(Lenient.fromJson({ b: 1, a: 2 }))).toEqual({ $unknown: ['b', 1] })
  })

  it('does not count __type or null members as set (RestJsonDeserializeIgnoreType, AllowNulls)', () => {
    expect(rightOf(Lenient.fromJson({ __type: 'aws.protocoltests.json10#MyUnion', string: 'hi' }))).toEqual({ string: 'hi' })
    expect(rightOf(Lenient.fromJson({ __type: 'x', int: null, kinesis: 1 }))).toEqual({ $unknown: ['kinesis', 1] })
    expect(rightOf(Lenient.fromJson({ int: null, kinesis: null, string: 's' }))).toEqual({ string: 's' })
    expect(issuesOf(Lenient.fromJson({ __type: 'x', kinesis: null }))).toEqual([{ path: [], expected: 'expected exactly one of int, string' }])
  })

  it('still refuses a union with nothing set, two declared members, or that is not an object', () => {
    for (const u of [{}, { int: null }, { int: 2, string: 'three' }, ['int'], 'int', null]) {
      expect(issuesOf(Lenient.fromJson(u)).map((i) => i.path), JSON.stringify(u)).toEqual([[]])
    }
  })

  it('keeps an unknown XML element as its parsed content', () => {
    expect(rightOf(Lenient.fromXml('<SimpleUnion><kinesis>text</kinesis></SimpleUnion>'))).toEqual({ $unknown: ['kinesis', 'text'] })
    expect(rightOf(Lenient.fromXml('<SimpleUnion><kinesis><a>1</a><a>2</a></kinesis></SimpleUnion>'))).toEqual({ $unknown: ['kinesis', { a: ['1', '2'] }] })
    expect(rightOf(Lenient.fromXml('<SimpleUnion>text<int>1</int></SimpleUnion>'))).toEqual({ int: 1 })
    expect(E.isLeft(Strict.fromXml('<SimpleUnion><kinesis>text</kinesis></SimpleUnion>'))).toBe(true)
    expect(E.isLeft(Strict.fromXml('<SimpleUnion><int>1</int><kinesis>text</kinesis></SimpleUnion>'))).toBe(true)
  })
})

describe('strict decoding follows Smithy malformed-union tests', () => {
  // Each case is one httpMalformedRequestTests entry: the body's `union` must be refused, at `union`.
  const cases: ReadonlyArray<readonly [string, unknown]> = [
    ['RestJsonMalformedUnionMultipleFieldsSet', { int: 2, string: 'three' }],
    ['RestJsonMalformedUnionKnownAndUnknownFieldsSet', { int: 2, unknownField: 'three' }],
    ['RestJsonMalformedUnionNoFieldsSet', { int: null }],
    ['RestJsonMalformedUnionEmptyObjectNoFieldsSet', {}],
    ['RestJsonMalformedUnionValueIsArray', ['int']],
    ['RestJsonMalformedUnionUnknownMember', { unknown: 'hello' }]
  ]
  for (const [id, union] of cases) {
    it(id, () => {
      expect(issuesOf(Input.fromJson({ union })).map((i) => i.path)).toEqual([['union']])
    })
  }

  it('refuses a known and an unknown member in DestinationConfiguration requests', () => {
    const r = CreateLoggingConfigurationRequest.fromJson({ destinationConfiguration: { s3: { bucketName: 'b' }, kinesis } })
    expect(issuesOf(r).map((i) => i.path)).toEqual([['destinationConfiguration']])
    expect(issuesOf(CreateLoggingConfigurationRequest.fromJson({ destinationConfiguration: { kinesis } })).map((i) => i.path)).toEqual([['destinationConfiguration']])
  })

  it('accepts one declared member, with __type and null members beside it', () => {
    expect(rightOf(Strict.fromJson({ int: 2, string: null, __type: 'SimpleUnion' }))).toEqual({ int: 2 })
  })
})

describe('the unknown variant in every direction', () => {
  const x = { $unknown: ['kinesis', kinesis] } as const
  const d: DestinationConfiguration = x

  it('is typed: a switch over the union is exhaustive only with it', () => {
    const describe = (v: DestinationConfiguration): string => {
      if (v.s3 !== undefined) return `s3 ${v.s3.bucketName}`
      if (v.cloudWatchLogs !== undefined) return 'logs'
      if (v.firehose !== undefined) return 'firehose'
      expectTypeOf(v).toEqualTypeOf<{ readonly $unknown: readonly [name: string, value: unknown]; readonly s3?: never; readonly cloudWatchLogs?: never; readonly firehose?: never }>()
      return `unknown ${v.$unknown[0]}`
    }
    expect(describe(d)).toBe('unknown kinesis')
    expect(describe({ s3: { bucketName: 'b' } })).toBe('s3 b')
    expectTypeOf<{ s3: { bucketName: string }; firehose: { deliveryStreamName: string } }>().not.toExtend<DestinationConfiguration>()
  })

  it('toJson writes it back as { [name]: value }', () => {
    expect(DestinationConfiguration.toJson(d)).toEqual({ kinesis })
    expect(GetLoggingConfigurationResponse.toJson({ destinationConfiguration: d })).toEqual({ destinationConfiguration: { kinesis } })
  })

  it('toXml writes it back as an element, which fromXml reads again', () => {
    const v = rightOf(Lenient.fromXml('<SimpleUnion><kinesis><a>1</a><b>x &amp; y</b></kinesis></SimpleUnion>'))
    expect(Lenient.toXml(v)).toBe('<SimpleUnion><kinesis><a>1</a><b>x &amp; y</b></kinesis></SimpleUnion>')
    expect(rightOf(Lenient.fromXml(Lenient.toXml(v)))).toEqual(v)
    expect(Lenient.toXml({ $unknown: ['kinesis', { stream: 's', n: [1, 2] }] } as never)).toBe('<SimpleUnion><kinesis><stream>s</stream><n>1</n><n>2</n></kinesis></SimpleUnion>')
  })

  it('the redacted XML keeps the element and hides its content', () => {
    expect(redactedXmlEncoderOf(DestinationConfiguration.ast)(d)).toBe(`<kinesis>${SENSITIVE}</kinesis>`)
  })

  it('toXml leaves out names that are not XML names', () => {
    expect(Lenient.toXml({ $unknown: ['a b<', 1] } as never)).toBe('<SimpleUnion></SimpleUnion>')
    expect(Lenient.toXml({ $unknown: ['k', { 'x y': 1, ok: 2 }] } as never)).toBe('<SimpleUnion><k><ok>2</ok></k></SimpleUnion>')
  })

  it('toQuery writes its value by what it is, names percent-encoded', () => {
    expect(GetLoggingConfigurationResponse.toQuery({ destinationConfiguration: d })).toBe(
      'destinationConfiguration.kinesis.deliveryStreamName=chat&destinationConfiguration.kinesis.roleArn=arn%3Aaws%3Aiam%3A%3A123456789012%3Arole%2Fr'
    )
    expect(Lenient.toQuery({ $unknown: ['a&b', [true, 'x y']] } as never)).toBe('a%26b.member.1=true&a%26b.member.2=x%20y')
    expect(Lenient.toQuery({ $unknown: ['e', []] } as never)).toBe('e=')
    expect(toQueryString(SimpleUnion.ast, { $unknown: ['k', { secret: 's' }] }, { redacted: true })).toBe(`k=${encodeURIComponent(SENSITIVE).replace(/\*/g, '%2A')}`)
  })

  it('toValue is a Union whose value is a Document; the redacted tree hides it', () => {
    expect(DestinationConfiguration.toValue(d)).toEqual({ _tag: 'Union', member: 'kinesis', value: { _tag: 'Document', value: kinesis } })
    expect(redactedValueOf(DestinationConfiguration.ast)(d)).toEqual({ _tag: 'Union', member: 'kinesis', value: { _tag: 'String', value: SENSITIVE } })
  })

  it('redact keeps its name and hides its value, even in a shape with no sensitive member', () => {
    expect(DestinationConfiguration.redact(d)).toEqual({ $unknown: ['kinesis', SENSITIVE] })
    expect(GetLoggingConfigurationResponse.redact({ id: 'i', destinationConfiguration: d })).toEqual({ id: 'i', destinationConfiguration: { $unknown: ['kinesis', SENSITIVE] } })
    expect(DestinationConfiguration.redact({ s3: { bucketName: 'b' } })).toEqual({ s3: { bucketName: 'b' } })
    // Raw JSON (what `safeJson` and errors redact): a key the union does not declare is that variant.
    expect(redactBy(DestinationConfiguration.ast, { kinesis, s3: { bucketName: 'b' } })).toEqual({ kinesis: SENSITIVE, s3: { bucketName: 'b' } })
  })

  it('is accepts it: a 2-tuple whose name is a string the union does not declare', () => {
    expect(DestinationConfiguration.is(d)).toBe(true)
    expect(DestinationConfiguration.is({ $unknown: ['', undefined] })).toBe(true)
    expect(DestinationConfiguration.is({ $unknown: ['s3', { bucketName: 'b' }] })).toBe(false)
    expect(DestinationConfiguration.is({ $unknown: ['kinesis'] })).toBe(false)
    expect(DestinationConfiguration.is({ $unknown: [1, 2] })).toBe(false)
    expect(DestinationConfiguration.is({ $unknown: 'kinesis' })).toBe(false)
    expect(DestinationConfiguration.is({ $unknown: ['kinesis', 1], s3: { bucketName: 'b' } })).toBe(false)
    expect(GetLoggingConfigurationResponse.is({ destinationConfiguration: d })).toBe(true)
  })

  it('make accepts it', () => {
    expect(DestinationConfiguration.make(d)).toEqual(d)
    expect(GetLoggingConfigurationResponse.make({ destinationConfiguration: d })).toEqual({ destinationConfiguration: d })
  })
})

describe('properties', () => {
  const runs = { numRuns: 200 }
  // A declaration made here: a structure around a union of every kind of member.
  const Holder = shape(
    S.structure('Holder', {
      id: S.required(S.string()),
      pick: S.optional(S.union('Pick', { n: S.optional(S.integer()), when: S.optional(S.timestamp('date-time')), list: S.optional(S.list(S.string())) }))
    })
  )

  it('decode(encode(x)) = x, unknown variants included, through values and JSON text', () => {
    for (const [s, n] of [
      [Holder, 200],
      [DestinationConfiguration, 200],
      // Generating the response's ARNs and IDs costs more: fewer runs, same law.
      [GetLoggingConfigurationResponse, 25]
    ] as const) {
      const S0 = s as unknown as typeof Holder
      fc.assert(
        fc.property(arbitraryOf(S0, { unknownVariants: true }), (x) => {
          expect(S0.fromJson(S0.toJson(x))).toEqual(E.right(x))
          expect(S0.fromString(JSON.stringify(S0.toJson(x)))).toEqual(E.right(x))
          expect(S0.is(x)).toBe(true)
        }),
        { numRuns: n }
      )
    }
  })

  it('fromXml(toXml(x)) = x for unknown variants holding text', () => {
    fc.assert(
      fc.property(arbitraryOf(DestinationConfiguration, { unknownVariants: true, xmlSafe: true }), (x) => {
        expect(DestinationConfiguration.fromXml(DestinationConfiguration.toXml(x))).toEqual(E.right(x))
      }),
      { numRuns: 150 }
    )
  })

  it('never throws on any input, in every mode', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything({ maxDepth: 3 }), fc.dictionary(fc.string(), fc.anything({ maxDepth: 2 }))), (u) => {
        for (const options of [{}, { strict: true }, { errorCorrection: true }]) {
          const r = DestinationConfiguration.fromJson(u, options)
          expect(E.isLeft(r) || DestinationConfiguration.is(r.right)).toBe(true)
          GetLoggingConfigurationResponse.fromJson({ destinationConfiguration: u }, options)
        }
      }),
      runs
    )
  })
})
