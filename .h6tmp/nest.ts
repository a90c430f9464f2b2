import { readXml } from '../src/codecs/XmlReader.js'
const MiB = 1024 * 1024
const fill = (head: string, unit: string, tail: string, size = 10 * MiB) => head + unit.repeat(Math.floor((size - head.length - tail.length) / unit.length)) + tail
const d = fill('<R>', '<a>'.repeat(99) + '</a>'.repeat(99), '</R>')
const m = fill('<R><rooms>', '<member><id>x</id></member>', '</rooms></R>')
for (let i = 0; i < 4; i++) { let t = performance.now(); readXml(d, 101); const a = performance.now() - t; t = performance.now(); readXml(m, 101); console.log(a.toFixed(0), (performance.now() - t).toFixed(0)) }
