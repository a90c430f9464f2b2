/**
 * io-ts citizenship: a shape's `codec` nested in io-ts combinators gives errors whose context
 * and message carry the whole path, so io-ts's own `PathReporter` and `io-ts-reporters` print
 * where the problem is, and never the secret.
 */
import * as E from 'fp-ts/lib/Either.js'
import * as t from 'io-ts'
import { PathReporter } from 'io-ts/lib/PathReporter.js'
import { formatValidationErrors } from 'io-ts-reporters'
import { describe, expect, it } from 'vitest'
import { CreateChatTokenRequest, CreateChatTokenResponse, toIssues } from '../../src/index.js'

const ROOM = 'arn:aws:ivschat:us-west-2:123456789012:room/abcdABCD1234'
const SECRET = 'QXZJKVWqxzjk-not-a-word'

const ours = (r: E.Either<t.Errors, unknown>): t.Errors => {
  if (E.isRight(r)) throw new Error('expected a Left')
  // Errors made by this library's codecs start their message with a path and `: expected `.
  return r.left.filter((e) => e.message?.includes(': expected ') === true)
}

/** The path part of each of this library's messages, as PathReporter prints them. */
const reportedPaths = (r: E.Either<t.Errors, unknown>): ReadonlyArray<string> => {
  const mine = new Set(ours(r).map((e) => e.message))
  return PathReporter.report(r)
    .filter((line) => mine.has(line))
    .map((line) => line.slice(0, line.indexOf(': expected ')))
}

const cases: ReadonlyArray<{ readonly name: string; readonly codec: t.Mixed; readonly input: unknown; readonly path: string; readonly reporterPath: string }> = [
  { name: 't.type', codec: t.type({ resp: CreateChatTokenResponse.codec }), input: { resp: { token: 1 } }, path: 'resp.token', reporterPath: 'resp.token' },
  {
    name: 't.array',
    codec: t.array(CreateChatTokenRequest.codec),
    input: [{ roomIdentifier: ROOM, userId: SECRET }, { userId: SECRET }],
    path: '[1].roomIdentifier',
    reporterPath: '1.roomIdentifier'
  },
  { name: 't.record', codec: t.record(t.string, CreateChatTokenResponse.codec), input: { a: { token: 1 } }, path: 'a.token', reporterPath: 'a.token' },
  { name: 't.union', codec: t.union([t.number, CreateChatTokenResponse.codec]), input: { token: 1 }, path: 'token', reporterPath: '' },
  {
    name: 't.intersection',
    codec: t.intersection([t.type({ x: t.string }), t.type({ resp: CreateChatTokenResponse.codec })]),
    input: { x: 's', resp: { token: 1 } },
    path: 'resp.token',
    reporterPath: '1.resp.token'
  },
  {
    name: 'nested combinators',
    codec: t.type({ batch: t.array(t.record(t.string, CreateChatTokenRequest.codec)) }),
    input: { batch: [{}, { k: { roomIdentifier: 5, userId: SECRET } }] },
    path: 'batch[1].k.roomIdentifier',
    reporterPath: 'batch.1.k.roomIdentifier'
  }
]

describe('io-ts PathReporter', () => {
  it.each(cases)('prints the whole path of an error inside $name', ({ codec, input, path }) => {
    const r = codec.decode(input)
    expect(reportedPaths(r)).toEqual([path])
    expect(PathReporter.report(r).join('\n')).not.toContain(SECRET)
  })

  it.each(cases)('agrees with toIssues inside $name', ({ codec, input, path }) => {
    const issues = toIssues(ours(codec.decode(input)))
    expect(issues).toHaveLength(1)
    const rendered = issues[0]!.path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('')
    expect(rendered).toBe(path)
  })
})

describe('io-ts-reporters', () => {
  it.each(cases.filter((c) => c.name !== 't.union'))('prints the path of an error inside $name in its own form', ({ codec, input, reporterPath }) => {
    const r = codec.decode(input)
    const lines = formatValidationErrors(ours(r))
    expect(lines).toHaveLength(1)
    expect(lines[0]).toContain(` at ${reporterPath} `)
    expect(lines.join('\n')).not.toContain(SECRET)
  })

  it('shows the branch of a shape in a union redacted', () => {
    // io-ts-reporters prints the input as the first branch's context entry holds it; an io-ts
    // codec's entry (t.number first) holds it raw, which is io-ts's business (docs/security.md).
    const r = t.union([CreateChatTokenResponse.codec, t.number]).decode({ token: SECRET, tokenExpirationTime: 'x' })
    expect(E.isLeft(r)).toBe(true)
    const lines = formatValidationErrors((r as E.Left<t.Errors>).left)
    expect(lines.join('\n')).toContain('CreateChatTokenResponse')
    expect(lines.join('\n')).not.toContain(SECRET)
  })
})
