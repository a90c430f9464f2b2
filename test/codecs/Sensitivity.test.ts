/**
 * One rule of what is hidden (`hidingOf` in src/codecs/Sensitivity.ts), read by every
 * interpreter that can show data. Each declaration below is made here, in the test, and placed as
 * member `x` of a structure with plain members; for each one, every way of showing data must agree:
 * `redact`, the redacted value tree, the redacted query string and XML, the CLI's safe encoders,
 * and everything a `Left` carries (values, messages, context entries) as `JSON.stringify`,
 * `util.inspect`, `drawTree`, `toIssues` and io-ts's `PathReporter` print it.
 *
 * Every secret is a marker no word of the library contains; every case also checks that plain
 * data still shows, so that hiding everything would fail.
 */
import { inspect } from 'node:util'
import * as E from 'fp-ts/lib/Either.js'
import type * as t from 'io-ts'
import { PathReporter } from 'io-ts/lib/PathReporter.js'
import { describe, expect, it } from 'vitest'
import { safeJson, safeQuery, safeValue, safeXml } from '../../src/cli/safe.js'
import { toQueryString } from '../../src/codecs/Query.js'
import { redactBy } from '../../src/codecs/Redact.js'
import { drawTree, toIssues } from '../../src/codecs/Report.js'
import * as S from '../../src/codecs/Schema.js'
import { type Hiding, SENSITIVE, hidingOf } from '../../src/codecs/Sensitivity.js'
import { type Shape, shape } from '../../src/codecs/Shape.js'
import { redactedValueOf, valueOf } from '../../src/codecs/Value.js'
import { redactedXmlEncoderOf, xmlEncoderOf } from '../../src/codecs/Xml.js'

type AnyShape = Shape<unknown, unknown>

/** Plain data that must show wherever the holder is shown (it is no secret). */
const PLAIN = 'PlainVisibleText'

/** A plain value of the wrong type for the holder's integer member: its message quotes it. */
const PLAIN_WRONG = 'PlainWrongText'

interface Case {
  readonly name: string
  /** The declaration under test, placed as member `x` of the holder. */
  readonly target: S.Schema<unknown, unknown>
  /** What the rule must say of the declaration's node. */
  readonly hiding: Hiding
  /** The secret marker this case hides. */
  readonly secret: string
  /** A valid JSON value of `x` that holds the secret. */
  readonly valid: unknown
  /** Plain parts of `valid` that the entry-listing interpreters (value tree, query, XML) still show. */
  readonly listed: ReadonlyArray<string>
  /** Plain parts of `valid` that `redact` (and the CLI's JSON) still shows. */
  readonly redacted: ReadonlyArray<string>
  /** JSON values of `x` that are invalid, each holding the secret. */
  readonly invalid: ReadonlyArray<unknown>
}

const SecretText = (secret: string): S.Schema<unknown, unknown> =>
  S.string({ sensitive: true, length: { min: 1, max: secret.length + 4 }, pattern: '^[A-Za-z0-9]+$' }) as S.Schema<unknown, unknown>

const K = 'QzxMapKeyVkj1'
const V = 'QzxMapValueVkj2'
const L = 'QzxListVkj3'
const T = 'QzxStructVkj4'
const M = 'QzxMemberVkj5'
const N = 'QzxUnionVkj6'
const U = 'QzxUnknownVkj7'

const cases: ReadonlyArray<Case> = [
  {
    name: 'a map whose key shape is sensitive',
    target: S.map(SecretText(K) as S.Schema<string, string>, S.string({ length: { max: 20 } })) as S.Schema<unknown, unknown>,
    hiding: { value: false, keys: true, contains: true },
    secret: K,
    valid: { [K]: 'PlainMapValue' },
    listed: ['PlainMapValue'],
    redacted: [],
    invalid: [
      // The values under a hidden key show as their own declaration says: the secret is only in keys here.
      { [K]: 5 },
      { [K]: ['PlainListed'] },
      { [K]: { PlainKeyed: 1 } },
      { [K]: null },
      { [`${K}!`]: 'PlainMapValue' },
      { [K.repeat(3)]: 'PlainMapValue' },
      { [K]: 'PlainMapValue'.repeat(3) },
      [K, { [K]: K }],
      K
    ]
  },
  {
    name: 'a map whose value is sensitive',
    target: S.map(S.string(), SecretText(V)) as S.Schema<unknown, unknown>,
    hiding: { value: false, keys: false, contains: true },
    secret: V,
    valid: { PlainMapKey: V },
    listed: ['PlainMapKey'],
    redacted: ['PlainMapKey'],
    invalid: [{ PlainMapKey: [V] }, { PlainMapKey: { [V]: V } }, { PlainMapKey: V.repeat(3) }, { PlainMapKey: `${V}!` }, { PlainMapKey: 5, other: V }, [V], V]
  },
  {
    name: 'a sensitive list',
    target: S.list(S.string(), { sensitive: true, length: { max: 3 } }) as S.Schema<unknown, unknown>,
    hiding: { value: true, keys: false, contains: true },
    secret: L,
    valid: [L, 'b'],
    listed: [],
    redacted: [],
    invalid: [[L, 5], [L, L, L, L], [[L]], [{ [L]: L }], L, { [L]: L }]
  },
  {
    name: 'a sensitive structure',
    target: S.structure('Creds', { user: S.required(S.string()), pass: S.optional(S.string({ length: { max: 30 } })) }, { sensitive: true }) as S.Schema<unknown, unknown>,
    hiding: { value: true, keys: false, contains: true },
    secret: T,
    valid: { user: T, pass: `${T}p` },
    listed: [],
    redacted: [],
    invalid: [{ user: [T] }, { pass: T }, { user: 'u', pass: T.repeat(3) }, { user: 5, pass: T }, { user: T, other: T }, [{ user: T }], T]
  },
  {
    name: 'a structure member whose target is sensitive',
    target: SecretText(M),
    hiding: { value: true, keys: false, contains: true },
    secret: M,
    valid: M,
    listed: [],
    redacted: [],
    invalid: [[M], { [M]: M }, { value: M }, M.repeat(3), `${M} !`, `${M}<`]
  },
  {
    name: 'sensitive members of a union (known variant)',
    target: S.union('Pick', { open: S.optional(S.string()), closed: S.optional(SecretText(N)) }) as S.Schema<unknown, unknown>,
    hiding: { value: false, keys: false, contains: true },
    secret: N,
    valid: { closed: N },
    listed: ['closed'],
    redacted: ['closed'],
    invalid: [{ closed: [N] }, { closed: N.repeat(3) }, { closed: `${N}!` }, { closed: { [N]: N } }, { closed: N, open: 'PlainOpen' }, { open: 5, closed: N }, [N], N]
  },
  {
    name: 'the unknown variant of a union',
    target: S.union('Choice', { open: S.optional(S.string()), count: S.optional(S.integer()) }) as S.Schema<unknown, unknown>,
    // Nothing declared is sensitive: the unknown variant is hidden because nothing says what it holds.
    hiding: { value: false, keys: false, contains: false },
    secret: U,
    valid: { novelMember: U },
    listed: ['novelMember'],
    redacted: ['novelMember'],
    invalid: [{ novelMember: U, open: 'PlainOpen' }, { open: 5, novelMember: U }, { novelMember: { [U]: [U] } }, { novelMember: U, count: 'x' }, [{ novelMember: U }]]
  }
]

const holderOf = (c: Case): AnyShape =>
  shape(S.structure('Holder', { plain: S.optional(S.string()), bad: S.optional(S.integer()), x: S.optional(c.target) })) as unknown as AnyShape

/** Everything a Left shows, each way it can be printed. */
const printedLeft = (left: t.Errors): Record<string, string> => ({
  json: JSON.stringify(left),
  inspect: inspect(left, { depth: Infinity }),
  drawTree: drawTree(left),
  toIssues: JSON.stringify(toIssues(left)),
  pathReporter: PathReporter.report(E.left(left)).join('\n')
})

const expectHidden = (where: string, text: string, secret: string): void => {
  if (text.includes(secret)) throw new Error(`${where} shows the secret ${secret}: ${text.slice(0, 2000)}`)
}

describe.each(cases)('$name', (c) => {
  const Holder = holderOf(c)
  const input = { plain: PLAIN, x: c.valid }
  const decoded = Holder.fromJson(input)

  it('is what the rule says of the node, and of the holder', () => {
    expect(hidingOf(c.target.ast)).toEqual(c.hiding)
    expect(hidingOf(Holder.ast)).toEqual({ value: false, keys: false, contains: c.hiding.contains })
  })

  it('holds the secret in a valid value, which every plain direction shows (the test is not vacuous)', () => {
    expect(E.isRight(decoded)).toBe(true)
    if (E.isLeft(decoded)) return
    const a = decoded.right
    for (const text of [JSON.stringify(Holder.toJson(a)), JSON.stringify(Holder.toValue(a)), Holder.toQuery(a), Holder.toXml(a)]) {
      expect(text).toContain(c.secret)
      expect(text).toContain(PLAIN)
    }
  })

  it('is hidden by redact, the redacted value tree, query and XML, and the CLI safe encoders; plain data shows', () => {
    if (E.isLeft(decoded)) throw new Error('the valid value does not decode')
    const a = decoded.right
    const redacted: Record<string, string> = {
      redact: JSON.stringify(Holder.redact(a)),
      redactBy: JSON.stringify(redactBy(Holder.ast, a)),
      redactRaw: JSON.stringify(redactBy(Holder.ast, input)),
      safeJson: JSON.stringify(safeJson(Holder, a))
    }
    const listed: Record<string, string> = {
      redactedValue: JSON.stringify(redactedValueOf(Holder.ast)(a)),
      safeValue: JSON.stringify(safeValue(Holder, a)),
      redactedQuery: toQueryString(Holder.ast, a, { redacted: true }),
      safeQuery: safeQuery(Holder, a),
      redactedXml: redactedXmlEncoderOf(Holder.ast)(a),
      safeXml: safeXml(Holder, a, 'Holder')
    }
    for (const [where, text] of Object.entries(redacted)) {
      expectHidden(where, text, c.secret)
      expect(text, where).toContain(PLAIN)
      expect(text, where).toContain(SENSITIVE)
      for (const shown of c.redacted) expect(text, where).toContain(shown)
    }
    for (const [where, text] of Object.entries(listed)) {
      expectHidden(where, text, c.secret)
      expect(text, where).toContain(PLAIN)
      expect(text, where).toMatch(/\*\*\*SensitiveInformation\*\*\*|%2A%2A%2ASensitiveInformation%2A%2A%2A/)
      for (const shown of c.listed) expect(text, where).toContain(shown)
    }
    // The unredacted interpreters of the same node show it: the redacted ones differ only where the rule says.
    expect(JSON.stringify(valueOf(Holder.ast)(a))).toContain(c.secret)
    expect(xmlEncoderOf(Holder.ast)(a)).toContain(c.secret)
    expect(toQueryString(Holder.ast, a)).toContain(c.secret)
  })

  it.each(c.invalid.map((x, i) => [i, x] as const))('keeps the secret out of every part of a Left, invalid input %i', (_i, x) => {
    for (const strict of [false, true]) {
      const r = Holder.fromJson({ plain: PLAIN, bad: PLAIN_WRONG, x }, { strict })
      expect(E.isLeft(r)).toBe(true)
      if (E.isRight(r)) return
      for (const [where, text] of Object.entries(printedLeft(r.left))) expectHidden(`${where} (strict: ${strict})`, text, c.secret)
      // The plain member's problem is still reported with its value.
      expect(toIssues(r.left)).toContainEqual({ path: ['bad'], message: expect.stringContaining(PLAIN_WRONG) })
      expect(r.left.map((e) => e.value)).toContain(PLAIN_WRONG)
    }
    const text = Holder.fromString(JSON.stringify({ plain: PLAIN, x, bad: PLAIN_WRONG }), { strict: true })
    expect(E.isLeft(text)).toBe(true)
    if (E.isLeft(text)) for (const [where, out] of Object.entries(printedLeft(text.left))) expectHidden(`fromString ${where}`, out, c.secret)
  })

  it('keeps a valid secret out of a Left about another member, and out of a Left for input of the wrong kind', () => {
    // (A secret given as the value of a plain member is not known to be one: docs/security.md, "What is not promised".)
    for (const bad of [{ plain: PLAIN, bad: PLAIN_WRONG, x: c.valid }, [{ plain: PLAIN, x: c.valid }], { plain: 5, x: c.valid }, { bad: [1], x: c.valid }]) {
      const r = Holder.fromJson(bad, { strict: true })
      expect(E.isLeft(r)).toBe(true)
      if (E.isLeft(r)) for (const [where, text] of Object.entries(printedLeft(r.left))) expectHidden(where, text, c.secret)
    }
  })

  it('keeps the secret out of a Left from XML, also when the markup around it breaks the parser', () => {
    if (E.isLeft(decoded)) throw new Error('the valid value does not decode')
    const xml = Holder.toXml(decoded.right)
    const at = xml.indexOf(c.secret)
    expect(at).toBeGreaterThan(0)
    const s = c.secret
    const documents = [
      xml.replace('<Holder>', `<Holder><bad>${PLAIN_WRONG}</bad>`),
      xml.replace(s, `${s}<bad`),
      xml.replace(s, `${s}</${s}>`),
      xml.replace(s, `<${s}>${s}</${s}>`).replace('<Holder>', `<Holder><bad>${PLAIN_WRONG}</bad>`),
      xml.replace(s, `${s}&${s};`),
      xml.replace(s, `${s}&#0;`),
      xml.replace(s, `<![CDATA[${s}`),
      xml.replace('<x>', `<x ${s}="${s}" ${s}="${s}">`),
      xml.replace('<x>', `<x a="${s}>`),
      xml.slice(0, at + s.length)
    ]
    for (const doc of documents) {
      expect(doc).toContain(s)
      const r = Holder.fromXml(doc, { strict: true })
      expect(E.isLeft(r), doc).toBe(true)
      if (E.isLeft(r)) for (const [where, text] of Object.entries(printedLeft(r.left))) expectHidden(`fromXml ${where} of ${doc}`, text, s)
    }
  })
})
