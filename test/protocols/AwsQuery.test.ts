/**
 * The awsQuery conventions (src/protocols/AwsQuery.ts) as the package's shapes and errors follow
 * them in their XML and query directions: the response envelope, the error document and its
 * capitalised `Message`, timestamps as date-times, and empty maps left out of a query string.
 */
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import * as S from '../../src/codecs/Schema.js'
import { shape as plainShape } from '../../src/codecs/Shape.js'
import { unsafeFormatDateTime } from '../../src/codecs/Timestamp.js'
import { parseXml } from '../../src/codecs/Xml.js'
import { errorShape as plainErrorShape } from '../../src/errors/ErrorShape.js'
import { errorUnion as plainErrorUnion } from '../../src/errors/ErrorUnion.js'
import { QUERY, TIMESTAMPS, XML, errorContent, unwrapEnvelope } from '../../src/protocols/AwsQuery.js'
import { CONVENTIONS, ERROR_CONVENTIONS, errorShape, errorUnion, shape } from '../../src/protocols/Conventions.js'
import { TIMESTAMPS as JSON_TIMESTAMPS } from '../../src/protocols/restJson1/Timestamps.js'
import { CreateChatTokenError, CreateChatTokenResponse, ValidationException } from '../../src/index.js'

/** The parsed root of an XML document. */
const rootOf = (xml: string) => {
  const doc = parseXml(xml)
  if ('_tag' in doc) throw new Error(`not XML: ${xml}`)
  return doc
}

const Stamped = S.structure('Stamped', {
  at: S.optional(S.timestamp()),
  keys: S.optional(S.list(S.string())),
  tags: S.optional(S.map(S.string(), S.string()))
})

describe('the package follows awsQuery in its XML and query directions, restJson1 in JSON', () => {
  it('has them as its conventions', () => {
    expect(CONVENTIONS.xml).toBe(XML)
    expect(CONVENTIONS.query).toBe(QUERY)
    expect(CONVENTIONS.json.timestamps).toBe(JSON_TIMESTAMPS)
    expect(ERROR_CONVENTIONS.shape).toBe(CONVENTIONS)
    expect(ERROR_CONVENTIONS.xml).toBe(errorContent)
  })
})

describe('the response envelope', () => {
  it('reads the shape from the one XResult of an XResponse', () => {
    const xml = '<CreateChatTokenResponse><CreateChatTokenResult><token>t</token></CreateChatTokenResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></CreateChatTokenResponse>'
    expect(CreateChatTokenResponse.fromXml(xml)).toEqual(E.right({ token: 't' }))
  })

  it('reads any other root as the shape itself', () => {
    expect(CreateChatTokenResponse.fromXml('<CreateChatTokenResponse><token>t</token></CreateChatTokenResponse>')).toEqual(E.right({ token: 't' }))
    expect(CreateChatTokenResponse.fromXml('<Anything><token>t</token></Anything>')).toEqual(E.right({ token: 't' }))
  })

  it('unwraps only an XResponse with exactly one XResult', () => {
    const one = rootOf('<XResponse><XResult><a>1</a></XResult></XResponse>')
    expect(unwrapEnvelope(one.name, one.content)).toEqual({ a: ['1'] })
    for (const xml of ['<XResponse><XResult/><XResult/></XResponse>', '<XResponse><YResult><a>1</a></YResult></XResponse>', '<X><XResult><a>1</a></XResult></X>', '<XResponse>text</XResponse>']) {
      const doc = rootOf(xml)
      expect(unwrapEnvelope(doc.name, doc.content)).toBe(doc.content)
    }
  })

  it('is not applied by the protocol-free shape', () => {
    const xml = '<CreateChatTokenResponse><CreateChatTokenResult><token>t</token></CreateChatTokenResult></CreateChatTokenResponse>'
    expect(plainShape(CreateChatTokenResponse.schema).fromXml(xml)).toEqual(E.right({}))
  })
})

describe('error documents', () => {
  const inner = '<Type>Sender</Type><Code>ValidationException</Code><Message>bad</Message><reason>OTHER</reason>'

  it('hold the error in the first <Error> of an <ErrorResponse>, or in the root element', () => {
    expect(ValidationException.fromXml(`<ErrorResponse><Error>${inner}</Error><RequestId>r</RequestId></ErrorResponse>`)).toEqual(
      E.right({ _tag: 'ValidationException', message: 'bad', reason: 'OTHER' })
    )
    expect(ValidationException.fromXml(`<Error>${inner}</Error>`)).toEqual(E.right({ _tag: 'ValidationException', message: 'bad', reason: 'OTHER' }))
    const doc = rootOf(`<ErrorResponse><Error><a>1</a></Error><Error><a>2</a></Error></ErrorResponse>`)
    expect(errorContent(doc.name, doc.content)).toEqual({ a: ['1'] })
    const bare = rootOf('<ErrorResponse><a>1</a></ErrorResponse>')
    expect(errorContent(bare.name, bare.content)).toEqual({ a: ['1'] })
  })

  it('read <Message> as the message only when <message> is absent', () => {
    const both = rootOf('<Error><message>a</message><Message>b</Message></Error>')
    expect(errorContent(both.name, both.content)).toEqual({ message: ['a'], Message: ['b'] })
    const capital = rootOf('<Error><Message>b</Message></Error>')
    expect(errorContent(capital.name, capital.content)).toMatchObject({ message: ['b'] })
    const text = rootOf('<Error>just text</Error>')
    expect(errorContent(text.name, text.content)).toBe(text.content)
  })

  it('give an undeclared error its code and message', () => {
    expect(CreateChatTokenError.fromXml('Throttled', '<ErrorResponse><Error><Code>Throttled</Code><Message>slow</Message></Error></ErrorResponse>')).toEqual(
      E.right({ _tag: 'UnknownOperationError', code: 'Throttled', message: 'slow' })
    )
  })

  it('are read as they are by the protocol-free error shapes and unions, and as awsQuery says by the package’s', () => {
    const decl = S.structure('Oops', { message: S.optional(S.string()) }, { error: { fault: 'client', httpStatus: 400 } })
    const doc = '<ErrorResponse><Error><Message>m</Message></Error></ErrorResponse>'
    expect(plainErrorShape('Oops', decl).fromXml(doc)).toEqual(E.right({ _tag: 'Oops' }))
    expect(errorShape('Oops', decl).fromXml(doc)).toEqual(E.right({ _tag: 'Oops', message: 'm' }))
    expect(plainErrorUnion([plainErrorShape('Oops', decl)]).fromXml('Other', doc)).toEqual(E.right({ _tag: 'UnknownOperationError', code: 'Other' }))
    expect(errorUnion([errorShape('Oops', decl)]).fromXml('Other', doc)).toEqual(E.right({ _tag: 'UnknownOperationError', code: 'Other', message: 'm' }))
  })
})

describe('timestamps declared without a format', () => {
  it('are date-times in XML and query strings, epoch seconds in JSON', () => {
    expect(TIMESTAMPS).toBe('date-time')
    const T = shape(Stamped)
    fc.assert(
      fc.property(fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }), (d) => {
        const at = new Date(Math.floor(d.getTime() / 1000) * 1000)
        const text = unsafeFormatDateTime(at)
        expect(T.toXml({ at })).toBe(`<Stamped><at>${text}</at></Stamped>`)
        expect(T.toQuery({ at })).toBe(`at=${encodeURIComponent(text)}`)
        expect(T.toJson({ at })).toEqual({ at: at.getTime() / 1000 })
        expect(T.fromXml(T.toXml({ at }))).toEqual(E.right({ at }))
      }),
      { numRuns: 50 }
    )
  })
})

describe('query strings', () => {
  it('leave an empty map out, while an empty list stays one name= pair', () => {
    const T = shape(Stamped)
    expect(T.toQuery({ keys: [], tags: {} })).toBe('keys=')
    expect(T.toQuery({ tags: {} })).toBe('')
    expect(T.toQuery({ keys: ['a'], tags: { k: 'v' } })).toBe('keys.member.1=a&tags.entry.1.key=k&tags.entry.1.value=v')
    // Without awsQuery's conventions an empty map is a pair too.
    expect(plainShape(Stamped).toQuery({ keys: [], tags: {} })).toBe('keys=&tags=')
  })
})
