
import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import { percentEncode, toQueryString } from '../../src/codecs/Query.js'
import { type AST, absurd } from '../../src/codecs/Schema.js'
import * as S from '../../src/codecs/Schema.js'
import { shape } from '../../src/codecs/Shape.js'
import { DEFAULT_TIMESTAMP_FORMAT, parseTimestampText } from '../../src/codecs/Timestamp.js'
import { CreateChatTokenRequest, CreateChatTokenResponse } from '../../src/index.js'
import { anyString, arbitraryOf } from '../support/arbitrary.js'
import { Everything, EverythingSchema, full } from '../support/schemas.js'
import { SENSITIVE } from '../../src/codecs/Issue.js'
import { redactedValueOf, valueOf } from '../../src/codecs/Value.js'

const HIDDEN = '%2A%2A%2ASensitiveInformation%2A%2A%2A'

// -------------------------------------------------------------------------------------
// a reader of query strings, written here from the rules, to check the encoder against
// -------------------------------------------------------------------------------------

type Pairs = ReadonlyMap<string, string>

const parsePairs = (q: string): Pairs => {
  const out = new Map<string, string>()
  if (q === '') return out
  for (const pair of q.split('&')) {
    const eq = pair.indexOf('=')
    expect(eq).toBeGreaterThan(0)
    const key = pair.slice(0, eq)
    expect(out.has(key)).toBe(false)
    out.set(key, decodeURIComponent(pair.slice(eq + 1)))
  }
  return out
}

const hasUnder = (pairs: Pairs, prefix: string): boolean => {
  for (const k of pairs.keys()) if (k === prefix || k.startsWith(`${prefix}.`)) return true
  return false
}

const join = (prefix: string, name: string): string => (prefix === '' ? name : `${prefix}.${name}`)

const readQuery = (ast: AST, pairs: Pairs, prefix: string): unknown => {
  switch (ast.kind) {
    case 'string':
    case 'enum':
      return pairs.get(prefix)
    case 'integer':
      return Number(pairs.get(prefix))
    case 'boolean':
      return pairs.get(prefix) === 'true'
    case 'timestamp':
      return new Date(parseTimestampText(ast.format ?? DEFAULT_TIMESTAMP_FORMAT, pairs.get(prefix)!))
    case 'list': {
      if (pairs.get(prefix) === '') return []
      const out: Array<unknown> = []
      for (let i = 1; hasUnder(pairs, `${prefix}.member.${i}`); i++) out.push(readQuery(ast.member, pairs, `${prefix}.member.${i}`))
      return out
    }
    case 'map': {
      const out: Record<string, unknown> = {}
      if (pairs.get(prefix) === '') return out
      for (let i = 1; hasUnder(pairs, `${prefix}.entry.${i}`); i++) {
        out[readQuery(ast.key, pairs, `${prefix}.entry.${i}.key`) as string] = readQuery(ast.value, pairs, `${prefix}.entry.${i}.value`)
      }
      return out
    }
    case 'structure':
    case 'union': {
      const out: Record<string, unknown> = {}
      for (const m of ast.members) if (hasUnder(pairs, join(prefix, m.name))) out[m.name] = readQuery(m.target, pairs, join(prefix, m.name))
      return out
    }
    default:
      return absurd(ast)
  }
}

const Pair = shape(S.structure('Pair', { s: S.optional(S.string()), n: S.optional(S.integer()), b: S.optional(S.boolean()) }))

describe('query: examples', () => {
  it('encodes every member kind by the awsQuery rules, in declaration order', () => {
    expect(Everything.toQuery(full)).toBe(
      [
        'name=Abc1',
        'color=GREEN',
        'count=42',
        'flag=true',
        'secret=hunter2-secret',
        'inner.label=in',
        'inner.weight=7',
        'tags.member.1=a',
        'tags.member.2=b%20c',
        'labels.entry.1.key=x',
        'labels.entry.1.value=1',
        'labels.entry.2.key=y',
        'labels.entry.2.value=-5',
        'secrets.entry.1.key=apiKey',
        'secrets.entry.1.value=k-123456789',
        'created=2014-04-29T18%3A30%3A38.123Z',
        'modified=Tue%2C%2029%20Apr%202014%2018%3A30%3A38%20GMT',
        'expires=1398796238.123',
        'choice.inner.label=picked',
        'items.member.1.label=one',
        'items.member.2.label=two',
        'items.member.2.weight=2',
        'retries=4'
      ].join('&')
    )
  })

  it('leaves absent members out and keeps declaration order whatever the order of the keys', () => {
    expect(Everything.toQuery({ retries: 0, name: 'Ab', count: undefined } as never)).toBe('name=Ab&retries=0')
    expect(Pair.toQuery({ b: false, s: 'x', n: -1 })).toBe('s=x&n=-1&b=false')
    expect(Pair.toQuery({})).toBe('')
  })

  it('writes an empty list as name= and leaves an empty map out, as awsQuery does', () => {
    expect(Everything.toQuery({ name: 'Ab', tags: [], labels: {}, items: [], retries: 3 })).toBe('name=Ab&tags=&items=&retries=3')
  })

  it('numbers list members and map entries from 1', () => {
    expect(Everything.toQuery({ name: 'Ab', tags: ['x'], labels: { k: 0 }, retries: 3 })).toBe(
      'name=Ab&tags.member.1=x&labels.entry.1.key=k&labels.entry.1.value=0&retries=3'
    )
  })

  it('percent-encodes values as RFC 3986 says', () => {
    expect(Pair.toQuery({ s: 'a b' })).toBe('s=a%20b')
    expect(Pair.toQuery({ s: '1+1=2' })).toBe('s=1%2B1%3D2')
    expect(Pair.toQuery({ s: 'a/b' })).toBe('s=a%2Fb')
    expect(Pair.toQuery({ s: '-_.~' })).toBe('s=-_.~')
    expect(Pair.toQuery({ s: 'AZaz09' })).toBe('s=AZaz09')
    expect(Pair.toQuery({ s: "!'()*" })).toBe('s=%21%27%28%29%2A')
    expect(Pair.toQuery({ s: '&?#%:@,;$' })).toBe('s=%26%3F%23%25%3A%40%2C%3B%24')
    expect(Pair.toQuery({ s: 'é€😀' })).toBe('s=%C3%A9%E2%82%AC%F0%9F%98%80')
    expect(Pair.toQuery({ s: '' })).toBe('s=')
    expect(Pair.toQuery({ s: '\n' })).toBe('s=%0A')
  })

  it('sends a lone surrogate as U+FFFD instead of throwing', () => {
    expect(Pair.toQuery({ s: 'a\ud800b' })).toBe('s=a%EF%BF%BDb')
    expect(Pair.toQuery({ s: '\udc00' })).toBe('s=%EF%BF%BD')
    expect(Pair.toQuery({ s: '\ud83d\ude00\ud83d' })).toBe('s=%F0%9F%98%80%EF%BF%BD')
    fc.assert(
      fc.property(anyString(), (s) => {
        const e = percentEncode(s)
        expect(decodeURIComponent(e)).toBe(new TextDecoder().decode(new TextEncoder().encode(s)))
      })
    )
  })

  it('encodes percentEncode output with only unreserved characters and %XX escapes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const e = percentEncode(s)
        expect(e).toMatch(/^(?:[A-Za-z0-9\-_.~]|%[0-9A-F]{2})*$/)
        expect(decodeURIComponent(e)).toBe(s)
      })
    )
  })

  it('encodes a CreateChatTokenRequest', () => {
    const q = CreateChatTokenRequest.toQuery({
      roomIdentifier: 'arn:aws:ivschat:us-west-2:123456789012:room/abcdABCD1234',
      userId: 'user 1',
      capabilities: ['SEND_MESSAGE', 'DELETE_MESSAGE'],
      sessionDurationInMinutes: 60,
      attributes: { displayName: 'Ann' }
    })
    expect(q).toBe(
      'roomIdentifier=arn%3Aaws%3Aivschat%3Aus-west-2%3A123456789012%3Aroom%2FabcdABCD1234&userId=user%201' +
        '&capabilities.member.1=SEND_MESSAGE&capabilities.member.2=DELETE_MESSAGE&sessionDurationInMinutes=60' +
        '&attributes.entry.1.key=displayName&attributes.entry.1.value=Ann'
    )
  })

  it('encodes the three timestamp formats', () => {
    const T = shape(S.structure('T', { a: S.required(S.timestamp('date-time')), b: S.required(S.timestamp('http-date')), c: S.required(S.timestamp('epoch-seconds')) }))
    const d = new Date(Date.UTC(2015, 0, 25, 8))
    expect(T.toQuery({ a: d, b: d, c: d })).toBe('a=2015-01-25T08%3A00%3A00Z&b=Sun%2C%2025%20Jan%202015%2008%3A00%3A00%20GMT&c=1422172800')
  })

  it('is the same function as toQueryString over the declaration', () => {
    expect(toQueryString(EverythingSchema.ast, full)).toBe(Everything.toQuery(full))
  })
})

describe('query: properties', () => {
  const cases = [
    ['Everything', EverythingSchema.ast, Everything.toQuery as (a: unknown) => string, arbitraryOf<unknown>(EverythingSchema, { xmlSafe: true })],
    ['CreateChatTokenRequest', CreateChatTokenRequest.ast, CreateChatTokenRequest.toQuery as (a: unknown) => string, arbitraryOf<unknown>(CreateChatTokenRequest, { xmlSafe: true })],
    ['CreateChatTokenResponse', CreateChatTokenResponse.ast, CreateChatTokenResponse.toQuery as (a: unknown) => string, arbitraryOf<unknown>(CreateChatTokenResponse, { xmlSafe: true })]
  ] as const

  /** awsQuery leaves an empty map out of a query string: the reader cannot give it back. */
  const withoutEmptyMaps = (ast: AST, x: unknown): unknown => {
    if (ast.kind !== 'structure' || typeof x !== 'object' || x === null) return x
    const out: Record<string, unknown> = { ...(x as Record<string, unknown>) }
    for (const m of ast.members) {
      const v = out[m.name]
      if (m.target.kind === 'map' && typeof v === 'object' && v !== null && Object.keys(v).length === 0) delete out[m.name]
    }
    return out
  }

  // Well-formed strings (the xmlSafe ones): a lone surrogate cannot travel as UTF-8 (see below).
  for (const [name, ast, toQuery, arb] of cases) {
    it(`${name}: a reader of the rules gives the value back (an empty map is left out)`, () => {
      fc.assert(
        fc.property(arb, (x) => {
          expect(readQuery(ast, parsePairs(toQuery(x)), '')).toEqual(withoutEmptyMaps(ast, x))
        })
      )
    })
  }

  it('writes only unreserved characters and %XX escapes in values, and member paths as keys', () => {
    fc.assert(
      fc.property(arbitraryOf(EverythingSchema), (x) => {
        const q = Everything.toQuery(x)
        for (const pair of q.split('&')) {
          expect(pair).toMatch(/^[A-Za-z0-9.]+=(?:[A-Za-z0-9\-_.~]|%[0-9A-F]{2})*$/)
        }
      })
    )
  })

  it('writes top-level members in declaration order', () => {
    const order = (EverythingSchema.ast as S.StructureAST).members.map((m) => m.name)
    fc.assert(
      fc.property(arbitraryOf(EverythingSchema), (x) => {
        const tops = Everything.toQuery(x)
          .split('&')
          .map((p) => p.slice(0, p.search(/[.=]/)))
        const indexes = tops.map((k) => order.indexOf(k))
        expect(indexes.every((i) => i >= 0)).toBe(true)
        expect([...indexes].sort((a, b) => a - b)).toEqual(indexes)
      })
    )
  })
})

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
