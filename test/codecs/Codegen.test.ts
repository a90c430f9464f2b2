/**
 * The JSON structure decoder is generated code (`new Function`, in `Json.ts`), with the generic
 * member loop as the fallback where a runtime refuses code generation (a Content Security
 * Policy, some edge runtimes). A declaration is compiled on its first decode, so these tests
 * copy declarations (fresh nodes, compiled from scratch) and decode the copies while `Function`
 * refuses to build code. Both must give the same result, errors included, on valid values and on
 * values of the wrong outline.
 *
 * (The library is not imported a second time: code that runs when a module loads would then run
 * inside a test, and mutation testing would count it as covered by this file alone.)
 */
import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import type * as t from 'io-ts'
import { afterEach, describe, expect, it } from 'vitest'
import * as Lib from '../../src/index.js'
import type { AST } from '../../src/codecs/Schema.js'
import { type Shape, shape } from '../../src/codecs/Shape.js'
import { arbitraryOfAst } from '../support/arbitrary.js'
import { errorsJson } from '../support/either.js'
import { Everything, StrictEverything } from '../support/schemas.js'
import { expectations } from '../support/issues.js'

type AnyShape = Shape<unknown, unknown>

const RealFunction = globalThis.Function

/** A `Function` that refuses to build code, as a runtime under a Content Security Policy does. */
function NoCodegen(): never {
  throw new EvalError('Code generation from strings disallowed for this context')
}
NoCodegen.prototype = RealFunction.prototype

/** Runs `f` while `new Function(...)` throws. */
const withoutCodegen = <A>(f: () => A): A => {
  globalThis.Function = NoCodegen as unknown as FunctionConstructor
  try {
    return f()
  } finally {
    globalThis.Function = RealFunction
  }
}

/** Runs `f` while counting the functions `new Function(...)` builds. */
const countingCodegen = (f: () => void): number => {
  let built = 0
  globalThis.Function = new Proxy(RealFunction, {
    construct: (target, args: Array<unknown>) => {
      const made = Reflect.construct(target, args) as object
      built++
      return made
    }
  })
  try {
    f()
  } finally {
    globalThis.Function = RealFunction
  }
  return built
}

/** The same shape over a deep copy of its declaration: new nodes, not compiled yet. */
const copyOf = (s: AnyShape): AnyShape => shape({ ast: structuredClone(s.ast) }, { mode: s.mode })

afterEach(() => {
  globalThis.Function = RealFunction
})

const isStructureShape = (u: unknown): u is AnyShape =>
  typeof u === 'object' && u !== null && typeof (u as Record<string, unknown>)['fromJson'] === 'function' && (u as { ast?: AST }).ast?.kind === 'structure'

/** Every exported structure shape, and the test declarations with one member of each kind. */
const structures: ReadonlyArray<readonly [string, AnyShape]> = [
  ['Everything', Everything as unknown as AnyShape],
  ['StrictEverything', StrictEverything as unknown as AnyShape],
  ...Object.entries(Lib as Record<string, unknown>).filter((e): e is [string, AnyShape] => isStructureShape(e[1]))
]

/** What a result shows a caller: the value, or every error's value, message and context. */
const observe = (r: E.Either<t.Errors, unknown>): unknown => (E.isRight(r) ? { right: r.right } : { left: errorsJson(r.left) })

/** Member names of a structure, with the names that could confuse property reads. */
const namesOf = (ast: AST): ReadonlyArray<string> =>
  ast.kind === 'structure' ? [...ast.members.map((m) => m.name), '__proto__', 'constructor', 'toString'] : ['x']

/** Valid values (as JSON), objects whose members have any JSON value or null, and any JSON. */
const inputsOf = (s: AnyShape): fc.Arbitrary<unknown> =>
  fc.oneof(
    arbitraryOfAst(s.ast).map((a) => s.toJson(a)),
    fc.dictionary(fc.constantFrom(...namesOf(s.ast)), fc.oneof(fc.constant(null), fc.jsonValue({ maxDepth: 2 })), { maxKeys: 6 }),
    fc.jsonValue({ maxDepth: 2 })
  )

describe('generated structure decoders', () => {
  it('are built once per structure node, on its first decode', () => {
    const copy = copyOf(Everything as unknown as AnyShape)
    // Everything, Inner (under `inner` and in `items`, one node) and Choice's Inner: the copy
    // keeps shared nodes shared, so two structure nodes are reached by this value.
    const value = { name: 'Abc', inner: { label: 'x' }, items: [{ label: 'y' }] }
    expect(countingCodegen(() => expect(E.isRight(copy.fromJson(value))).toBe(true))).toBe(2)
    expect(countingCodegen(() => expect(E.isRight(copy.fromJson(value))).toBe(true))).toBe(0)
  })

  it('fall back to the member loop when code generation is refused, with every result the same', () => {
    for (const [name, s] of structures) {
      const loop = copyOf(s)
      fc.assert(
        fc.property(inputsOf(s), (u) => {
          const expected = observe(s.fromJson(u))
          const actual = withoutCodegen(() => observe(loop.fromJson(u)))
          expect(actual, name).toEqual(expected)
        }),
        // per structure: with every structure of the model, over a thousand inputs in all
        { numRuns: 25 }
      )
    }
  })

  it('fill defaults, report missing required members and keep __proto__ as data in the fallback too', () => {
    const loop = copyOf(Everything as unknown as AnyShape)
    withoutCodegen(() => {
      const r = loop.fromJson(JSON.parse('{"name":"Abc","inner":{"label":"x","weight":null},"__proto__":1}'))
      expect(r).toStrictEqual(E.right({ name: 'Abc', inner: { label: 'x' }, retries: 3 }))
      const missing = loop.fromJson({ inner: {} })
      expect(E.isLeft(missing) && expectations(missing.left)).toEqual([
        { path: ['name'], expected: 'a value (the member is required)' },
        { path: ['inner', 'label'], expected: 'a value (the member is required)' }
      ])
      expect(E.isLeft(loop.fromJson([]))).toBe(true)
    })
  })
})
