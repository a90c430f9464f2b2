import * as E from 'fp-ts/lib/Either.js'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { REFRESH_BEFORE_MS, cached, credentialsSource } from '../../src/client/Credentials.js'

const KEYS = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' }

/** A clock the test moves by hand. */
const clock = (start = Date.UTC(2024, 0, 1)) => {
  let t = start
  return { now: () => new Date(t), advance: (ms: number) => (t += ms), at: () => t }
}

const sourceOf = (option: unknown, now = () => new Date()) => {
  const s = credentialsSource(option, now)
  if (E.isLeft(s)) throw new Error(s.left.message)
  return s.right
}

afterEach(() => {
  vi.unstubAllEnvs()
})

describe('credentials given as a value', () => {
  it('are used as given', async () => {
    expect(await sourceOf({ ...KEYS, sessionToken: 'TOKEN' })()).toEqual(E.right({ ...KEYS, sessionToken: 'TOKEN' }))
  })

  it('are refused when a key is missing or not text, naming the field but never a value', () => {
    for (const bad of [{ accessKeyId: KEYS.accessKeyId }, { ...KEYS, secretAccessKey: 42 }, { ...KEYS, accessKeyId: '' }, { ...KEYS, sessionToken: 1 }, { ...KEYS, expiration: 'soon' }, 'AKID:SECRET', null]) {
      const s = credentialsSource(bad, () => new Date())
      expect(E.isLeft(s) && s.left._tag).toBe('InvalidConfiguration')
      expect(JSON.stringify(s)).not.toContain(KEYS.secretAccessKey)
    }
  })
})

describe('a credentials provider', () => {
  it('is asked once while what it gave has no expiration', async () => {
    const provider = vi.fn(async () => KEYS)
    const source = cached(provider, () => new Date())
    await source()
    await source()
    expect(provider).toHaveBeenCalledTimes(1)
  })

  it('is asked again from five minutes before the expiration of what it gave', async () => {
    const c = clock()
    let n = 0
    const provider = vi.fn(async () => ({ ...KEYS, sessionToken: `token-${++n}`, expiration: new Date(c.at() + 60 * 60 * 1000) }))
    const source = cached(provider, c.now)
    expect(await source()).toMatchObject(E.right({ sessionToken: 'token-1' }))
    c.advance(60 * 60 * 1000 - REFRESH_BEFORE_MS - 1)
    expect(await source()).toMatchObject(E.right({ sessionToken: 'token-1' }))
    c.advance(1)
    expect(await source()).toMatchObject(E.right({ sessionToken: 'token-2' }))
    expect(provider).toHaveBeenCalledTimes(2)
  })

  it('is asked once for calls made while it answers', async () => {
    const provider = vi.fn(() => new Promise<typeof KEYS>((resolve) => setTimeout(() => resolve(KEYS), 5)))
    const source = cached(provider, () => new Date())
    const all = await Promise.all([source(), source(), source()])
    expect(all.every(E.isRight)).toBe(true)
    expect(provider).toHaveBeenCalledTimes(1)
  })

  it('that fails gives InvalidConfiguration without its message, and is asked again next time', async () => {
    let fail = true
    const provider = vi.fn(async () => {
      if (fail) throw new Error(`cannot use ${KEYS.secretAccessKey}`)
      return KEYS
    })
    const source = cached(provider, () => new Date())
    const first = await source()
    expect(E.isLeft(first) && first.left._tag).toBe('InvalidConfiguration')
    expect(JSON.stringify(first)).not.toContain(KEYS.secretAccessKey)
    fail = false
    expect(await source()).toEqual(E.right(KEYS))
  })

  it('that throws synchronously or gives something else is a failure, not an exception', async () => {
    const throwing = cached(() => {
      throw new Error('boom')
    }, () => new Date())
    expect(E.isLeft(await throwing())).toBe(true)
    const odd = cached(async () => ({ accessKeyId: 'A' }), () => new Date())
    expect(E.isLeft(await odd())).toBe(true)
  })
})

describe('no credentials: the AWS default chain', () => {
  it('reads the environment through @aws-sdk/credential-provider-node, imported on first use', async () => {
    vi.stubEnv('AWS_ACCESS_KEY_ID', 'AKIDFROMENV')
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'secret-from-env')
    vi.stubEnv('AWS_SESSION_TOKEN', 'token-from-env')
    const r = await sourceOf(undefined)()
    expect(r).toMatchObject(E.right({ accessKeyId: 'AKIDFROMENV', secretAccessKey: 'secret-from-env', sessionToken: 'token-from-env' }))
  })

  it('is not imported by the client modules up front', async () => {
    const { readdirSync, readFileSync } = await import('node:fs')
    const dir = new URL('../../src/client/', import.meta.url)
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.ts'))) {
      expect(readFileSync(new URL(f, dir), 'utf8')).not.toMatch(/^import[^\n]*'@aws-sdk\/credential-provider-node'/m)
    }
  })
})
