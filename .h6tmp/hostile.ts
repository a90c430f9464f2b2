import { readXml } from '../src/codecs/XmlReader.js'
import { XMLParser } from 'fast-xml-parser'
import { CreateChatTokenResponse, ListRoomsResponse } from '../src/index.js'
const MiB = 1024 * 1024
const fill = (head: string, unit: string, tail: string, size = 10 * MiB) => head + unit.repeat(Math.floor((size - head.length - tail.length) / unit.length)) + tail
let k = 0
const docs: Record<string, string> = {
  'R a a a': fill('<R', ' a', '>'),
  'distinct attrs': (() => { const parts = ['<R']; let n = 2; while (n < 10 * MiB - 20) { const a = ` a${(k++).toString(36)}=""`; parts.push(a); n += a.length } parts.push('/>'); return parts.join('') })(),
  'open nesting': fill('', '<a>', ''),
  'nested 99 repeated': fill('<R>', '<a>'.repeat(99) + '</a>'.repeat(99), '</R>'),
  'amp entities': fill('<R><token>', '&amp;', '</token></R>'),
  'char refs': fill('<R><token>', '&#x1F600;', '</token></R>'),
  'nbsp': fill('<R><token>', '&nbsp;', '</token></R>'),
  'many members': fill('<R><rooms>', '<member><id>x</id></member>', '</rooms></R>'),
  'long text': fill('<R><token>', 'abcdefgh', '</token></R>'),
  'comments': fill('<R>', '<!-- c -->', '</R>'),
  'cdata': fill('<R><token>', '<![CDATA[x]]>', '</token></R>'),
  'attr value entities': fill('<R a="', '&lt;', '"/>'),
  'unclosed': fill('<R>', '<a>x</a>', ''),
  'crlf': fill('<R><token>', 'a\r\n', '</token></R>'),
}
for (const [name, d] of Object.entries(docs)) {
  const ts: number[] = []
  let r: any
  for (let i = 0; i < 3; i++) { const t0 = performance.now(); r = readXml(d, 100); ts.push(performance.now() - t0) }
  const t1 = performance.now(); CreateChatTokenResponse.fromXml(d); const full = performance.now() - t1
  const t2 = performance.now(); ListRoomsResponse.fromXml(d); const full2 = performance.now() - t2
  console.log(name.padEnd(22), (d.length / MiB).toFixed(2), 'MiB', 'read ms', ts.map((t) => t.toFixed(0)).join('/'), 'fromXml', full.toFixed(0), full2.toFixed(0), '_tag' in r ? r.message : 'ok')
}
