/**
 * The XML reader: what it reads (the tree the XML decoders consume), what XML 1.0 lets it
 * accept and what it refuses, and how it says why (a position, never the input).
 */
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import { PathReporter } from 'io-ts/lib/PathReporter.js'
import * as S from '../../src/codecs/Schema.js'
import { shape } from '../../src/codecs/Shape.js'
import { escapeXml, parseXml } from '../../src/codecs/Xml.js'
import { NOT_XML_CHAR, type XmlContent, type XmlSyntaxError, isXmlChar, readXml } from '../../src/codecs/XmlReader.js'
import { drawTree, toIssues } from '../../src/codecs/Report.js'
import { CreateChatTokenRequest, CreateChatTokenResponse } from '../../src/index.js'
import { expectationsOf } from '../support/issues.js'

const read = (s: string): unknown => readXml(s, 100)

/** The content of a one-element document, or the refusal. */
const contentOf = (inner: string): XmlContent | XmlSyntaxError => {
  const r = readXml(`<a>${inner}</a>`, 100)
  return '_tag' in r ? r : r.content
}

const isRefused = (r: unknown): boolean => typeof r === 'object' && r !== null && (r as { _tag?: unknown })._tag === 'XmlSyntaxError'

/** A refusal's message: our words, then ` at line L, column C`. */
const POSITIONED = /^[^]+ at line \d+, column \d+$/

const refusalAt = (s: string): string => {
  const r = readXml(s, 100)
  if (!('_tag' in r)) throw new Error(`read: ${JSON.stringify(r)}`)
  expect(r.message).toMatch(POSITIONED)
  return r.message.slice(r.message.lastIndexOf(' at line ') + 4)
}

describe('readXml: the tree', () => {
  it('gives an element without child elements as its text, the empty string when empty', () => {
    expect(read('<a>x y</a>')).toEqual({ name: 'a', content: 'x y' })
    expect(read('<a></a>')).toEqual({ name: 'a', content: '' })
    expect(read('<a/>')).toEqual({ name: 'a', content: '' })
    expect(read('<a> </a>')).toEqual({ name: 'a', content: ' ' })
  })

  it('gives child elements by name, each name an array in document order', () => {
    expect(read('<a><b/><b>2</b><c><d/></c></a>')).toEqual({ name: 'a', content: { b: ['', '2'], c: [{ d: [''] }] } })
    expect(read('<r><member>x</member></r>')).toEqual({ name: 'r', content: { member: ['x'] } })
  })

  it('keeps an element’s own text beside its children under #text, all of it concatenated, white space included', () => {
    expect(read('<a>x<b>1</b>y<c/>z</a>')).toEqual({ name: 'a', content: { b: ['1'], c: [''], '#text': 'xyz' } })
    expect(read('<a>\n  <b>1</b>\n</a>')).toEqual({ name: 'a', content: { b: ['1'], '#text': '\n  \n' } })
    expect(read('<a><b>1</b></a>')).toEqual({ name: 'a', content: { b: ['1'] } })
  })

  it('reads CDATA as text, and leaves comments and processing instructions out', () => {
    expect(contentOf('a<![CDATA[<x>&amp;]]>b')).toBe('a<x>&amp;b')
    expect(contentOf('a<!-- <b>c</b> -->b<?pi data?>c')).toBe('abc')
    expect(contentOf('<![CDATA[]]><!---->')).toBe('')
    expect(contentOf('<![CDATA[]]]]><![CDATA[>]]>')).toBe(']]>')
  })

  it('checks attributes and leaves them out, on the root and on children', () => {
    expect(read('<a xmlns="urn:x" b=\'1\' c = "&lt;&#65;"><d e="">t</d></a>')).toEqual({ name: 'a', content: { d: ['t'] } })
  })

  it('keeps names as written: prefixes, non-ASCII names, names of Object.prototype members as own data', () => {
    expect(read('<s:a><s:b>1</s:b></s:a>')).toEqual({ name: 's:a', content: { 's:b': ['1'] } })
    expect(read('<é><ü·-.9>x</ü·-.9><𐀀/></é>')).toEqual({ name: 'é', content: { 'ü·-.9': ['x'], '𐀀': [''] } })
    const r = readXml('<a><toString>1</toString><hasOwnProperty/><valueOf>v</valueOf></a>', 100)
    expect(r).toEqual({ name: 'a', content: { toString: ['1'], hasOwnProperty: [''], valueOf: ['v'] } })
    const content = (r as { content: Record<string, unknown> }).content
    expect(Object.getPrototypeOf(content)).toBe(Object.prototype)
    expect(Object.keys(content)).toEqual(['toString', 'hasOwnProperty', 'valueOf'])
  })

  it('accepts an XML declaration and a byte order mark at the start, and white space, comments and instructions around the root', () => {
    expect(read('\uFEFF<?xml version="1.0" encoding="UTF-8"?>\n<!-- c --><?pi?>\n<a>1</a>\n<!-- d --> ')).toEqual({ name: 'a', content: '1' })
  })

  it('normalises line ends as XML 1.0 does, and reads &#xD; as a carriage return', () => {
    expect(contentOf('a\r\nb\rc\nd')).toBe('a\nb\nc\nd')
    expect(contentOf('<![CDATA[a\r\nb\r]]>')).toBe('a\nb\n')
    expect(contentOf('a&#xD;&#10;b')).toBe('a\r\nb')
  })
})

describe('readXml: references', () => {
  it('decodes the five predefined entities', () => {
    expect(contentOf('&lt;&gt;&amp;&quot;&apos;')).toBe(`<>&"'`)
    expect(contentOf('&amp;lt;')).toBe('&lt;')
  })

  it('decodes decimal and hexadecimal character references to every range XML 1.0 allows, at its ends', () => {
    const allowed = [0x9, 0xa, 0xd, 0x20, 0xd7ff, 0xe000, 0xfffd, 0x10000, 0x10ffff]
    for (const cp of allowed) {
      expect(isXmlChar(cp)).toBe(true)
      expect(contentOf(`&#${cp};|&#x${cp.toString(16)};|&#x${cp.toString(16).toUpperCase()};|&#000${cp};`)).toBe(
        [1, 2, 3, 4].map(() => String.fromCodePoint(cp)).join('|')
      )
    }
  })

  it('refuses character references to characters XML 1.0 does not allow, rather than delete or keep them', () => {
    const refusedCodePoints = [0x0, 0x1, 0x8, 0xb, 0xc, 0x1f, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xfffe, 0xffff, 0x110000]
    for (const cp of refusedCodePoints) {
      expect(isXmlChar(cp)).toBe(false)
      expect(isRefused(contentOf(`ad&#${cp};min`))).toBe(true)
      expect(isRefused(contentOf(`ad&#x${cp.toString(16)};min`))).toBe(true)
    }
    for (const ref of ['&#99999999999999999999;', '&#xFFFFFFFFFFFFFFFFFFFF;', '&#;', '&#x;', '&#65', '&#X41;', '&#x4G;', '&#-1;', '&# 65;']) {
      expect(isRefused(contentOf(`a${ref}b`))).toBe(true)
    }
  })

  it('refuses every other entity (HTML ones included) and a bare &, in text and in attribute values', () => {
    for (const bad of ['&nbsp;', '&copy;', '&xxe;', '&lt', '&LT;', '&amp', '& b', '&;', '&#', '&']) {
      expect(isRefused(contentOf(`a${bad}b`))).toBe(true)
      expect(isRefused(read(`<a b="${bad}"/>`))).toBe(true)
    }
  })
})

describe('readXml: characters', () => {
  it('refuses raw characters XML 1.0 does not allow, wherever they are', () => {
    for (const c of ['\u0000', '\u0001', '\u0008', '\u000B', '\u000C', '\u001F', '\uFFFE', '\uFFFF', '\uD800', '\uDFFF', '\uDC00\uD800']) {
      for (const doc of [`<a>x${c}</a>`, `<a b="${c}"/>`, `<a><!--${c}--></a>`, `<a><![CDATA[${c}]]></a>`, `<a><?pi ${c}?></a>`, `<!--${c}--><a/>`]) {
        expect(isRefused(read(doc))).toBe(true)
      }
    }
  })

  it('accepts tab, line feed, carriage return, surrogate pairs and the ends of the allowed ranges', () => {
    expect(contentOf('\t\n\u0020\uD7FF\uE000\uFFFD\u{10000}\u{10FFFF}😀')).toBe('\t\n\u0020\uD7FF\uE000\uFFFD\u{10000}\u{10FFFF}😀')
  })

  it('says the same as NOT_XML_CHAR (the encoder’s rule) for every UTF-16 code unit, alone and in pairs', () => {
    const disagree: Array<number> = []
    for (let c = 0; c <= 0xffff; c++) {
      const isSurrogate = c >= 0xd800 && c <= 0xdfff
      NOT_XML_CHAR.lastIndex = 0
      if (NOT_XML_CHAR.test(String.fromCharCode(c)) !== (isSurrogate || !isXmlChar(c))) disagree.push(c)
    }
    expect(disagree).toEqual([])
    for (const pair of ['\uD800\uDC00', '\uDBFF\uDFFF', '\uD83D\uDE00']) {
      NOT_XML_CHAR.lastIndex = 0
      expect(NOT_XML_CHAR.test(pair)).toBe(false)
      expect(isXmlChar(pair.codePointAt(0)!)).toBe(true)
    }
  })
})

describe('readXml: what is not a document it reads', () => {
  const refused: ReadonlyArray<readonly [string, string]> = [
    ['', 'no root element'],
    ['   ', 'only white space'],
    ['just text', 'text and no element'],
    ['x<a/>', 'text before the root'],
    ['<a/>x', 'text after the root'],
    ['<a/><b/>', 'two roots'],
    ['<a>', 'an element not closed'],
    ['<a><b></a>', 'an inner element not closed'],
    ['<a></b>', 'a closing tag that does not match'],
    ['<a></ab>', 'a closing tag that is longer'],
    ['<ab></a>', 'a closing tag that is shorter'],
    ['</a>', 'a closing tag first'],
    ['<a></a', 'a closing tag cut short'],
    ['<a', 'a start tag cut short'],
    ['<a b="1"', 'a start tag with an attribute cut short'],
    ['<a/', 'an empty-element tag cut short'],
    ['<a/ >', 'a space inside />'],
    ['< a/>', 'a space before the name'],
    ['<1a/>', 'a name starting with a digit'],
    ['<a><-b/></a>', 'a name starting with -'],
    ['<a>x < y</a>', 'a bare <'],
    ['<a>]]></a>', ']]> in text'],
    ['<a b></a>', 'an attribute without a value'],
    ['<R a a a a>', 'attributes without values'],
    ['<a b=1/>', 'an unquoted attribute value'],
    ['<a b="1\'/>', 'mismatched quotes'],
    ['<a b="1"c="2"/>', 'attributes without a space between them'],
    ['<a b="1" b="2"/>', 'an attribute given twice'],
    ['<a b="1" c="2" b="3"/>', 'an attribute given twice, later'],
    ['<a b="<"/>', '< in an attribute value'],
    ['<a><!-- a -- b --></a>', '-- inside a comment'],
    ['<a><!-- a ---></a>', 'a comment ending in -'],
    ['<a><!-- a </a>', 'a comment not closed'],
    ['<a><![CDATA[x</a>', 'a CDATA section not closed'],
    ['<![CDATA[x]]><a/>', 'a CDATA section outside the root'],
    ['<a><? x?></a>', 'an instruction without a target'],
    ['<a><?pi x</a>', 'an instruction not closed'],
    ['<a><?xml version="1.0"?></a>', 'an XML declaration inside the root'],
    [' <?xml version="1.0"?><a/>', 'an XML declaration after white space'],
    ['<?XML version="1.0"?><a/>', 'an XML declaration in capitals'],
    ['<?pix?><a/><?xml version="1.0"?>', 'a second XML declaration'],
    ['<a><!ELEMENT a ANY></a>', 'other markup declarations'],
    ['<!DOCTYPE a><a/>', 'a DOCTYPE'],
    ['<!doctype a><a/>', 'a doctype in lower case'],
    ['<! DOCTYPE a><a/>', 'a DOCTYPE after a space'],
    ['<a><!ENTITY x "y"></a>', 'an ENTITY declaration'],
    ['<__proto__/>', 'a root named __proto__'],
    ['<a><constructor/></a>', 'an element named constructor'],
    ['<a><b><prototype>x</prototype></b></a>', 'an element named prototype']
  ]

  for (const [doc, what] of refused) {
    it(`refuses ${what}`, () => {
      const r = readXml(doc, 100)
      expect(isRefused(r)).toBe(true)
      expect((r as XmlSyntaxError).message).toMatch(POSITIONED)
    })
  }

  it('refuses a DOCTYPE or ENTITY declaration in any letter case, wherever it is, with one message', () => {
    const messages = ['<!DOCTYPE a><a/>', '<!DocType a><a/>', '<a><!entity x "y"></a>', '<!\tENTITY e "x"><a/>'].map((d) => (readXml(d, 100) as XmlSyntaxError).message)
    expect(new Set(messages.map((m) => m.slice(0, m.lastIndexOf(' at line '))))).toHaveProperty('size', 1)
  })

  it('allows exactly maxDepth levels, the root included, and refuses the next as soon as it opens', () => {
    const nest = (n: number): string => '<a>'.repeat(n) + '</a>'.repeat(n)
    expect(isRefused(readXml(nest(3), 3))).toBe(false)
    expect(readXml(nest(4), 3)).toEqual({ _tag: 'XmlSyntaxError', message: expect.stringMatching(/ at line 1, column 10$/) })
    expect(isRefused(readXml('<a>'.repeat(1_000_000), 100))).toBe(true)
    expect(readXml(nest(101), 100)).toEqual({ _tag: 'XmlSyntaxError', message: expect.stringMatching(/ at line 1, column 301$/) })
  })

  it('says "expected XML text" when not given a string', () => {
    for (const u of [5, null, undefined, {}, Symbol('s')]) expect(readXml(u as unknown as string, 100)).toMatchObject({ _tag: 'XmlSyntaxError' })
  })
})

describe('readXml: messages', () => {
  it('give the line and column (counted in UTF-16 code units from 1) where the problem starts', () => {
    expect(refusalAt('<a>&nbsp;</a>')).toBe('line 1, column 4')
    expect(refusalAt('<a>\n  <b>&nbsp;</b>\n</a>')).toBe('line 2, column 6')
    expect(refusalAt('<a>\r\n<b>x</c></a>')).toBe('line 2, column 5')
    expect(refusalAt('<a>')).toBe('line 1, column 4')
    expect(refusalAt('<a><b x="1" x="2"/></a>')).toBe('line 1, column 13')
  })

  it('never quote the input: a secret in broken markup appears in no message, Left, report or PathReporter line', () => {
    const SECRET = 'QZXJKVWqzxjkvw'
    const docs = [
      `<CreateChatTokenRequest><userId>bob<${SECRET}</userId></CreateChatTokenRequest>`,
      `<CreateChatTokenRequest><userId>bob</${SECRET}></CreateChatTokenRequest>`,
      `<CreateChatTokenRequest><userId ${SECRET}>bob</userId></CreateChatTokenRequest>`,
      `<CreateChatTokenRequest><userId a="${SECRET}<">bob</userId></CreateChatTokenRequest>`,
      `<CreateChatTokenRequest><userId>&${SECRET};</userId></CreateChatTokenRequest>`,
      `<CreateChatTokenRequest><userId>${SECRET}\u0000</userId></CreateChatTokenRequest>`,
      `<CreateChatTokenRequest><${SECRET}></CreateChatTokenRequest>`,
      `<!DOCTYPE ${SECRET}><CreateChatTokenRequest/>`,
      `<CreateChatTokenRequest><userId>${SECRET}</userId>`
    ]
    for (const doc of docs) {
      const parsed = parseXml(doc)
      expect(isRefused(parsed)).toBe(true)
      expect(JSON.stringify(parsed)).not.toContain(SECRET)
      for (const r of [CreateChatTokenRequest.fromXml(doc), CreateChatTokenResponse.fromXml(doc)] as ReadonlyArray<E.Either<import('io-ts').Errors, unknown>>) {
        expect(expectationsOf(r)).toEqual([{ path: [], expected: 'an XML document' }])
        const left = E.isLeft(r) ? r.left : []
        const shown = [JSON.stringify(left.map((e) => ({ value: e.value, message: e.message, keys: e.context.map((c) => [c.key, c.actual]) }))), drawTree(left), JSON.stringify(toIssues(left)), PathReporter.report(r).join('\n')]
        for (const text of shown) expect(text).not.toContain(SECRET)
      }
    }
  })

  it('hold only the library’s words and a position, for any secret in any broken document (property)', () => {
    const secret = fc.stringMatching(/^[QXZJKVW][qxzjkvw]{7,20}$/)
    const breakIt = fc.constantFrom(
      (x: string) => `<a>${x}<</a>`,
      (x: string) => `<a><${x} ${x}></a>`,
      (x: string) => `<a>&${x};</a>`,
      (x: string) => `<a ${x}="1" ${x}="2"/>`,
      (x: string) => `<a><!-- ${x} -- --></a>`,
      (x: string) => `<${x}></${x}x>`,
      (x: string) => `<a>${x}]]></a>`,
      (x: string) => `<a><?xml ${x}?></a>`,
      (x: string) => `<a>${x}\uFFFF</a>`
    )
    fc.assert(
      fc.property(secret, breakIt, (x, f) => {
        const r = parseXml(f(x))
        expect(isRefused(r)).toBe(true)
        expect((r as XmlSyntaxError).message).toMatch(POSITIONED)
        expect((r as XmlSyntaxError).message).not.toContain(x)
      }),
      { numRuns: 200 }
    )
  })
})

describe('readXml and the encoder', () => {
  /** An XML name the encoder writes (ASCII, see `XML_NAME` in Xml.ts). */
  const xmlName = fc.constantFrom('a', 'b', 'member', 'entry', 'key', 'value', 'x-y.z', '_n', 'toString', 'hasOwnProperty')

  /** Any string, every code unit possible (lone surrogates and controls included). */
  const anyText = fc.string({ unit: fc.oneof(fc.constantFrom('&', '<', '>', '\r', '\r\n', ']]>', '"', "'", ' ', '\t', '\n'), fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c))), maxLength: 12 })

  /** What the reader gives back for a text the encoder wrote: characters XML cannot carry become U+FFFD. */
  const carried = (s: string): string => s.replace(NOT_XML_CHAR, '\uFFFD')

  /** Trees in the form the reader gives: elements with children keep `#text` only when it is not empty. */
  const tree: fc.Arbitrary<XmlContent> = fc.letrec<{ node: XmlContent }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      anyText.map(carried),
      fc
        .tuple(fc.dictionary(xmlName, fc.array(tie('node'), { minLength: 1, maxLength: 3 }), { minKeys: 1, maxKeys: 3 }), anyText.map(carried))
        .map(([children, text]): XmlContent => {
          const out: Record<string, ReadonlyArray<XmlContent> | string> = {}
          for (const k of Object.keys(children)) Object.defineProperty(out, k, { value: children[k], enumerable: true, writable: true, configurable: true })
          if (text !== '') out['#text'] = text
          return out
        })
    )
  })).node

  /** A union whose unknown variant the encoder writes as parsed content (`rawXml`). */
  const Open = shape(S.union('Open', { known: S.optional(S.string()) }))

  it('reads back every tree the encoder writes (a union’s unknown variant, written as parsed)', () => {
    fc.assert(
      fc.property(xmlName, tree, (name, content) => {
        const xml = Open.toXml({ [S.UNKNOWN]: [name, content] } as never)
        expect(readXml(xml, 100)).toEqual({ name: 'Open', content: { [name]: [content] } })
      }),
      { numRuns: 300 }
    )
  })

  it('escapes any string into text that reads back as the string, with what XML 1.0 cannot carry as U+FFFD', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const out = escapeXml(s)
        NOT_XML_CHAR.lastIndex = 0
        expect(NOT_XML_CHAR.test(out)).toBe(false)
        expect(readXml(`<a>${out}</a>`, 100)).toEqual({ name: 'a', content: carried(s) })
      }),
      { numRuns: 500 }
    )
  })

  it('writes U+0000, U+FFFE, U+FFFF, other controls and lone surrogates as U+FFFD, one per code unit, and keeps pairs', () => {
    expect(escapeXml('a\u0000b\u0001\u000B\u001F\uFFFE\uFFFF\uD800x\uDC00\uDC00\uD800😀\t\n')).toBe('a\uFFFDb\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFDx\uFFFD\uFFFD\uFFFD😀\t\n')
    const Str = shape(S.structure('T', { s: S.optional(S.string()) }))
    const xml = Str.toXml({ s: 'ad\u0000min\uD800' })
    expect(xml).toBe('<T><s>ad\uFFFDmin\uFFFD</s></T>')
    expect(Str.fromXml(xml)).toEqual(E.right({ s: 'ad\uFFFDmin\uFFFD' }))
  })

  it('never throws, whatever the text (a few hundred strings and markup soups)', () => {
    const token = fc.constantFrom('<a>', '</a>', '<b/>', '<', '>', '/', '&', '&amp;', '&#x0;', '&#65;', '&nbsp;', '<![CDATA[', ']]>', '<?xml version="1.0"?>', '<?', '?>', '<!--', '-->', '<!DOCTYPE', ' x="', '"', "'", '=', '\u0000', '\uD800', '\r', ' ')
    const soup = fc.array(fc.oneof(token, fc.string({ maxLength: 3 })), { maxLength: 30 }).map((xs) => xs.join(''))
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), soup), fc.integer({ min: 0, max: 5 }), (s, depth) => {
        const r = readXml(s, depth)
        if ('_tag' in r) expect(r.message).toMatch(POSITIONED)
        else expect(typeof r.name).toBe('string')
      }),
      { numRuns: 400 }
    )
  })
})
