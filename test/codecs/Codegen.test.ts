/**
 * The JSON structure decoder is generated code (`new Function`, in `Json.ts`), with the generic
 * member loop as the fallback where a runtime refuses code generation (a Content Security
 * Policy, some edge runtimes). These tests load the library twice: once as it is, once with
 * `Function` refusing to build code. Both must give the same result, errors included, on valid
 * values and on values of the wrong outline.
 */
import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import type * as t from 'io-ts'
import { afterEach, describe, expect, it, vi } from 'vitest'
import * as Lib from '../../src/index.js'
import type { AST } from '../../src/codecs/Schema.js'
import type { Shape } from '../../src/codecs/Shape.js'
import { arbitraryOfAst } from '../support/arbitrary.js'
import { errorsJson } from '../support/either.js'
import * as Support from '../support/schemas.js'

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

/** A fresh copy of the library and of the test declarations, compiled from scratch. */
const fresh = async (): Promise<{ readonly lib: typeof Lib; readonly support: typeof Support }> => {
  vi.resetModules()
  const lib = await import('../../src/index.js')
  const support = await import('../support/schemas.js')
  return { lib, support }
}

afterEach(() => {
  globalThis.Function = RealFunction
})

const isShape = (u: unknown): u is AnyShape =>
  typeof u === 'object' && u !== null && typeof (u as Record<string, unknown>)['fromJson'] === 'function' && (u as { ast?: AST }).ast?.kind === 'structure'

/** Every exported structure shape, by name. */
const structureNames = Object.keys(Lib).filter((k) => isShape((Lib as Record<string, unknown>)[k]))

/** What a result shows a caller: the value, or every error's value, message and context. */
const observe = (r: E.Either<t.Errors, unknown>): unknown => (E.isRight(r) ? { right: r.right } : { left: errorsJson(r.left) })

/** Member names of a structure, with the names that could confuse property reads. */
const namesOf = (ast: AST): ReadonlyArray<string> =>
  ast.kind === 'structure' ? [...ast.members.map((m) => m.name), '__proto__', 'constructor', 'toString'] : ['x']

/** Valid values (as JSON), and objects whose members have any JSON value or null. */
const inputsOf = (s: AnyShape): fc.Arbitrary<unknown> =>
  fc.oneof(
    arbitraryOfAst(s.ast).map((a) => s.toJson(a)),
    fc.dictionary(fc.constantFrom(...namesOf(s.ast)), fc.oneof(fc.constant(null), fc.jsonValue({ maxDepth: 2 })), { maxKeys: 6 }),
    fc.jsonValue({ maxDepth: 2 })
  )

describe('generated structure decoders', () => {
  it('are built when the runtime allows code generation', async () => {
    const { lib } = await fresh()
    let built = 0
    globalThis.Function = new Proxy(RealFunction, {
      construct: (target, args: Array<unknown>) => {
        const f = Reflect.construct(target, args) as unknown
        built++
        return f as object
      }
    })
    try {
      expect(E.isRight(lib.CreateChatTokenResponse.fromJson({ token: 'abc' }))).toBe(true)
    } finally {
      globalThis.Function = RealFunction
    }
    expect(built).toBe(1)
  })

  it('fall back to the member loop when it does not, with every result the same', async () => {
    const generic = await fresh()
    const support = [Support.Everything, Support.StrictEverything] as unknown as ReadonlyArray<AnyShape>
    const genericSupport = [generic.support.Everything, generic.support.StrictEverything] as unknown as ReadonlyArray<AnyShape>
    const pairs: Array<readonly [string, AnyShape, AnyShape]> = [
      ['Everything', support[0]!, genericSupport[0]!],
      ['StrictEverything', support[1]!, genericSupport[1]!],
      ...structureNames.map(
        (n) => [n, (Lib as Record<string, unknown>)[n] as AnyShape, (generic.lib as Record<string, unknown>)[n] as AnyShape] as const
      )
    ]
    for (const [name, specialised, loop] of pairs) {
      fc.assert(
        fc.property(inputsOf(specialised), (u) => {
          const expected = observe(specialised.fromJson(u))
          const actual = withoutCodegen(() => observe(loop.fromJson(u)))
          expect(actual, name).toEqual(expected)
        })
      )
    }
  })

  it('fill defaults, report missing required members and keep __proto__ as data in the fallback too', async () => {
    const { support } = await fresh()
    withoutCodegen(() => {
      const r = support.Everything.fromJson({ name: 'Abc', inner: { label: 'x', weight: null }, __proto__: 1 })
      expect(r).toEqual(E.right({ name: 'Abc', inner: { label: 'x' }, retries: 3 }))
      const missing = support.Everything.fromJson({ inner: {} })
      expect(E.isLeft(missing) && missing.left.map((e) => e.message)).toEqual([
        'name: expected a value (the member is required), got nothing',
        'inner.label: expected a value (the member is required), got nothing'
      ])
      expect(E.isLeft(support.Everything.fromJson([]))).toBe(true)
    })
  })
})
