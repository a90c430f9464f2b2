import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable, Writable } from 'node:stream'
import { afterAll, describe, expect, it } from 'vitest'
import * as S from '../../src/codecs/Schema.js'
import { shape } from '../../src/codecs/Shape.js'
import { CreateChatToken, CreateChatTokenRequest, CreateChatTokenResponse, ValidationException } from '../../src/index.js'
import { isErrorShape, isOperation, isShape, registryOf } from '../../src/cli/registry.js'
import { type Io, run } from '../../src/cli/run.js'
import { cli, root } from './helpers.js'

const TOKEN = 'tok-7d1e-secret-value'
const VALID = JSON.stringify({ token: TOKEN, tokenExpirationTime: '2026-11-25T13:00:00Z', sessionExpirationTime: '2026-11-25T15:00:00Z' })
const dir = mkdtempSync(join(tmpdir(), 'ivschat-codecs-cli-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const file = (name: string, text: string): string => {
  const p = join(dir, name)
  writeFileSync(p, text)
  return p
}

/** Runs the command in process with string streams. */
const inProcess = async (
  argv: ReadonlyArray<string>,
  input: Readable,
  reg = registryOf({}),
  isTTY = false
): Promise<{ code: number; stdout: string; stderr: string }> => {
  let stdout = ''
  let stderr = ''
  const sink = (append: (s: string) => void): Writable =>
    new Writable({
      write(chunk: Buffer | string, _enc, cb) {
        append(chunk.toString())
        cb()
      }
    })
  const err = Object.assign(sink((s) => (stderr += s)), { isTTY })
  const io: Io = { stdin: input, stdout: sink((s) => (stdout += s)), stderr: err }
  const code = await run(argv, io, reg)
  return { code, stdout, stderr }
}

describe.concurrent('ivschat-codecs decode', () => {
  it('decodes a JSON file and prints it re-encoded as JSON, redacted', async () => {
    const r = await cli(['decode', 'CreateChatTokenResponse', file('ok.json', VALID)])
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toEqual({
      token: '***SensitiveInformation***',
      tokenExpirationTime: '2026-11-25T13:00:00Z',
      sessionExpirationTime: '2026-11-25T15:00:00Z'
    })
    expect(r.stdout + r.stderr).not.toContain(TOKEN)
    expect(r.stderr).toBe('1 valid, 0 invalid\n')
  })

  it('shows the secrets only when asked to', async () => {
    const r = await cli(['decode', 'CreateChatTokenResponse', '-', '--show-secrets'], VALID)
    expect(r.code).toBe(0)
    expect((JSON.parse(r.stdout) as { token: string }).token).toBe(TOKEN)
  })

  it('reads XML (the awsQuery envelope) and prints a query string', async () => {
    const xml = `<CreateChatTokenResponse><CreateChatTokenResult><token>${TOKEN}</token><tokenExpirationTime>2026-11-25T13:00:00Z</tokenExpirationTime></CreateChatTokenResult></CreateChatTokenResponse>`
    const r = await cli(['decode', 'CreateChatTokenResponse', '--from', 'xml', '--to', 'query'], xml)
    expect(r.code).toBe(0)
    expect(r.stdout).toBe('token=%2A%2A%2ASensitiveInformation%2A%2A%2A&tokenExpirationTime=2026-11-25T13%3A00%3A00Z\n')
  })

  it('prints the value tree', async () => {
    const r = await cli(['decode', 'CreateChatTokenResponse', '--to', 'value'], VALID)
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toEqual({
      _tag: 'Structure',
      fields: [
        ['token', { _tag: 'String', value: '***SensitiveInformation***' }],
        ['tokenExpirationTime', { _tag: 'Timestamp', value: '2026-11-25T13:00:00.000Z' }],
        ['sessionExpirationTime', { _tag: 'Timestamp', value: '2026-11-25T15:00:00.000Z' }]
      ]
    })
  })

  it('exits 1 on an invalid document, with the path of each bad field and what was expected', async () => {
    const r = await cli(['decode', 'CreateChatTokenResponse'], '{"token": 42, "tokenExpirationTime": "2026-02-30T00:00:00Z"}')
    expect(r.code).toBe(1)
    expect(r.stdout).toBe('')
    const lines = r.stderr.trimEnd().split('\n')
    expect(lines[0]).toBe('stdin: token: expected a string, got a number (sensitive value hidden)')
    expect(lines[1]).toMatch(/^stdin: tokenExpirationTime: expected an RFC 3339 date-time.*got "2026-02-30T00:00:00Z"$/)
    expect(lines[2]).toBe('0 valid, 1 invalid')
  })

  it('validates request shapes strictly, and hides sensitive values in what it reports', async () => {
    const r = await cli(['decode', 'CreateChatTokenRequest'], JSON.stringify({ roomIdentifier: 'nope', userId: 'x'.repeat(200) }))
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('stdin: roomIdentifier: expected')
    expect(r.stderr).toContain('stdin: userId: expected')
    expect(r.stderr).not.toContain('x'.repeat(20))
  })

  it('--lines: one result a line, problems with their line numbers, a summary, exit 1', async () => {
    const input = [VALID, '', '{"token": 5}', 'not json', VALID.replace('13:00:00Z', '14:00:00Z')].join('\n') + '\n'
    const r = await cli(['decode', 'CreateChatTokenResponse', '--lines'], input)
    expect(r.code).toBe(1)
    const out = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { tokenExpirationTime: string })
    expect(out.map((o) => o.tokenExpirationTime)).toEqual(['2026-11-25T13:00:00Z', '2026-11-25T14:00:00Z'])
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      'line 3: token: expected a string, got a number (sensitive value hidden)',
      'line 4: (root): expected JSON text, got text that is not valid JSON',
      '2 valid, 2 invalid'
    ])
    expect(r.stdout + r.stderr).not.toContain(TOKEN)
  })

  it('--lines: exit 0 when every line is valid, reading a file', async () => {
    const r = await cli(['decode', 'CreateChatTokenResponse', '--lines', '--to', 'query', file('ok.ndjson', `${VALID}\n${VALID}\r\n`)])
    expect(r.code).toBe(0)
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(2)
    expect(r.stderr).toBe('2 valid, 0 invalid\n')
  })

  it('--strict checks constraints of a lenient shape', async () => {
    const Thing = shape(S.structure('Thing', { name: S.required(S.string({ length: { min: 1, max: 3 } })) }))
    const reg = registryOf({ Thing })
    const lenient = await inProcess(['decode', 'Thing'], Readable.from(['{"name":"abcdef"}']), reg)
    expect(lenient.code).toBe(0)
    const strict = await inProcess(['decode', 'Thing', '--strict'], Readable.from(['{"name":"abcdef"}']), reg)
    expect(strict.code).toBe(1)
    expect(strict.stderr).toContain('stdin: name: expected length between 1 and 3')
  })
})

describe.concurrent('ivschat-codecs error', () => {
  it('decodes an error body into the operation error union, printed with its _tag', async () => {
    const body = { message: 'bad', reason: 'FIELD_VALIDATION_FAILED', fieldList: [{ name: 'userId', message: 'too long' }] }
    const r = await cli(['error', 'CreateChatToken', '--code', 'com.amazonaws.ivschat#ValidationException:http://x'], JSON.stringify(body))
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toEqual({ _tag: 'ValidationException', ...body })
  })

  it('decodes an XML error body', async () => {
    const xml = '<ErrorResponse><Error><Code>AccessDeniedException</Code><Message>no</Message></Error></ErrorResponse>'
    const r = await cli(['error', 'CreateChatToken', '--code', 'AccessDeniedException', '--from', 'xml'], xml)
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toEqual({ _tag: 'AccessDeniedException', message: 'no' })
  })

  it('keeps an undeclared code as UnknownOperationError', async () => {
    const r = await cli(['error', 'CreateChatToken', '--code', 'ThrottlingException'], '{"message":"slow down"}')
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toEqual({ _tag: 'UnknownOperationError', code: 'ThrottlingException', message: 'slow down' })
  })

  it('exits 1 when the body does not fit the declared error', async () => {
    const r = await cli(['error', 'CreateChatToken', '--code', 'ResourceNotFoundException'], '{"message":"m"}')
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('stdin: resourceId: expected a value (the member is required), got nothing')
    expect(r.stderr.trimEnd().split('\n').at(-1)).toBe('0 valid, 1 invalid')
  })
})

describe('ivschat-codecs shapes', () => {
  it('lists the shapes, errors and operations of the root exports', async () => {
    const r = await cli(['shapes'])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^ {2}CreateChatTokenResponse$/m)
    expect(r.stdout).toMatch(/^ {2}CreateChatTokenRequest \(strict\)$/m)
    expect(r.stdout).toMatch(/^ {2}ValidationException \(HTTP 400\)$/m)
    expect(r.stdout).toMatch(/^ {2}CreateChatToken: CreateChatTokenRequest -> CreateChatTokenResponse; errors AccessDeniedException, PendingVerification, ResourceNotFoundException, ValidationException$/m)
  })

  it('finds shapes and operations by their properties', () => {
    expect(isShape(CreateChatTokenResponse)).toBe(true)
    expect(isShape(CreateChatTokenRequest.schema)).toBe(false)
    expect(isErrorShape(ValidationException)).toBe(true)
    expect(isShape(ValidationException)).toBe(false)
    expect(isOperation(CreateChatToken)).toBe(true)
    expect(isOperation(CreateChatTokenResponse)).toBe(false)
    const NewShape = shape(S.structure('NewShape', { a: S.optional(S.string()) }))
    const reg = registryOf({ NewShape, notAShape: { name: 'x' }, n: 1, ValidationException, CreateChatToken })
    expect([...reg.shapes.keys()]).toEqual(['NewShape'])
    expect([...reg.errors.keys()]).toEqual(['ValidationException'])
    expect([...reg.operations.keys()]).toEqual(['CreateChatToken'])
  })
})

describe('usage', () => {
  it.each([
    [[] as Array<string>, 'a command is needed'],
    [['frobnicate'], 'unknown command "frobnicate"'],
    [['decode'], 'decode needs the name of a shape'],
    [['decode', 'Nope'], 'unknown shape "Nope"'],
    [['decode', 'CreateChatTokenResponse', '--from', 'yaml'], '--from must be one of json, xml, not "yaml"'],
    [['decode', 'CreateChatTokenResponse', '--to', 'xml'], '--to must be one of json, query, value, not "xml"'],
    [['decode', 'CreateChatTokenResponse', '--bogus'], "Unknown option '--bogus'"],
    [['decode', 'CreateChatTokenResponse', 'a.json', 'b.json'], 'decode takes one input, got 2'],
    [['decode', 'CreateChatTokenResponse', join(root, 'no-such-file.json')], 'cannot read'],
    [['decode', 'CreateChatTokenResponse', '--lines', join(root, 'no-such-file.json')], 'cannot read'],
    [['error', 'CreateChatToken'], 'error needs --code <code>'],
    [['error', 'Nope', '--code', 'X'], 'unknown operation "Nope"'],
    [['shapes', 'extra'], 'shapes takes no arguments']
  ])('%j exits 2', async (argv, message) => {
    const r = await inProcess(argv, Readable.from([]), registryOf({ CreateChatTokenResponse, CreateChatToken }))
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toContain(`ivschat-codecs: ${message}`)
    expect(r.stderr).toContain("Run 'ivschat-codecs --help' for usage.")
  })

  it('exits 2 from the executable too, and --help exits 0', async () => {
    const bad = await cli(['decode'])
    expect(bad.code).toBe(2)
    const help = await cli(['--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('ivschat-codecs decode <Shape> [file|-]')
  })
})

describe('progress', () => {
  /** 600 lines, with a pause of 1.2 s after the first 100 so that the run lasts over a second. */
  const slowInput = (): Readable =>
    Readable.from(
      (async function* () {
        for (let i = 0; i < 100; i++) yield VALID + '\n'
        await new Promise((r) => setTimeout(r, 1200))
        for (let i = 0; i < 500; i++) yield VALID + '\n'
      })()
    )

  it('shows a progress line on a TTY stderr after a second, and clears it', async () => {
    const r = await inProcess(['decode', 'CreateChatTokenResponse', '--lines'], slowInput(), registryOf({ CreateChatTokenResponse }), true)
    expect(r.code).toBe(0)
    expect(r.stderr).toMatch(/\r\d+ lines: \d+ valid, 0 invalid/)
    expect(r.stderr.endsWith('\r\x1b[K600 valid, 0 invalid\n')).toBe(true)
  })

  it('shows none when stderr is not a TTY', async () => {
    const r = await inProcess(['decode', 'CreateChatTokenResponse', '--lines'], slowInput(), registryOf({ CreateChatTokenResponse }), false)
    expect(r.code).toBe(0)
    expect(r.stderr).toBe('600 valid, 0 invalid\n')
  })
})
