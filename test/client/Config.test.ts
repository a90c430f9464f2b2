import * as E from 'fp-ts/lib/Either.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DEFAULT_SIGNING_REGION } from '../../src/client/Endpoint.js'
import { resolveConfig } from '../../src/client/Config.js'

const credentials = { accessKeyId: 'AKID', secretAccessKey: 'SECRET' }
const tagOf = (u: unknown): string | undefined => {
  const r = resolveConfig(u)
  return E.isLeft(r) ? r.left._tag : undefined
}

describe('resolveConfig', () => {
  it('accepts a region alone, and a custom endpoint alone (signed for the default region)', () => {
    expect(tagOf({ region: 'eu-west-1', credentials })).toBeUndefined()
    const r = resolveConfig({ endpoint: 'http://127.0.0.1:8080', credentials })
    expect(E.isRight(r) && r.right.endpoint.signingRegion).toBe(DEFAULT_SIGNING_REGION)
  })

  it('refuses options of the wrong type or value as InvalidConfiguration', () => {
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
      expect(tagOf(bad)).toBe('InvalidConfiguration')
    }
  })

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), fc.record({ region: fc.anything(), endpoint: fc.anything(), maxAttempts: fc.anything(), timeoutMs: fc.anything(), credentials: fc.anything() }, { requiredKeys: [] }), (a, b) => {
        resolveConfig(a)
        resolveConfig(b)
      }),
      { numRuns: 100 }
    )
  })
})

describe('a custom endpoint', () => {
  it('with a user name or password is refused without quoting it', () => {
    const r = resolveConfig({ region: 'us-east-1', credentials, endpoint: 'https://me:hunter2@example.com' })
    expect(E.isLeft(r) && r.left._tag).toBe('InvalidConfiguration')
    expect(JSON.stringify(r)).not.toContain('hunter2')
  })
})
