import * as E from 'fp-ts/lib/Either.js'
import * as t from 'io-ts'
import { describe, expect, it } from 'vitest'
import { CreateChatTokenRequest, CreateChatTokenResponse, ValidationException, drawTree, toIssues } from '../../src/index.js'

const left = <A>(r: E.Either<t.Errors, A>): t.Errors => {
  if (E.isRight(r)) throw new Error('expected a Left')
  return r.left
}

describe('toIssues', () => {
  it('lists each problem with its path and a message without the path', () => {
    const errors = left(CreateChatTokenResponse.fromJson({ token: 5, tokenExpirationTime: 'yesterday', sessionExpirationTime: '2026-11-25T15:00:00Z' }))
    expect(toIssues(errors)).toEqual([
      { path: ['token'], message: 'expected a string, got a number (sensitive value hidden)' },
      { path: ['tokenExpirationTime'], message: expect.stringMatching(/^expected an RFC 3339 date-time.*, got "yesterday"$/) }
    ])
  })

  it('keeps the path of the root and of list items', () => {
    expect(toIssues(left(CreateChatTokenResponse.fromString('nope')))).toEqual([{ path: [], message: 'expected JSON text, got text that is not valid JSON' }])
    expect(toIssues(left(CreateChatTokenResponse.fromJson([])))).toEqual([{ path: [], message: expect.stringMatching(/^expected .*, got an array/) }])
    const errors = left(ValidationException.body.fromJson({ message: 'm', reason: 'OTHER', fieldList: [{}, { name: 'x', message: 'y' }] }))
    expect(toIssues(errors).map((i) => i.path)).toEqual([
      ['fieldList', 0, 'name'],
      ['fieldList', 0, 'message']
    ])
  })

  it('reads the errors of other io-ts codecs, and of shapes nested in io-ts combinators', () => {
    const Envelope = t.type({ requestId: t.string, response: CreateChatTokenResponse.codec })
    const errors = left(Envelope.decode({ requestId: 1, response: { token: 'secret-token-value', tokenExpirationTime: 3 } }))
    const issues = toIssues(errors)
    expect(issues.map((i) => i.path)).toEqual([['requestId'], ['response', 'tokenExpirationTime']])
    expect(issues[0]!.message).toBe('expected string, got a number')
    expect(JSON.stringify(issues)).not.toContain('secret-token-value')
  })
})

describe('drawTree', () => {
  it('draws one branch per key and what was expected at the leaves', () => {
    const errors = left(
      CreateChatTokenRequest.fromJson({ roomIdentifier: 'nope', userId: '', capabilities: ['SEND_MESSAGE', 'FLY'], sessionDurationInMinutes: 0 })
    )
    const tree = drawTree(errors)
    const lines = tree.split('\n')
    expect(lines[0]).toBe('CreateChatTokenRequest')
    expect(lines).toContain('├─ roomIdentifier')
    expect(lines).toContain('├─ capabilities')
    expect(lines).toContain('│  └─ [1]')
    expect(lines.at(-2)).toBe('└─ sessionDurationInMinutes')
    expect(lines.at(-1)).toMatch(/^ {3}└─ expected .*, got 0$/)
    expect(tree).toContain('got "FLY"')
    // userId is sensitive: its value is not quoted, only described
    expect(tree).toMatch(/├─ userId\n│ {2}└─ expected length between 1 and 128, got length 0\n/)
  })

  it('draws the same problems toIssues lists', () => {
    const errors = left(CreateChatTokenResponse.fromJson({ token: [], tokenExpirationTime: 1 }))
    const tree = drawTree(errors)
    for (const issue of toIssues(errors)) {
      expect(tree).toContain(`─ ${String(issue.path.at(-1))}\n`)
      expect(tree).toContain(`└─ ${issue.message}`)
    }
  })
})
