import * as E from 'fp-ts/es6/Either.js'
