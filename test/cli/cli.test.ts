/**
 * `ivschat-codecs decode`, `error` and `shapes`, run in process: what they print, in which
 * format, redacted, and with which exit code.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import * as S from '../../src/codecs/Schema.js'
import { shape } from '../../src/codecs/Shape.js'
import { CreateChatToken, CreateChatTokenRequest, CreateChatTokenResponse, SENSITIVE, ValidationException } from '../../src/index.js'
import { isErrorShape, isOperation, isSchema, isShape, registryOf } from '../../src/cli/registry.js'
import { HIDDEN_MESSAGE } from '../../src/cli/commands/error.js'
import { cli, root, tempFiles } from './helpers.js'

const TOKEN = 'tok-7d1e-secret-value'
const VALID = JSON.stringify({ token: TOKEN, tokenExpirationTime: '2026-11-25T13:00:00Z', sessionExpirationTime: '2026-11-25T15:00:00Z' })
const XML = `<CreateChatTokenResponse><CreateChatTokenResult><token>${TOKEN}</token><tokenExpirationTime>2026-11-25T13:00:00Z</tokenExpirationTime></CreateChatTokenResult></CreateChatTokenResponse>`
const REQUEST = {
  roomIdentifier: 'arn:aws:ivschat:us-west-2:123456789012:room/abcd',
  userId: 'user-secret-1',
  capabilities: ['SEND_MESSAGE'],
  attributes: { displayName: 'attr-secret-2' }
}
const tmp = tempFiles('ivschat-codecs-cli-')
afterAll(tmp.cleanup)

describe.concurrent('decode', () => {
  it('decodes a JSON file and prints it re-encoded as JSON, redacted, exit 0', async () => {
    const r = await cli(['decode', 'CreateChatTokenResponse', tmp.file('ok.json', VALID)])
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toEqual({ ...JSON.parse(VALID), token: SENSITIVE })
    expect(r.stdout + r.stderr).not.toContain(TOKEN)
    expect(r.stderr).toBe('1 valid, 0 invalid\n')
  })

  it('shows the secrets only with --show-secrets', async () => {
    const r = await cli(['decode', 'CreateChatTokenResponse', '-', '--show-secrets'], VALID)
    expect(r.code).toBe(0)
    expect((JSON.parse(r.stdout) as { token: string }).token).toBe(TOKEN)
  })

  it('reads XML with --from xml and prints a query string', async () => {
    const r = await cli(['decode', 'CreateChatTokenResponse', '--from', 'xml', '--to', 'query'], XML)
    expect(r.code).toBe(0)
    expect(r.stdout).toBe('token=%2A%2A%2ASensitiveInformation%2A%2A%2A&tokenExpirationTime=2026-11-25T13%3A00%3A00Z\n')
  })

  it('guesses --from from the file extension: .xml is XML', async () => {
    const r = await cli(['decode', 'CreateChatTokenResponse', tmp.file('response.XML', XML), '--show-secrets'])
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toEqual({ token: TOKEN, tokenExpirationTime: '2026-11-25T13:00:00Z' })
    // --from still wins over the extension
    const forced = await cli(['decode', 'CreateChatTokenResponse', tmp.file('really-json.xml', VALID), '--from', 'json'])
    expect(forced.code).toBe(0)
  })

  it('hints at --from when XML fails as JSON (or JSON as XML) and the format was guessed', async () => {
    const xmlAsJson = await cli(['decode', 'CreateChatTokenResponse', tmp.file('response.txt', XML)])
    expect(xmlAsJson.code).toBe(1)
    expect(xmlAsJson.stderr).toContain('--from xml')
    const jsonAsXml = await cli(['decode', 'CreateChatTokenResponse', tmp.file('oops.xml', VALID)])
    expect(jsonAsXml.code).toBe(1)
    expect(jsonAsXml.stderr).toContain('--from json')
    // no hint when the format was given
    const given = await cli(['decode', 'CreateChatTokenResponse', '--from', 'json'], XML)
    expect(given.stderr).not.toContain('--from')
  })

  it('--to xml prints the XML document, which --from xml reads back', async () => {
    const xml = await cli(['decode', 'CreateChatTokenRequest', '--to', 'xml', '--show-secrets'], JSON.stringify(REQUEST))
    expect(xml.code).toBe(0)
    expect(xml.stdout.startsWith('<CreateChatTokenRequest>')).toBe(true)
    const back = await cli(['decode', 'CreateChatTokenRequest', '--from', 'xml', '--show-secrets'], xml.stdout)
    expect(back.code).toBe(0)
    expect(JSON.parse(back.stdout)).toEqual(REQUEST)
  })

  it('--to xml is redacted too, whole sensitive maps included', async () => {
    const r = await cli(['decode', 'CreateChatTokenRequest', '--to', 'xml'], JSON.stringify(REQUEST))
    expect(r.code).toBe(0)
    for (const secret of ['user-secret-1', 'attr-secret-2', 'displayName']) expect(r.stdout).not.toContain(secret)
    expect(r.stdout).toContain(`<userId>${SENSITIVE}</userId>`)
    expect(r.stdout).toContain(`<attributes>${SENSITIVE}</attributes>`)
  })

  it('prints the value tree', async () => {
    const r = await cli(['decode', 'CreateChatTokenResponse', '--to', 'value'], VALID)
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toEqual({
      _tag: 'Structure',
      fields: [
        ['token', { _tag: 'String', value: SENSITIVE }],
        ['tokenExpirationTime', { _tag: 'Timestamp', value: '2026-11-25T13:00:00.000Z' }],
        ['sessionExpirationTime', { _tag: 'Timestamp', value: '2026-11-25T15:00:00.000Z' }]
      ]
    })
  })

  it('exits 1 on an invalid document, reporting the path of each bad field', async () => {
    const r = await cli(['decode', 'CreateChatTokenResponse'], '{"token": 42, "tokenExpirationTime": "2026-02-30T00:00:00Z"}')
    expect(r.code).toBe(1)
    expect(r.stdout).toBe('')
    const lines = r.stderr.trimEnd().split('\n')
    expect(lines[0]).toMatch(/^stdin: token: expected a string/)
    expect(lines[1]).toMatch(/^stdin: tokenExpirationTime: expected /)
    expect(lines.at(-1)).toBe('0 valid, 1 invalid')
  })

  it('validates request shapes strictly, and hides sensitive values in what it reports', async () => {
    const r = await cli(['decode', 'CreateChatTokenRequest'], JSON.stringify({ roomIdentifier: 'nope', userId: 'x'.repeat(200) }))
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/^stdin: roomIdentifier: expected/m)
    expect(r.stderr).toMatch(/^stdin: userId: expected/m)
    expect(r.stderr).not.toContain('x'.repeat(20))
  })

  it('--strict checks the constraints of a lenient shape', async () => {
    const Thing = shape(S.structure('Thing', { name: S.required(S.string({ length: { min: 1, max: 3 } })) }))
    const registry = registryOf({ Thing })
    expect((await cli(['decode', 'Thing'], '{"name":"abcdef"}', { registry })).code).toBe(0)
    const strict = await cli(['decode', 'Thing', '--strict'], '{"name":"abcdef"}', { registry })
    expect(strict.code).toBe(1)
    expect(strict.stderr).toMatch(/^stdin: name: expected /m)
  })

  it('decodes the simple shapes too (strings, enums, lists, maps)', async () => {
    const name = await cli(['decode', 'RoomName'], '"my-room"')
    expect(name.code).toBe(0)
    expect(JSON.parse(name.stdout)).toBe('my-room')
    const tags = await cli(['decode', 'Tags', '--to', 'xml'], '{"team":"blue"}')
    expect(tags.code).toBe(0)
    expect(tags.stdout).toBe('<Tags><entry><key>team</key><value>blue</value></entry></Tags>\n')
    const bad = await cli(['decode', 'ChatTokenCapabilities'], '[1]')
    expect(bad.code).toBe(1)
    expect(bad.stderr).toMatch(/^stdin: \[0\]: expected /m)
  })

  it('decodes the body of an error shape by its name', async () => {
    const r = await cli(['decode', 'ValidationException'], '{"message":"m","reason":"OTHER"}')
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toEqual({ message: 'm', reason: 'OTHER' })
  })
})

describe.concurrent('error', () => {
  it('decodes an error body into the operation error union, printed with its _tag', async () => {
    const body = { message: 'bad', reason: 'FIELD_VALIDATION_FAILED', fieldList: [{ name: 'userId', message: 'too long' }] }
    const r = await cli(['error', 'CreateChatToken', '--code', 'com.amazonaws.ivschat#ValidationException:http://x', '--show-secrets'], JSON.stringify(body))
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toEqual({ _tag: 'ValidationException', ...body })
  })

  it("hides a service's messages (which may echo a secret) unless --show-secrets is given", async () => {
    const body = { message: 'token abc rejected', reason: 'FIELD_VALIDATION_FAILED', fieldList: [{ name: 'userId', message: 'bob is too long' }] }
    const r = await cli(['error', 'CreateChatToken', '--code', 'ValidationException'], JSON.stringify(body))
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toEqual({ _tag: 'ValidationException', message: HIDDEN_MESSAGE, reason: 'FIELD_VALIDATION_FAILED', fieldList: [{ name: 'userId', message: HIDDEN_MESSAGE }] })
    const unknown = await cli(['error', 'CreateChatToken', '--code', 'ThrottlingException'], '{"message":"token abc rejected"}')
    expect(JSON.parse(unknown.stdout)).toEqual({ _tag: 'UnknownOperationError', code: 'ThrottlingException', message: HIDDEN_MESSAGE })
    expect(r.stdout + r.stderr + unknown.stdout + unknown.stderr).not.toContain('abc')
  })

  it('decodes an XML error body (guessed from a .xml file)', async () => {
    const xml = '<ErrorResponse><Error><Code>AccessDeniedException</Code><Message>no</Message></Error></ErrorResponse>'
    const r = await cli(['error', 'CreateChatToken', '--code', 'AccessDeniedException', '--show-secrets', tmp.file('error.xml', xml)])
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toEqual({ _tag: 'AccessDeniedException', message: 'no' })
  })

  it('keeps an undeclared code as UnknownOperationError', async () => {
    const r = await cli(['error', 'CreateChatToken', '--code', 'ThrottlingException', '--show-secrets'], '{"message":"slow down"}')
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toEqual({ _tag: 'UnknownOperationError', code: 'ThrottlingException', message: 'slow down' })
  })

  it('exits 1 when the body does not fit the declared error, or is not JSON', async () => {
    const r = await cli(['error', 'CreateChatToken', '--code', 'ResourceNotFoundException'], '{"message":"m"}')
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/^stdin: resourceId: expected /m)
    expect(r.stderr.trimEnd().split('\n').at(-1)).toBe('0 valid, 1 invalid')
    const text = await cli(['error', 'CreateChatToken', '--code', 'ResourceNotFoundException'], 'oops')
    expect(text.code).toBe(1)
    expect(text.stderr).toMatch(/^stdin: \(root\): expected /m)
  })
})

describe('shapes', () => {
  const model = JSON.parse(readFileSync(join(root, 'model', 'ivschat-2020-07-14.json'), 'utf8')) as { shapes: Record<string, { type: string }> }
  const modelShapes = Object.entries(model.shapes)
    .filter(([id, s]) => id.startsWith('com.amazonaws.ivschat#') && !['service', 'operation', 'resource'].includes(s.type))
    .map(([id]) => id.slice(id.indexOf('#') + 1))
    .sort()
  const modelOperations = Object.entries(model.shapes)
    .filter(([, s]) => s.type === 'operation')
    .map(([id]) => id.slice(id.indexOf('#') + 1))
    .sort()

  it('--json lists every shape of the model (as docs/shapes.md counts them) and every operation', async () => {
    const r = await cli(['shapes', '--json'])
    expect(r.code).toBe(0)
    const listing = JSON.parse(r.stdout) as { shapes: Array<{ name: string; kind: string; mode: string; error?: { httpStatus: number } }>; operations: Array<{ name: string; input: string; output: string | null; errors: Array<string> }> }
    expect(listing.shapes.map((s) => s.name)).toEqual(modelShapes)
    const counted = /(\d+) shapes/.exec(readFileSync(join(root, 'docs', 'shapes.md'), 'utf8'))
    expect(listing.shapes).toHaveLength(Number(counted?.[1]))
    expect(listing.operations.map((o) => o.name)).toEqual(modelOperations)
    expect(listing.shapes.find((s) => s.name === 'CreateChatTokenRequest')).toEqual({ name: 'CreateChatTokenRequest', kind: 'structure', mode: 'strict' })
    expect(listing.shapes.find((s) => s.name === 'RoomName')).toMatchObject({ kind: 'string' })
    expect(listing.shapes.find((s) => s.name === 'ValidationException')).toMatchObject({ kind: 'structure', error: { httpStatus: 400 } })
    expect(listing.operations.find((o) => o.name === 'DeleteRoom')).toMatchObject({ input: 'DeleteRoomRequest', output: null })
  })

  it('prints the same for people, one shape a line', async () => {
    const r = await cli(['shapes'])
    expect(r.code).toBe(0)
    for (const name of modelShapes) expect(r.stdout).toMatch(new RegExp(`^ {2}${name} +\\S`, 'm'))
    expect(r.stdout).toMatch(/^ {2}CreateChatTokenRequest +structure \(strict\)$/m)
    expect(r.stdout).toMatch(/^ {2}ValidationException +error \(HTTP 400\)$/m)
    expect(r.stdout).toMatch(/^ {2}CreateChatToken: CreateChatTokenRequest -> CreateChatTokenResponse; errors AccessDeniedException, PendingVerification, ResourceNotFoundException, ValidationException$/m)
  })

  it('finds shapes, declarations, errors and operations by their properties', () => {
    expect(isShape(CreateChatTokenResponse)).toBe(true)
    expect(isShape(CreateChatTokenRequest.schema)).toBe(false)
    expect(isSchema(CreateChatTokenRequest.schema)).toBe(true)
    expect(isErrorShape(ValidationException)).toBe(true)
    expect(isShape(ValidationException)).toBe(false)
    expect(isOperation(CreateChatToken)).toBe(true)
    expect(isOperation(CreateChatTokenResponse)).toBe(false)
    const NewShape = shape(S.structure('NewShape', { a: S.optional(S.string()) }))
    const reg = registryOf({ NewShape, Name: S.string(), notAShape: { name: 'x', ast: { kind: 'nope' } }, n: 1, ValidationException, CreateChatToken })
    expect([...reg.shapes.keys()]).toEqual(['Name', 'NewShape', 'ValidationException'])
    expect([...reg.operations.keys()]).toEqual(['CreateChatToken'])
  })
})
