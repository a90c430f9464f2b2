import fc from 'fast-check'
import { readXml } from '../src/codecs/XmlReader.js'
const arb = fc.tuple(fc.oneof(fc.string(), fc.string({ unit: 'binary' })), fc.integer({ min: 0, max: 5 }))
let t0 = performance.now()
fc.assert(fc.property(arb, () => true), { numRuns: 400 })
console.log('noop', performance.now() - t0)
t0 = performance.now()
let worst = 0, w: unknown
fc.assert(fc.property(arb, ([s, d]) => { const a = performance.now(); readXml(s, d); const t = performance.now() - a; if (t > worst) { worst = t; w = [s, d] } }), { numRuns: 400 })
console.log('read', performance.now() - t0, worst, JSON.stringify(w))
