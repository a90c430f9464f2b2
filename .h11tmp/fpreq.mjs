import { createRequire } from 'node:module'; createRequire(import.meta.url)('fp-ts/lib/Either.js')
