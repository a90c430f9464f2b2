
import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import { type AST, absurd } from '../../src/codecs/Schema.js'
import * as S from '../../src/codecs/Schema.js'
import { type Value, valueOf, redactedValueOf } from '../../src/codecs/Value.js'
import { CreateChatTokenRequest, CreateChatTokenResponse } from '../../src/index.js'
import { arbitraryOf } from '../support/arbitrary.js'
import { Everything, EverythingSchema, full } from '../support/schemas.js'
import { SENSITIVE } from '../../src/codecs/Issue.js'
import { toQueryString } from '../../src/codecs/Query.js'

/** The inverse of `toValue`, written here from the tags, to check that the tree loses nothing. */
const fromValue = (v: Value): unknown => {
  switch (v._tag) {
    case 'String':
    case 'Enum':
    case 'Integer':
    case 'Boolean':
    case 'Timestamp':
      return v.value
    case 'List':
      return v.items.map(fromValue)
    case 'Map':
    case 'Structure': {
      const out: Record<string, unknown> = {}
      for (const [k, x] of v._tag === 'Map' ? v.entries : v.fields) out[k] = fromValue(x)
      return out
    }
    case 'Union':
      return { [v.member]: fromValue(v.value) }
    case 'Document':
      return v.value
    default:
      return absurd(v)
  }
}

/** Whether a tree's tags follow the declaration. */
const fits = (ast: AST, v: Value): boolean => {
  switch (ast.kind) {
    case 'string':
      return v._tag === 'String'
    case 'enum':
      return v._tag === 'Enum'
    case 'integer':
      return v._tag === 'Integer'
    case 'boolean':
      return v._tag === 'Boolean'
    case 'timestamp':
      return v._tag === 'Timestamp'
    case 'list':
      return v._tag === 'List' && v.items.every((x) => fits(ast.member, x))
    case 'map':
      return v._tag === 'Map' && v.entries.every(([, x]) => fits(ast.value, x))
    case 'structure': {
      if (v._tag !== 'Structure') return false
      const names = ast.members.map((m) => m.name)
      const indexes = v.fields.map(([k]) => names.indexOf(k))
      return indexes.every((i, j) => i >= 0 && (j === 0 || i > indexes[j - 1]!)) && v.fields.every(([k, x]) => fits(ast.members.find((m) => m.name === k)!.target, x))
    }
    case 'union':
      return v._tag === 'Union' && fits(ast.members.find((m) => m.name === v.member)!.target, v.value)
    default:
      return absurd(ast)
  }
}

describe('value tree', () => {
  it('tags every node, fields in declaration order', () => {
    const d = new Date('2014-04-29T18:30:38.123Z')
    const v = Everything.toValue({ retries: 1, name: 'Ab', color: 'RED', flag: false, created: d, tags: ['t'], labels: { k: 2 }, choice: { text: 'c' }, inner: { label: 'l' } })
    expect(v).toEqual({
      _tag: 'Structure',
      fields: [
        ['name', { _tag: 'String', value: 'Ab' }],
        ['color', { _tag: 'Enum', value: 'RED' }],
        ['flag', { _tag: 'Boolean', value: false }],
        ['inner', { _tag: 'Structure', fields: [['label', { _tag: 'String', value: 'l' }]] }],
        ['tags', { _tag: 'List', items: [{ _tag: 'String', value: 't' }] }],
        ['labels', { _tag: 'Map', entries: [['k', { _tag: 'Integer', value: 2 }]] }],
        ['created', { _tag: 'Timestamp', value: d }],
        ['choice', { _tag: 'Union', member: 'text', value: { _tag: 'String', value: 'c' } }],
        ['retries', { _tag: 'Integer', value: 1 }]
      ]
    })
  })

  it('keeps sensitive values: the tree is data, redact is for logs', () => {
    const v = Everything.toValue(full)
    expect(v._tag === 'Structure' && v.fields.find(([k]) => k === 'secret')).toEqual(['secret', { _tag: 'String', value: 'hunter2-secret' }])
  })

  it('gives empty lists, maps and structures as empty', () => {
    expect(CreateChatTokenResponse.toValue({})).toEqual({ _tag: 'Structure', fields: [] })
    expect(valueOf(S.list(S.string()).ast)([])).toEqual({ _tag: 'List', items: [] })
    expect(valueOf(S.map(S.string(), S.string()).ast)({})).toEqual({ _tag: 'Map', entries: [] })
  })

  it('gives a union value with no member set (which is() refuses) as the nameless unknown variant, without throwing', () => {
    expect(valueOf(S.union('U', { a: S.optional(S.string()) }).ast)({})).toEqual({ _tag: 'Union', member: '', value: { _tag: 'Document', value: undefined } })
  })

  for (const [name, schema] of [
    ['Everything', EverythingSchema],
    ['CreateChatTokenRequest', CreateChatTokenRequest.schema],
    ['CreateChatTokenResponse', CreateChatTokenResponse.schema]
  ] as const) {
    it(`${name}: the tree follows the declaration and loses nothing`, () => {
      const toValue = valueOf(schema.ast)
      fc.assert(
        fc.property(arbitraryOf<unknown>(schema), (x) => {
          const v = toValue(x)
          expect(fits(schema.ast, v)).toBe(true)
          expect(fromValue(v)).toEqual(x)
        })
      )
    })
  }
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

  it('hide the value of a union value that sets no member, without throwing', () => {
    const U = S.union('U', { x: S.optional(S.string()) })
    expect(redactedValueOf(U.ast)({})).toEqual({ _tag: 'Union', member: '', value: { _tag: 'String', value: SENSITIVE } })
  })
})
