import * as t from 'io-ts'; import * as E from 'fp-ts/lib/Either.js'
