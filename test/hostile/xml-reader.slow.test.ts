/**
 * 10 MiB of hostile XML (the default `maxInputLength`) is refused or read in bounded time by the
 * reader (src/codecs/XmlReader.ts) and by the decoders on top of it. Slow tier: it builds and
 * reads ~200 MB of text and times it.
 *
 * Issue 17 asks for under 1 s per document. The bound asserted here is generous (the machine
 * these tests run on is shared and often loaded several times over) yet far below what a
 * quadratic step costs at this size (minutes: a CDATA scan that searched to the end of the text
 * took 70–120 s): the measured times are printed, best of three runs (two for the decoders).
 */
import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { MAX_XML_DEPTH } from '../../src/codecs/Xml.js'
import { MAX_XML_ATTRIBUTES, readXml } from '../../src/codecs/XmlReader.js'
import { CreateChatTokenResponse, ListRoomsResponse } from '../../src/index.js'

const MiB = 1024 * 1024
const SIZE = 10 * MiB

/** `head`, then `unit` repeated to about `SIZE` characters in all, then `tail`. */
const fill = (head: string, unit: string, tail: string): string => head + unit.repeat(Math.floor((SIZE - head.length - tail.length) / unit.length)) + tail

/** Fastest of `runs` runs, in milliseconds, and the last result. */
const best = <A>(f: () => A, runs = 3): { readonly ms: number; readonly result: A } => {
  let ms = Infinity
  let result: A | undefined
  for (let k = 0; k < runs; k++) {
    const t = performance.now()
    result = f()
    ms = Math.min(ms, performance.now() - t)
  }
  return { ms, result: result! }
}

/** Generous: see the header. */
const BOUND_MS = 8_000

type Outcome = 'refused' | 'read'

/** `<R a0="" a1="" …/>`, distinct names, about `SIZE` characters. */
const hugeAttributeList = (): string => {
  const parts = ['<R']
  let length = 2
  for (let i = 0; length < SIZE - 20; i++) {
    const a = ` a${i.toString(36)}=""`
    parts.push(a)
    length += a.length
  }
  return parts.join('') + '/>'
}

const families: ReadonlyArray<readonly [string, () => string, Outcome]> = [
  ['<R a a a …> (attributes without values)', () => fill('<R', ' a', '>'), 'refused'],
  ['<R a0="" a1="" …> (a huge attribute list)', () => hugeAttributeList(), 'refused'],
  [`elements with ${MAX_XML_ATTRIBUTES} attributes each`, () => fill('<R>', '<e ' + Array.from({ length: MAX_XML_ATTRIBUTES }, (_, i) => `a${i}=""`).join(' ') + '/>', '</R>'), 'read'],
  ['<a><a><a>… (nested without end)', () => fill('', '<a>', ''), 'refused'],
  [`nested ${MAX_XML_DEPTH - 1} deep under the root, repeated`, () => fill('<R>', '<a>'.repeat(MAX_XML_DEPTH - 1) + '</a>'.repeat(MAX_XML_DEPTH - 1), '</R>'), 'read'],
  ['&amp; × 2 million', () => fill('<R><token>', '&amp;', '</token></R>'), 'read'],
  ['&#x1F600; × 1 million', () => fill('<R><token>', '&#x1F600;', '</token></R>'), 'read'],
  ['&nbsp; × 1.7 million', () => fill('<R><token>', '&nbsp;', '</token></R>'), 'refused'],
  ['&lt; in one attribute value', () => fill('<R a="', '&lt;', '"/>'), 'read'],
  ['<member> × 390,000', () => fill('<R><rooms>', '<member><id>x</id></member>', '</rooms></R>'), 'read'],
  ['one 10 MiB text', () => fill('<R><token>', 'abcdefgh', '</token></R>'), 'read'],
  ['\\r\\n × 3.5 million', () => fill('<R><token>', 'a\r\n', '</token></R>'), 'read'],
  ['comments × 1 million', () => fill('<R>', '<!-- c -->', '</R>'), 'read'],
  ['CDATA sections × 800,000', () => fill('<R><token>', '<![CDATA[x]]>', '</token></R>'), 'read'],
  ['a document cut short after 10 MiB', () => fill('<R>', '<a>x</a>', ''), 'refused'],
  ['a control character at the end', () => fill('<R><token>', 'abcdefgh', '\u0001</token></R>'), 'refused']
]

describe('10 MiB of hostile XML', () => {
  for (const [name, make, outcome] of families) {
    it(`${name}: ${outcome} in bounded time, by the reader and by the decoders`, () => {
      const doc = make()
      expect(doc.length).toBeGreaterThan(9.9 * MiB)
      expect(doc.length).toBeLessThanOrEqual(SIZE)
      const read = best(() => readXml(doc, MAX_XML_DEPTH))
      expect('_tag' in read.result ? 'refused' : 'read').toBe(outcome)
      const token = best(() => CreateChatTokenResponse.fromXml(doc), 2)
      const rooms = best(() => ListRoomsResponse.fromXml(doc), 2)
      if (outcome === 'refused') {
        expect(E.isLeft(token.result)).toBe(true)
        expect(E.isLeft(rooms.result)).toBe(true)
      }
      console.log(`${name}: readXml ${read.ms.toFixed(0)} ms, CreateChatTokenResponse.fromXml ${token.ms.toFixed(0)} ms, ListRoomsResponse.fromXml ${rooms.ms.toFixed(0)} ms`)
      for (const ms of [read.ms, token.ms, rooms.ms]) expect(ms).toBeLessThan(BOUND_MS)
    })
  }
})
