import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import * as S from '../../src/codecs/Schema.js'
import { shape } from '../../src/codecs/Shape.js'
import { CreateChatTokenRequest, SENSITIVE } from '../../src/index.js'
import { safeJson, safeQuery, safeValue, safeXml, xmlDocument } from '../../src/cli/safe.js'

const request = (() => {
  const r = CreateChatTokenRequest.fromJson({
    roomIdentifier: 'arn:aws:ivschat:us-west-2:123456789012:room/abcd',
    userId: 'user-secret-1',
    capabilities: ['SEND_MESSAGE'],
    attributes: { displayName: 'attr-secret-2', colour: 'attr-secret-3' }
  })
  if (E.isLeft(r)) throw new Error('the sample request should decode')
  return r.right
})()

const secrets = ['user-secret-1', 'attr-secret-2', 'attr-secret-3', 'displayName', 'colour']
const marker = '%2A%2A%2ASensitiveInformation%2A%2A%2A'

describe('safe encodings', () => {
  it('JSON: sensitive strings and whole sensitive maps become the marker', () => {
    expect(safeJson(CreateChatTokenRequest, request)).toEqual({
      roomIdentifier: 'arn:aws:ivschat:us-west-2:123456789012:room/abcd',
      userId: SENSITIVE,
      capabilities: ['SEND_MESSAGE'],
      attributes: SENSITIVE
    })
  })

  it('query: each sensitive node is one pair holding the marker (a sensitive map too, as in JSON)', () => {
    const q = safeQuery(CreateChatTokenRequest, request)
    expect(q.split('&')).toEqual([
      'roomIdentifier=arn%3Aaws%3Aivschat%3Aus-west-2%3A123456789012%3Aroom%2Fabcd',
      `userId=${marker}`,
      'capabilities.member.1=SEND_MESSAGE',
      `attributes=${marker}`
    ])
    for (const s of secrets) expect(q).not.toContain(s)
    // with nothing sensitive, it is toQuery itself
    expect(CreateChatTokenRequest.toQuery(request)).toContain('attr-secret-2')
  })

  it('XML: the content of each sensitive node is the marker; with nothing hidden it is toXml itself', () => {
    const x = safeXml(CreateChatTokenRequest, request, 'CreateChatTokenRequest')
    expect(x).toContain(`<userId>${SENSITIVE}</userId>`)
    expect(x).toContain(`<attributes>${SENSITIVE}</attributes>`)
    expect(x).toContain('<capabilities><member>SEND_MESSAGE</member></capabilities>')
    for (const s of secrets) expect(x).not.toContain(s)
    expect(xmlDocument(CreateChatTokenRequest, request, 'CreateChatTokenRequest')).toBe(CreateChatTokenRequest.toXml(request))
  })

  it('value tree: sensitive nodes become a String leaf holding the marker', () => {
    const v = safeValue(CreateChatTokenRequest, request)
    expect(v).toEqual({
      _tag: 'Structure',
      fields: [
        ['roomIdentifier', { _tag: 'String', value: 'arn:aws:ivschat:us-west-2:123456789012:room/abcd' }],
        ['userId', { _tag: 'String', value: SENSITIVE }],
        ['capabilities', { _tag: 'List', items: [{ _tag: 'Enum', value: 'SEND_MESSAGE' }] }],
        ['attributes', { _tag: 'String', value: SENSITIVE }]
      ]
    })
  })

  it('reaches sensitive values inside lists, maps and unions', () => {
    const Secret = S.string({ sensitive: true })
    const Doc = shape(
      S.structure('Doc', {
        items: S.optional(S.list(S.structure('Item', { id: S.required(S.string()), pin: S.optional(Secret) }))),
        byName: S.optional(S.map(S.string(), Secret)),
        choice: S.optional(S.union('Choice', { plain: S.optional(S.string()), hidden: S.optional(Secret) }))
      })
    )
    const d = Doc.make({ items: [{ id: 'a', pin: 'p1' }, { id: 'b' }], byName: { k: 'p2' }, choice: { hidden: 'p3' } })
    const texts = [JSON.stringify(safeJson(Doc, d)), safeQuery(Doc, d), JSON.stringify(safeValue(Doc, d))]
    for (const t of texts) for (const p of ['p1', 'p2', 'p3']) expect(t).not.toContain(`"${p}"`)
    expect(safeQuery(Doc, d).split('&')).toEqual([
      'items.member.1.id=a',
      `items.member.1.pin=${marker}`,
      'items.member.2.id=b',
      'byName.entry.1.key=k',
      `byName.entry.1.value=${marker}`,
      `choice.hidden=${marker}`
    ])
    expect(safeValue(Doc, d)).toEqual({
      _tag: 'Structure',
      fields: [
        [
          'items',
          {
            _tag: 'List',
            items: [
              { _tag: 'Structure', fields: [['id', { _tag: 'String', value: 'a' }], ['pin', { _tag: 'String', value: SENSITIVE }]] },
              { _tag: 'Structure', fields: [['id', { _tag: 'String', value: 'b' }]] }
            ]
          }
        ],
        ['byName', { _tag: 'Map', entries: [['k', { _tag: 'String', value: SENSITIVE }]] }],
        ['choice', { _tag: 'Union', member: 'hidden', value: { _tag: 'String', value: SENSITIVE } }]
      ]
    })
  })
})
