/**
 * `encodeRequest` and `@aws-sdk/client-ivschat` on 200 random valid inputs per operation (the
 * fast file runs a few; see sdk-requests.test.ts for the reserved characters and ARNs).
 */
import { describe } from 'vitest'
import { requestAgreement } from './support/agreement.js'
import { makeSdk } from './support/sdk.js'

const sdk = makeSdk()

describe('encodeRequest and the SDK, on 200 random valid inputs per operation', () => {
  requestAgreement(sdk, 200)
})
