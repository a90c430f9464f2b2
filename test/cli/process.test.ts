/**
 * The command as a real process (bundled once by esbuild, so each start is quick): its exit
 * codes, and a reader that goes away (`| head -1`) ending it quietly with 0. The same closed
 * output is also checked in process.
 */
import { spawn } from 'node:child_process'
import { rmSync } from 'node:fs'
import { Writable } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bundleCli, cli, root, spawnNode, tempFiles } from './helpers.js'

const VALID = '{"token":"tok-secret","tokenExpirationTime":"2026-11-25T13:00:00Z"}'
const tmp = tempFiles('ivschat-codecs-proc-')
let main = ''
let big = ''

beforeAll(async () => {
  main = await bundleCli()
  big = tmp.file('big.ndjson', `${VALID}\n`.repeat(50_000))
})
afterAll(() => {
  tmp.cleanup()
  if (main !== '') rmSync(main, { force: true })
})

/** A stdout whose reader has gone: every write fails with EPIPE. */
const closedPipe = (): Writable =>
  new Writable({
    write(_chunk, _enc, cb) {
      cb(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }))
    }
  })

describe('a closed output', () => {
  it('in process: ends quietly, exit 0, without reading the rest', async () => {
    const r = await cli(['decode', 'CreateChatTokenResponse', '--lines', big], '', { stdout: closedPipe() })
    expect(r.code).toBe(0)
    expect(r.stderr).toBe('')
  })

  it('a real process whose reader closes the pipe after one line exits 0, silently', async () => {
    const child = spawn(process.execPath, [main, 'decode', 'CreateChatTokenResponse', '--lines', big], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_OPTIONS: '' } })
    let stderr = ''
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
    let first = ''
    child.stdout.setEncoding('utf8')
    await new Promise<void>((resolve) => {
      const onData = (d: string): void => {
        first += d
        if (first.includes('\n')) {
          child.stdout.off('data', onData)
          child.stdout.destroy()
          resolve()
        }
      }
      child.stdout.on('data', onData)
    })
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
    expect(JSON.parse(first.split('\n')[0]!)).toMatchObject({ token: '***SensitiveInformation***' })
    expect(stderr).toBe('')
    expect(code).toBe(0)
  })
})

describe.concurrent('exit codes of the real process', () => {
  it('0 all valid, 1 some invalid, 2 unreadable input', async () => {
    const [ok, invalid, missing] = await Promise.all([
      spawnNode([main, 'decode', 'CreateChatTokenResponse'], VALID),
      spawnNode([main, 'decode', 'CreateChatTokenResponse', '--lines'], `${VALID}\n{"token":1}\n`),
      spawnNode([main, 'decode', 'CreateChatTokenResponse', tmp.dir + '/missing.json'])
    ])
    expect(ok.code).toBe(0)
    expect(ok.stderr).toBe('1 valid, 0 invalid\n')
    expect(invalid.code).toBe(1)
    expect(invalid.stdout.trimEnd().split('\n')).toHaveLength(2)
    expect(missing.code).toBe(2)
    expect(missing.stderr.trimEnd().split('\n')).toHaveLength(1)
  })
})
