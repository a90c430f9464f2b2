import fc from 'fast-check'
const time = (name: string, a: fc.Arbitrary<unknown>) => { const t0 = performance.now(); fc.assert(fc.property(a, fc.integer({ min: 0, max: 5 }), () => true), { numRuns: 400 }); console.log(name, (performance.now() - t0).toFixed(0)) }
const token = fc.constantFrom('<a>', '</a>', '<b/>', '<', '>', '/', '&', '&amp;', '&#x0;', '&#65;', '&nbsp;', '<![CDATA[', ']]>', '<?xml version="1.0"?>', '<?', '?>', '<!--', '-->', '<!DOCTYPE', ' x="', '"', "'", '=', '\u0000', '\uD800', '\r', ' ')
const soup = fc.array(fc.oneof(token, fc.string({ maxLength: 3 })), { maxLength: 30 }).map((xs) => xs.join(''))
time('soup', soup)
time('oneof3', fc.oneof(fc.string(), fc.string({ unit: 'binary' }), soup))
const soupB = fc.array(fc.oneof(token, fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 30 }).map((xs) => xs.join(''))
time('soupB', soupB)
time('soup+string', fc.oneof(fc.string({ unit: 'binary' }), soup))
