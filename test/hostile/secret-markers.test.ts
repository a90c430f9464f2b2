/**
 * For every sensitive member of every exported shape, found by walking the declarations (so a
 * sensitive node the generator adds is covered without a change here), a marker value made
 * invalid in every way never appears in what the library shows: a `Left` (`JSON.stringify`,
 * `util.inspect` with unlimited depth), `drawTree`, `toIssues`, io-ts's `PathReporter`, a
 * server's `ValidationException` field list, or the CLI's output.
 *
 * The ways: the wrong type (an array, an object holding it, an object keyed by it), too long,
 * against the pattern, inside lists and maps, as a map key, valid while a sibling is wrong, the
 * container of the wrong kind, and, in XML, markup around it that breaks the reader. Decoded by
 * `fromJson` (lenient and strict), `fromString`, `codec.decode`, `fromXml`, `decodeResponse`
 * (the JSON text as a 200 body, and text that breaks the JSON parser as a 200 and an error
 * body), `decodeRequest` (server side), and the CLI's `decode` command (`--lines` too).
 *
 * A marker sent under an undeclared member name, or as the value of a plain member (an error
 * body's `message`), is not known to be a secret (docs/security.md, "What is not promised"), so
 * error bodies here are only text that does not parse.
 */
import { inspect } from 'node:util'
import * as E from 'fp-ts/lib/Either.js'
import type * as t from 'io-ts'
import { PathReporter } from 'io-ts/lib/PathReporter.js'
import { describe, expect, it } from 'vitest'
import { RestJson1, drawTree, toIssues } from '../../src/index.js'
import type { AST, MemberAST } from '../../src/codecs/Schema.js'
import { hidingOf } from '../../src/codecs/Sensitivity.js'
import { cli } from '../cli/helpers.js'
import { errorsOf, operations, shapes } from './support.js'

/** One step from a node to a child: a member, a list's member, a map's value or key. */
type Step = { readonly kind: 'member'; readonly member: MemberAST; readonly parent: AST } | { readonly kind: 'item' } | { readonly kind: 'value' } | { readonly kind: 'key' }

/** A sensitive node of a shape, and how to reach it from the shape's root. */
interface Site {
  readonly shape: string
  readonly steps: ReadonlyArray<Step>
  readonly node: AST
  readonly label: string
}

/** Every node the rule hides (its value, or a map's keys), with the path to it; nothing below a hidden node. */
const sitesOf = (shape: string, root: AST): Array<Site> => {
  const out: Array<Site> = []
  const go = (node: AST, steps: ReadonlyArray<Step>, seen: ReadonlySet<AST>): void => {
    if (seen.has(node)) return
    const h = hidingOf(node)
    if (h.value || h.keys) {
      const label = steps.map((s) => (s.kind === 'member' ? s.member.name : s.kind === 'item' ? '[]' : s.kind === 'value' ? '{}' : '{key}')).join('.')
      out.push({ shape, steps, node, label: label === '' ? '(root)' : label })
      if (h.value) return
    }
    if (!h.contains) return
    const next = new Set(seen).add(node)
    switch (node.kind) {
      case 'structure':
      case 'union':
        for (const m of node.members) go(m.target, [...steps, { kind: 'member', member: m, parent: node }], next)
        break
      case 'list':
        go(node.member, [...steps, { kind: 'item' }], next)
        break
      case 'map':
        go(node.key, [...steps, { kind: 'key' }], next)
        go(node.value, [...steps, { kind: 'value' }], next)
        break
      default:
        break
    }
  }
  go(root, [], new Set())
  return out
}

const sites: ReadonlyArray<Site> = shapes.flatMap(([name, s]) => sitesOf(name, s.ast))

/** A value of the wrong kind for a plain member, to make a Left while the secret is valid. */
const wrongFor = (ast: AST): unknown => (ast.kind === 'boolean' ? 'x' : true)

/** Places a JSON value at the end of the steps; with `sibling`, also a wrong plain member next to it. */
const place = (steps: ReadonlyArray<Step>, v: unknown, sibling = false): unknown => {
  let out = v
  for (let i = steps.length - 1; i >= 0; i--) {
    const step = steps[i]!
    switch (step.kind) {
      case 'member': {
        const o: Record<string, unknown> = { [step.member.name]: out }
        if (sibling && i === steps.length - 1 && step.parent.kind === 'structure') {
          const other = step.parent.members.find((m) => m !== step.member && !hidingOf(m.target).contains)
          if (other !== undefined) o[other.name] = wrongFor(other.target)
        }
        out = o
        break
      }
      case 'item':
        out = [out]
        break
      case 'value':
        out = { plainKey: out }
        break
      case 'key':
        out = { [String(out)]: 'plainValue' }
        break
    }
  }
  return out
}

/** Whether a sibling can be made wrong next to the sensitive node. */
const hasSibling = (steps: ReadonlyArray<Step>): boolean => {
  const last = steps[steps.length - 1]
  return last !== undefined && last.kind === 'member' && last.parent.kind === 'structure' && last.parent.members.some((m) => m !== last.member && !hidingOf(m.target).contains)
}

/** A string the pattern refuses, holding the marker, or undefined. */
const againstPattern = (pattern: string | undefined, marker: string): string | undefined => {
  if (pattern === undefined) return undefined
  const re = new RegExp(pattern, 'u')
  return [`${marker} `, `${marker}\n`, `${marker}!`, `${marker}<>`, `/${marker}`, `${marker}\u0000`].find((s) => !re.test(s))
}

/** The JSON values of the sensitive node, each invalid (or valid, with `sibling`), each holding the marker. */
const jsonVariants = (site: Site, m: string): Array<{ readonly name: string; readonly value: unknown; readonly sibling?: boolean }> => {
  const n = site.node
  const out: Array<{ name: string; value: unknown; sibling?: boolean }> = [
    { name: 'in an array', value: [m] },
    { name: 'in a nested array', value: [[m], m] },
    { name: 'as a key and value of an object', value: { [m]: m } },
    { name: 'inside a map of lists', value: { [m]: [m, { [m]: m }] } },
    { name: 'in an object', value: { value: m } }
  ]
  if (n.kind !== 'string' && n.kind !== 'enum') out.push({ name: 'itself', value: m })
  if (n.kind === 'string' || n.kind === 'enum') {
    if (n.kind === 'string' && n.length?.max !== undefined) out.push({ name: 'too long', value: m.repeat(Math.ceil((n.length.max + 1) / m.length)) })
    const bad = againstPattern(n.kind === 'string' ? n.pattern : undefined, m)
    if (bad !== undefined) out.push({ name: 'against the pattern', value: bad })
  }
  if (n.kind === 'map') {
    out.push(
      { name: 'a key whose value is a number', value: { [m]: 5 } },
      { name: 'a key whose value is null', value: { [m]: null } },
      { name: 'a key whose value is an array', value: { [m]: [m] } },
      { name: 'a key whose value is an object', value: { [m]: { [m]: m } } },
      { name: 'an array of keys', value: [m, { [m]: m }] }
    )
    if (n.key.kind === 'string' && n.key.length?.max !== undefined) out.push({ name: 'a key too long', value: { [m.repeat(Math.ceil((n.key.length.max + 1) / m.length))]: m } })
  }
  if (n.kind === 'list') out.push({ name: 'an item of the wrong type', value: [m, 5] })
  if (hasSibling(site.steps)) {
    const valid = n.kind === 'map' ? { [m]: m } : n.kind === 'list' ? [m] : m
    out.push({ name: 'valid, while a sibling is wrong', value: valid, sibling: true })
  }
  return out
}

/** The element name of a member in XML. */
const elementOf = (m: MemberAST): string => m.xmlName ?? m.name

/** The XML root element of a shape (a structure's or union's name, or its shape id's name). */
const rootOf = (ast: AST): string =>
  ast.kind === 'structure' || ast.kind === 'union' ? ast.name : ast.shapeId !== undefined ? ast.shapeId.slice(ast.shapeId.indexOf('#') + 1) : ast.kind

/** Wraps the XML of the sensitive node (given its element name) in the elements of the steps and the root. */
const wrapXml = (site: Site, root: AST, inner: (name: string) => string): string => {
  let name = rootOf(root)
  let body = (n: string): string => inner(n)
  for (let i = site.steps.length - 1; i >= 0; i--) {
    const step = site.steps[i]!
    const b = body
    switch (step.kind) {
      case 'member': {
        const el = elementOf(step.member)
        body = (n) => `<${n}>${b(el)}</${n}>`
        break
      }
      case 'item':
        body = (n) => `<${n}>${b('member')}</${n}>`
        break
      case 'value':
        body = (n) => `<${n}><entry><key>plainKey</key>${b('value')}</entry></${n}>`
        break
      case 'key':
        body = (n) => `<${n}><entry>${b('key')}<value>plainValue</value></entry></${n}>`
        break
    }
  }
  return body(name)
}

/** The XML of the sensitive node (element `n`), each invalid or breaking the reader, each holding the marker. */
const xmlVariants = (site: Site, m: string): Array<{ readonly name: string; readonly inner: (n: string) => string }> => {
  const out = [
    { name: 'text then a broken tag', inner: (n: string) => `<${n}>${m}<bad</${n}>` },
    { name: 'an element named by the marker', inner: (n: string) => `<${n}><${m}>${m}</${m}></${n}>` },
    { name: 'a closing tag that does not match', inner: (n: string) => `<${n}>${m}</${m}>` },
    { name: 'an attribute named by the marker, given twice', inner: (n: string) => `<${n} ${m}="${m}" ${m}="${m}">${m}</${n}>` },
    { name: 'an attribute value not closed', inner: (n: string) => `<${n} a="${m}>${m}</${n}>` },
    { name: 'an undeclared entity', inner: (n: string) => `<${n}>${m}&${m};</${n}>` },
    { name: 'a reference to no character', inner: (n: string) => `<${n}>${m}&#0;</${n}>` },
    { name: 'a CDATA section not closed', inner: (n: string) => `<${n}><![CDATA[${m}</${n}>` },
    { name: 'a comment with --', inner: (n: string) => `<${n}><!-- ${m} -- ${m} --></${n}>` },
    { name: 'child elements', inner: (n: string) => `<${n}><a>${m}</a><b>${m}</b></${n}>` },
    { name: 'a raw control character', inner: (n: string) => `<${n}>${m}\u0001</${n}>` }
  ]
  const n = site.node
  if (n.kind === 'string' && n.length?.max !== undefined) {
    const long = m.repeat(Math.ceil((n.length.max + 1) / m.length))
    out.push({ name: 'too long', inner: (e: string) => `<${e}>${long}</${e}>` })
  }
  if (n.kind === 'map') {
    out.push(
      { name: 'an entry without a value', inner: (e: string) => `<${e}><entry><key>${m}</key></entry></${e}>` },
      { name: 'an entry whose value holds elements', inner: (e: string) => `<${e}><entry><key>${m}</key><value><x>${m}</x></value></entry></${e}>` },
      { name: 'an entry whose key is broken', inner: (e: string) => `<${e}><entry><key>${m}<bad</key><value>${m}</value></entry></${e}>` },
      { name: 'text instead of entries', inner: (e: string) => `<${e}>${m}</${e}>` }
    )
  }
  return out
}

/** A marker per case: letters and digits no word of the library contains in a row. */
let counter = 0
const marker = (): string => `QzxMrk${(counter++).toString(36)}Vkj`

/** Everything a Left shows, as text, each way it can be printed. */
const shown = (left: unknown): Record<string, string> => {
  const errors: t.Errors = errorsOf(left)
  return {
    json: JSON.stringify(left) ?? '',
    inspect: inspect(left, { depth: Infinity }),
    drawTree: drawTree(errors),
    toIssues: JSON.stringify(toIssues(errors)),
    pathReporter: PathReporter.report(E.left(errors)).join('\n')
  }
}

const expectHidden = (where: string, r: E.Either<unknown, unknown>, m: string): void => {
  if (E.isRight(r)) return
  for (const [how, text] of Object.entries(shown(r.left))) {
    if (text.includes(m)) throw new Error(`${where}: ${how} shows the marker ${m}: ${text.slice(0, 1500)}`)
  }
}

const shapeOf = new Map(shapes)
const outputOf = (name: string) => operations.filter(([, op]) => (op as unknown as { output?: { name?: string } }).output?.name === name)
const inputOf = (name: string) => operations.filter(([, op]) => (op as unknown as { input?: { name?: string } }).input?.name === name)

type Request = { readonly method: string; readonly path: string; readonly headers?: Record<string, string>; readonly body?: string }
const decodeRequestOf = (op: unknown): ((r: Request) => E.Either<unknown, unknown>) => (op as { decodeRequest: (r: Request) => E.Either<unknown, unknown> }).decodeRequest
const uriOf = (op: unknown): string => (op as { http: { uri: string } }).http.uri

describe('secret markers', () => {
  it('finds the sensitive nodes of the model by walking every exported shape', () => {
    const ids = new Set(sites.map((s) => s.node.shapeId))
    // The IVS Chat model marks these @sensitive; the walk must find each (and may find more).
    for (const id of ['ChatToken', 'UserID', 'ChatTokenAttributes']) expect(ids).toContain(`com.amazonaws.ivschat#${id}`)
    expect(sites.map((s) => `${s.shape}:${s.label}`)).toEqual(expect.arrayContaining(['CreateChatTokenRequest:userId', 'CreateChatTokenRequest:attributes', 'CreateChatTokenResponse:token', 'DisconnectUserRequest:userId']))
  })

  it('never shows a marker in the Left of fromJson, fromString, codec.decode, decodeResponse or decodeRequest', () => {
    let lefts = 0
    let total = 0
    for (const site of sites) {
      const s = shapeOf.get(site.shape)!
      for (const variant of jsonVariants(site, 'M')) {
        const m = marker()
        const v = jsonVariants(site, m).find((x) => x.name === variant.name)!
        const input = place(site.steps, v.value, v.sibling === true)
        const text = JSON.stringify(input)
        const where = `${site.shape}.${site.label} ${v.name}`
        const results: Array<readonly [string, E.Either<unknown, unknown>]> = [
          ['fromJson', s.fromJson(input)],
          ['fromJson strict', s.fromJson(input, { strict: true })],
          ['fromString strict', s.fromString(text, { strict: true })],
          ['codec.decode', s.codec.decode(input)]
        ]
        for (const [, op] of outputOf(site.shape)) {
          results.push(['decodeResponse', op.decodeResponse({ statusCode: 200, headers: {}, body: text })])
          results.push(['decodeResponse (bytes)', op.decodeResponse({ statusCode: 200, headers: {}, body: new TextEncoder().encode(text) })])
        }
        for (const [, op] of inputOf(site.shape)) {
          results.push(['decodeRequest', decodeRequestOf(op)({ method: 'POST', path: uriOf(op), headers: { 'content-type': 'application/json' }, body: text })])
        }
        for (const [how, r] of results) {
          total++
          if (E.isLeft(r)) lefts++
          expectHidden(`${where} (${how})`, r, m)
        }
        // Strict decoding refuses every variant: each is invalid, or has a wrong sibling.
        expect(E.isLeft(results[1]![1]), `${where}: strict fromJson`).toBe(true)
      }
    }
    expect(total).toBeGreaterThan(100)
    expect(lefts / total).toBeGreaterThan(0.9)
  })

  it('never shows a marker in the Left of fromXml, whatever markup surrounds it', () => {
    let count = 0
    for (const site of sites) {
      const s = shapeOf.get(site.shape)!
      for (const { name } of xmlVariants(site, 'M')) {
        const m = marker()
        const variant = xmlVariants(site, m).find((x) => x.name === name)!
        const doc = wrapXml(site, s.ast, variant.inner)
        expect(doc).toContain(m)
        for (const strict of [false, true]) {
          const r = s.fromXml(doc, { strict })
          if (name !== 'too long' || strict) expect(E.isLeft(r), `${site.shape}.${site.label} ${name}: ${doc}`).toBe(true)
          expectHidden(`${site.shape}.${site.label} fromXml ${name} ${doc}`, r, m)
          count++
        }
      }
    }
    expect(count).toBeGreaterThan(50)
  })

  it('never shows a marker quoted by a parser: bodies cut short or broken, as responses and error bodies', () => {
    for (const [name, op] of operations) {
      const m = marker()
      const bodies = [`{"token":"${m}`, `{"${m}":[`, `{"userId": ${m}}`, `<Error><Code>X</Code><Message>${m}<bad</Message></Error>`, `${m}`]
      for (const body of bodies) {
        for (const [statusCode, headers] of [
          [200, {}],
          [400, { [RestJson1.ERROR_TYPE_HEADER]: 'ValidationException' }],
          [500, { [RestJson1.ERROR_TYPE_HEADER]: 'SomeUndeclaredException' }]
        ] as const) {
          const r = op.decodeResponse({ statusCode, headers, body })
          expectHidden(`${name}.decodeResponse ${statusCode} ${body}`, r, m)
        }
      }
    }
  })

  it('never shows a marker in the CLI output of decode (JSON, XML, --lines, every --to)', async () => {
    let runs = 0
    for (const site of sites) {
      if (!/^[A-Za-z]+$/.test(site.shape)) continue
      for (const { name, sibling } of jsonVariants(site, 'M')) {
        const m = marker()
        const v = jsonVariants(site, m).find((x) => x.name === name)!
        const text = JSON.stringify(place(site.steps, v.value, sibling === true))
        const runsOf: Array<readonly [ReadonlyArray<string>, string]> = [
          [['decode', site.shape], text],
          [['decode', site.shape, '--strict', '--to', 'value'], text],
          [['decode', site.shape, '--lines'], `${text}\n${text}\n`]
        ]
        for (const [argv, stdin] of runsOf) {
          const r = await cli(argv, stdin)
          runs++
          const out = r.stdout + r.stderr
          if (out.includes(m)) throw new Error(`cli ${argv.join(' ')} < ${stdin} shows ${m}: ${out}`)
        }
      }
      const s = shapeOf.get(site.shape)!
      for (const { name } of xmlVariants(site, 'M')) {
        const m = marker()
        const doc = wrapXml(site, s.ast, xmlVariants(site, m).find((x) => x.name === name)!.inner)
        for (const argv of [['decode', site.shape, '--from', 'xml'], ['decode', site.shape, '--from', 'xml', '--to', 'xml']]) {
          const r = await cli(argv, doc)
          runs++
          const out = r.stdout + r.stderr
          if (out.includes(m)) throw new Error(`cli ${argv.join(' ')} < ${doc} shows ${m}: ${out}`)
        }
      }
    }
    expect(runs).toBeGreaterThan(50)
  })
})
