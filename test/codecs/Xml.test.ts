
import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import type * as t from 'io-ts'
import * as S from '../../src/codecs/Schema.js'
import { shape, DEFAULT_MAX_INPUT_LENGTH, neverThrow, refuseText } from '../../src/codecs/Shape.js'
import { escapeXml, parseXml, MAX_XML_DEPTH, xmlEncoderOf } from '../../src/codecs/Xml.js'
import { unwrapEnvelope } from '../../src/protocols/AwsQuery.js'
import { CreateChatTokenRequest, CreateChatTokenResponse, CreateChatToken, CreateChatTokenError, ValidationException } from '../../src/index.js'
import { anyString, arbitraryOf } from '../support/arbitrary.js'
import { messagesOf, rightOf } from '../support/either.js'
import { Everything, EverythingSchema, StrictEverything, full, Choice } from '../support/schemas.js'
import { guardOf } from '../../src/codecs/Json.js'
import { toIssues } from '../../src/codecs/Report.js'
import { MAX_ISSUES, SENSITIVE, containsSensitive, fail } from '../../src/codecs/Issue.js'
import { redactBy } from '../../src/codecs/Redact.js'
import { expectationsOf } from '../support/issues.js'
import { INT32 } from '../../src/codecs/Constraints.js'
import { describeFormat } from '../../src/codecs/Timestamp.js'

const messages = (r: E.Either<t.Errors, unknown>): Array<string> => (E.isRight(r) ? [] : r.left.map((e) => e.message ?? ''))


const Int = shape(S.integer({ range: { min: 0, max: 10 } }), { mode: 'strict' })

const LenientInt = shape(S.integer({ range: { min: 0, max: 10 } }))

const Bool = shape(S.boolean())

const Str = shape(S.string())

const ColorKeys = shape(S.map(S.enums(['RED', 'BLUE']), S.integer(), { shapeId: 'test#ColorKeys' }), { mode: 'strict' })

const Pick = shape(Choice)

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
    expect(expectationsOf(Pair.fromXml('<Pair><n>1e3</n></Pair>'))).toEqual([{ path: ['n'], expected: INT32 }])
    expect(expectationsOf(Pair.fromXml('<Pair><n>2147483648</n></Pair>'))).toEqual([{ path: ['n'], expected: INT32 }])
    expect(expectationsOf(Pair.fromXml('<Pair><n>-2147483649</n></Pair>'))).toEqual([{ path: ['n'], expected: INT32 }])
    expect(Pair.fromXml('<Pair><n>-2147483648</n><b>false</b></Pair>')).toEqual(E.right({ n: -2147483648, b: false }))
    expect(Pair.fromXml('<Pair><n>2147483647</n></Pair>')).toEqual(E.right({ n: 2147483647 }))
    expect(expectationsOf(Pair.fromXml('<Pair><n> 1</n></Pair>'))).toEqual([{ path: ['n'], expected: INT32 }])
    expect(expectationsOf(Pair.fromXml('<Pair><b>True</b></Pair>'))).toEqual([{ path: ['b'], expected: 'true or false' }])
    expect(expectationsOf(Pair.fromXml('<Pair><n><x>1</x></n></Pair>'))).toEqual([{ path: ['n'], expected: INT32 }])
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
    expect(expectationsOf(T.fromXml('<T><a>yesterday</a><b>Sat, 03 Feb 2001 04:05:06 GMT</b><c>1</c></T>'))).toEqual([
      { path: ['a'], expected: describeFormat('date-time') }
    ])
  })

  it('reports the path of what is wrong, as JSON does', () => {
    const doc = '<E><name>Ab</name><items><member><label>l</label></member><member><weight>x</weight></member></items><labels><entry><key>k</key><value>v</value></entry></labels></E>'
    expect(expectationsOf(Everything.fromXml(doc))).toEqual([
      { path: ['labels', 'k'], expected: INT32 },
      { path: ['items', 1, 'label'], expected: 'a value (the member is required)' },
      { path: ['items', 1, 'weight'], expected: INT32 }
    ])
  })

  it('refuses a map entry without a key or a value', () => {
    expect(expectationsOf(Everything.fromXml('<E><name>Ab</name><labels><entry><key>k</key></entry></labels></E>'))).toEqual([
      { path: ['labels', 0], expected: 'an <entry> with a <key> and a <value>' }
    ])
  })

  it('refuses text where elements are expected', () => {
    expect(expectationsOf(Everything.fromXml('<E><name>Ab</name><tags>a,b</tags></E>'))).toEqual([{ path: ['tags'], expected: '<member> elements (Tags)' }])
    expect(expectationsOf(Everything.fromXml('<E>text</E>'))).toEqual([{ path: [], expected: 'child elements (Everything)' }])
  })

  it('checks constraints in strict mode only', () => {
    const doc = '<E><name>x</name><color>PINK</color></E>'
    expect(Everything.fromXml(doc)).toEqual(E.right({ name: 'x', color: 'PINK', retries: 3 }))
    expect(expectationsOf(StrictEverything.fromXml(doc))).toEqual([{ path: ['name'], expected: 'length between 2 and 8' }, { path: ['color'], expected: 'one of "RED", "GREEN", "BLUE"' }])
  })

  it('refuses what is not one XML document, and any DOCTYPE', () => {
    for (const bad of ['', 'not xml', '<a>', '<a></b>', '<a/><b/>', '<E><name>Ab</name><tags><member>a</member><member>b', '<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>', '<!doctype a><a/>']) {
      const ms = messagesOf(Everything.fromXml(bad))
      expect(ms).toHaveLength(1)
      expect(ms[0]).toMatch(/^\(root\): expected an XML document, got one that could not be read/)
    }
    expect(parseXml('<!DOCTYPE a><a/>')).toEqual({ _tag: 'XmlSyntaxError', message: expect.stringMatching(/^a DOCTYPE or ENTITY declaration is not accepted at line 1, column \d+$/) })
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
    expect(expectationsOf(Everything.fromXml(fullXml, { maxInputLength: 10 }))).toEqual([{ path: [], expected: `at most 10 characters` }])
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

describe('XML decoders compiled in the test', () => {
  it('name what they expected when they get text instead of elements', () => {
    expect(expectationsOf(shape(S.list(S.string(), { shapeId: 'x#L' })).fromXml('<l>a</l>'))).toEqual([{ path: [], expected: '<member> elements (L)' }])
    expect(expectationsOf(shape(S.map(S.string(), S.string(), { shapeId: 'x#M' })).fromXml('<m>a</m>'))).toEqual([{ path: [], expected: '<entry> elements (M)' }])
    expect(expectationsOf(shape(S.structure('St', { a: S.optional(S.string()) })).fromXml('<s>a</s>'))).toEqual([{ path: [], expected: 'child elements (St)' }])
    expect(expectationsOf(shape(S.union('Un', { a: S.optional(S.string()) })).fromXml('<u>a</u>'))).toEqual([{ path: [], expected: 'child elements (Un)' }])
    expect(expectationsOf(shape(S.string()).fromXml('<s><i/></s>'))).toEqual([{ path: [], expected: 'text' }])
    expect(expectationsOf(shape(S.boolean()).fromXml('<s><i/></s>'))).toEqual([{ path: [], expected: 'true or false' }])
  })

  it('check list and map sizes in strict mode only', () => {
    const L = S.list(S.string(), { length: { max: 1 } })
    const M = S.map(S.string(), S.string(), { length: { max: 1 } })
    const two = '<l><member>a</member><member>b</member></l>'
    const twoEntries = '<m><entry><key>a</key><value>x</value></entry><entry><key>b</key><value>y</value></entry></m>'
    expect(shape(L).fromXml(two)).toEqual(E.right(['a', 'b']))
    expect(expectationsOf(shape(L, { mode: 'strict' }).fromXml(two))).toEqual([{ path: [], expected: 'size at most 1' }])
    expect(shape(M).fromXml(twoEntries)).toEqual(E.right({ a: 'x', b: 'y' }))
    expect(expectationsOf(shape(M, { mode: 'strict' }).fromXml(twoEntries))).toEqual([{ path: [], expected: 'size at most 1' }])
  })
})

describe('parseXml: declarations', () => {
  it('refuses declarations with spaces after <!, in any case, and accepts a document that only mentions the words', () => {
    for (const d of ['<! DOCTYPE r>', '<!\tENTITY e "x">', '<!DOCTYPE r>', '<!Entity e "x">']) {
      expect(parseXml(`${d}<r>1</r>`)).toEqual({ _tag: 'XmlSyntaxError', message: expect.stringMatching(/^a DOCTYPE or ENTITY declaration is not accepted at line 1, column \d+$/) })
    }
    expect(parseXml('<r>DOCTYPE ENTITY !DOCTYPE</r>')).toEqual({ name: 'r', content: 'DOCTYPE ENTITY !DOCTYPE' })
    expect(parseXml(5 as unknown as string)).toEqual({ _tag: 'XmlSyntaxError', message: 'expected XML text, got number' })
  })
})

describe('parseXml', () => {
  it('says what it got when it is not given text', () => {
    expect(parseXml(5 as unknown as string)).toEqual({ _tag: 'XmlSyntaxError', message: 'expected XML text, got number' })
  })

  it('refuses DOCTYPE and ENTITY declarations in any case and with spaces', () => {
    for (const d of ['<! DOCTYPE a><a/>', '<!doctype a><a/>', '<a><!ENTITY x "y"></a>', '<a><!entity x "y"></a>']) {
      expect(parseXml(d)).toEqual({ _tag: 'XmlSyntaxError', message: expect.stringMatching(/^a DOCTYPE or ENTITY declaration is not accepted at line 1, column \d+$/) })
    }
  })

  it('gives the root element name and content', () => {
    expect(parseXml('<a>x</a>')).toEqual({ name: 'a', content: 'x' })
    expect(parseXml('<?xml version="1.0"?><a><b>1</b></a>')).toEqual({ name: 'a', content: { b: ['1'] } })
  })

  it('refuses a document with no root element, with the reason', () => {
    const r = parseXml('just text')
    expect('_tag' in r && r.message.length > 0).toBe(true)
    expect(parseXml('')).toMatchObject({ _tag: 'XmlSyntaxError' })
  })

  it('allows exactly MAX_XML_DEPTH levels', () => {
    expect(MAX_XML_DEPTH).toBe(100)
    const nest = (n: number): string => '<a>'.repeat(n) + '</a>'.repeat(n)
    expect('_tag' in parseXml(nest(MAX_XML_DEPTH))).toBe(false)
    expect('_tag' in parseXml(nest(MAX_XML_DEPTH + 1))).toBe(true)
  })
})

describe('text of scalars', () => {
  it('reads integers written with an optional sign and digits only', () => {
    expect(Int.fromXml('<n>+5</n>')).toEqual(E.right(5))
    expect(Int.fromXml('<n>-0</n>')).toEqual(E.right(-0))
    expect(Int.fromXml('<n>007</n>')).toEqual(E.right(7))
    for (const bad of [' 5', '5 ', '1e1', '0x5', '5.0', '', '+', '--5', 'five']) {
      expect(expectationsOf(Int.fromXml(`<n>${bad}</n>`))).toEqual([{ path: [], expected: INT32 }])
    }
    expect(expectationsOf(Int.fromXml('<n>2147483648</n>'))).toEqual([{ path: [], expected: INT32 }])
    expect(expectationsOf(Int.fromXml('<n>11</n>'))).toEqual([{ path: [], expected: 'a value between 0 and 10' }])
    expect(LenientInt.fromXml('<n>11</n>')).toEqual(E.right(11))
  })

  it('reads booleans from exactly true and false', () => {
    expect(Bool.fromXml('<b>true</b>')).toEqual(E.right(true))
    expect(Bool.fromXml('<b>false</b>')).toEqual(E.right(false))
    for (const bad of ['TRUE', 'False', '1', ' true', '']) expect(expectationsOf(Bool.fromXml(`<b>${bad}</b>`))).toEqual([{ path: [], expected: `true or false` }])
  })

  it('reads an empty element as the empty string, and text beside child elements as the text', () => {
    expect(Str.fromXml('<s></s>')).toEqual(E.right(''))
    expect(Str.fromXml('<s/>')).toEqual(E.right(''))
    expect(Str.fromXml('<s>a<i>b</i></s>')).toEqual(E.right('a'))
  })

  it('refuses child elements without text where text is expected', () => {
    expect(expectationsOf(Str.fromXml('<s><i>b</i></s>'))).toEqual([{ path: [], expected: 'text' }])
    expect(expectationsOf(Int.fromXml('<n><i>1</i></n>'))).toEqual([{ path: [], expected: INT32 }])
    expect(expectationsOf(Bool.fromXml('<n><i>1</i></n>'))).toEqual([{ path: [], expected: 'true or false' }])
    expect(expectationsOf(shape(S.timestamp('date-time')).fromXml('<n><i>1</i></n>'))).toEqual([
      { path: [], expected: describeFormat('date-time') }
    ])
    expect(expectationsOf(shape(S.enums(['A'])).fromXml('<n><i>1</i></n>'))).toEqual([{ path: [], expected: 'text' }])
  })

  it('checks enums in strict mode only', () => {
    expect(expectationsOf(StrictEverything.fromXml('<E><name>Ab</name><color>PINK</color></E>'))).toEqual([{ path: ['color'], expected: 'one of "RED", "GREEN", "BLUE"' }])
    expect(StrictEverything.fromXml('<E><name>Ab</name><color>RED</color></E>')).toEqual(E.right({ name: 'Ab', color: 'RED', retries: 3 }))
  })
})

describe('containers', () => {
  it('read blank content as no children, and non-blank text as an error', () => {
    expect(Everything.fromXml('<E><name>Ab</name><tags> \n </tags><labels> </labels></E>')).toEqual(E.right({ name: 'Ab', tags: [], labels: {}, retries: 3 }))
    expect(expectationsOf(Everything.fromXml('<E><name>Ab</name><labels>x</labels></E>'))).toEqual([{ path: ['labels'], expected: '<entry> elements (Labels)' }])
    expect(expectationsOf(Everything.fromXml('<E><name>Ab</name><inner> </inner></E>'))).toEqual([{ path: ['inner', 'label'], expected: 'a value (the member is required)' }])
    expect(expectationsOf(Everything.fromXml('<E><name>Ab</name><choice>x</choice></E>'))).toEqual([{ path: ['choice'], expected: 'child elements (Choice)' }])
  })

  it('put a map value error under its key, and a key error under the entry index (a key, not an array index: XML entries are elements)', () => {
    expect(expectationsOf(ColorKeys.fromXml('<m><entry><key>RED</key><value>x</value></entry></m>'))).toEqual([{ path: ['RED'], expected: INT32 }])
    expect(expectationsOf(ColorKeys.fromXml('<m><entry><key>RED</key><value>1</value></entry><entry><key>PINK</key><value>2</value></entry></m>'))).toEqual([
      { path: ['1'], expected: 'one of "RED", "BLUE"' }
    ])
    expect(expectationsOf(ColorKeys.fromXml('<m><entry>text</entry></m>'))).toEqual([{ path: ['0'], expected: 'an <entry> with a <key> and a <value>' }])
    expect(expectationsOf(ColorKeys.fromXml('<m><entry><value>1</value></entry></m>'))).toEqual([{ path: ['0'], expected: 'an <entry> with a <key> and a <value>' }])
    expect(ColorKeys.fromXml('<m><entry><key>RED</key><value>1</value></entry><entry><key>BLUE</key><value>2</value></entry></m>')).toEqual(E.right({ RED: 1, BLUE: 2 }))
  })

  it('keep a map key named __proto__ as data', () => {
    const r = shape(S.map(S.string(), S.string())).fromXml('<m><entry><key>__proto__</key><value>x</value></entry></m>')
    expect(E.isRight(r)).toBe(true)
    const v = (r as E.Right<Record<string, string>>).right
    expect(Object.getPrototypeOf(v)).toBe(Object.prototype)
    expect(Object.getOwnPropertyDescriptor(v, '__proto__')?.value).toBe('x')
  })

  it('decode a union from exactly one member element', () => {
    expect(Pick.fromXml('<c><number>3</number></c>')).toEqual(E.right({ number: 3 }))
    expect(expectationsOf(Pick.fromXml('<c></c>'))).toEqual([{ path: [], expected: 'exactly one of text, number, inner' }])
    expect(expectationsOf(Pick.fromXml('<c><text>a</text><number>3</number></c>'))).toEqual([{ path: [], expected: 'exactly one of text, number, inner' }])
    expect(expectationsOf(Pick.fromXml('<c><number>x</number></c>'))).toEqual([{ path: ['number'], expected: INT32 }])
    expect(expectationsOf(Pick.fromXml('<c>x</c>'))).toEqual([{ path: [], expected: 'child elements (Choice)' }])
  })

  it('read the first of repeated member elements', () => {
    expect(Everything.fromXml('<E><name>Ab</name><name>Cd</name></E>')).toEqual(E.right({ name: 'Ab', retries: 3 }))
  })
})

describe('unwrapEnvelope', () => {
  it('unwraps only an XResponse root with exactly one XResult child', () => {
    expect(unwrapEnvelope('XResponse', { XResult: [{ a: ['1'] }] })).toEqual({ a: ['1'] })
    expect(unwrapEnvelope('XResponse', { XResult: [{ a: ['1'] }, { a: ['2'] }] })).toEqual({ XResult: [{ a: ['1'] }, { a: ['2'] }] })
    expect(unwrapEnvelope('XResponse', { YResult: [{ a: ['1'] }] })).toEqual({ YResult: [{ a: ['1'] }] })
    expect(unwrapEnvelope('Response', { Result: ['r'] })).toBe('r')
    expect(unwrapEnvelope('XResponse', 'text')).toBe('text')
    expect(unwrapEnvelope('XResponses', { XResult: ['r'], XsResult: ['s'] })).toEqual({ XResult: ['r'], XsResult: ['s'] })
  })
})

describe('encoding', () => {
  it('escapes exactly &, <, > and carriage returns', () => {
    expect(escapeXml('a&b<c>d\re"f\'g\nh')).toBe('a&amp;b&lt;c&gt;d&#xD;e"f\'g\nh')
    expect(escapeXml('&&')).toBe('&amp;&amp;')
  })

  it('writes each kind, lists as <member> and maps as <entry>, and skips absent members', () => {
    expect(xmlEncoderOf(S.integer().ast)(-3)).toBe('-3')
    expect(xmlEncoderOf(S.boolean().ast)(false)).toBe('false')
    expect(xmlEncoderOf(S.enums(['A&B']).ast)('A&B')).toBe('A&amp;B')
    expect(xmlEncoderOf(S.list(S.string()).ast)(['a', '<'])).toBe('<member>a</member><member>&lt;</member>')
    expect(xmlEncoderOf(S.list(S.string()).ast)([])).toBe('')
    expect(xmlEncoderOf(S.map(S.string(), S.integer()).ast)({ 'a&': 1, b: 2 })).toBe('<entry><key>a&amp;</key><value>1</value></entry><entry><key>b</key><value>2</value></entry>')
    expect(xmlEncoderOf(Choice.ast)({ number: 1 })).toBe('<number>1</number>')
    expect(Everything.toXml({ name: 'A', retries: 1, count: undefined } as never)).toBe('<Everything><name>A</name><retries>1</retries></Everything>')
  })
})
