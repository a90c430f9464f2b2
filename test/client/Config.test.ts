import * as E from 'fp-ts/lib/Either.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DEFAULT_SIGNING_REGION } from '../../src/client/Endpoint.js'
import { resolveConfig } from '../../src/client/Config.js'

const credentials = { accessKeyId: 'AKID', secretAccessKey: 'SECRET' }
const tagOf = async (u: unknown): Promise<string | undefined> => {
  const r = await resolveConfig(u)
  return E.isLeft(r) ? r.left._tag : undefined
}

describe('resolveConfig', () => {
  it('accepts a region alone, and a custom endpoint alone (signed for the default region)', async () => {
    expect(await tagOf({ region: 'eu-west-1', credentials })).toBeUndefined()
    const r = await resolveConfig({ endpoint: 'http://127.0.0.1:8080', credentials })
    expect(E.isRight(r) && r.right.endpoint.signingRegion).toBe(DEFAULT_SIGNING_REGION)
  })

  it('refuses options of the wrong type or value as InvalidConfiguration', async () => {
    for (const bad of [
      undefined,
      null,
      'us-east-1',
      { region: 1 },
      { region: '' },
      { region: 'us-east-1', maxAttempts: 0 },
      { region: 'us-east-1', maxAttempts: 1.5 },
      { region: 'us-east-1', timeoutMs: -1 },
      { region: 'us-east-1', timeoutMs: Infinity },
      { region: 'us-east-1', useFipsEndpoint: 'yes' },
      { region: 'us-east-1', fetch: 'fetch' },
      { region: 'us-east-1', now: new Date() },
      { region: 'us-east-1', endpoint: 'not a url' },
      { region: 'us-east-1', endpoint: 'ftp://example.com' },
      { region: 'us-east-1', credentials: { accessKeyId: 'A' } },
      {}
    ]) {
      expect(await tagOf(bad)).toBe('InvalidConfiguration')
    }
  })

  it('refuses a configuration or credentials that throw while they are read', async () => {
    const throwing = new Proxy({}, { get: () => { throw new Error('boom') } })
    expect(await tagOf(throwing)).toBe('InvalidConfiguration')
    expect(await tagOf({ region: 'us-east-1', get credentials() { throw new Error('boom') } })).toBe('InvalidConfiguration')
    expect(await tagOf({ region: 'us-east-1', credentials: throwing })).toBe('InvalidConfiguration')
    expect(await tagOf({ region: 'us-east-1', credentials: { ...credentials, get sessionToken() { throw new Error('boom') } } })).toBe('InvalidConfiguration')
  })

  it('never throws or rejects, whatever it is given', async () => {
    await fc.assert(
      fc.asyncProperty(fc.anything(), fc.record({ region: fc.anything(), endpoint: fc.anything(), maxAttempts: fc.anything(), timeoutMs: fc.anything(), credentials: fc.anything() }, { requiredKeys: [] }), async (a, b) => {
        await resolveConfig(a)
        await resolveConfig(b)
      }),
      { numRuns: 100 }
    )
  })
})

describe('a custom endpoint', () => {
  it('with a user name or password is refused without quoting it', async () => {
    const r = await resolveConfig({ region: 'us-east-1', credentials, endpoint: 'https://me:hunter2@example.com' })
    expect(E.isLeft(r) && r.left._tag).toBe('InvalidConfiguration')
    expect(JSON.stringify(r)).not.toContain('hunter2')
  })
})
