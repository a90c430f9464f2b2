/**
 * The specialised (generated) JSON structure decoder behaves exactly like the generic member
 * loop it replaces: same value, same issues, for awkward member names and any input.
 */
import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Issue } from '../../src/codecs/Issue.js'
import { FAIL } from '../../src/codecs/Issue.js'
import { compileMembers, decodeMembers, decoderOf } from '../../src/codecs/Json.js'
import * as S from '../../src/codecs/Schema.js'

const Odd = S.structure('Odd', {
  // computed, so that it is a member named `__proto__` rather than the literal's prototype
  ['__proto__']: S.optional(S.string()),
  constructor: S.optional(S.integer()),
  toString: S.required(S.string()),
  'quote"and\\backslash': S.optional(S.boolean()),
  'line\nbreak\u2028sep': S.optional(S.timestamp('date-time')),
  '': S.optional(S.list(S.string())),
  hasOwnProperty: S.withDefault(S.integer({ range: { min: 0, max: 9 } }), 4),
  nested: S.optional(S.structure('Nested', { a: S.required(S.string({ sensitive: true })) }))
})

const names = Odd.ast.kind === 'structure' ? Odd.ast.members.map((m) => m.name) : []
if (!names.includes('__proto__')) throw new Error('the test declaration lost its __proto__ member')

const run = (decode: (u: unknown, is: Array<Issue>) => unknown, u: unknown) => {
  const issues: Array<Issue> = []
  const r = decode(u, issues)
  return { ok: r !== FAIL, value: r === FAIL ? undefined : r, issues }
}

const generic = (mode: 'strict' | 'lenient') => {
  const ast = Odd.ast
  const members = compileMembers(ast.kind === 'structure' ? ast.members : [], (a) => decoderOf(a, mode), (a) => decoderOf(a, 'lenient'))
  return (u: unknown, is: Array<Issue>): unknown =>
    typeof u === 'object' && u !== null && !Array.isArray(u)
      ? decodeMembers(ast, members, u as Record<string, unknown>, is, (v) => v === undefined || v === null)
      : decoderOf(ast, mode)(u, is)
}

const memberValue = fc.oneof(
  fc.constant(null),
  fc.string(),
  fc.integer({ min: -20, max: 20 }),
  fc.boolean(),
  fc.constantFrom('2024-02-29T12:00:00Z', '2024-02-30T12:00:00Z', '2024-01-01T00:00:00.5+01:00'),
  fc.array(fc.oneof(fc.string(), fc.constant(null), fc.integer())),
  fc.record({ a: fc.oneof(fc.string(), fc.integer(), fc.constant(null)) }, { requiredKeys: [] })
)

const input = fc.oneof(
  fc.dictionary(fc.constantFrom(...names, 'extra'), memberValue).map((d) => {
    // `__proto__` as an own data property, as JSON.parse makes it.
    const o: Record<string, unknown> = {}
    for (const k of Object.keys(d)) Object.defineProperty(o, k, { value: d[k], enumerable: true, writable: true, configurable: true })
    return o
  }),
  fc.anything()
)

describe('the specialised JSON structure decoder', () => {
  for (const mode of ['lenient', 'strict'] as const) {
    it(`matches the generic member loop (${mode})`, () => {
      const specialised = decoderOf(Odd.ast, mode)
      const loop = generic(mode)
      fc.assert(
        fc.property(input, (u) => {
          const a = run(specialised, u)
          const b = run(loop, u)
          expect(a.ok).toBe(b.ok)
          expect(a.issues).toEqual(b.issues)
          if (a.ok) {
            expect(Object.keys(a.value as object)).toEqual(Object.keys(b.value as object))
            expect(a.value).toEqual(b.value)
            expect(Object.getPrototypeOf(a.value)).toBe(Object.prototype)
          }
        }),
        { numRuns: 500 }
      )
    })
  }

  it('keeps `__proto__` as an own member, never as the prototype', () => {
    const u = JSON.parse('{"__proto__":"x","toString":"t"}') as unknown
    const r = run(decoderOf(Odd.ast, 'lenient'), u)
    expect(r.ok).toBe(true)
    expect(Object.getOwnPropertyDescriptor(r.value, '__proto__')?.value).toBe('x')
    expect(Object.getPrototypeOf(r.value)).toBe(Object.prototype)
  })

  it('reads names of Object.prototype only as own properties', () => {
    const r = run(decoderOf(Odd.ast, 'lenient'), {})
    expect(r.ok).toBe(false)
    expect(r.issues.map((i) => i.path)).toEqual([['toString']])
  })
})
