import fc from 'fast-check'
import { readXml } from '../src/codecs/XmlReader.js'
const token = fc.constantFrom('<a>', '</a>', '<b/>', '<', '>', '/', '&', '&amp;', '&#x0;', '&#65;', '&nbsp;', '<![CDATA[', ']]>', '<?xml version="1.0"?>', '<?', '?>', '<!--', '-->', '<!DOCTYPE', ' x="', '"', "'", '=', '\u0000', '\uD800', '\r', ' ')
const soup = fc.array(fc.oneof(token, fc.string({ maxLength: 3 })), { maxLength: 30 }).map((xs) => xs.join(''))
const xs = fc.sample(fc.tuple(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), soup), fc.integer({ min: 0, max: 5 })), 400)
let worst = 0, w: unknown
const t0 = performance.now()
for (const [s, d] of xs) { const a = performance.now(); readXml(s, d); const t = performance.now() - a; if (t > worst) { worst = t; w = s } }
console.log('total', performance.now() - t0, 'worst', worst, JSON.stringify(w))
