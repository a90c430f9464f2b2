import * as E from 'fp-ts/lib/Either.js'
