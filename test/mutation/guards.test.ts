/**
 * Exact behaviour of the outer layer that the hostile-input guards live in (`Shape.ts`,
 * `Issue.ts`, `Redact.ts`, `Xml.ts`'s parse step, `src/errors/*`): messages, boundaries and
 * branches that the broader suites only check loosely. Written against surviving mutants; each
 * test states a behaviour, not a mutant.
 */
import * as E from 'fp-ts/lib/Either.js'
import type * as t from 'io-ts'
import { describe, expect, it } from 'vitest'
import { MAX_ISSUES, SENSITIVE, containsSensitive, fail } from '../../src/codecs/Issue.js'
import { redactBy } from '../../src/codecs/Redact.js'
import * as S from '../../src/codecs/Schema.js'
import { DEFAULT_MAX_INPUT_LENGTH, neverThrow, refuseText, shape } from '../../src/codecs/Shape.js'
import { parseXml } from '../../src/codecs/Xml.js'
import { CreateChatToken, CreateChatTokenError, CreateChatTokenRequest, CreateChatTokenResponse, ValidationException } from '../../src/index.js'

const messages = (r: E.Either<unknown, unknown>): Array<string> => {
  if (E.isRight(r)) return []
  const l = r.left as t.Errors | { errors: t.Errors }
  return (Array.isArray(l) ? l : l.errors).map((e) => e.message ?? '')
}

const Secret = S.string({ sensitive: true })
const Plain = S.string()

describe('containsSensitive', () => {
  it('is true for a sensitive node and for every container with one below it, and false otherwise', () => {
    expect(containsSensitive(Secret.ast)).toBe(true)
    expect(containsSensitive(Plain.ast)).toBe(false)
    for (const ast of [S.integer().ast, S.boolean().ast, S.timestamp('date-time').ast, S.enums(['A']).ast]) expect(containsSensitive(ast)).toBe(false)
    expect(containsSensitive(S.list(Secret).ast)).toBe(true)
    expect(containsSensitive(S.list(Plain).ast)).toBe(false)
    expect(containsSensitive(S.map(Plain, Secret).ast)).toBe(true)
    expect(containsSensitive(S.map(Secret, Plain).ast)).toBe(true)
    expect(containsSensitive(S.map(Plain, Plain).ast)).toBe(false)
    expect(containsSensitive(S.structure('A', { a: S.optional(Plain), b: S.optional(Secret) }).ast)).toBe(true)
    expect(containsSensitive(S.structure('A', { a: S.optional(Plain) }).ast)).toBe(false)
    expect(containsSensitive(S.union('U', { a: S.optional(Plain), b: S.optional(S.list(Secret)) }).ast)).toBe(true)
    expect(containsSensitive(S.union('U', { a: S.optional(Plain) }).ast)).toBe(false)
  })
})

describe('fail and MAX_ISSUES', () => {
  it('keeps the first MAX_ISSUES issues and drops the rest, still returning FAIL', () => {
    const issues: Parameters<typeof fail>[0] = []
    for (let i = 0; i < MAX_ISSUES + 5; i++) fail(issues, Plain.ast, 'x', i)
    expect(MAX_ISSUES).toBe(100)
    expect(issues.length).toBe(MAX_ISSUES)
    expect(issues[MAX_ISSUES - 1]!.actual).toBe(MAX_ISSUES - 1)
    expect(issues[0]!.hidden).toBe(false)
    fail(issues.splice(0), Secret.ast, 'x', 1)
    const hidden: Parameters<typeof fail>[0] = []
    fail(hidden, Secret.ast, 'x', 1)
    expect(hidden[0]!.hidden).toBe(true)
  })

  it('reports exactly 100 errors for a list with more wrong entries, the last one the 100th entry', () => {
    const r = ValidationException.fromJson({ message: 'm', reason: 'OTHER', fieldList: new Array(150).fill(7) })
    const ms = messages(r)
    expect(ms.length).toBe(100)
    expect(ms[0]).toBe('fieldList[0]: expected an object (ValidationExceptionField), got 7')
    expect(ms[99]).toBe('fieldList[99]: expected an object (ValidationExceptionField), got 7')
  })

  it('reports every wrong entry when there are fewer than 100', () => {
    const r = ValidationException.fromJson({ message: 'm', reason: 'OTHER', fieldList: [1, { name: 'n', message: 'm' }, 2] })
    expect(messages(r)).toEqual([
      'fieldList[0]: expected an object (ValidationExceptionField), got 1',
      'fieldList[2]: expected an object (ValidationExceptionField), got 2'
    ])
  })
})

describe('redact of input of the wrong kind', () => {
  const Holder = S.structure('Holder', { s: S.optional(Secret), p: S.optional(Plain) })

  it('hides a wrong-kind value where a node holds secrets, keeps null and undefined, and leaves plain nodes alone', () => {
    for (const ast of [Holder, S.list(Secret), S.map(Plain, Secret)].map((x) => x.ast)) {
      expect(redactBy(ast, 'text')).toBe(SENSITIVE)
      expect(redactBy(ast, 5)).toBe(SENSITIVE)
      expect(redactBy(ast, null)).toBe(null)
      expect(redactBy(ast, undefined)).toBe(undefined)
    }
    expect(redactBy(Holder.ast, ['x'])).toBe(SENSITIVE)
    expect(redactBy(S.list(Secret).ast, { a: 'x' })).toBe(SENSITIVE)
    expect(redactBy(S.map(Plain, Secret).ast, ['x'])).toBe(SENSITIVE)
    expect(redactBy(S.list(Plain).ast, 'x')).toBe('x')
    expect(redactBy(Holder.ast, { s: 'x', p: 'y' })).toEqual({ s: SENSITIVE, p: 'y' })
    expect(redactBy(S.list(Secret).ast, ['x', 'y'])).toEqual([SENSITIVE, SENSITIVE])
    expect(redactBy(S.map(Plain, Secret).ast, { k: 'v' })).toEqual({ k: SENSITIVE })
  })
})

describe('toErrors below a sensitive node', () => {
  it('shows no actual below a sensitive container, in JSON and XML errors', () => {
    const r = CreateChatTokenRequest.fromXml(
      '<CreateChatTokenRequest><roomIdentifier>arn:aws:ivschat:us-west-2:123456789012:room/abcdEFGH1234</roomIdentifier><userId>u</userId><attributes><entry><key>k</key></entry></attributes></CreateChatTokenRequest>'
    )
    expect(E.isLeft(r)).toBe(true)
    if (E.isLeft(r)) {
      const entries = r.left[0]!.context
      expect(entries.map((e) => e.key)).toEqual(['', 'attributes', '0'])
      expect(entries[1]!.actual).toBe(SENSITIVE)
      expect(entries[2]!.actual).toBe(SENSITIVE)
    }
  })

  it('keeps the actual of plain members on the way to the issue', () => {
    const r = ValidationException.fromJson({ message: 'm', reason: 'OTHER', fieldList: [{ name: 5, message: 'm' }] })
    expect(E.isLeft(r)).toBe(true)
    if (E.isLeft(r)) {
      const entries = r.left[0]!.context
      expect(entries.map((e) => e.key)).toEqual(['', 'fieldList', '0', 'name'])
      expect(entries[3]!.actual).toBe(5)
      expect(entries[2]!.actual).toEqual({ name: 5, message: 'm' })
    }
  })
})

describe('Shape: text guards', () => {
  it('says what a non-string was, for JSON and XML text', () => {
    expect(messages(CreateChatTokenResponse.fromString(5 as unknown as string))).toEqual(['(root): expected JSON text, got number'])
    expect(messages(CreateChatTokenResponse.fromXml(null as unknown as string))).toEqual(['(root): expected XML text, got object'])
    expect(messages(CreateChatTokenResponse.fromString('{'))).toEqual(['(root): expected JSON text, got text that is not valid JSON'])
  })

  it('compares the length with the limit strictly: at the limit is fine, one over is not', () => {
    expect(refuseText(undefined, 'abc', { maxInputLength: 3 }, 'text')).toBeUndefined()
    expect(messages(refuseText(undefined, 'abcd', { maxInputLength: 3 }, 'text') ?? E.right(0))).toEqual(['(root): expected at most 3 characters, got 4'])
    expect(refuseText(undefined, 'x'.repeat(DEFAULT_MAX_INPUT_LENGTH), undefined, 'text')).toBeUndefined()
    expect(refuseText(undefined, 'x'.repeat(DEFAULT_MAX_INPUT_LENGTH + 1), {}, 'text')).toBeDefined()
    expect(messages(refuseText(undefined, 42, undefined, 'XML text') ?? E.right(0))).toEqual(['(root): expected XML text, got number'])
    expect(messages(CreateChatTokenResponse.fromString('{"token":"a"}', { maxInputLength: 5 }))).toEqual(['(root): expected at most 5 characters, got 13'])
    expect(messages(CreateChatTokenResponse.fromXml('<a/>', { maxInputLength: 3 }))).toEqual(['(root): expected at most 3 characters, got 4'])
  })

  it('neverThrow returns what the function returns, and a Left with the codec in the context when it throws', () => {
    const codec = CreateChatTokenResponse.codec
    expect(neverThrow(codec, () => E.right(1))).toEqual(E.right(1))
    const l = neverThrow(codec, () => {
      throw new Error('secret detail')
    })
    expect(l).toEqual(E.left([{ value: undefined, context: [{ key: '', type: codec }], message: '(root): expected input that can be read, got input that threw while it was read' }]))
    const bare = neverThrow(undefined, () => {
      throw new Error('x')
    })
    expect(E.isLeft(bare) ? bare.left[0]!.context : null).toEqual([])
  })

  it('reports an unreadable XML document with the parser reason', () => {
    const ms = messages(CreateChatTokenResponse.fromXml('<a>1</a><b>2</b>'))
    expect(ms.length).toBe(1)
    expect(ms[0]).toMatch(/^\(root\): expected an XML document, got one that could not be read \(.+\)$/)
  })
})

describe('parseXml: declarations', () => {
  it('refuses declarations with spaces after <!, in any case, and accepts a document that only mentions the words', () => {
    for (const d of ['<! DOCTYPE r>', '<!\tENTITY e "x">', '<!DOCTYPE r>', '<!Entity e "x">']) {
      expect(parseXml(`${d}<r>1</r>`)).toEqual({ _tag: 'XmlSyntaxError', message: 'a DOCTYPE or ENTITY declaration is not accepted' })
    }
    expect(parseXml('<r>DOCTYPE ENTITY !DOCTYPE</r>')).toEqual({ name: 'r', content: 'DOCTYPE ENTITY !DOCTYPE' })
    expect(parseXml(5 as unknown as string)).toEqual({ _tag: 'XmlSyntaxError', message: 'expected XML text, got number' })
  })
})

describe('error unions: codes', () => {
  it('refuses a code that is not a string, with its kind', () => {
    expect(messages(CreateChatTokenError.fromJson(5 as unknown as string, {}))).toEqual(['(code): expected an error code (a string), got a number'])
    expect(messages(CreateChatTokenError.fromXml(null as unknown as string, '<Error/>'))).toEqual(['(code): expected an error code (a string), got null'])
    expect(CreateChatTokenError.lookup(5 as unknown as string)).toBeUndefined()
    expect(CreateChatTokenError.lookup('aws#ValidationException:http://x')).toBe(ValidationException)
  })

  it('refuses XML over the limit for an undeclared code, and reads its message otherwise', () => {
    const doc = '<ErrorResponse><Error><Message>too busy</Message></Error></ErrorResponse>'
    expect(messages(CreateChatTokenError.fromXml('Nope', doc, { maxInputLength: doc.length - 1 }))).toEqual([
      `(root): expected at most ${doc.length - 1} characters, got ${doc.length}`
    ])
    expect(CreateChatTokenError.fromXml('Nope', doc, { maxInputLength: doc.length })).toEqual(E.right({ _tag: 'UnknownOperationError', code: 'Nope', message: 'too busy' }))
    expect(CreateChatTokenError.fromXml('Nope', `<Error>${'x'.repeat(20)}</Error>`, { maxInputLength: 10 })).toEqual(E.left(expect.anything()))
    expect(CreateChatTokenError.fromXml('Nope', 5 as unknown as string)).toEqual(E.right({ _tag: 'UnknownOperationError', code: 'Nope' }))
  })

  it('lets errorShape.fromXml refuse text over the limit before parsing it', () => {
    const doc = '<Error><Message>m</Message><reason>OTHER</reason></Error>'
    expect(ValidationException.fromXml(doc)).toEqual(E.right({ _tag: 'ValidationException', message: 'm', reason: 'OTHER' }))
    expect(messages(ValidationException.fromXml(doc, { maxInputLength: doc.length - 1 }))).toEqual([`(root): expected at most ${doc.length - 1} characters, got ${doc.length}`])
    expect(ValidationException.fromXml(doc, { maxInputLength: doc.length })).toEqual(E.right({ _tag: 'ValidationException', message: 'm', reason: 'OTHER' }))
    expect(messages(ValidationException.fromXml(7 as unknown as string))).toEqual(['(root): expected XML text, got number'])
  })
})

describe('decodeResponse: bodies and headers', () => {
  it('joins repeated header values with commas, skipping non-strings, and reads the first name that matches', () => {
    const body = JSON.stringify({ message: 'm', reason: 'OTHER' })
    const r = CreateChatToken.decodeResponse({ statusCode: 400, headers: { 'X-AMZN-ERRORTYPE': ['ValidationException', 5 as unknown as string, 'Other'] }, body })
    expect(E.isLeft(r) ? r.left : null).toEqual({ _tag: 'ValidationException', message: 'm', reason: 'OTHER' })
    const sparse: Array<string> = []
    sparse[3] = 'ValidationException'
    sparse.length = 2 ** 31
    const s = CreateChatToken.decodeResponse({ statusCode: 400, headers: { 'x-amzn-errortype': sparse }, body })
    expect(E.isLeft(s) ? s.left : null).toEqual({ _tag: 'ValidationException', message: 'm', reason: 'OTHER' })
  })

  it('counts bytes against the limit at the boundary, and characters for text', () => {
    const text = '{"token":"€"}'
    const bytes = new TextEncoder().encode(text)
    expect(bytes.byteLength).toBe(text.length + 2)
    expect(E.isRight(CreateChatToken.decodeResponse({ statusCode: 200, body: bytes }, { maxInputLength: bytes.byteLength }))).toBe(true)
    expect(messages(CreateChatToken.decodeResponse({ statusCode: 200, body: bytes }, { maxInputLength: bytes.byteLength - 1 }))).toEqual([
      `(body): expected at most ${bytes.byteLength - 1} bytes, got ${bytes.byteLength}`
    ])
    expect(E.isRight(CreateChatToken.decodeResponse({ statusCode: 200, body: text }, { maxInputLength: text.length }))).toBe(true)
    expect(messages(CreateChatToken.decodeResponse({ statusCode: 200, body: text }, { maxInputLength: text.length - 1 }))).toEqual([
      `(body): expected at most ${text.length - 1} characters, got ${text.length}`
    ])
  })
})
