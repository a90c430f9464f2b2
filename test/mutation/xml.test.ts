/**
 * Exact behaviour of the XML interpreter (`Xml.ts`): text forms each kind accepts, mixed and
 * blank content, map entry paths, unions, the envelope and the encoder's output. Written
 * against surviving mutants; each test states a behaviour, not a mutant.
 */
import * as E from 'fp-ts/lib/Either.js'
import type * as t from 'io-ts'
import { describe, expect, it } from 'vitest'
import * as S from '../../src/codecs/Schema.js'
import { shape } from '../../src/codecs/Shape.js'
import { MAX_XML_DEPTH, XML_PARSER_OPTIONS, escapeXml, parseXml, unwrapEnvelope, xmlEncoderOf } from '../../src/codecs/Xml.js'
import { Choice, Everything, StrictEverything } from '../support/schemas.js'

const messages = (r: E.Either<t.Errors, unknown>): Array<string> => (E.isRight(r) ? [] : r.left.map((e) => e.message ?? ''))

const Int = shape(S.integer({ range: { min: 0, max: 10 } }), { mode: 'strict' })
const LenientInt = shape(S.integer({ range: { min: 0, max: 10 } }))
const Bool = shape(S.boolean())
const Str = shape(S.string())
const ColorKeys = shape(S.map(S.enums(['RED', 'BLUE']), S.integer(), { shapeId: 'test#ColorKeys' }), { mode: 'strict' })
const Pick = shape(Choice)

describe('parseXml', () => {
  it('says what it got when it is not given text', () => {
    expect(parseXml(5 as unknown as string)).toEqual({ _tag: 'XmlSyntaxError', message: 'expected XML text, got number' })
  })

  it('refuses DOCTYPE and ENTITY declarations in any case and with spaces', () => {
    for (const d of ['<! DOCTYPE a><a/>', '<!doctype a><a/>', '<a><!ENTITY x "y"></a>', '<a><!entity x "y"></a>']) {
      expect(parseXml(d)).toEqual({ _tag: 'XmlSyntaxError', message: 'a DOCTYPE or ENTITY declaration is not accepted' })
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
    expect(XML_PARSER_OPTIONS.maxNestedTags).toBe(99)
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
      expect(messages(Int.fromXml(`<n>${bad}</n>`))).toEqual([`(root): expected a 32-bit integer, got ${JSON.stringify(bad)}`])
    }
    expect(messages(Int.fromXml('<n>2147483648</n>'))).toEqual(['(root): expected a 32-bit integer, got "2147483648"'])
    expect(messages(Int.fromXml('<n>11</n>'))).toEqual(['(root): expected a value between 0 and 10, got 11'])
    expect(LenientInt.fromXml('<n>11</n>')).toEqual(E.right(11))
  })

  it('reads booleans from exactly true and false', () => {
    expect(Bool.fromXml('<b>true</b>')).toEqual(E.right(true))
    expect(Bool.fromXml('<b>false</b>')).toEqual(E.right(false))
    for (const bad of ['TRUE', 'False', '1', ' true', '']) expect(messages(Bool.fromXml(`<b>${bad}</b>`))).toEqual([`(root): expected true or false, got ${JSON.stringify(bad)}`])
  })

  it('reads an empty element as the empty string, and text beside child elements as the text', () => {
    expect(Str.fromXml('<s></s>')).toEqual(E.right(''))
    expect(Str.fromXml('<s/>')).toEqual(E.right(''))
    expect(Str.fromXml('<s>a<i>b</i></s>')).toEqual(E.right('a'))
  })

  it('refuses child elements without text where text is expected', () => {
    expect(messages(Str.fromXml('<s><i>b</i></s>'))).toEqual(['(root): expected text, got child elements'])
    expect(messages(Int.fromXml('<n><i>1</i></n>'))).toEqual(['(root): expected a 32-bit integer, got child elements'])
    expect(messages(Bool.fromXml('<n><i>1</i></n>'))).toEqual(['(root): expected true or false, got child elements'])
    expect(messages(shape(S.timestamp('date-time')).fromXml('<n><i>1</i></n>'))).toEqual([
      '(root): expected an RFC 3339 date-time such as 2014-04-29T18:30:38Z, got child elements'
    ])
    expect(messages(shape(S.enums(['A'])).fromXml('<n><i>1</i></n>'))).toEqual(['(root): expected text, got child elements'])
  })

  it('checks enums in strict mode only', () => {
    expect(messages(StrictEverything.fromXml('<E><name>Ab</name><color>PINK</color></E>'))).toEqual(['color: expected one of "RED", "GREEN", "BLUE", got "PINK"'])
    expect(StrictEverything.fromXml('<E><name>Ab</name><color>RED</color></E>')).toEqual(E.right({ name: 'Ab', color: 'RED', retries: 3 }))
  })
})

describe('containers', () => {
  it('read blank content as no children, and non-blank text as an error', () => {
    expect(Everything.fromXml('<E><name>Ab</name><tags> \n </tags><labels> </labels></E>')).toEqual(E.right({ name: 'Ab', tags: [], labels: {}, retries: 3 }))
    expect(messages(Everything.fromXml('<E><name>Ab</name><labels>x</labels></E>'))).toEqual(['labels: expected <entry> elements (Labels), got text'])
    expect(messages(Everything.fromXml('<E><name>Ab</name><inner> </inner></E>'))).toEqual(['inner.label: expected a value (the member is required), got nothing'])
    expect(messages(Everything.fromXml('<E><name>Ab</name><choice>x</choice></E>'))).toEqual(['choice: expected child elements (Choice), got text'])
  })

  it('put a map value error under its key, and a key error under the entry index', () => {
    expect(messages(ColorKeys.fromXml('<m><entry><key>RED</key><value>x</value></entry></m>'))).toEqual(['RED: expected a 32-bit integer, got "x"'])
    expect(messages(ColorKeys.fromXml('<m><entry><key>RED</key><value>1</value></entry><entry><key>PINK</key><value>2</value></entry></m>'))).toEqual([
      '[1]: expected one of "RED", "BLUE", got "PINK"'
    ])
    expect(messages(ColorKeys.fromXml('<m><entry>text</entry></m>'))).toEqual(['[0]: expected an <entry> with a <key> and a <value>, got an incomplete entry'])
    expect(messages(ColorKeys.fromXml('<m><entry><value>1</value></entry></m>'))).toEqual(['[0]: expected an <entry> with a <key> and a <value>, got an incomplete entry'])
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
    expect(messages(Pick.fromXml('<c></c>'))).toEqual(['(root): expected exactly one of text, number, inner, got none of them'])
    expect(messages(Pick.fromXml('<c><text>a</text><number>3</number></c>'))).toEqual(['(root): expected exactly one of text, number, inner, got 2 members (text, number)'])
    expect(messages(Pick.fromXml('<c><number>x</number></c>'))).toEqual(['number: expected a 32-bit integer, got "x"'])
    expect(messages(Pick.fromXml('<c>x</c>'))).toEqual(['(root): expected child elements (Choice), got text'])
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
