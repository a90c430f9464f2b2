/**
 * Every declared error of every operation, over real sockets (e2e.test.ts answers each error once).
 */
import { afterEach, describe, it } from 'vitest'
import { closeServers, expectDeclaredErrors } from './support/e2e.js'
import { OPERATION_NAMES, errorsOf } from './support/fixtures.js'

afterEach(closeServers)

describe('over real sockets', () => {
  it('every declared error of every operation is its typed failure, with status, request id and attempts', async () => {
    await expectDeclaredErrors(OPERATION_NAMES.flatMap((name) => errorsOf(name).map((e) => [name, e] as const)))
  })
})
