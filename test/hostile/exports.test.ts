/**
 * Every other runtime export is total too: each function the package root exports (and each
 * function of its namespaces `Schema`, `AwsQuery` and `RestJson1`), found by walking the exports,
 * is called with a fixed list of hostile argument lists. None may throw, and a Promise one returns
 * must settle without rejecting. (The shapes, error shapes, unions and operations are objects:
 * total.test.ts and never-throws.test.ts attack their methods.)
 *
 * Declaration constructors are the exception, listed in `DECLARATION_CONSTRUCTORS` with the
 * reason; the functions that the builders among them return for the package's own declarations
 * (a router, a request encoder, a response decoder …) take data, and are swept like the rest.
 */
import { types } from 'node:util'
import { describe, expect, it } from 'vitest'
import * as lib from '../../src/index.js'

/**
 * Declaration constructors: functions whose every argument is part of a declaration (a schema, a
 * shape, an operation, an `@http` URI, a compile step), written by a programmer and run when the
 * package loads. A wrong declaration is a programmer's error at load time, so these may throw on
 * hostile arguments: they are run on the same argument lists and may only return or throw an
 * `Error`, synchronously; their behaviour is not changed here.
 *
 * - build a declaration, or a shape from one: `shape`, `errorShape`, `errorUnion`, `operation`,
 *   `namedError` and the `Schema.*` constructors;
 * - read a declaration for an interpreter: `Schema.nameOf`, `Schema.memoize`, and `Schema.absurd`,
 *   which throws by design (its argument has type `never`: reaching it is an interpreter's bug);
 * - compile a declaration into a direction or a router (their results are swept below, built
 *   from the package's own declarations): `RestJson1.parseUriPattern`, `RestJson1.buildPath`,
 *   `RestJson1.encodeRequest`, `…decodeRequest`, `…decodeResponse`, `…encodeResponse`,
 *   `…encodeError`, `matchOperation` (and `RestJson1.matchOperation`), `clientFor` (whose result
 *   for the package's operations is `makeClient`, swept as an export);
 * - `startServer` rejects its Promise on invalid options by design: it must never throw
 *   synchronously.
 */
const DECLARATION_CONSTRUCTORS: ReadonlySet<string> = new Set([
  'shape',
  'errorShape',
  'errorUnion',
  'operation',
  'namedError',
  'Schema.string',
  'Schema.enums',
  'Schema.integer',
  'Schema.boolean',
  'Schema.timestamp',
  'Schema.list',
  'Schema.map',
  'Schema.required',
  'Schema.optional',
  'Schema.withDefault',
  'Schema.structure',
  'Schema.union',
  'Schema.named',
  'Schema.namedClosed',
  'Schema.nameOf',
  'Schema.memoize',
  'Schema.absurd',
  'RestJson1.parseUriPattern',
  'RestJson1.buildPath',
  'RestJson1.encodeRequest',
  'RestJson1.decodeRequest',
  'RestJson1.decodeResponse',
  'RestJson1.encodeResponse',
  'RestJson1.encodeError',
  'RestJson1.matchOperation',
  'matchOperation',
  'clientFor',
  'startServer'
])

/** The namespace exports whose functions are swept as well (one level down). */
const NAMESPACES: ReadonlyArray<string> = ['Schema', 'AwsQuery', 'RestJson1']

type Fn = (...args: ReadonlyArray<unknown>) => unknown

/** Every runtime function export, as `name` or `Namespace.name`, sorted. */
const functionExports = (): ReadonlyArray<readonly [string, Fn]> => {
  const out: Array<readonly [string, Fn]> = []
  for (const [name, value] of Object.entries(lib as Record<string, unknown>)) {
    if (NAMESPACES.includes(name)) {
      for (const [inner, v] of Object.entries(value as Record<string, unknown>)) if (typeof v === 'function') out.push([`${name}.${inner}`, v as Fn])
    } else if (typeof value === 'function') out.push([name, value as Fn])
  }
  return out.sort(([a], [b]) => a.localeCompare(b))
}

// -------------------------------------------------------------------------------------
// hostile arguments
// -------------------------------------------------------------------------------------

const fail = (what: string) => (): never => {
  throw new Error(`hostile ${what}`)
}

/** Every trap of a Proxy handler, each throwing. */
const throwingHandler = (): ProxyHandler<object> => ({
  get: fail('get'),
  set: fail('set'),
  has: fail('has'),
  ownKeys: fail('ownKeys'),
  getOwnPropertyDescriptor: fail('getOwnPropertyDescriptor'),
  defineProperty: fail('defineProperty'),
  deleteProperty: fail('deleteProperty'),
  getPrototypeOf: fail('getPrototypeOf'),
  setPrototypeOf: fail('setPrototypeOf'),
  isExtensible: fail('isExtensible'),
  preventExtensions: fail('preventExtensions'),
  apply: fail('apply'),
  construct: fail('construct')
})

const revokedProxy = (): object => {
  const { proxy, revoke } = Proxy.revocable({}, {})
  revoke()
  return proxy
}

/** Names the exported functions read (options, requests, responses, errors, declarations, dates, lists). */
const READ_NAMES = [
  'kind', 'ast', 'name', 'labels', 'segments', 'query', 'method', 'path', 'headers', 'body', 'statusCode', 'message', 'Message',
  'code', '__type', '_tag', 'errors', 'lookup', 'http', 'uri', 'input', 'output', 'region', 'credentials', 'endpoint', 'fetch',
  'context', 'value', 'key', 'type', 'actual', 'members', 'member', 'shapeId', 'length', '0', 'then', 'toString', 'valueOf',
  'toJSON', 'getTime', 'forEach', 'port', 'host', 'quotas', '$unknown'
]

const throwingGetters = (): object => {
  const o: Record<PropertyKey, unknown> = {}
  for (const name of [...READ_NAMES, Symbol.iterator, Symbol.toPrimitive]) Object.defineProperty(o, name, { enumerable: true, get: fail(`getter ${String(name)}`) })
  return o
}

/** 20 MB of text, made once. */
const BIG = 'x'.repeat(20_000_000)

const BIG_NAME = 'a 20 MB string'

/** The hostile values, one per kind, made afresh for each call (a revoked Proxy cannot be reused by accident). */
const hostileValues: ReadonlyArray<readonly [string, () => unknown]> = [
  ['undefined', () => undefined],
  ['null', () => null],
  ['a Proxy whose every trap throws', () => new Proxy({}, throwingHandler())],
  ['a function Proxy whose every trap throws', () => new Proxy(() => undefined, throwingHandler())],
  ['a revoked Proxy', revokedProxy],
  ['an object with throwing getters', throwingGetters],
  ['an invalid Date', () => new Date(Number.NaN)],
  ['new Date(8.64e15)', () => new Date(8.64e15)],
  ['NaN', () => Number.NaN],
  [BIG_NAME, () => BIG],
  ['a function', () => () => 1],
  ['a symbol', () => Symbol('hostile')]
]

interface ArgList {
  readonly name: string
  readonly args: () => ReadonlyArray<unknown>
  /** It holds the 20 MB string. */
  readonly big: boolean
}

/**
 * No arguments, each hostile value alone, and every pair of them (the 20 MB string is paired
 * with `undefined` either side and with itself, not with every value: what it costs is reading
 * it, once per call).
 */
const argLists: ReadonlyArray<ArgList> = (() => {
  const small = hostileValues.filter(([n]) => n !== BIG_NAME)
  const big = hostileValues.find(([n]) => n === BIG_NAME)!
  const undef = hostileValues[0]!
  const pair = ([a, fa]: readonly [string, () => unknown], [b, fb]: readonly [string, () => unknown], isBig: boolean): ArgList => ({ name: `(${a}, ${b})`, args: () => [fa(), fb()], big: isBig })
  return [
    { name: '()', args: () => [], big: false },
    ...hostileValues.map(([n, v]): ArgList => ({ name: `(${n})`, args: () => [v()], big: n === BIG_NAME })),
    ...small.flatMap((a) => small.map((b) => pair(a, b, false))),
    pair(big, undef, true),
    pair(undef, big, true),
    pair(big, big, true)
  ]
})()

// -------------------------------------------------------------------------------------
// running
// -------------------------------------------------------------------------------------

type Outcome = { readonly _tag: 'returned'; readonly value: unknown } | { readonly _tag: 'threw'; readonly error: unknown }

const call = (f: Fn, args: ReadonlyArray<unknown>): Outcome => {
  try {
    return { _tag: 'returned', value: f(...args) }
  } catch (error) {
    return { _tag: 'threw', error }
  }
}

/** How long a returned Promise may take to settle. */
const SETTLE_MS = 1_000

/** `fulfilled`, `rejected`, or `pending` when it has not settled within `SETTLE_MS`. */
const settle = (p: Promise<unknown>): Promise<{ readonly state: 'fulfilled'; readonly value: unknown } | { readonly state: 'rejected' | 'pending' }> => {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<{ readonly state: 'pending' }>((resolve) => {
    timer = setTimeout(() => resolve({ state: 'pending' }), SETTLE_MS)
  })
  return Promise.race([p.then((value) => ({ state: 'fulfilled' as const, value }), () => ({ state: 'rejected' as const })), timeout]).finally(() => clearTimeout(timer))
}

/** What can be said of a thrown value without running its getters. */
const describeThrown = (e: unknown): string => (e instanceof Error ? `${e.name}` : typeof e)

const isPromise = (u: unknown): u is Promise<unknown> => types.isPromise(u)

/**
 * Calls `f` with every argument list; returns what threw synchronously and what each returned
 * Promise did that is not to fulfil, as `name(args): what` lines.
 */
const sweep = async (name: string, f: Fn, lists: ReadonlyArray<ArgList>): Promise<ReadonlyArray<string>> => {
  const problems: Array<string> = []
  const pending: Array<Promise<void>> = []
  for (const list of lists) {
    const outcome = call(f, list.args())
    if (outcome._tag === 'threw') {
      problems.push(`${name}${list.name}: threw ${describeThrown(outcome.error)}`)
    } else if (isPromise(outcome.value)) {
      pending.push(
        settle(outcome.value).then((s) => {
          if (s.state !== 'fulfilled') problems.push(`${name}${list.name}: ${s.state}`)
        })
      )
    }
  }
  await Promise.all(pending)
  return problems
}

const exported = functionExports()
const swept = exported.filter(([name]) => !DECLARATION_CONSTRUCTORS.has(name))
const declarations = exported.filter(([name]) => DECLARATION_CONSTRUCTORS.has(name) && name !== 'startServer')

/**
 * The functions that builders return for the package's own declarations, which take data: what
 * a client sends (a request to encode), what a server receives, what a service answers, a path
 * to route. (`RestJson1.encodeResponse(…)` and `RestJson1.encodeError(…)` are left out: like
 * `toJson`, they are encoders, which take a value that the shape's `is` accepts and may throw
 * given another, as docs/security.md says.)
 */
const dataStages = (): ReadonlyArray<readonly [string, Fn]> => {
  const { RestJson1 } = lib
  const ops: ReadonlyArray<lib.AnyOperation> = [lib.CreateChatToken, lib.TagResource]
  return ops.flatMap((op): Array<readonly [string, Fn]> => [
    [`RestJson1.encodeRequest(${op.name})`, RestJson1.encodeRequest(op.input, op.http, op.uriPattern) as Fn],
    [`RestJson1.decodeRequest(${op.name})`, RestJson1.decodeRequest(op.input, op.uriPattern) as Fn],
    [`RestJson1.decodeResponse(${op.name})`, RestJson1.decodeResponse(op.output, op.errors) as Fn],
    [`RestJson1.matchPath(${op.name}.uriPattern, ·)`, (...args) => RestJson1.matchPath(op.uriPattern, args[0] as string)]
  ]).concat([
    ['matchOperation(operations)', lib.matchOperation(lib.operations) as Fn],
    ['RestJson1.matchOperation(operations)', RestJson1.matchOperation(lib.operations) as Fn]
  ])
}

describe('every other runtime export is total', () => {
  it('finds the exported functions, and every declaration constructor listed is one of them', () => {
    const names = exported.map(([n]) => n)
    for (const name of DECLARATION_CONSTRUCTORS) expect(names, name).toContain(name)
    for (const name of ['formatDateTime', 'formatHttpDate', 'formatEpochSeconds', 'parseDateTime', 'toIssues', 'drawTree', 'makeClient', 'normalizeErrorCode', 'AwsQuery.unwrapEnvelope', 'RestJson1.matchPath', 'Schema.unknownVariantOf']) {
      expect(swept.map(([n]) => n), name).toContain(name)
    }
  })

  it('no exported function throws or rejects, whatever it is given', async () => {
    const problems = (await Promise.all(swept.map(([name, f]) => sweep(name, f, argLists)))).flat()
    expect(problems).toEqual([])
  })

  it('no function a builder returns for the package’s declarations throws or rejects, whatever it is given', async () => {
    const problems = (await Promise.all(dataStages().map(([name, f]) => sweep(name, f, argLists)))).flat()
    expect(problems).toEqual([])
  })

  it('turns nothing into text: what is not a string is no text, not the text "undefined"', () => {
    for (const u of [undefined, null, 42, Symbol('s'), { toString: () => '/x%20y' }]) {
      expect(lib.RestJson1.percentDecode(u as string)).toBeUndefined()
      expect(lib.RestJson1.matchPath(lib.CreateChatToken.uriPattern, u as string)).toBeUndefined()
      expect(lib.normalizeErrorCode(u as string)).toBe('')
      expect(lib.parseDateTime(u as string)).toBeNaN()
      expect(lib.parseHttpDate(u as string)).toBeNaN()
    }
  })

  it('the timestamp printers answer a Left for what is not a timestamp, and never quote it', () => {
    for (const print of [lib.formatDateTime, lib.formatHttpDate, lib.formatEpochSeconds]) {
      for (const list of argLists) {
        const r = print(...(list.args() as [Date]))
        expect(r._tag, `${print.name}${list.name}`).toBe('Left')
        if (r._tag === 'Left') expect(r.left.length).toBeLessThan(100)
      }
    }
  })
})

describe('declaration constructors (not asserted total: a wrong declaration is a programmer’s error at load time)', () => {
  it('run on the same argument lists, each returns or throws an Error, synchronously', async () => {
    // Lists holding the 20 MB string are left out: `Schema.required(s, BIG)` enumerates 20 million
    // keys of the traits before it throws (about a second each), and no declaration is read from the wire.
    const lists = argLists.filter((l) => !l.big)
    const outcomes = declarations.flatMap(([name, f]) => lists.map((l) => [`${name}${l.name}`, call(f, l.args())] as const))
    for (const [where, outcome] of outcomes) {
      if (outcome._tag === 'threw') expect(outcome.error, where).toBeInstanceOf(Error)
      else expect(isPromise(outcome.value), where).toBe(false)
    }
  })

  it('startServer never throws synchronously: invalid options reject its Promise, and a server it starts is closed', async () => {
    // It reads one argument: no arguments and each hostile value alone (a Date is an object of
    // options with none set, so it starts a server, on 127.0.0.1 and a free port, closed below).
    const lists = argLists.filter((l) => l.args().length <= 1)
    const started: Array<Promise<unknown>> = []
    for (const list of lists) {
      const outcome = call(lib.startServer as Fn, list.args())
      expect(outcome._tag, `startServer${list.name}`).toBe('returned')
      if (outcome._tag === 'returned' && isPromise(outcome.value)) started.push(outcome.value)
    }
    const settled = await Promise.allSettled(started)
    await Promise.all(settled.map((s) => (s.status === 'fulfilled' ? (s.value as lib.RunningServer).close() : undefined)))
    expect(settled.some((s) => s.status === 'rejected')).toBe(true)
  })
})
