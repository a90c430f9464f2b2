/**
 * `ivschat-codecs serve`, in process: the URL on stdout, stopping on SIGINT/SIGTERM, refusing
 * bad flags, never printing credentials.
 */
import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { serve, serverOptionsOf } from '../../src/server/cli.js'
import { cli } from '../cli/helpers.js'

const capture = () => {
  const out: Array<string> = []
  const err: Array<string> = []
  let urlSeen: (url: string) => void = () => undefined
  const url = new Promise<string>((resolve) => (urlSeen = resolve))
  return { out, err, url, output: { out: (l: string) => void (out.push(l), urlSeen(l)), err: (l: string) => void err.push(l) } }
}

describe('serve', () => {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`prints its URL, serves, and stops cleanly on ${signal}`, async () => {
      const c = capture()
      const listenersBefore = process.listenerCount(signal)
      const code = serve(['--port', '0', '--region', 'eu-central-1', '--credentials', 'AKIDCLI:cli-secret-value'], c.output)
      const url = await c.url
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
      // Signatures are checked: an unsigned request is refused.
      expect((await fetch(`${url}/ListRooms`, { method: 'POST', body: '{}' })).status).toBe(403)
      process.emit(signal)
      expect(await code).toBe(0)
      await expect(fetch(`${url}/ListRooms`, { method: 'POST', body: '{}' })).rejects.toThrow()
      expect(c.out).toEqual([url])
      expect(c.err.join('\n')).toContain(signal)
      expect([...c.out, ...c.err].join('\n')).not.toContain('cli-secret-value')
      expect(process.listenerCount(signal)).toBe(listenersBefore)
    })
  }

  it('refuses bad flags with exit code 2, naming each', async () => {
    const c = capture()
    expect(await serve(['--port', 'abc', '--throttle-rate', 'x', '--credentials', 'only-a-key'], c.output)).toBe(2)
    const said = c.err.join('\n')
    for (const flag of ['--port', '--throttle-rate', '--credentials']) expect(said).toContain(flag)
    expect(c.out).toEqual([])
  })

  it('refuses values startServer refuses, and unknown flags', async () => {
    const c = capture()
    expect(await serve(['--port', '0', '--account', '12', '--server-error-rate', '3'], c.output)).toBe(2)
    expect(c.err.join('\n')).toMatch(/account.*serverErrorRate|serverErrorRate.*account/)
    expect(await serve(['--prot', '1'], c.output)).toBe(2)
  })
})

describe('flags', () => {
  it('become startServer options, with port 4566 by default', () => {
    expect(serverOptionsOf(new Map())).toEqual(E.right({ port: 4566 }))
    expect(
      serverOptionsOf(
        new Map([
          ['port', '0'],
          ['host', '0.0.0.0'],
          ['account', '000000000000'],
          ['credentials', 'AK:SK:TO:KEN'],
          ['latency-ms', '5'],
          ['throttle-rate', '0.1'],
          ['server-error-rate', '0.2']
        ])
      )
    ).toEqual(
      E.right({
        port: 0,
        host: '0.0.0.0',
        account: '000000000000',
        credentials: { accessKeyId: 'AK', secretAccessKey: 'SK', sessionToken: 'TO:KEN' },
        latencyMs: 5,
        throttleRate: 0.1,
        serverErrorRate: 0.2
      })
    )
  })
})

describe('the ivschat-codecs command', () => {
  it('lists serve, and gives its help', async () => {
    expect((await cli(['--help'])).stdout).toContain('serve')
    const help = await cli(['serve', '--help'])
    expect(help.code).toBe(0)
    for (const flag of ['--port', '--host', '--region', '--account', '--credentials', '--latency-ms', '--throttle-rate', '--server-error-rate']) expect(help.stdout).toContain(flag)
  })

  it('refuses bad serve flags with exit code 2', async () => {
    const r = await cli(['serve', '--port', 'x'])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('--port')
  })

  it('runs serve until SIGTERM', async () => {
    const stdout = new (await import('node:stream')).PassThrough()
    let printed = ''
    const url = new Promise<string>((resolve) => stdout.on('data', (d: Buffer) => ((printed += d.toString()), printed.includes('\n') && resolve(printed.trim()))))
    const code = cli(['serve', '--port', '0'], '', { stdout })
    const u = await url
    expect((await fetch(`${u}/ListRooms`, { method: 'POST', body: '{}' })).status).toBe(200)
    process.emit('SIGTERM')
    expect((await code).code).toBe(0)
  })
})
