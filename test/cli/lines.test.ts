/**
 * `decode --lines`: exactly one output line per input line, in input order; problems on stderr
 * with their line numbers; the size limit per line and per document, applied while reading.
 */
import { Readable } from 'node:stream'
import { afterAll, describe, expect, it } from 'vitest'
import { SENSITIVE } from '../../src/index.js'
import { readLines } from '../../src/cli/input.js'
import { cli, tempFiles } from './helpers.js'

const TOKEN = 'tok-7d1e-secret-value'
const valid = (hour: number): string => JSON.stringify({ token: TOKEN, tokenExpirationTime: `2026-11-25T${String(hour).padStart(2, '0')}:00:00Z` })
const tmp = tempFiles('ivschat-codecs-lines-')
afterAll(tmp.cleanup)

/** A stream of `n` chunks of `size` bytes of `byte`, made one at a time (never held whole). */
const repeated = (byte: string, size: number, n: number, then = ''): Readable & { pulled: () => number } => {
  let pulled = 0
  const chunk = Buffer.alloc(size, byte)
  const stream = Readable.from(
    (function* () {
      for (let i = 0; i < n; i++) {
        pulled++
        yield chunk
      }
      if (then !== '') yield Buffer.from(then)
    })()
  )
  return Object.assign(stream, { pulled: () => pulled })
}

describe.concurrent('decode --lines', () => {
  it('one output line per input line, in order: values, error records, empty lines', async () => {
    const input = [valid(10), '', '{"token": 5}', 'not json', '   ', valid(14)].join('\n') + '\n'
    const r = await cli(['decode', 'CreateChatTokenResponse', '--lines'], input)
    expect(r.code).toBe(1)
    const out = r.stdout.split('\n')
    expect(out).toHaveLength(7) // six lines, each ended by a newline
    expect(out[6]).toBe('')
    expect(JSON.parse(out[0]!)).toEqual({ token: SENSITIVE, tokenExpirationTime: '2026-11-25T10:00:00Z' })
    expect(out[1]).toBe('')
    const third = JSON.parse(out[2]!) as { line: number; error: Array<{ path: Array<string>; message: string }> }
    expect(third.line).toBe(3)
    expect(third.error.map((i) => i.path)).toEqual([['token']])
    const fourth = JSON.parse(out[3]!) as { line: number; error: Array<{ path: Array<string> }> }
    expect(fourth).toMatchObject({ line: 4, error: [{ path: [] }] })
    expect(out[4]).toBe('')
    expect(JSON.parse(out[5]!)).toMatchObject({ tokenExpirationTime: '2026-11-25T14:00:00Z' })
    const err = r.stderr.trimEnd().split('\n')
    expect(err[0]).toMatch(/^line 3: token: expected /)
    expect(err[1]).toMatch(/^line 4: \(root\): expected /)
    expect(err.at(-1)).toBe('2 valid, 2 invalid')
    expect(r.stdout + r.stderr).not.toContain(TOKEN)
  })

  it('error records hide sensitive values', async () => {
    const r = await cli(['decode', 'CreateChatTokenRequest', '--lines'], JSON.stringify({ roomIdentifier: 'nope', userId: 'u-secret-'.repeat(30) }) + '\n')
    expect(r.code).toBe(1)
    expect(r.stdout).not.toContain('u-secret-')
    expect(JSON.parse(r.stdout)).toMatchObject({ line: 1 })
  })

  it('exit 0 when every line is valid; a file with CRLF line ends and no final newline; every output format on one line', async () => {
    const file = tmp.file('ok.ndjson', `${valid(1)}\r\n${valid(2)}`)
    for (const to of ['json', 'query', 'value', 'xml']) {
      const r = await cli(['decode', 'CreateChatTokenResponse', '--lines', '--to', to, file])
      expect(r.code).toBe(0)
      expect(r.stdout.split('\n')).toHaveLength(3)
      expect(r.stderr).toBe('2 valid, 0 invalid\n')
    }
  })

  it('--to xml keeps a value with a newline on its line', async () => {
    const r = await cli(['decode', 'Tags', '--lines', '--to', 'xml', '--show-secrets'], '{"k":"two\\nlines"}\n{"k":"x"}\n')
    expect(r.code).toBe(0)
    const out = r.stdout.trimEnd().split('\n')
    expect(out).toHaveLength(2)
    const back = await cli(['decode', 'Tags', '--from', 'xml'], out[0]!)
    expect(JSON.parse(back.stdout)).toEqual({ k: 'two\nlines' })
  })

  it('reads XML documents a line, guessed from the extension', async () => {
    const line = `<CreateChatTokenResponse><CreateChatTokenResult><tokenExpirationTime>2026-11-25T13:00:00Z</tokenExpirationTime></CreateChatTokenResult></CreateChatTokenResponse>`
    const r = await cli(['decode', 'CreateChatTokenResponse', '--lines', tmp.file('docs.xml', `${line}\n${line}\n`)])
    expect(r.code).toBe(0)
    expect(r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as unknown)).toEqual([
      { tokenExpirationTime: '2026-11-25T13:00:00Z' },
      { tokenExpirationTime: '2026-11-25T13:00:00Z' }
    ])
  })

  it('a line longer than --max-size is an error for that line, and is never held whole', async () => {
    // 64 MB in 64 KiB chunks: a reader that kept the line would hold all of it
    const input = repeated('x', 64 * 1024, 1024, `\n${valid(9)}\n`)
    const r = await cli(['decode', 'CreateChatTokenResponse', '--lines', '--max-size', '1000'], input)
    expect(r.code).toBe(1)
    const out = r.stdout.trimEnd().split('\n')
    expect(out).toHaveLength(2)
    expect(JSON.parse(out[0]!)).toMatchObject({ line: 1, error: [{ path: [] }] })
    expect(JSON.parse(out[1]!)).toMatchObject({ tokenExpirationTime: '2026-11-25T09:00:00Z' })
    expect(r.stderr).toMatch(/^line 1: \(root\): expected at most 1000 bytes/m)
  })

  it('readLines holds at most the limit of a line at a time', async () => {
    const chunks = async function* (): AsyncGenerator<Buffer> {
      yield Buffer.from('ab')
      yield Buffer.from('c\r\n\nde')
      yield Buffer.alloc(10_000, 'z')
      yield Buffer.from('\nf\n')
    }
    const pieces: Array<unknown> = []
    for await (const p of readLines(chunks(), 4)) pieces.push(p)
    expect(pieces).toEqual([{ _tag: 'Text', text: 'abc' }, { _tag: 'Text', text: '' }, { _tag: 'TooLarge' }, { _tag: 'Text', text: 'f' }])
    // a line of exactly the limit, with and without a CR
    const exact: Array<unknown> = []
    for await (const p of readLines((async function* () { yield Buffer.from('abcd\r\nabcd\nabcde') })(), 4)) exact.push(p)
    expect(exact).toEqual([{ _tag: 'Text', text: 'abcd' }, { _tag: 'Text', text: 'abcd' }, { _tag: 'TooLarge' }])
  })
})

describe.concurrent('the size limit of a whole document', () => {
  it('stops reading past the limit: an endless stdin is refused, exit 1', async () => {
    const endless = repeated(' ', 64 * 1024, Number.MAX_SAFE_INTEGER)
    const r = await cli(['decode', 'CreateChatTokenResponse', '--max-size', '100000'], endless)
    expect(r.code).toBe(1)
    expect(r.stdout).toBe('')
    expect(r.stderr).toMatch(/^stdin: \(root\): expected at most 100000 bytes/m)
    expect(endless.pulled()).toBeLessThan(10)
  })

  it('a document of exactly the limit is read', async () => {
    const doc = valid(3)
    const r = await cli(['decode', 'CreateChatTokenResponse', '--max-size', String(Buffer.byteLength(doc))], doc)
    expect(r.code).toBe(0)
    const over = await cli(['decode', 'CreateChatTokenResponse', '--max-size', String(Buffer.byteLength(doc) - 1)], doc)
    expect(over.code).toBe(1)
  })

  it('applies to error bodies too', async () => {
    const r = await cli(['error', 'CreateChatToken', '--code', 'X', '--max-size', '10'], '{"message":"more than ten bytes"}')
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/^stdin: \(root\): expected at most 10 bytes/m)
  })
})

describe('progress', () => {
  /** A clock that moves 100 ms each time it is read. */
  const clock = (): (() => number) => {
    let t = 0
    return () => (t += 100)
  }
  const input = Array.from({ length: 60 }, () => valid(5)).join('\n') + '\n'

  it('shows a progress line on a terminal stderr after a second, and clears it before the summary', async () => {
    const r = await cli(['decode', 'CreateChatTokenResponse', '--lines'], input, { isTTY: true, now: clock() })
    expect(r.code).toBe(0)
    expect(r.stderr).toMatch(/\r\d+ lines: \d+ valid, 0 invalid/)
    expect(r.stderr.endsWith('\r\x1b[K60 valid, 0 invalid\n')).toBe(true)
  })

  it('shows none when stderr is not a terminal', async () => {
    const r = await cli(['decode', 'CreateChatTokenResponse', '--lines'], input, { isTTY: false, now: clock() })
    expect(r.stderr).toBe('60 valid, 0 invalid\n')
  })
})
