/**
 * What the hostile-input suite attacks: every public decoder of the package, found by walking
 * the package root's exports (so shapes added by the generator are attacked too), and helpers to
 * check what a decoder returned.
 */
import * as E from 'fp-ts/lib/Either.js'
import type * as t from 'io-ts'
import { expect } from 'vitest'
import * as Lib from '../../src/index.js'
import type { AST } from '../../src/codecs/Schema.js'
import type { DecodeOptions, Shape } from '../../src/codecs/Shape.js'
import type { ErrorShape } from '../../src/errors/ErrorShape.js'
import type { AnyErrorShape, ErrorUnion } from '../../src/errors/ErrorUnion.js'
import type { HttpResponse } from '../../src/protocols/Http.js'

const override = process.env['HOSTILE_RUNS'] === undefined ? undefined : Number(process.env['HOSTILE_RUNS'])

/**
 * Fast-check runs for one fuzz property in the fast suite: 100 inputs of each family, each given
 * to every decoder that takes it. `HOSTILE_RUNS` overrides it (the mutation-testing config sets 20).
 */
export const RUNS = override ?? 100

/** Fast-check runs for one fuzz property in the slow tier (`*.slow.test.ts`): 10,000, or `HOSTILE_RUNS`. */
export const SLOW_RUNS = override ?? 10_000

/** A smaller number of runs, for properties that do more work per run. */
export const SOME_RUNS = Math.max(20, Math.floor(RUNS / 2))

type AnyShape = Shape<unknown, unknown>
type AnyError = ErrorShape<string, unknown, unknown>
type AnyUnion = ErrorUnion<ReadonlyArray<AnyErrorShape>>
type AnyOperation = { readonly name: string; readonly decodeResponse: (r: HttpResponse, o?: DecodeOptions) => E.Either<unknown, unknown> }

const isObject = (u: unknown): u is Record<string, unknown> => typeof u === 'object' && u !== null

const isShape = (u: unknown): u is AnyShape =>
  isObject(u) && typeof u['fromJson'] === 'function' && typeof u['fromXml'] === 'function' && typeof u['fromString'] === 'function' && isObject(u['ast'])

const isErrorShape = (u: unknown): u is AnyError =>
  isObject(u) && typeof u['fromJson'] === 'function' && typeof u['fromXml'] === 'function' && isShape(u['body'])

const isErrorUnion = (u: unknown): u is AnyUnion => isObject(u) && Array.isArray(u['errors']) && typeof u['lookup'] === 'function'

/** An operation: a name, its error union and `decodeResponse` (a protocol namespace has a `decodeResponse` too, but no name). */
const isOperation = (u: unknown): u is AnyOperation => isObject(u) && typeof u['name'] === 'string' && isErrorUnion(u['errors']) && typeof u['decodeResponse'] === 'function'

const exported = Object.entries(Lib as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b))

/** Every exported shape (requests, responses, nested structures, lists, maps, scalars). */
export const shapes: ReadonlyArray<readonly [string, AnyShape]> = exported.filter((e): e is [string, AnyShape] => isShape(e[1]))

/** Every exported error shape. */
export const errorShapes: ReadonlyArray<readonly [string, AnyError]> = exported.filter((e): e is [string, AnyError] => isErrorShape(e[1]))

/** Every exported error union (one per operation). */
export const errorUnions: ReadonlyArray<readonly [string, AnyUnion]> = exported.filter((e): e is [string, AnyUnion] => isErrorUnion(e[1]))

/** Every exported operation. */
export const operations: ReadonlyArray<readonly [string, AnyOperation]> = exported.filter((e): e is [string, AnyOperation] => isOperation(e[1]))

/** One public decoder, with what it takes. */
export interface Target {
  readonly name: string
  /** `value`: parsed JSON (any value); `text`: JSON or XML text; `response`: an HTTP response. */
  readonly input: 'value' | 'json-text' | 'xml-text' | 'response'
  readonly run: (input: unknown, options?: DecodeOptions) => E.Either<unknown, unknown>
  /** The guard a `Right` must satisfy, when there is one. */
  readonly is?: (u: unknown) => boolean
}

const codes = (u: AnyUnion): ReadonlyArray<string> => [...u.errors.map((e) => e.name), 'SomeUndeclaredException']

/** Every public decoder of the package: `fromJson`, `fromString`, `fromXml`, `decodeResponse`. */
export const targets: ReadonlyArray<Target> = [
  ...shapes.flatMap(([n, s]): Array<Target> => [
    { name: `${n}.fromJson`, input: 'value', run: (u, o) => s.fromJson(u, o), is: s.is },
    { name: `${n}.fromString`, input: 'json-text', run: (u, o) => s.fromString(u as string, o), is: s.is },
    { name: `${n}.fromXml`, input: 'xml-text', run: (u, o) => s.fromXml(u as string, o), is: s.is }
  ]),
  ...errorShapes.flatMap(([n, s]): Array<Target> => [
    { name: `${n}.fromJson`, input: 'value', run: (u, o) => s.fromJson(u, o), is: s.is },
    { name: `${n}.fromXml`, input: 'xml-text', run: (u, o) => s.fromXml(u as string, o), is: s.is }
  ]),
  ...errorUnions.flatMap(([n, eu]): Array<Target> =>
    codes(eu).flatMap((code): Array<Target> => [
      { name: `${n}.fromJson(${code})`, input: 'value', run: (u, o) => eu.fromJson(code, u, o) },
      { name: `${n}.fromXml(${code})`, input: 'xml-text', run: (u, o) => eu.fromXml(code, u as string, o) }
    ])
  ),
  ...operations.map(([n, op]): Target => ({ name: `${n}.decodeResponse`, input: 'response', run: (u, o) => op.decodeResponse(u as HttpResponse, o) }))
]

/**
 * The same decoders with one target per error union function (not per code): each call passes
 * the union's next code in turn (every declared one, then an undeclared one), so a fuzz property
 * gives each union decoder every input while each code still gets its share.
 */
export const fuzzTargets: ReadonlyArray<Target> = [
  ...targets.filter((t) => !errorUnions.some(([n]) => t.name.startsWith(`${n}.`))),
  ...errorUnions.flatMap(([n, eu]): Array<Target> => {
    const cs = codes(eu)
    let j = 0
    let x = 0
    return [
      { name: `${n}.fromJson`, input: 'value', run: (u, o) => eu.fromJson(cs[j++ % cs.length]!, u, o) },
      { name: `${n}.fromXml`, input: 'xml-text', run: (u, o) => eu.fromXml(cs[x++ % cs.length]!, u as string, o) }
    ]
  })
]

/** Asserts that a decoder returned an `Either` (and not something else, or nothing). */
export const expectEither = (r: unknown): void => {
  expect(E.isLeft(r as E.Either<unknown, unknown>) || E.isRight(r as E.Either<unknown, unknown>)).toBe(true)
}

/** Fails with the decoder's name and the input when it throws or returns anything but an Either. */
export const runSafely = (target: Target, input: unknown, options?: DecodeOptions): E.Either<unknown, unknown> => {
  let r: E.Either<unknown, unknown>
  try {
    r = target.run(input, options)
  } catch (e) {
    throw new Error(`${target.name} threw ${String(e)} on ${describe(input)}`)
  }
  if (!isObject(r) || (r['_tag'] !== 'Left' && r['_tag'] !== 'Right')) throw new Error(`${target.name} returned a non-Either on ${describe(input)}`)
  return r
}

const describe = (u: unknown): string => {
  try {
    return typeof u === 'string' ? JSON.stringify(u.slice(0, 200)) : String(JSON.stringify(u, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v))).slice(0, 200)
  } catch {
    return typeof u
  }
}

/**
 * Everything a `Left` carries, as text: every error's `value`, `message` and every context
 * entry's key and `actual` (the io-ts `type` objects are skipped: they are declarations, not
 * input), plus the `PathReporter`-style messages. Values JSON cannot print are printed by
 * `String`.
 */
export const leftText = (left: unknown): string =>
  JSON.stringify(left, (key, v: unknown) => {
    if (key === 'type' && isObject(v) && typeof v['decode'] === 'function') return undefined
    if (typeof v === 'bigint' || typeof v === 'symbol' || typeof v === 'function') return String(v)
    if (v instanceof Date) return Number.isNaN(v.getTime()) ? 'Invalid Date' : v.toISOString()
    return v
  }) ?? ''

/** The io-ts errors inside a `Left` (an `UndecodableResponse` carries them in `errors`). */
export const errorsOf = (left: unknown): t.Errors =>
  Array.isArray(left) ? (left as t.Errors) : isObject(left) && Array.isArray(left['errors']) ? (left['errors'] as t.Errors) : []

/** Walks a node and every node below it. */
export const nodesOf = (ast: AST): Array<AST> => {
  const out: Array<AST> = []
  const seen = new Set<AST>()
  const go = (a: AST): void => {
    if (seen.has(a)) return
    seen.add(a)
    out.push(a)
    switch (a.kind) {
      case 'structure':
      case 'union':
        a.members.forEach((m) => go(m.target))
        break
      case 'list':
        go(a.member)
        break
      case 'map':
        go(a.key)
        go(a.value)
        break
      default:
        break
    }
  }
  go(ast)
  return out
}

/** Every member name of every exported declaration: what fuzzed trees are built from. */
export const memberNames: ReadonlyArray<string> = [
  ...new Set([
    ...shapes.flatMap(([, s]) => nodesOf(s.ast).flatMap((a) => (a.kind === 'structure' || a.kind === 'union' ? a.members.map((m) => m.name) : []))),
    ...errorShapes.flatMap(([, s]) => nodesOf(s.body.ast).flatMap((a) => (a.kind === 'structure' ? a.members.map((m) => m.name) : [])))
  ])
].sort()

/** The own property names of `Object.prototype`, to check that nothing was added to it. */
export const prototypeSnapshot = (): string => Object.getOwnPropertyNames(Object.prototype).sort().join(',')

/** Names an attacker would try, to reach a prototype. */
export const HOSTILE_NAMES: ReadonlyArray<string> = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__']
