import { describe, expect, it } from 'vitest'
import { classifyResponse, classifyTransport, standardRetry } from '../../src/client/Retry.js'

describe('what is retried', () => {
  it('throttling: a 429, or a throttling error code whatever the status', () => {
    expect(classifyResponse(429, 'ThrottlingException')).toBe('THROTTLING')
    expect(classifyResponse(429, undefined)).toBe('THROTTLING')
    expect(classifyResponse(400, 'TooManyRequestsException')).toBe('THROTTLING')
  })

  it('any 5xx, with or without a code', () => {
    for (const s of [500, 502, 503, 504, 599]) expect(classifyResponse(s, undefined)).toBe('TRANSIENT')
    expect(classifyResponse(500, 'InternalServerException')).toBe('TRANSIENT')
  })

  it('never another 4xx', () => {
    for (const [s, code] of [[400, 'ValidationException'], [403, 'AccessDeniedException'], [404, 'ResourceNotFoundException'], [409, 'ConflictException'], [402, 'ServiceQuotaExceededException'], [403, undefined]] as const) {
      expect(classifyResponse(s, code)).toBeUndefined()
    }
  })

  it('timeouts and network failures, but not an abort', () => {
    expect(classifyTransport('Timeout')).toBe('TRANSIENT')
    expect(classifyTransport('Network')).toBe('TRANSIENT')
    expect(classifyTransport('Aborted')).toBeUndefined()
  })
})

describe('the standard retry mode', () => {
  it('allows maxAttempts attempts in all', async () => {
    for (const maxAttempts of [1, 2, 3, 5]) {
      const policy = standardRetry(maxAttempts, () => 0)
      let token = await policy.start()
      let attempts = 1
      for (;;) {
        const next = await policy.retry(token, 'TRANSIENT')
        if (next === undefined) break
        token = next
        attempts++
      }
      expect(attempts).toBe(maxAttempts)
    }
  })

  it('does not retry what is not retryable', async () => {
    const policy = standardRetry(3, () => 0)
    expect(await policy.retry(await policy.start(), undefined)).toBeUndefined()
  })

  it('asks the delay function with the retries so far and a larger base after throttling', async () => {
    const asked: Array<readonly [number, number]> = []
    const policy = standardRetry(3, (i, base) => {
      asked.push([i, base])
      return 0
    })
    const t1 = await policy.retry(await policy.start(), 'TRANSIENT')
    await policy.retry(t1!, 'THROTTLING')
    expect(asked.map(([i]) => i)).toEqual([0, 1])
    expect(asked[1]![1]).toBeGreaterThan(asked[0]![1])
  })

  it('stops retrying when its token bucket is drained, and refills on successes', async () => {
    const policy = standardRetry(2, () => 0)
    let retried = 0
    for (let i = 0; i < 1000; i++) {
      if ((await policy.retry(await policy.start(), 'TRANSIENT')) === undefined) break
      retried++
    }
    expect(retried).toBeGreaterThan(0)
    expect(retried).toBeLessThan(1000)
    expect(await policy.retry(await policy.start(), 'TRANSIENT')).toBeUndefined()
    for (let i = 0; i < 100; i++) policy.success(await policy.start())
    expect(await policy.retry(await policy.start(), 'TRANSIENT')).toBeDefined()
  })
})
