import fc from 'fast-check'
const time = (name: string, a: fc.Arbitrary<unknown>) => { const t0 = performance.now(); fc.assert(fc.property(a, () => true), { numRuns: 400 }); console.log(name, (performance.now() - t0).toFixed(0)) }
const token = fc.constantFrom('<a>', '</a>', '<b/>', '<', '>')
time('string', fc.string())
time('binary', fc.string({ unit: 'binary' }))
time('units', fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) }))
time('soup', fc.array(fc.oneof(token, fc.string({ maxLength: 3 })), { maxLength: 30 }).map((xs) => xs.join('')))
time('soup2', fc.array(fc.oneof(token, fc.string({ maxLength: 3 })), { maxLength: 30 }).map((xs) => xs.join('')))
