/**
 * The SDK agreement properties, shared by the fast files (a few runs per operation, to keep
 * `npm test` quick) and the slow ones (`*.slow.test.ts`, 200 runs per operation and more).
 */
import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import { expect, it } from 'vitest'
import { arbitraryOf } from '../../support/arbitrary.js'
import { comparableOurs, comparableSdk, operationOf, pairsOf, rfc3986 } from './compare.js'
import { OPERATION_NAMES, type OperationName, type SdkHarness } from './sdk.js'

/** Whether a string holds a UTF-16 surrogate without its pair (no URI can carry one). */
export const hasLoneSurrogate = (s: string): boolean => /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s)

const inputHasLoneSurrogateInQuery = (name: OperationName, input: unknown): boolean =>
  name === 'UntagResource' && ((input as { tagKeys: ReadonlyArray<string> }).tagKeys ?? []).some(hasLoneSurrogate)

/** Valid inputs of an operation (strict mode), as the SDK can send them. */
export const inputsOf = (name: OperationName): fc.Arbitrary<unknown> => {
  const op = operationOf(name)
  if (op.input === undefined) return fc.constant(undefined)
  // A lone surrogate cannot be percent-encoded at all: the SDK's query builder throws on it when it
  // sends. Agreement is checked on what can be sent; `sdk-requests.test.ts` checks that our side
  // answers such a key without throwing.
  return arbitraryOf(op.input).filter((i) => !inputHasLoneSurrogateInQuery(name, i))
}

/** Asserts that our request for `input` is the SDK's, and that our query is RFC 3986 encoded. */
export const assertSameRequest = async (sdk: SdkHarness, name: OperationName, input: unknown): Promise<void> => {
  const op = operationOf(name)
  const ours = op.encodeRequest(input)
  if (E.isLeft(ours)) throw new Error(`${name}: encodeRequest refused a valid input: ${JSON.stringify(ours.left.map((e) => e.message))}`)
  const theirs = await sdk.request(name, input)
  expect(comparableOurs(ours.right)).toEqual(comparableSdk(theirs))
  // The text itself: each name and value percent-encoded per RFC 3986, pairs joined by '&'.
  expect(ours.right.query).toBe(pairsOf(ours.right.query).map(([k, v]) => `${rfc3986(k)}=${rfc3986(v)}`).join('&'))
  for (const h of Object.keys(ours.right.headers)) expect(h).toBe(h.toLowerCase())
}

/** One test per operation: `runs` random valid inputs, each sent by both. */
export const requestAgreement = (sdk: SdkHarness, runs: number): void => {
  for (const name of OPERATION_NAMES) {
    it(`${name}: encodeRequest agrees with the SDK on ${runs} random valid inputs`, async () => {
      await fc.assert(
        fc.asyncProperty(inputsOf(name), (input) => assertSameRequest(sdk, name, input)),
        { numRuns: runs }
      )
    })
  }
}
