import fc from 'fast-check'
import { readXml } from '../src/codecs/XmlReader.js'
const token = fc.constantFrom('<a>', '</a>', '<b/>', '<', '>', '/', '&', '&amp;', '&#x0;', '&#65;', '&nbsp;', '<![CDATA[', ']]>', '<?xml version="1.0"?>', '<?', '?>', '<!--', '-->', '<!DOCTYPE', ' x="', '"', "'", '=', '\u0000', '\uD800', '\r', ' ')
const soup = fc.array(fc.oneof(token, fc.string({ maxLength: 3 })), { maxLength: 30 }).map((xs) => xs.join(''))
const POSITIONED = /^[^]+ at line \d+, column \d+$/
let t0 = performance.now()
fc.assert(fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), soup), fc.integer({ min: 0, max: 5 }), (s, depth) => { void s; void depth }), { numRuns: 400 })
console.log('assert', performance.now() - t0)
