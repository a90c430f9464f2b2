import { createRequire } from 'node:module'
const which = process.argv[2]
const s = performance.now()
if (which === 'import') await import('fp-ts/lib/Either.js')
else if (which === 'require') createRequire(import.meta.url)('fp-ts/lib/Either.js')
else if (which === 'import-iots') { await import('fp-ts/lib/Either.js'); await import('io-ts') }
else if (which === 'require-iots') { const r = createRequire(import.meta.url); r('fp-ts/lib/Either.js'); r('io-ts') }
console.log(which, (performance.now() - s).toFixed(1))
