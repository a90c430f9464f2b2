/**
 * Nothing printed from the input reaches the terminal raw: file names, shape names, map keys in
 * paths and values are escaped, on stderr and on stdout, so input can neither send control
 * sequences nor forge a line of its own.
 */
import { afterAll, describe, expect, it } from 'vitest'
import { escapeText, quote, safeJsonText, safeXmlText } from '../../src/cli/terminal.js'
import { cli, tempFiles } from './helpers.js'

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/
const FORGED = '\u001b[2J\u001b[31m\n0 valid, 0 invalid'
const tmp = tempFiles('ivschat-codecs-term-')
afterAll(tmp.cleanup)

const noControl = (text: string): void => {
  expect(text).not.toMatch(CONTROL)
}

describe('escaping', () => {
  it('escapes controls, DEL, C1, separators and bidi overrides, and nothing else', () => {
    expect(escapeText('a\u001b[31mb\nc\r\td\u007f\u009b\u2028\u202e é 😀 \\')).toBe('a\\x1b[31mb\\nc\\r\\td\\x7f\\x9b\\u2028\\u202e é 😀 \\')
    expect(quote('a"b\nc')).toBe('"a\\"b\\nc"')
  })

  it('keeps JSON and XML text meaning the same', () => {
    const value = { k: 'x\u009by\u202ez\u0001' }
    const json = safeJsonText(JSON.stringify(value))
    noControl(json)
    expect(JSON.parse(json)).toEqual(value)
    expect(safeXmlText('<a>x\u001by\nz</a>', false)).toBe('<a>x&#x1B;y\nz</a>')
    expect(safeXmlText('<a>x\u001by\nz</a>', true)).toBe('<a>x&#x1B;y&#xA;z</a>')
  })
})

describe.concurrent('the CLI escapes what it prints from the input', () => {
  it('map keys in the paths of problems cannot forge a line on stderr', async () => {
    const request = { resourceArn: 'arn:aws:ivschat:us-west-2:123456789012:room/abcd', tags: { [FORGED]: 5 } }
    const r = await cli(['decode', 'TagResourceRequest'], JSON.stringify(request))
    expect(r.code).toBe(1)
    noControl(r.stderr)
    const lines = r.stderr.trimEnd().split('\n')
    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatch(/^stdin: tags\..*: expected /)
    expect(lines[1]).toBe('0 valid, 1 invalid')
  })

  it('… nor on stdout under --lines', async () => {
    const line = JSON.stringify({ resourceArn: 'arn:aws:ivschat:us-west-2:123456789012:room/abcd', tags: { [FORGED]: 5 } })
    const r = await cli(['decode', 'TagResourceRequest', '--lines'], `${line}\n`)
    noControl(r.stdout)
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(1)
    expect(JSON.parse(r.stdout)).toMatchObject({ line: 1, error: [{ path: ['tags', FORGED] }] })
  })

  it('values are escaped in every output format', async () => {
    const tags = JSON.stringify({ [FORGED]: `v${FORGED}\u009b\u202e` })
    for (const to of ['json', 'value', 'xml', 'query']) {
      const r = await cli(['decode', 'Tags', '--to', to], tags)
      expect(r.code).toBe(0)
      noControl(r.stdout)
    }
    const back = await cli(['decode', 'Tags'], tags)
    expect(JSON.parse(back.stdout)).toEqual(JSON.parse(tags))
  })

  it('values quoted in messages are escaped', async () => {
    const r = await cli(['decode', 'CreateChatTokenResponse'], JSON.stringify({ tokenExpirationTime: FORGED }))
    expect(r.code).toBe(1)
    noControl(r.stderr)
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(2)
  })

  it('names from the command line and file names are escaped', async () => {
    for (const argv of [['decode', FORGED], ['error', FORGED, '--code', 'X'], [FORGED], ['decode', 'RoomName', `--${FORGED}`], ['decode', 'RoomName', tmp.dir + `/${FORGED}`]]) {
      const r = await cli(argv)
      expect(r.code).toBe(2)
      noControl(r.stderr)
      expect(r.stderr.split('\n').filter((l) => l === '0 valid, 0 invalid')).toEqual([])
    }
    const file = tmp.file(`bad\u001b[31m.json`, '{"token":1}')
    const r = await cli(['decode', 'CreateChatTokenResponse', file])
    expect(r.code).toBe(1)
    noControl(r.stderr)
    expect(r.stderr).toContain('bad\\x1b[31m.json: token: expected')
  })
})
