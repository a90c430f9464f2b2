import { readXml } from '../src/codecs/XmlReader.js'
import { XMLParser } from 'fast-xml-parser'
const MiB = 1024 * 1024
const fill = (head: string, unit: string, tail: string, size = 10 * MiB) => head + unit.repeat(Math.floor((size - head.length - tail.length) / unit.length)) + tail
let k = 0
const docs: Record<string, string> = {
  'distinct attrs': (() => { const parts = ['<R']; let n = 2; while (n < 10 * MiB - 20) { const a = ` a${(k++).toString(36)}=""`; parts.push(a); n += a.length } parts.push('/>'); return parts.join('') })(),
  'nested 99 repeated': fill('<R>', '<a>'.repeat(99) + '</a>'.repeat(99), '</R>'),
  'many members': fill('<R><rooms>', '<member><id>x</id></member>', '</rooms></R>'),
  'cdata': fill('<R><token>', '<![CDATA[x]]>', '</token></R>'),
}
const fxp = new XMLParser()
const fxpSame = new XMLParser({ ignoreAttributes: true, parseTagValue: false, trimValues: false, isArray: () => true })
for (const [name, d] of Object.entries(docs)) {
  const ts: number[] = [], fs: number[] = []
  for (let i = 0; i < 3; i++) {
    let t0 = performance.now(); readXml(d, 100); ts.push(performance.now() - t0)
    t0 = performance.now(); try { fxpSame.parse(d) } catch {} ; fs.push(performance.now() - t0)
  }
  console.log(name.padEnd(22), 'ours', ts.map((t) => t.toFixed(0)).join('/'), 'fxp parse (no validation)', fs.map((t) => t.toFixed(0)).join('/'))
}
