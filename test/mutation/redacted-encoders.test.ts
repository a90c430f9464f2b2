/**
 * The redacted variants of the query and value-tree interpreters (what the CLI and the demo
 * print): every sensitive node, scalar or container, becomes one marker; everything else is
 * written exactly as the plain interpreter writes it.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { SENSITIVE } from '../../src/codecs/Issue.js'
import { toQueryString } from '../../src/codecs/Query.js'
import * as S from '../../src/codecs/Schema.js'
import { redactedValueOf, valueOf } from '../../src/codecs/Value.js'
import { CreateChatTokenRequest, CreateChatTokenResponse } from '../../src/index.js'
import { arbitraryOf } from '../support/arbitrary.js'
import { Everything, EverythingSchema, full } from '../support/schemas.js'

const HIDDEN = '%2A%2A%2ASensitiveInformation%2A%2A%2A'

describe('redacted query strings', () => {
  it('write one marker pair per sensitive node and the rest as usual', () => {
    const q = toQueryString(Everything.ast, full, { redacted: true })
    expect(q.split('&').filter((p) => p.includes(HIDDEN))).toEqual([`secret=${HIDDEN}`, `secrets=${HIDDEN}`])
    expect(q).not.toContain('hunter2')
    expect(q).not.toContain('apiKey')
    const plain = toQueryString(Everything.ast, full)
    expect(q.split('&').filter((p) => !p.includes(HIDDEN))).toEqual(plain.split('&').filter((p) => !p.startsWith('secret')))
  })

  it('hide a chat token request’s user id and attributes', () => {
    const r = CreateChatTokenRequest.make({ roomIdentifier: 'arn:aws:ivschat:us-west-2:123456789012:room/abcdABCD1234', userId: 'user-42', attributes: { seat: 'A1' } })
    expect(toQueryString(CreateChatTokenRequest.ast, r, { redacted: true })).toBe(
      `roomIdentifier=arn%3Aaws%3Aivschat%3Aus-west-2%3A123456789012%3Aroom%2FabcdABCD1234&userId=${HIDDEN}&attributes=${HIDDEN}`
    )
    expect(toQueryString(CreateChatTokenResponse.ast, { token: 'tok' }, { redacted: true })).toBe(`token=${HIDDEN}`)
  })

  it('leave a value with no secret as the plain encoder writes it, and keep secrets without the option', () => {
    fc.assert(
      fc.property(arbitraryOf(EverythingSchema), (x) => {
        const { secret: _s, secrets: _m, ...rest } = x
        expect(toQueryString(Everything.ast, rest, { redacted: true })).toBe(toQueryString(Everything.ast, rest))
      })
    )
    expect(toQueryString(Everything.ast, full, { redacted: false })).toBe(toQueryString(Everything.ast, full))
    expect(toQueryString(Everything.ast, full, {})).toContain('hunter2')
  })
})

describe('redacted value trees', () => {
  it('make each sensitive node a String leaf holding the marker', () => {
    const tree = redactedValueOf(Everything.ast)(full)
    expect(tree._tag).toBe('Structure')
    const fields = tree._tag === 'Structure' ? Object.fromEntries(tree.fields) : {}
    expect(fields['secret']).toEqual({ _tag: 'String', value: SENSITIVE })
    expect(fields['secrets']).toEqual({ _tag: 'String', value: SENSITIVE })
    expect(fields['name']).toEqual({ _tag: 'String', value: 'Abc1' })
    expect(JSON.stringify(tree)).not.toContain('hunter2')
  })

  it('are the plain tree where nothing is sensitive', () => {
    const Plain = S.structure('Plain', { a: S.optional(S.list(S.integer())), u: S.optional(S.union('U', { x: S.optional(S.string()) })) })
    const v = { a: [1, 2], u: { x: 'y' } }
    expect(redactedValueOf(Plain.ast)(v)).toEqual(valueOf(Plain.ast)(v))
    expect(valueOf(Plain.ast)(v)).toEqual({
      _tag: 'Structure',
      fields: [
        ['a', { _tag: 'List', items: [{ _tag: 'Integer', value: 1 }, { _tag: 'Integer', value: 2 }] }],
        ['u', { _tag: 'Union', member: 'x', value: { _tag: 'String', value: 'y' } }]
      ]
    })
  })

  it('name the union whose value sets no member', () => {
    const U = S.union('U', { x: S.optional(S.string()) })
    expect(() => valueOf(U.ast)({})).toThrow('U: a union value must set one member')
  })
})
