/**
 * `decodeResponse` and `@aws-sdk/client-ivschat` on 200 random responses per operation: valid
 * outputs, each declared error with and without its required members, undeclared codes, malformed
 * bodies and 5xx without a code (see support/responses.ts; the differences are pinned in
 * sdk-responses.test.ts and listed in docs/protocols.md).
 */
import { describe } from 'vitest'
import { responseAgreement } from './support/responses.js'
import { makeSdk } from './support/sdk.js'

const sdk = makeSdk()

describe('decodeResponse and the SDK, on 200 random responses per operation', () => {
  responseAgreement(sdk, 200)
})
