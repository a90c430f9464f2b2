/**
 * The model's `smithy.rules#endpointTests` (carried into endpoint-tests.json by
 * scripts/generate-endpoints.ts), each as the URL a call is sent to, caught through the `fetch`
 * option; error cases as the `InvalidConfiguration` failure of the call.
 *
 * Four tests expect errors for dual stack in the ISO partitions (us-iso-east-1, us-isob-east-1).
 * The partition data of @aws-sdk/util-endpoints is newer than the model's tests and gives those
 * partitions dual-stack DNS suffixes, so the client follows the data (docs/client.md lists them).
 */
import * as E from 'fp-ts/lib/Either.js'
import { partition } from '@aws-sdk/util-endpoints'
import { describe, expect, it } from 'vitest'
import { makeClient } from '../../src/client/Client.js'
import tests from './endpoint-tests.json' with { type: 'json' }
import { KEYS, NOW } from './support/fixtures.js'

interface EndpointTest {
  readonly documentation: string
  readonly params?: { readonly Region?: string; readonly UseFIPS?: boolean; readonly UseDualStack?: boolean; readonly Endpoint?: string }
  readonly expect: { readonly endpoint?: { readonly url: string }; readonly error?: string }
}

const cases = (tests as { readonly testCases: ReadonlyArray<EndpointTest> }).testCases

/** The model's expectation, or what the newer partition data gives where the two differ. */
const expected = (t: EndpointTest): { readonly url: string } | { readonly error: string } => {
  const region = t.params?.Region
  const p = region === undefined ? undefined : partition(region)
  if (t.expect.error !== undefined && t.params?.UseDualStack === true && t.params.Endpoint === undefined && p?.supportsDualStack === true && p.supportsFIPS) {
    return { url: `https://ivschat${t.params.UseFIPS === true ? '-fips' : ''}.${region}.${p.dualStackDnsSuffix}` }
  }
  return t.expect.endpoint !== undefined ? { url: t.expect.endpoint.url } : { error: t.expect.error! }
}

/** Where a ListRooms call goes (the URL without the operation's path), or the failure it gives. */
const sentTo = async (t: EndpointTest): Promise<{ readonly url: string } | { readonly failure: unknown }> => {
  const urls: Array<string> = []
  const client = makeClient({
    ...(t.params?.Region === undefined ? {} : { region: t.params.Region }),
    ...(t.params?.Endpoint === undefined ? {} : { endpoint: t.params.Endpoint }),
    ...(t.params?.UseFIPS === undefined ? {} : { useFipsEndpoint: t.params.UseFIPS }),
    ...(t.params?.UseDualStack === undefined ? {} : { useDualstackEndpoint: t.params.UseDualStack }),
    credentials: KEYS,
    now: () => NOW,
    fetch: async (url) => {
      urls.push(url)
      return { status: 200, headers: new Headers(), arrayBuffer: async () => new TextEncoder().encode('{"rooms":[]}').buffer }
    }
  })
  const r = await client.listRooms({})()
  if (E.isLeft(r)) return { failure: r.left }
  expect(urls).toHaveLength(1)
  return { url: urls[0]!.replace(/\/ListRooms$/, '') }
}

describe('the endpoint rules of the model', () => {
  it('has its 27 tests', () => {
    expect(cases).toHaveLength(27)
  })

  it('the newer partition data changes exactly the four ISO dual-stack tests', () => {
    const changed = cases.filter((t) => JSON.stringify(expected(t)) !== JSON.stringify(t.expect.endpoint ?? { error: t.expect.error }))
    expect(changed.map((t) => t.documentation)).toEqual([
      'For region us-iso-east-1 with FIPS enabled and DualStack enabled',
      'For region us-iso-east-1 with FIPS disabled and DualStack enabled',
      'For region us-isob-east-1 with FIPS enabled and DualStack enabled',
      'For region us-isob-east-1 with FIPS disabled and DualStack enabled'
    ])
  })

  it.each(cases.map((t) => [t.documentation, t] as const))('%s', async (_, t) => {
    const want = expected(t)
    const got = await sentTo(t)
    if ('url' in want) expect(got).toEqual({ url: want.url })
    else {
      expect(got).toMatchObject({ failure: { _tag: 'InvalidConfiguration', attempts: 0 } })
      // The rule's own text, as the model words it.
      expect((got as { failure: { message: string } }).failure.message).toContain(want.error)
    }
  })
})
