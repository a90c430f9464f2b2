/**
 * Usage: `--help` and `-h` everywhere, unknown names with the closest ones suggested, files that
 * cannot be read, and their exit codes (0 for help, 2 for wrong usage and unreadable input).
 */
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { COMMANDS } from '../../src/cli/commands/index.js'
import { closest } from '../../src/cli/suggest.js'
import { cli, tempFiles } from './helpers.js'

const tmp = tempFiles('ivschat-codecs-usage-')
afterAll(tmp.cleanup)

describe.concurrent('--help', () => {
  it.each([['--help'], ['-h'], ['help']])('%s prints the overview with every command, exit 0', async (flag) => {
    const r = await cli([flag])
    expect(r.code).toBe(0)
    expect(r.stderr).toBe('')
    for (const c of COMMANDS) expect(r.stdout).toContain(`ivschat-codecs ${c.name}`)
  })

  it.each(COMMANDS.flatMap((c) => [[c.name, '--help'], [c.name, '-h'], ['help', c.name]]))('%s %s prints the help of the command, exit 0', async (a, b) => {
    const name = a === 'help' ? b : a
    const c = COMMANDS.find((x) => x.name === name)!
    const r = await cli([a, b])
    expect(r.code).toBe(0)
    expect(r.stderr).toBe('')
    expect(r.stdout).toContain(`Usage: ivschat-codecs ${c.synopsis}`)
    for (const option of Object.keys(c.options)) expect(r.stdout).toContain(`--${option}`)
  })

  it('wins over other arguments, even wrong ones', async () => {
    for (const argv of [['decode', 'NoSuchShape', '--bogus', '--help'], ['error', '-h', '--from', 'yaml'], ['shapes', 'extra', '--help']]) {
      const r = await cli(argv)
      expect(r.code).toBe(0)
      expect(r.stdout).toContain(`Usage: ivschat-codecs ${argv[0]}`)
    }
  })

  it('--version prints the version', async () => {
    const r = await cli(['--version'])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^\S+\n$/)
  })
})

describe.concurrent('wrong usage exits 2 with one message and a pointer to the help', () => {
  it.each([
    [[], 'a command is needed'],
    [['frobnicate'], 'unknown command "frobnicate"'],
    [['decod'], 'did you mean decode?'],
    [['decode'], 'decode needs the name of a shape'],
    [['decode', 'CreateChatTokenResponse', '--from', 'yaml'], 'not "yaml"'],
    [['decode', 'CreateChatTokenResponse', '--to', 'toml'], 'not "toml"'],
    [['decode', 'CreateChatTokenResponse', '--to'], '--to needs a value'],
    [['decode', 'CreateChatTokenResponse', '--lines=yes'], '--lines takes no value'],
    [['decode', 'CreateChatTokenResponse', '--bogus'], 'unknown option "--bogus" for decode'],
    [['decode', 'CreateChatTokenResponse', '--line'], 'did you mean --lines?'],
    [['decode', 'CreateChatTokenResponse', '--max-size', '0'], '--max-size'],
    [['decode', 'CreateChatTokenResponse', 'a.json', 'b.json'], 'decode takes one input, got 2'],
    [['error', 'CreateChatToken'], 'error needs --code <code>'],
    [['error', 'Nope', '--code', 'X'], 'unknown operation "Nope"'],
    [['shapes', 'extra'], 'shapes takes no arguments']
  ])('%j', async (argv, message) => {
    const r = await cli(argv)
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    const lines = r.stderr.trimEnd().split('\n')
    expect(lines).toHaveLength(2)
    expect(lines[0]).toContain(message)
    expect(lines[1]).toMatch(/^Run 'ivschat-codecs( \w+)? --help' for usage\.$/)
    // quotes balance
    for (const line of lines) expect((line.match(/"/g) ?? []).length % 2).toBe(0)
    for (const line of lines) expect((line.match(/'/g) ?? []).length % 2).toBe(0)
  })
})

describe.concurrent('unknown names suggest the closest ones', () => {
  it('a shape name in another case', async () => {
    const r = await cli(['decode', 'createchattokenresponse'])
    expect(r.code).toBe(2)
    expect(r.stderr.split('\n')[0]).toContain('did you mean CreateChatTokenResponse?')
  })

  it('a misspelt shape name', async () => {
    const r = await cli(['decode', 'CreateChatTokenRespons'])
    expect(r.stderr.split('\n')[0]).toContain('CreateChatTokenResponse')
  })

  it("an operation's name points to its input, its output and its error union", async () => {
    for (const name of ['CreateChatToken', 'createChatToken']) {
      const r = await cli(['decode', name])
      expect(r.code).toBe(2)
      const first = r.stderr.split('\n')[0]!
      for (const part of ['CreateChatTokenRequest', 'CreateChatTokenResponse', 'ivschat-codecs error CreateChatToken --code', 'AccessDeniedException', 'ValidationException']) expect(first).toContain(part)
    }
  })

  it("a shape's name given for an operation points to the operations that use it", async () => {
    const r = await cli(['error', 'CreateChatTokenRequest', '--code', 'X'])
    expect(r.code).toBe(2)
    expect(r.stderr.split('\n')[0]).toContain('did you mean CreateChatToken?')
    const caseless = await cli(['error', 'createchattoken', '--code', 'X'])
    expect(caseless.stderr.split('\n')[0]).toContain('did you mean CreateChatToken?')
  })

  it('closest: same name in another case first, then containment, then a few edits; nothing when far', () => {
    const names = ['CreateChatTokenRequest', 'CreateChatTokenResponse', 'ChatToken', 'RoomName', 'String']
    expect(closest('CHATTOKEN', names)).toEqual(['ChatToken'])
    expect(closest('ChatTokenResponse', names)[0]).toBe('CreateChatTokenResponse')
    expect(closest('RoomNmae', names)).toEqual(['RoomName'])
    expect(closest('Zebra', names)).toEqual([])
    expect(closest('', names)).toEqual([])
  })
})

describe.concurrent('input that cannot be read: one line, exit 2', () => {
  it.each([
    ['a missing file', join(tmp.dir, 'no-such-file.json'), 'no such file or directory'],
    ['a directory', tmp.dir, 'is a directory']
  ])('%s', async (_what, path, reason) => {
    for (const argv of [
      ['decode', 'CreateChatTokenResponse', path],
      ['decode', 'CreateChatTokenResponse', '--lines', path],
      ['error', 'CreateChatToken', '--code', 'X', path]
    ]) {
      const r = await cli(argv)
      expect(r.code).toBe(2)
      expect(r.stdout).toBe('')
      expect(r.stderr).toBe(`ivschat-codecs: cannot read ${JSON.stringify(path)}: ${reason}\n`)
    }
  })
})
