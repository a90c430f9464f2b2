/**
 * The demo (`npm run demo`, demo/index.ts), run in this worker: its module is imported with
 * `console.log` captured. That `npm run demo` itself exits 0 with nothing on stderr is checked
 * in demo.slow.test.ts (it starts tsx).
 */
import { readFileSync } from 'node:fs'
import { format } from 'node:util'
import { beforeAll, describe, expect, it, vi } from 'vitest'

const samples = (name: string): string => readFileSync(new URL(`../../demo/samples/${name}`, import.meta.url), 'utf8')

/** The token the samples carry: it must never reach the output. */
const sampleToken = (JSON.parse(samples('CreateChatTokenResponse.json')) as { token: string }).token

describe('npm run demo', () => {
  let stdout = ''
  let stderr = ''

  beforeAll(async () => {
    const out: Array<string> = []
    const err: Array<string> = []
    const spies = [
      vi.spyOn(console, 'log').mockImplementation((...args: Array<unknown>) => void out.push(format(...args))),
      vi.spyOn(console, 'error').mockImplementation((...args: Array<unknown>) => void err.push(format(...args))),
      vi.spyOn(console, 'warn').mockImplementation((...args: Array<unknown>) => void err.push(format(...args)))
    ]
    try {
      await import('../../demo/index.js')
    } finally {
      for (const spy of spies) spy.mockRestore()
    }
    stdout = out.join('\n') + '\n'
    stderr = err.join('\n')
  })

  it('runs to the end with nothing on stderr', () => {
    expect(stderr).toBe('')
    expect(stdout).toContain('== CreateChatToken.decodeResponse')
  })

  it('makes a real, signed call to a local IVS Chat and prints its answer redacted', () => {
    const call = stdout.split('== A real call')[1]!.split('== CreateChatTokenResponse from JSON')[0]!
    expect(call).toContain("createChatToken answered (redacted): {\n  token: '***SensitiveInformation***',")
    expect(call).toMatch(/tokenExpirationTime: \d{4}-\d\d-\d\dT/)
    expect(call).not.toContain('the call failed')
  })

  it('never prints the sample token, from JSON or XML', () => {
    expect(sampleToken.length).toBeGreaterThan(10)
    expect(samples('CreateChatTokenResponse.xml')).toContain(sampleToken)
    expect(stdout).not.toContain(sampleToken)
    expect(stdout).not.toContain('5f2b9c1e7a')
    // the numeric token of the broken sample is hidden too
    expect(stdout).not.toContain('424242')
  })

  it('prints the redacted value and its JSON and query encodings for JSON and XML input', () => {
    const json = stdout.split('== CreateChatTokenResponse from XML')[0]!
    const xml = stdout.split('== CreateChatTokenResponse from XML')[1]!.split('== CreateChatTokenResponse broken')[0]!
    for (const section of [json, xml]) {
      expect(section).toContain("token: '***SensitiveInformation***'")
      expect(section).toContain('toJson:  {"token":"***SensitiveInformation***","tokenExpirationTime":"2026-11-25T13:00:00Z","sessionExpirationTime":"2026-11-25T15:00:00.250Z"}')
      expect(section).toContain('toQuery: token=%2A%2A%2ASensitiveInformation%2A%2A%2A&tokenExpirationTime=2026-11-25T13%3A00%3A00Z&sessionExpirationTime=2026-11-25T15%3A00%3A00.250Z')
      expect(section).toContain("[ 'tokenExpirationTime', { _tag: 'Timestamp', value: 2026-11-25T13:00:00.000Z } ]")
    }
  })

  it('explains the broken sample: both bad fields, with what was expected', () => {
    const broken = stdout.split('== CreateChatTokenResponse broken on purpose')[1]!.split('== CreateChatToken.decodeResponse')[0]!
    expect(broken).toContain('├─ token\n│  └─ expected a string, got a number (sensitive value hidden)')
    expect(broken).toContain('└─ tokenExpirationTime\n   └─ expected an RFC 3339 date-time')
    expect(broken).toContain('got "2026-02-30T13:00:00Z"')
    expect(broken).toContain("path: [ 'tokenExpirationTime' ]")
    expect(broken).not.toContain('sessionExpirationTime')
  })

  it('decodes an error response of each kind and matches it on _tag', () => {
    expect(stdout).toContain('AccessDeniedException: User is not authorized to perform ivschat:CreateChatToken')
    expect(stdout).toContain('PendingVerification: Your account is pending verification')
    expect(stdout).toContain('ResourceNotFoundException: ROOM AbCdEf123456 (Room not found)')
    expect(stdout).toContain('ValidationException (FIELD_VALIDATION_FAILED): 2 validation errors detected\n  - roomIdentifier: must match the room ARN pattern\n  - sessionDurationInMinutes: must be between 1 and 180')
    expect(stdout).toContain('UnknownOperationError: code ThrottlingException, message "Rate exceeded"')
    expect(stdout).toMatch(/UndecodableResponse: HTTP 502\n\(root\)\n└─ expected JSON text, got text that is not valid JSON/)
  })
})
