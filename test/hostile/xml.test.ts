/**
 * Hostile XML: entity expansion, external entities, entities and CDATA, mixed content,
 * attributes, deep nesting.
 */
import * as http from 'node:http'
import * as E from 'fp-ts/lib/Either.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as S from '../../src/codecs/Schema.js'
import { shape } from '../../src/codecs/Shape.js'
import { MAX_XML_DEPTH, parseXml } from '../../src/codecs/Xml.js'
import { CreateChatTokenResponse, ValidationException } from '../../src/index.js'
import { errorsOf, leftText, targets } from './support.js'
import { expectationsOf } from '../support/issues.js'

const xmlTargets = targets.filter((t) => t.input === 'xml-text')

/**
 * A document that cannot be read is a `Left`; for an error code the union does not declare, the
 * code alone decides, so it is an `UnknownOperationError` without a message.
 */
const expectRefused = (target: (typeof xmlTargets)[number], r: E.Either<unknown, unknown>): void => {
  if (target.name.includes('(SomeUndeclaredException)')) expect(r).toEqual(E.right({ _tag: 'UnknownOperationError', code: 'SomeUndeclaredException' }))
  else expect(E.isLeft(r)).toBe(true)
}

const messages = (r: E.Either<unknown, unknown>): Array<string> => (E.isLeft(r) ? errorsOf(r.left).map((e) => e.message ?? "") : [])

const billionLaughs = (): string => {
  const lines = ['<?xml version="1.0"?>', '<!DOCTYPE lolz [', '  <!ENTITY lol "lol">']
  for (let i = 1; i <= 9; i++) lines.push(`  <!ENTITY lol${i} "${`&lol${i === 1 ? '' : i - 1};`.repeat(10)}">`)
  lines.push(']>', '<CreateChatTokenResponse><token>&lol9;</token></CreateChatTokenResponse>')
  return lines.join('\n')
}

/** A tiny HTTP server that counts the connections it gets: an external entity must never reach it. */
let hits = 0
let server: http.Server
let port = 0

beforeAll(async () => {
  server = http.createServer((_req, res) => {
    hits++
    res.end('EXTERNAL-CONTENT-FETCHED')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as { port: number }).port
})

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()))
})

describe('XML: entity declarations', () => {
  it('refuses a billion-laughs document quickly, without expanding it, for every XML decoder', () => {
    const doc = billionLaughs()
    const before = process.memoryUsage().heapUsed
    const started = performance.now()
    for (const target of xmlTargets) {
      const r = target.run(doc)
      expectRefused(target, r)
      expect(leftText(r)).not.toContain('lollol')
    }
    const elapsed = performance.now() - started
    // A billion "lol"s would be 3 GB; each refusal reads less than 1 KB.
    expect(elapsed / xmlTargets.length).toBeLessThan(50)
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(200 * 1024 * 1024)
    expect(expectationsOf(CreateChatTokenResponse.fromXml(doc))).toEqual([
      { path: [], expected: 'an XML document' }
    ])
  })

  it('never reads a file or opens a connection for an external entity', async () => {
    const docs = [
      `<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><CreateChatTokenResponse><token>&xxe;</token></CreateChatTokenResponse>`,
      `<!DOCTYPE r [<!ENTITY xxe SYSTEM "http://127.0.0.1:${port}/">]><CreateChatTokenResponse><token>&xxe;</token></CreateChatTokenResponse>`,
      `<!DOCTYPE r [<!ENTITY % p SYSTEM "http://127.0.0.1:${port}/dtd"> %p;]><CreateChatTokenResponse><token>x</token></CreateChatTokenResponse>`,
      `<!DOCTYPE r SYSTEM "http://127.0.0.1:${port}/ext.dtd"><CreateChatTokenResponse><token>&ext;</token></CreateChatTokenResponse>`,
      `<!DOCTYPE r SYSTEM "http://127.0.0.1:1/"><CreateChatTokenResponse><token>x</token></CreateChatTokenResponse>`,
      `<!doctype r [<!entity xxe system "file:///etc/passwd">]><CreateChatTokenResponse><token>&xxe;</token></CreateChatTokenResponse>`
    ]
    for (const doc of docs) {
      for (const target of xmlTargets) {
        const started = performance.now()
        const r = target.run(doc)
        expect(performance.now() - started).toBeLessThan(100)
        expectRefused(target, r)
        const text = leftText(r)
        expect(text).not.toContain('root:')
        expect(text).not.toContain('EXTERNAL-CONTENT-FETCHED')
      }
    }
    // Give a connection that was started anyway the time to arrive.
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(hits).toBe(0)
  })

  it('refuses DOCTYPE and ENTITY declarations in any letter case, and a reference to an undeclared entity', () => {
    for (const decl of ['<!DOCTYPE r>', '<!doctype r>', '<!DocType r>', '<!ENTITY e "x">', '<!entity e "x">']) {
      expect(E.isLeft(CreateChatTokenResponse.fromXml(`${decl}<CreateChatTokenResponse><token>t</token></CreateChatTokenResponse>`))).toBe(true)
    }
    // Without a declaration an unknown entity is not expanded from anywhere: XML 1.0 makes it an error.
    expect(expectationsOf(CreateChatTokenResponse.fromXml('<CreateChatTokenResponse><token>&xxe;</token></CreateChatTokenResponse>'))).toEqual([
      { path: [], expected: 'an XML document' }
    ])
  })
})

describe('XML: text', () => {
  it('decodes the five predefined entities, numeric character references and CDATA', () => {
    const r = CreateChatTokenResponse.fromXml(
      '<CreateChatTokenResponse><token>&lt;&gt;&amp;&quot;&apos;|&#65;&#x42;&#x1F600;|<![CDATA[<b>&amp;</b>]]></token></CreateChatTokenResponse>'
    )
    expect(r).toEqual(E.right({ token: `<>&"'|AB\u{1F600}|<b>&amp;</b>` }))
  })

  it('keeps a CDATA section that looks like markup, or like a closing tag, as text', () => {
    const r = CreateChatTokenResponse.fromXml('<CreateChatTokenResponse><token><![CDATA[</token><token>second]]></token></CreateChatTokenResponse>')
    expect(r).toEqual(E.right({ token: '</token><token>second' }))
  })

  it('does not crash on numeric references to no character (NUL, a lone surrogate, beyond U+10FFFF)', () => {
    for (const ref of ['&#0;', '&#xD800;', '&#x110000;', '&#99999999999999999999;', '&#x;', '&#;']) {
      const r = CreateChatTokenResponse.fromXml(`<CreateChatTokenResponse><token>a${ref}b</token></CreateChatTokenResponse>`)
      expect(E.isLeft(r) || E.isRight(r)).toBe(true)
      if (E.isRight(r)) expect(r.right.token!.startsWith('a') && r.right.token!.endsWith('b')).toBe(true)
    }
  })

  it('ignores attributes, on the root and on member elements, including hostile names', () => {
    const r = CreateChatTokenResponse.fromXml(
      '<CreateChatTokenResponse token="from-attribute" xmlns="urn:x"><token id="1" __proto__="p" constructor="c" token="t">abc</token></CreateChatTokenResponse>'
    )
    expect(r).toEqual(E.right({ token: 'abc' }))
  })

  it('reads mixed content in a text member as its own text, leaving child elements out', () => {
    // Documented in docs/security.md: a text member's child elements are ignored, like unknown members.
    expect(CreateChatTokenResponse.fromXml('<CreateChatTokenResponse><token>ab<i>c</i>d</token></CreateChatTokenResponse>')).toEqual(E.right({ token: 'abd' }))
    // A member element that holds only elements is not text.
    const r = CreateChatTokenResponse.fromXml('<CreateChatTokenResponse><token><i>c</i></token></CreateChatTokenResponse>')
    expect(expectationsOf(r)).toEqual([{ path: ['token'], expected: 'text' }])
  })

  it('reads text around the members of a structure as nothing', () => {
    const r = ValidationException.fromXml('<ValidationException>junk<message>m</message>more<reason>OTHER</reason>tail</ValidationException>')
    expect(r).toEqual(E.right({ _tag: 'ValidationException', message: 'm', reason: 'OTHER' }))
  })

  it('takes the first of repeated member elements', () => {
    expect(CreateChatTokenResponse.fromXml('<CreateChatTokenResponse><token>one</token><token>two</token></CreateChatTokenResponse>')).toEqual(
      E.right({ token: 'one' })
    )
  })
})

describe('XML: nesting', () => {
  const nested = (depth: number): string => '<a>'.repeat(depth) + '</a>'.repeat(depth)

  it(`accepts ${MAX_XML_DEPTH} levels of elements and refuses ${MAX_XML_DEPTH + 1}`, () => {
    expect('_tag' in parseXml(nested(MAX_XML_DEPTH))).toBe(false)
    expect(parseXml(nested(MAX_XML_DEPTH + 1))).toEqual({ _tag: 'XmlSyntaxError', message: expect.stringMatching(/^elements nested deeper than 100 levels at line 1, column 301$/) })
  })

  it('returns a Left, not a stack overflow, for every XML decoder given 5,000 levels, and 1,000,000', () => {
    for (const target of xmlTargets) expectRefused(target, target.run(nested(5_000)))
    // The mutation-testing runs (HOSTILE_MUTATION) use a smaller document, for time.
    const doc = nested(process.env['HOSTILE_MUTATION'] === undefined ? 1_000_000 : 10_000)
    expect(expectationsOf(CreateChatTokenResponse.fromXml(doc))).toEqual([
      { path: [], expected: 'an XML document' }
    ])
  })

  it('refuses a document too deep inside a real member, and accepts a shape nested as deep as it is declared', () => {
    const Deep = shape(S.structure('Deep', { l: S.optional(S.list(S.list(S.list(S.string())))) }))
    expect(Deep.fromXml('<Deep><l><member><member><member>x</member></member></member></l></Deep>')).toEqual(E.right({ l: [[['x']]] }))
    const tooDeep = `<Deep><l><member>${nested(MAX_XML_DEPTH)}</member></l></Deep>`
    expect(E.isLeft(Deep.fromXml(tooDeep))).toBe(true)
  })
})
