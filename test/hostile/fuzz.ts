/**
 * Fuzzing, shared by the two tiers: `fuzz.test.ts` gives every decoder 100 inputs of each
 * family, `fuzz.slow.test.ts` 10,000 (`RUNS` and `SLOW_RUNS` of support.ts).
 *
 * Every public decoder gets at least `runs` random inputs of each family it takes (random JSON
 * values, JSON shaped like the model, random strings, random XML trees built from the model's
 * member names and hostile ones, random bytes) and must return an `Either` whose `Right` passes
 * the shape's guard, without touching `Object.prototype`.
 *
 * Each property generates one input per run and gives it to every decoder of the family, so the
 * cost of generating inputs is paid once. An error union's `fromJson` and `fromXml` count as one
 * decoder each, called with its codes in turn (see `fuzzTargets`).
 */
import * as E from 'fp-ts/lib/Either.js'
import fc from 'fast-check'
import { anyString } from '../support/arbitrary.js'
import { afterAll, describe, expect, it } from 'vitest'
import { HOSTILE_NAMES, type Target, fuzzTargets, memberNames, prototypeSnapshot, runSafely, shapes } from './support.js'

/** Generous: on a loaded 2-core machine a property can take minutes; on an idle one, seconds. */
const FUZZ_TIMEOUT = 600_000

const counts = new Map<string, number>()

const feed = (family: string, ts: ReadonlyArray<Target>, input: unknown): void => {
  for (const target of ts) {
    const r = runSafely(target, input)
    if (E.isRight(r) && target.is !== undefined && !target.is(r.right)) throw new Error(`${target.name} returned a Right its guard refuses`)
    const key = `${family} ${target.name}`
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  if (({} as Record<string, unknown>)['polluted'] !== undefined) throw new Error('Object.prototype was polluted')
}

const byInput = (input: Target['input']): ReadonlyArray<Target> => fuzzTargets.filter((t) => t.input === input)
const valueTargets = byInput('value')
const jsonTextTargets = byInput('json-text')
const xmlTargets = byInput('xml-text')
const responseTargets = byInput('response')

/** Keys: the model's member names, the names an attacker tries, and the ones error bodies use. */
const key = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...memberNames) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_NAMES, 'Message', 'code', 'Code', '__type', 'polluted') },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) }
)

/** Leaves a decoder may half-accept: numbers at the 32-bit and Date edges, dates, enum-like words. */
const leaf = fc.oneof(
  fc.constantFrom(0, -0, 1, -1, 2147483647, 2147483648, -2147483649, 1.5, 1e400, -1e400, 8.64e12, 8.64e12 + 1, 1398796238.123),
  fc.constantFrom('2024-01-01T00:00:00Z', 'Tue, 29 Apr 2014 18:30:38 GMT', '1398796238', 'SEND_MESSAGE', 'OTHER', 'ACTIVE', 'true', ''),
  fc.constantFrom('arn:aws:ivschat:us-west-2:123456789012:room/abcdEFGH1234', 'arn:aws:ivschat:us-west-2:123456789012:logging-configuration/abcd'),
  fc.boolean(),
  fc.constant(null),
  anyString({ maxLength: 20 })
)

/** JSON shaped like the model: objects keyed by member names, with hostile keys mixed in. */
const modelJson: fc.Arbitrary<unknown> = fc.letrec<{ node: unknown }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.array(tie('node'), { maxLength: 4 }),
    fc.dictionary(key, tie('node'), { maxKeys: 6 })
  )
})).node.map((u) => JSON.parse(JSON.stringify(u)) as unknown)

/** Element and attribute names for XML trees. */
const elementName = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...memberNames) },
  { weight: 3, arbitrary: fc.constantFrom('member', 'entry', 'key', 'value', 'Error', 'ErrorResponse', 'Message', 'Code', 'RequestId') },
  { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'a:b', 'x-y', '_') }
)

/** Text in XML: plain words, escapes and entities (known, numeric, unknown), CDATA, comments. */
const xmlText = fc.oneof(
  fc.constantFrom('', ' ', 'text', 'OTHER', '42', '-1', '2147483648', 'true', '2024-01-01T00:00:00Z', '1398796238.5'),
  fc.constantFrom('&lt;', '&gt;', '&amp;', '&quot;', '&apos;', '&#65;', '&#x1F600;', '&#0;', '&#xD800;', '&#x110000;', '&bogus;', '&nbsp;', '&', '<', ']]>'),
  fc.string({ maxLength: 10 }).map((s) => `<![CDATA[${s.replace(/]]>/g, '')}]]>`),
  fc.string({ maxLength: 10 }).map((s) => `<!--${s.replace(/--/g, '')}-->`),
  fc.string({ maxLength: 12 }).map((s) => s.replace(/[<&]/g, ''))
)

const attribute = fc
  .tuple(fc.constantFrom('id', 'xmlns', 'xmlns:a', '__proto__', 'constructor', 'token', 'message'), fc.string({ maxLength: 6 }))
  .map(([n, v]) => ` ${n}="${v.replace(/["<&]/g, '')}"`)

interface Tree {
  readonly name: string
  readonly attrs: ReadonlyArray<string>
  readonly children: ReadonlyArray<Tree | string>
}

const tree: fc.Arbitrary<Tree> = fc.letrec<{ tree: Tree; child: Tree | string }>((tie) => ({
  tree: fc.record({ name: elementName, attrs: fc.array(attribute, { maxLength: 2 }), children: fc.array(tie('child'), { maxLength: 3 }) }),
  child: fc.oneof({ depthSize: 'small', withCrossShrink: true }, xmlText, tie('tree'))
})).tree

const render = (t: Tree | string): string =>
  typeof t === 'string' ? t : `<${t.name}${t.attrs.join('')}>${t.children.map(render).join('')}</${t.name}>`

const rootName = fc.constantFrom(...shapes.map(([n]) => n), ...shapes.map(([n]) => `${n.replace(/Response$/, '')}Response`), 'ErrorResponse', 'Error')

/** A document: a root named like a shape or an envelope, sometimes with a declaration, sometimes broken. */
const xmlDocument = fc
  .tuple(
    rootName,
    fc.array(tree, { maxLength: 4 }),
    fc.constantFrom('', '<?xml version="1.0" encoding="UTF-8"?>', '<!DOCTYPE r [<!ENTITY e "x">]>'),
    fc.nat(),
    fc.boolean()
  )
  .map(([root, children, prolog, cut, broken]) => {
    const inner = children.map(render).join('')
    const doc = `${prolog}<${root}>${root.endsWith('Response') ? `<${root.slice(0, -8)}Result>${inner}</${root.slice(0, -8)}Result>` : inner}</${root}>`
    return broken ? doc.slice(0, cut % (doc.length + 1)) : doc
  })

const statusCode = fc.constantFrom(200, 204, 299, 400, 403, 404, 409, 429, 500, 503, 0, -1, 1e400)

const headers = fc.option(
  fc.dictionary(
    fc.constantFrom('x-amzn-errortype', 'X-Amzn-ErrorType', 'content-type', '__proto__'),
    fc.oneof(fc.constantFrom('ValidationException', 'AccessDeniedException:http://x', 'aws#ResourceNotFoundException', 'Nope'), fc.array(fc.string({ maxLength: 6 }), { maxLength: 2 }))
  ),
  { nil: undefined }
)

/** The fuzz properties, each run `runs` times, in a `describe` of the calling test file. */
export const describeFuzz = (runs: number): void => {
  const snapshot = prototypeSnapshot()
  afterAll(() => {
    expect(prototypeSnapshot()).toBe(snapshot)
  })

  describe(`fuzzing every public decoder (${runs} runs per decoder and input family)`, () => {
    it('random JSON values (fc.jsonValue) to every decoder of parsed JSON and of JSON text', () => {
      fc.assert(
        fc.property(fc.jsonValue(), (u) => {
          feed('jsonValue', valueTargets, u)
          feed('jsonValue', jsonTextTargets, JSON.stringify(u))
        }),
        { numRuns: runs }
      )
    }, FUZZ_TIMEOUT)

    it('JSON shaped like the model, with hostile keys, to the same decoders and as response bodies', () => {
      fc.assert(
        fc.property(modelJson, statusCode, headers, (u, status, hs) => {
          feed('modelJson', valueTargets, u)
          const text = JSON.stringify(u)
          feed('modelJson', jsonTextTargets, text)
          feed('modelJson', responseTargets, hs === undefined ? { statusCode: status, body: text } : { statusCode: status, headers: hs, body: text })
        }),
        { numRuns: runs }
      )
    }, FUZZ_TIMEOUT)

    it('random strings to every decoder of text, and as response bodies', () => {
      fc.assert(
        fc.property(fc.oneof(anyString(), fc.string({ unit: fc.constantFrom(...'<>/&;#!?[]{}":,x0 ') })), statusCode, (s, status) => {
          feed('string', jsonTextTargets, s)
          feed('string', xmlTargets, s)
          feed('string', responseTargets, { statusCode: status, body: s })
        }),
        { numRuns: runs }
      )
    }, FUZZ_TIMEOUT)

    it('random XML trees from member names and hostile names, entities, CDATA and attributes, to every XML decoder', () => {
      fc.assert(
        fc.property(xmlDocument, (doc) => {
          feed('xml', xmlTargets, doc)
        }),
        { numRuns: runs }
      )
    }, FUZZ_TIMEOUT)

    it('random bytes as response bodies', () => {
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 200 }), statusCode, headers, (body, status, hs) => {
          feed('bytes', responseTargets, hs === undefined ? { statusCode: status, body } : { statusCode: status, headers: hs, body })
        }),
        { numRuns: runs }
      )
    }, FUZZ_TIMEOUT)

    it('gave every decoder at least `runs` inputs of each family it takes', () => {
      const families: Record<Target['input'], ReadonlyArray<string>> = {
        value: ['jsonValue', 'modelJson'],
        'json-text': ['jsonValue', 'modelJson', 'string'],
        'xml-text': ['string', 'xml'],
        response: ['modelJson', 'string', 'bytes']
      }
      for (const target of fuzzTargets) for (const family of families[target.input]) expect(counts.get(`${family} ${target.name}`) ?? 0).toBeGreaterThanOrEqual(runs)
    })
  })
}
