import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import type * as t from 'io-ts'
import * as S from '../../src/codecs/Schema.js'
import { shape } from '../../src/codecs/Shape.js'
import { escapeXml, parseXml, unwrapEnvelope } from '../../src/codecs/Xml.js'
import { CreateChatTokenRequest, CreateChatTokenResponse } from '../../src/index.js'
import { anyString, arbitraryOf } from '../support/arbitrary.js'
import { messagesOf, rightOf } from '../support/either.js'
import { Everything, EverythingSchema, StrictEverything, full } from '../support/schemas.js'

const fullXml =
  '<Everything><name>Abc1</name><color>GREEN</color><count>42</count><flag>true</flag><secret>hunter2-secret</secret>' +
  '<inner><label>in</label><weight>7</weight></inner><tags><member>a</member><member>b c</member></tags>' +
  '<labels><entry><key>x</key><value>1</value></entry><entry><key>y</key><value>-5</value></entry></labels>' +
  '<secrets><entry><key>apiKey</key><value>k-123456789</value></entry></secrets>' +
  '<created>2014-04-29T18:30:38.123Z</created><modified>Tue, 29 Apr 2014 18:30:38 GMT</modified><expires>1398796238.123</expires>' +
  '<choice><inner><label>picked</label></inner></choice><items><member><label>one</label></member><member><label>two</label><weight>2</weight></member></items>' +
  '<retries>4</retries></Everything>'

/** The inner content of `fullXml`, to wrap in other roots. */
const fullContent = fullXml.slice('<Everything>'.length, -'</Everything>'.length)

const Pair = shape(S.structure('Pair', { s: S.optional(S.string()), n: S.optional(S.integer()), b: S.optional(S.boolean()) }))

describe('XML: examples', () => {
  it('encodes members in declaration order, lists as <member>, maps as <entry>', () => {
    expect(Everything.toXml(full)).toBe(fullXml)
  })

  it('decodes the same document', () => {
    expect(Everything.fromXml(fullXml)).toEqual(E.right(full))
    expect(StrictEverything.fromXml(fullXml)).toEqual(E.right(full))
  })

  it('accepts an XML declaration, whitespace between elements and any root name', () => {
    const pretty = `<?xml version="1.0" encoding="UTF-8"?>\n<Whatever>\n  <name>Ab</name>\n  <tags>\n    <member>x</member>\n  </tags>\n</Whatever>\n`
    expect(Everything.fromXml(pretty)).toEqual(E.right({ name: 'Ab', tags: ['x'], retries: 3 }))
  })

  it('unwraps the awsQuery envelope and ignores ResponseMetadata', () => {
    const doc = `<EverythingResponse xmlns="https://ivschat.amazonaws.com/doc/2020-07-14/"><EverythingResult>${fullContent}</EverythingResult><ResponseMetadata><RequestId>c6104cbe-af31-11e0-8154-cbc7ccf896c7</RequestId></ResponseMetadata></EverythingResponse>`
    expect(Everything.fromXml(doc)).toEqual(E.right(full))
  })

  it('unwraps the envelope of any operation name', () => {
    expect(unwrapEnvelope('GetThingResponse', { GetThingResult: [{ a: ['1'] }], ResponseMetadata: [''] })).toEqual({ a: ['1'] })
    expect(unwrapEnvelope('GetThing', { GetThingResult: [{ a: ['1'] }] })).toEqual({ GetThingResult: [{ a: ['1'] }] })
  })

  it('ignores unknown elements and attributes', () => {
    const doc = '<Everything lang="en"><unknown><deep>1</deep></unknown><name id="7">Ab</name><Name>other</Name><inner><label>l</label><extra/></inner></Everything>'
    expect(Everything.fromXml(doc)).toEqual(E.right({ name: 'Ab', inner: { label: 'l' }, retries: 3 }))
  })

  it('lets the declaration decide what text means: 0123 is a string for a string, 123 for an integer', () => {
    expect(Pair.fromXml('<Pair><s>0123</s><n>0123</n></Pair>')).toEqual(E.right({ s: '0123', n: 123 }))
    expect(Pair.fromXml('<Pair><s>true</s><b>true</b></Pair>')).toEqual(E.right({ s: 'true', b: true }))
    expect(Pair.fromXml('<Pair><s>1e3</s><n>-7</n></Pair>')).toEqual(E.right({ s: '1e3', n: -7 }))
    expect(Pair.fromXml('<Pair><s>null</s></Pair>')).toEqual(E.right({ s: 'null' }))
  })

  it('refuses integer text that is not a 32-bit integer, and boolean text other than true/false', () => {
    expect(messagesOf(Pair.fromXml('<Pair><n>1e3</n></Pair>'))).toEqual(['n: expected a 32-bit integer, got "1e3"'])
    expect(messagesOf(Pair.fromXml('<Pair><n>2147483648</n></Pair>'))).toEqual(['n: expected a 32-bit integer, got "2147483648"'])
    expect(messagesOf(Pair.fromXml('<Pair><n>-2147483649</n></Pair>'))).toEqual(['n: expected a 32-bit integer, got "-2147483649"'])
    expect(Pair.fromXml('<Pair><n>-2147483648</n><b>false</b></Pair>')).toEqual(E.right({ n: -2147483648, b: false }))
    expect(Pair.fromXml('<Pair><n>2147483647</n></Pair>')).toEqual(E.right({ n: 2147483647 }))
    expect(messagesOf(Pair.fromXml('<Pair><n> 1</n></Pair>'))).toEqual(['n: expected a 32-bit integer, got " 1"'])
    expect(messagesOf(Pair.fromXml('<Pair><b>True</b></Pair>'))).toEqual(['b: expected true or false, got "True"'])
    expect(messagesOf(Pair.fromXml('<Pair><n><x>1</x></n></Pair>'))).toEqual(['n: expected a 32-bit integer, got child elements'])
  })

  it('reads a list with one <member> as a list, and empty lists and maps as empty', () => {
    expect(rightOf(Everything.fromXml('<E><name>Ab</name><tags><member>only</member></tags></E>')).tags).toEqual(['only'])
    expect(rightOf(Everything.fromXml('<E><name>Ab</name><items><member><label>l</label></member></items></E>')).items).toEqual([{ label: 'l' }])
    expect(Everything.fromXml('<E><name>Ab</name><tags/><labels></labels><items>\n  </items></E>')).toEqual(E.right({ name: 'Ab', tags: [], labels: {}, items: [], retries: 3 }))
  })

  it('keeps empty strings and whitespace-only strings, leading and trailing spaces included', () => {
    expect(Everything.fromXml('<E><name>  </name><tags><member></member><member/><member> a </member><member>\n</member></tags></E>')).toEqual(
      E.right({ name: '  ', tags: ['', '', ' a ', '\n'], retries: 3 })
    )
  })

  it('reads entities, character references and CDATA', () => {
    const doc = '<E><name>a &amp; &lt;b&gt; &#x41;&#66; &quot;&apos;</name><inner><label><![CDATA[<x>&amp;]]></label></inner><tags><member>x&#xD;y</member></tags></E>'
    expect(Everything.fromXml(doc)).toEqual(E.right({ name: 'a & <b> AB "\'', inner: { label: '<x>&amp;' }, tags: ['x\ry'], retries: 3 }))
  })

  it('escapes &, <, > and carriage returns when encoding', () => {
    expect(escapeXml('a&b<c>d\re"f\'')).toBe('a&amp;b&lt;c&gt;d&#xD;e"f\'')
    expect(Pair.toXml({ s: '<&>' })).toBe('<Pair><s>&lt;&amp;&gt;</s></Pair>')
  })

  it('encodes timestamps in their format and reads them back', () => {
    const T = shape(S.structure('T', { a: S.required(S.timestamp('date-time')), b: S.required(S.timestamp('http-date')), c: S.required(S.timestamp('epoch-seconds')) }))
    const d = new Date('2001-02-03T04:05:06.007Z')
    const xml = T.toXml({ a: d, b: d, c: d })
    expect(xml).toBe('<T><a>2001-02-03T04:05:06.007Z</a><b>Sat, 03 Feb 2001 04:05:06.007 GMT</b><c>981173106.007</c></T>')
    expect(T.fromXml(xml)).toEqual(E.right({ a: d, b: d, c: d }))
    expect(messagesOf(T.fromXml('<T><a>yesterday</a><b>Sat, 03 Feb 2001 04:05:06 GMT</b><c>1</c></T>'))).toEqual([
      'a: expected an RFC 3339 date-time such as 2014-04-29T18:30:38Z, got "yesterday"'
    ])
  })

  it('reports the path of what is wrong, as JSON does', () => {
    const doc = '<E><name>Ab</name><items><member><label>l</label></member><member><weight>x</weight></member></items><labels><entry><key>k</key><value>v</value></entry></labels></E>'
    expect(messagesOf(Everything.fromXml(doc))).toEqual([
      'labels.k: expected a 32-bit integer, got "v"',
      'items[1].label: expected a value (the member is required), got nothing',
      'items[1].weight: expected a 32-bit integer, got "x"'
    ])
  })

  it('refuses a map entry without a key or a value', () => {
    expect(messagesOf(Everything.fromXml('<E><name>Ab</name><labels><entry><key>k</key></entry></labels></E>'))).toEqual([
      'labels[0]: expected an <entry> with a <key> and a <value>, got an incomplete entry'
    ])
  })

  it('refuses text where elements are expected', () => {
    expect(messagesOf(Everything.fromXml('<E><name>Ab</name><tags>a,b</tags></E>'))).toEqual(['tags: expected <member> elements (Tags), got text'])
    expect(messagesOf(Everything.fromXml('<E>text</E>'))).toEqual(['(root): expected child elements (Everything), got text'])
  })

  it('checks constraints in strict mode only', () => {
    const doc = '<E><name>x</name><color>PINK</color></E>'
    expect(Everything.fromXml(doc)).toEqual(E.right({ name: 'x', color: 'PINK', retries: 3 }))
    expect(messagesOf(StrictEverything.fromXml(doc))).toEqual(['name: expected length between 2 and 8, got length 1', 'color: expected one of "RED", "GREEN", "BLUE", got "PINK"'])
  })

  it('refuses what is not one XML document, and any DOCTYPE', () => {
    for (const bad of ['', 'not xml', '<a>', '<a></b>', '<a/><b/>', '<E><name>Ab</name><tags><member>a</member><member>b', '<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>', '<!doctype a><a/>']) {
      const ms = messagesOf(Everything.fromXml(bad))
      expect(ms).toHaveLength(1)
      expect(ms[0]).toMatch(/^\(root\): expected an XML document, got one that could not be read/)
    }
    expect(parseXml('<!DOCTYPE a><a/>')).toEqual({ _tag: 'XmlSyntaxError', message: 'a DOCTYPE or ENTITY declaration is not accepted' })
  })

  it('refuses a truncated document rather than read part of it', () => {
    fc.assert(
      fc.property(arbitraryOf(EverythingSchema, { xmlSafe: true }), fc.nat(), (x, n) => {
        const xml = Everything.toXml(x)
        const cut = xml.slice(0, n % xml.length)
        expect(E.isLeft(Everything.fromXml(cut))).toBe(true)
      })
    )
  })

  it('refuses text longer than maxInputLength', () => {
    expect(messagesOf(Everything.fromXml(fullXml, { maxInputLength: 10 }))).toEqual([`(root): expected at most 10 characters, got ${fullXml.length}`])
  })
})

describe('XML: properties', () => {
  const cases = [
    ['Everything', Everything],
    ['Everything (strict)', StrictEverything],
    ['CreateChatTokenResponse', CreateChatTokenResponse],
    ['CreateChatTokenRequest (strict)', CreateChatTokenRequest]
  ] as const

  for (const [name, s] of cases) {
    it(`${name}: fromXml(toXml(x)) gives x back`, () => {
      const codec = s as unknown as typeof Everything
      fc.assert(
        fc.property(arbitraryOf<unknown>(s.schema, { xmlSafe: true }), (x) => {
          expect(codec.fromXml(codec.toXml(x as never))).toEqual(E.right(x))
        })
      )
    })
  }

  it('reads the envelope of any value as the value', () => {
    fc.assert(
      fc.property(arbitraryOf(EverythingSchema, { xmlSafe: true }), (x) => {
        const body = Everything.toXml(x).slice('<Everything>'.length, -'</Everything>'.length)
        const doc = `<EverythingResponse><EverythingResult>${body}</EverythingResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></EverythingResponse>`
        expect(Everything.fromXml(doc)).toEqual(E.right(x))
      })
    )
  })

  it('agrees with JSON on every value', () => {
    fc.assert(
      fc.property(arbitraryOf(EverythingSchema, { xmlSafe: true }), (x) => {
        expect(Everything.fromXml(Everything.toXml(x))).toEqual(Everything.fromJson(Everything.toJson(x)))
      })
    )
  })

  it('never throws on any text', () => {
    const token = fc.constantFrom('<E>', '</E>', '<name>', '</name>', '<tags>', '</tags>', '<member>', '</member>', '<labels>', '<entry>', '<key>', '</key>', '<value>', '</value>', '</entry>', '</labels>', '&amp;', '&#x0;', '&bogus;', '<![CDATA[', ']]>', '<?xml version="1.0"?>', '<!-- c -->', '<!DOCTYPE', '<a b="', '"/>', 'Ab', '12', ' ', '\u0000')
    const soup = fc.array(fc.oneof(token, fc.string({ maxLength: 3 })), { maxLength: 30 }).map((xs) => xs.join(''))
    fc.assert(
      fc.property(fc.oneof(fc.string(), anyString(), soup), (s) => {
        for (const x of [Everything, StrictEverything, CreateChatTokenResponse, CreateChatTokenRequest] as const) {
          const r: E.Either<t.Errors, unknown> = x.fromXml(s)
          expect(['Left', 'Right']).toContain(r._tag)
          if (E.isRight(r)) expect((x.is as (u: unknown) => boolean)(r.right)).toBe(true)
          else expect(r.left.length).toBeGreaterThan(0)
        }
      })
    )
  })
})
