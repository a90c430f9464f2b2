/**
 * The JSON interpreter: compiles a declaration once into a decoder (parsed JSON → domain value),
 * an encoder (domain value → JSON value), a guard, and an io-ts `Type<A, O, unknown>` built from
 * them.
 *
 * Decoding rules (restJson1, as AWS SDKs read responses): unknown members are ignored; a member
 * whose value is `null` counts as absent; `required` is always enforced; `length`, `range`,
 * `pattern` and enum values are checked in `strict` mode only.
 *
 * @since 0.1.0
 */
import * as t from 'io-ts'
import { INT32, type Mode, checkLength, enumCheck, isInt32, rangeCheck, stringCheck } from './Constraints.js'
import { FAIL, type Issue, MAX_ISSUES, fail, toErrors, under, unreadable } from './Issue.js'
import { redactBy } from './Redact.js'
import { type AST, type MemberAST, UNKNOWN, type UnionAST, absurd, memoize, nameOf, unknownVariantOf } from './Schema.js'
import { DEFAULT_TIMESTAMP_FORMAT, type TimestampFormat, describeFormat, isTimestamp, parseEpochSeconds, scanDateTime, scanHttpDate, unsafeFormatDateTime, unsafeFormatEpochSeconds, unsafeFormatHttpDate } from './Timestamp.js'

/**
 * An internal decoder: returns the decoded value, or `FAIL` after pushing issues.
 *
 * @category model
 * @since 0.1.0
 */
export type Decoder = (u: unknown, issues: Array<Issue>) => unknown

type Encoder = (a: unknown) => unknown
type Guard = (u: unknown) => boolean

const hasOwn = Object.prototype.hasOwnProperty

/** Sets a key on a fresh object; `__proto__` becomes an own property instead of a prototype change. */
export const setKey = (o: Record<string, unknown>, k: string, v: unknown): void => {
  if (k === '__proto__') Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true })
  else o[k] = v
}

/**
 * A JSON object: not `null`, not an array.
 *
 * @category utils
 * @since 0.1.0
 */
export const isRecord = (u: unknown): u is Record<string, unknown> => typeof u === 'object' && u !== null && !Array.isArray(u)

/**
 * Reads a member: own properties only for names that `Object.prototype` also has (so a member
 * named `constructor` or `toString` is absent from `{}`, not a function).
 *
 * @category utils
 * @since 0.1.0
 */
export const reader = (name: string): ((u: Record<string, unknown>) => unknown) =>
  name in Object.prototype ? (u) => (hasOwn.call(u, name) ? u[name] : undefined) : (u) => u[name]

/**
 * What a structure decoder needs about each member, computed once.
 *
 * @category model
 * @since 0.1.0
 */
export interface CompiledMember {
  readonly name: string
  readonly member: MemberAST
  readonly read: (u: Record<string, unknown>) => unknown
  readonly decode: Decoder
  readonly hasDefault: boolean
  readonly defaultValue: unknown
  /** Error correction: the zero value a missing required member takes (`undefined`: none, the member fails). */
  readonly zero: (() => unknown) | undefined
}

/**
 * Compiles the members of a structure or union with the given decoder compiler; defaults are
 * decoded once here. With `zero` (error correction), a required member without a default gets
 * the zero value it takes when missing.
 *
 * @category utils
 * @since 0.1.0
 */
export const compileMembers = (
  members: ReadonlyArray<MemberAST>,
  compile: (ast: AST) => Decoder,
  decodeDefault: (ast: AST) => Decoder,
  read: (name: string) => (u: Record<string, unknown>) => unknown = reader,
  zero?: (ast: AST) => (() => unknown) | undefined
): ReadonlyArray<CompiledMember> =>
  members.map((member) => {
    const hasDefault = 'default' in member
    let defaultValue: unknown
    if (hasDefault) {
      const issues: Array<Issue> = []
      defaultValue = decodeDefault(member.target)(member.default, issues)
      if (defaultValue === FAIL) throw new TypeError(`the default of member ${member.name} does not fit its declaration`)
    }
    const z = zero !== undefined && member.required && !hasDefault ? zero(member.target) : undefined
    return { name: member.name, member, read: read(member.name), decode: compile(member.target), hasDefault, defaultValue, zero: z }
  })

/**
 * The shared body of a structure decoder, once the members' raw values can be read: it checks
 * required members, fills defaults and collects every member's issues.
 *
 * @category utils
 * @since 0.1.0
 */
export const decodeMembers = (
  ast: AST,
  members: ReadonlyArray<CompiledMember>,
  u: Record<string, unknown>,
  issues: Array<Issue>,
  isAbsent: (v: unknown) => boolean
): unknown => {
  const out: Record<string, unknown> = {}
  let ok = true
  for (let i = 0; i < members.length; i++) {
    const m = members[i]!
    const v = m.read(u)
    if (isAbsent(v)) {
      if (m.hasDefault) setKey(out, m.name, m.defaultValue)
      else if (m.zero !== undefined) setKey(out, m.name, m.zero())
      else if (m.member.required) {
        const from = issues.length
        fail(issues, m.member.target, 'a value (the member is required)', v, 'nothing')
        under(issues, from, m.name, ast)
        ok = false
      }
      continue
    }
    const from = issues.length
    const r = m.decode(v, issues)
    if (r === FAIL) {
      under(issues, from, m.name, ast)
      ok = false
    } else setKey(out, m.name, r)
  }
  return ok ? out : FAIL
}

/** Reports a required member that is absent (as `decodeMembers` does). */
const missing = (issues: Array<Issue>, ast: AST, m: CompiledMember, v: unknown): void => {
  const from = issues.length
  fail(issues, m.member.target, 'a value (the member is required)', v, 'nothing')
  under(issues, from, m.name, ast)
}

/**
 * A JSON structure decoder specialised for its members: `decodeMembers`' loop unrolled into
 * straight-line code, built once per node, so each member's read, absence test and decoder
 * call is its own monomorphic site and no per-member closure runs. It behaves exactly like
 * `decodeMembers` with `null` counting as absent. The code text is made only from the
 * declaration (member names, quoted with `JSON.stringify`), never from input. Returns
 * `undefined` where code generation is refused (a Content Security Policy, some edge
 * runtimes): the caller keeps the generic loop.
 */
const specialiseStructure = (ast: AST, members: ReadonlyArray<CompiledMember>, expected: string): Decoder | undefined => {
  const lines = [
    '"use strict";',
    'return function decodeStructure(u, is) {',
    '  if (typeof u !== "object" || u === null || Array.isArray(u)) return fail(is, ast, expected, u);',
    '  var out = {}, ok = true, v, r, from;'
  ]
  for (let i = 0; i < members.length; i++) {
    const m = members[i]!
    const k = JSON.stringify(m.name)
    const read = m.name in Object.prototype ? `(hasOwn.call(u, ${k}) ? u[${k}] : undefined)` : `u[${k}]`
    const set = (x: string): string => (m.name === '__proto__' ? `setKey(out, ${k}, ${x});` : `out[${k}] = ${x};`)
    lines.push(`  v = ${read};`, '  if (v === undefined || v === null) {')
    if (m.hasDefault) lines.push(`    ${set(`defaults[${i}]`)}`)
    else if (m.zero !== undefined) lines.push(`    ${set(`zeros[${i}]()`)}`)
    else if (m.member.required) lines.push(`    missing(is, ast, members[${i}], v); ok = false;`)
    lines.push('  } else {', `    from = is.length; r = decoders[${i}](v, is);`, `    if (r === FAIL) { under(is, from, ${k}, ast); ok = false; } else { ${set('r')} }`, '  }')
  }
  lines.push('  return ok ? out : FAIL;', '};')
  try {
    // eslint-disable-next-line @typescript-eslint/no-implied-eval
    const build = new Function('ast', 'expected', 'members', 'decoders', 'defaults', 'zeros', 'FAIL', 'fail', 'under', 'setKey', 'hasOwn', 'missing', lines.join('\n'))
    const decoders = members.map((m) => m.decode)
    const defaults = members.map((m) => m.defaultValue)
    const zeros = members.map((m) => m.zero)
    return build(ast, expected, members, decoders, defaults, zeros, FAIL, fail, under, setKey, hasOwn, missing) as Decoder
  } catch {
    return undefined
  }
}

/**
 * How a format reads the keys of a union value that its declaration does not know.
 *
 * @category model
 * @since 0.2.0
 */
export interface UnionKeys {
  /** Whether a read value counts as absent (`null` in JSON). */
  readonly isAbsent: (v: unknown) => boolean
  /** The value under a key, as parsed. */
  readonly read: (u: Record<string, unknown>, key: string) => unknown
  /** Keys that are never members: JSON's `__type` (a type name some services add), XML's text. */
  readonly ignored: (key: string) => boolean
}

const describeSet = (known: ReadonlyArray<string>, unknown: number): string => {
  if (known.length + unknown === 0) return 'none of them'
  if (known.length === 0 && unknown === 1) return 'a member it does not declare'
  const names = unknown === 0 ? known : [...known, unknown === 1 ? 'one it does not declare' : `${unknown} it does not declare`]
  return `${known.length + unknown} members (${names.join(', ')})`
}

/**
 * Decodes a union value (an object whose keys are member names): Smithy unions are open.
 *
 * - One declared member set: that member, decoded. In lenient mode, undeclared keys beside it are
 *   ignored; strict mode refuses them (`RestJsonMalformedUnionKnownAndUnknownFieldsSet`).
 * - No declared member set, and an undeclared key set: lenient mode keeps the first such key as
 *   the unknown variant `{ $unknown: [name, value] }`, its value as parsed; strict mode refuses
 *   it (`RestJsonMalformedUnionUnknownMember`).
 * - Several declared members, or nothing set (`{}`, every member `null`): refused in both modes.
 *
 * Absent values (JSON `null`) and ignored keys (`__type`) count as not set.
 *
 * @category utils
 * @since 0.2.0
 */
export const decodeUnion = (
  ast: UnionAST,
  members: ReadonlyArray<CompiledMember>,
  names: ReadonlySet<string>,
  u: Record<string, unknown>,
  issues: Array<Issue>,
  mode: Mode,
  keys: UnionKeys
): unknown => {
  let found: CompiledMember | undefined
  const set: Array<string> = []
  for (const m of members) {
    if (!keys.isAbsent(m.read(u))) {
      found = m
      set.push(m.name)
    }
  }
  // Undeclared keys matter to strict mode always, to lenient mode only when no declared member is set.
  const unknown: Array<string> = []
  if (mode === 'strict' || set.length === 0) {
    for (const k of Object.keys(u)) {
      if (names.has(k) || keys.ignored(k) || keys.isAbsent(keys.read(u, k))) continue
      unknown.push(k)
      if (mode === 'lenient') break
    }
  }
  if (found !== undefined && set.length === 1 && (mode === 'lenient' || unknown.length === 0)) {
    const from = issues.length
    const r = found.decode(found.read(u), issues)
    if (r === FAIL) {
      under(issues, from, found.name, ast)
      return FAIL
    }
    const out: Record<string, unknown> = {}
    setKey(out, found.name, r)
    return out
  }
  if (mode === 'lenient' && set.length === 0 && unknown.length > 0) {
    const name = unknown[0]!
    return { [UNKNOWN]: [name, keys.read(u, name)] }
  }
  return fail(issues, ast, `exactly one of ${members.map((m) => m.name).join(', ')}`, u, describeSet(set, unknown.length))
}

const isNullish = (v: unknown): boolean => v === undefined || v === null

const jsonUnionKeys: UnionKeys = { isAbsent: isNullish, read: (u, k) => u[k], ignored: (k) => k === '__type' }

/**
 * Whether a structure can be zero-filled (Smithy: "structure: {} if possible, otherwise a
 * deserialization error"): every required member without a default can, and no structure needs
 * itself through required members (Smithy forbids such a cycle; refused here all the same).
 */
const fillable = (() => {
  const cache = new WeakMap<AST, boolean>()
  const visit = (ast: AST, visiting: Set<AST>): boolean => {
    if (ast.kind !== 'structure') return true
    const known = cache.get(ast)
    if (known !== undefined) return known
    if (visiting.has(ast)) return false
    visiting.add(ast)
    const r = ast.members.every((m) => !m.required || 'default' in m || visit(m.target, visiting))
    visiting.delete(ast)
    cache.set(ast, r)
    return r
  }
  return (ast: AST): boolean => visit(ast, new Set())
})()

/**
 * Smithy's client error correction: the zero value a missing `@required` member of a response
 * takes (a fresh value per call), or `undefined` when there is none. A string or an enum is `''`
 * (for an enum, a value it does not list: enums are open), a number `0`, a boolean `false`, a
 * timestamp the epoch, a list `[]`, a map `{}`, a union the unknown variant `['', undefined]`,
 * and a structure `{}` decoded with error correction (its own required members zero-filled, its
 * defaults filled).
 *
 * @category utils
 * @since 0.2.0
 */
export const zeroOf = (ast: AST, timestamps: TimestampFormat = DEFAULT_TIMESTAMP_FORMAT): (() => unknown) | undefined => {
  switch (ast.kind) {
    case 'string':
    case 'enum':
      return () => ''
    case 'integer':
      return () => 0
    case 'boolean':
      return () => false
    case 'timestamp':
      return () => new Date(0)
    case 'list':
      return () => []
    case 'map':
      return () => ({})
    case 'union':
      return () => ({ [UNKNOWN]: ['', undefined] })
    case 'structure': {
      if (!fillable(ast)) return undefined
      const decode = decoderOf(ast, 'lenient', timestamps, true)
      return () => decode({}, [])
    }
    default:
      return absurd(ast)
  }
}

const compileDecoder = (mode: Mode, timestamps: TimestampFormat, correct = false): ((ast: AST) => Decoder) => {
  // Error correction (lenient mode only): a missing required member takes its zero value.
  const zero = correct && mode === 'lenient' ? (ast: AST) => zeroOf(ast, timestamps) : undefined
  // Defaults are decoded leniently, in the same timestamp convention.
  const lenient = (ast: AST): Decoder => decoderOf(ast, 'lenient', timestamps)
  const self: (ast: AST) => Decoder = memoize((ast: AST): Decoder => {
    switch (ast.kind) {
      case 'string': {
        const check = stringCheck(ast, mode)
        if (check === undefined) return (u, is) => (typeof u === 'string' ? u : fail(is, ast, 'a string', u))
        return (u, is) => {
          if (typeof u !== 'string') return fail(is, ast, 'a string', u)
          const v = check(u)
          return v === undefined ? u : fail(is, ast, v.expected, u, v.got)
        }
      }
      case 'enum': {
        const check = enumCheck(ast, mode)
        const expected = 'a string'
        if (check === undefined) return (u, is) => (typeof u === 'string' ? u : fail(is, ast, expected, u))
        return (u, is) => {
          if (typeof u !== 'string') return fail(is, ast, expected, u)
          const v = check(u)
          return v === undefined ? u : fail(is, ast, v.expected, u, v.got)
        }
      }
      case 'integer': {
        const check = rangeCheck(ast, mode)
        return (u, is) => {
          if (typeof u !== 'number' || !isInt32(u)) return fail(is, ast, INT32, u)
          const v = check?.(u)
          return v === undefined ? u : fail(is, ast, v.expected, u, v.got)
        }
      }
      case 'boolean':
        return (u, is) => (typeof u === 'boolean' ? u : fail(is, ast, 'a boolean', u))
      case 'timestamp': {
        const format = ast.format ?? timestamps
        const expected = describeFormat(format)
        switch (format) {
          case 'date-time':
            return (u, is) => {
              if (typeof u === 'string') {
                const ms = scanDateTime(u)
                if (ms === ms) return new Date(ms)
              }
              return fail(is, ast, expected, u)
            }
          case 'http-date':
            return (u, is) => {
              if (typeof u === 'string') {
                const ms = scanHttpDate(u)
                if (ms === ms) return new Date(ms)
              }
              return fail(is, ast, expected, u)
            }
          case 'epoch-seconds':
            return (u, is) => {
              if (typeof u === 'number') {
                const ms = parseEpochSeconds(u)
                if (ms === ms) return new Date(ms)
              }
              return fail(is, ast, expected, u)
            }
          default:
            return absurd(format)
        }
      }
      case 'list': {
        const member = self(ast.member)
        const length = mode === 'strict' ? ast.length : undefined
        const name = nameOf(ast)
        return (u, is) => {
          if (!Array.isArray(u)) return fail(is, ast, `an array (${name})`, u)
          if (length !== undefined) {
            const v = checkLength(length, u.length, 'size')
            if (v !== undefined) return fail(is, ast, v.expected, u, v.got)
          }
          const out = new Array<unknown>(u.length)
          let ok = true
          for (let i = 0; i < u.length; i++) {
            const from = is.length
            const x: unknown = u[i]
            const r = x === null || x === undefined ? fail(is, ast.member, 'a value (lists have no null entries)', x) : member(x, is)
            if (r === FAIL) {
              under(is, from, i, ast)
              ok = false
              // Nothing more would be kept; stops a sparse array of length 2^32 - 1 in one step.
              if (is.length >= MAX_ISSUES) break
            } else out[i] = r
          }
          return ok ? out : FAIL
        }
      }
      case 'map': {
        const value = self(ast.value)
        const key = self(ast.key)
        const length = mode === 'strict' ? ast.length : undefined
        const name = nameOf(ast)
        return (u, is) => {
          if (!isRecord(u)) return fail(is, ast, `an object (${name})`, u)
          const keys = Object.keys(u)
          if (length !== undefined) {
            const v = checkLength(length, keys.length, 'size')
            if (v !== undefined) return fail(is, ast, v.expected, u, v.got)
          }
          const out: Record<string, unknown> = {}
          let ok = true
          for (const k of keys) {
            const from = is.length
            const x = u[k]
            const kr = key(k, is)
            const r = x === null || x === undefined ? fail(is, ast.value, 'a value (maps have no null entries)', x) : value(x, is)
            if (r === FAIL || kr === FAIL) {
              under(is, from, k, ast, true)
              ok = false
            } else setKey(out, k, r)
          }
          return ok ? out : FAIL
        }
      }
      case 'structure': {
        const expected = `an object (${ast.name})`
        // Members are compiled on the first call (a declaration may still be under construction
        // now); then the node's decoder is the specialised one, with no per-call check.
        let decode: Decoder = (u, is) => {
          const members = compileMembers(ast.members, self, lenient, reader, zero)
          const generic: Decoder = (v, is2) => (isRecord(v) ? decodeMembers(ast, members, v, is2, isNullish) : fail(is2, ast, expected, v))
          decode = specialiseStructure(ast, members, expected) ?? generic
          return decode(u, is)
        }
        return (u, is) => decode(u, is)
      }
      case 'union': {
        let members: ReadonlyArray<CompiledMember> | undefined
        const names = new Set(ast.members.map((m) => m.name))
        const expected = `an object (${ast.name})`
        return (u, is) => {
          members ??= compileMembers(ast.members, self, lenient)
          return isRecord(u) ? decodeUnion(ast, members, names, u, is, mode, jsonUnionKeys) : fail(is, ast, expected, u)
        }
      }
      default:
        return absurd(ast)
    }
  })
  return self
}

/**
 * One compiler per value of a compile-time parameter, made on first use: the interpreters of this
 * folder take a protocol's timestamp default this way, and memoise per node within each.
 *
 * @category utils
 * @since 0.2.0
 */
export const perParameter = <P extends string, R>(make: (p: P) => R): ((p: P) => R) => {
  const made = new Map<P, R>()
  return (p) => {
    let r = made.get(p)
    if (r === undefined) {
      r = make(p)
      made.set(p, r)
    }
    return r
  }
}

const lenientDecoders = perParameter((timestamps: TimestampFormat) => compileDecoder('lenient', timestamps))
const strictDecoders = perParameter((timestamps: TimestampFormat) => compileDecoder('strict', timestamps))
const lenientDefault = lenientDecoders(DEFAULT_TIMESTAMP_FORMAT)
const strictDefault = strictDecoders(DEFAULT_TIMESTAMP_FORMAT)
const correctedDecoders = perParameter((timestamps: TimestampFormat) => compileDecoder('lenient', timestamps, true))

/**
 * The compiled JSON decoder of a node for a mode (compiled once per node, mode and timestamp
 * default). `timestamps` is the format of timestamps declared without one (a protocol's default).
 * `errorCorrection` (lenient mode only; strict ignores it) gives the decoder in which a missing
 * required member takes its zero value (`zeroOf`), compiled once as well.
 *
 * @category interpreters
 * @since 0.1.0
 */
export const decoderOf = (ast: AST, mode: Mode, timestamps: TimestampFormat = DEFAULT_TIMESTAMP_FORMAT, errorCorrection = false): Decoder =>
  errorCorrection && mode === 'lenient'
    ? correctedDecoders(timestamps)(ast)
    : timestamps === DEFAULT_TIMESTAMP_FORMAT
    ? mode === 'strict'
      ? strictDefault(ast)
      : lenientDefault(ast)
    : mode === 'strict'
      ? strictDecoders(timestamps)(ast)
      : lenientDecoders(timestamps)(ast)

const compileEncoder = (timestamps: TimestampFormat): ((ast: AST) => Encoder) => {
  const encoderOf: (ast: AST) => Encoder = memoize((ast: AST): Encoder => {
  switch (ast.kind) {
    case 'string':
    case 'enum':
    case 'integer':
    case 'boolean':
      return (a) => a
    case 'timestamp': {
      const format = ast.format ?? timestamps
      switch (format) {
        case 'date-time':
          return (a) => unsafeFormatDateTime(a as Date)
        case 'http-date':
          return (a) => unsafeFormatHttpDate(a as Date)
        case 'epoch-seconds':
          return (a) => unsafeFormatEpochSeconds(a as Date)
        default:
          return absurd(format)
      }
    }
    case 'list': {
      const member = encoderOf(ast.member)
      return (a) => (a as ReadonlyArray<unknown>).map(member)
    }
    case 'map': {
      const value = encoderOf(ast.value)
      return (a) => {
        const m = a as Record<string, unknown>
        const out: Record<string, unknown> = {}
        for (const k of Object.keys(m)) setKey(out, k, value(m[k]))
        return out
      }
    }
    case 'structure':
    case 'union': {
      const names = ast.members.map((m) => m.name)
      // Names that Object.prototype also has are read from own properties only (see `reader`).
      const inherited = ast.members.map((m) => m.name in Object.prototype)
      let encoders: ReadonlyArray<Encoder> | undefined
      const isUnion = ast.kind === 'union'
      return (a) => {
        // A union's unknown variant goes back as it came: `{ [name]: value }` (`{}` without a value).
        const unknown = isUnion ? unknownVariantOf(a) : undefined
        const out: Record<string, unknown> = {}
        if (unknown !== undefined) {
          if (unknown[1] !== undefined) setKey(out, unknown[0], unknown[1])
          return out
        }
        encoders ??= ast.members.map((m) => encoderOf(m.target))
        const s = a as Record<string, unknown>
        for (let i = 0; i < names.length; i++) {
          const k = names[i]!
          const v = inherited[i] === true && !hasOwn.call(s, k) ? undefined : s[k]
          if (v !== undefined) setKey(out, k, encoders[i]!(v))
        }
        return out
      }
    }
    default:
      return absurd(ast)
  }
})
  return encoderOf
}

const encoders = perParameter(compileEncoder)
const defaultEncoder = encoders(DEFAULT_TIMESTAMP_FORMAT)

/**
 * The compiled JSON encoder of a node: domain value → JSON value (timestamps in their format,
 * or in `timestamps` when declared without one; absent members left out, members in declaration
 * order). Compiled once per node and timestamp default.
 *
 * @category interpreters
 * @since 0.1.0
 */
export const encoderOf = (ast: AST, timestamps: TimestampFormat = DEFAULT_TIMESTAMP_FORMAT): Encoder =>
  (timestamps === DEFAULT_TIMESTAMP_FORMAT ? defaultEncoder : encoders(timestamps))(ast)

/**
 * The compiled guard of a node: is this a valid domain value? (Kinds, required members and
 * 32-bit integers; constraints are a decoder's business.)
 *
 * @category interpreters
 * @since 0.1.0
 */
export const guardOf: (ast: AST) => Guard = memoize((ast: AST): Guard => {
  switch (ast.kind) {
    case 'string':
    case 'enum':
      return (u) => typeof u === 'string'
    case 'integer':
      return (u) => typeof u === 'number' && isInt32(u)
    case 'boolean':
      return (u) => typeof u === 'boolean'
    case 'timestamp':
      // The one range rule of timestamps (Timestamp.ts): what every format can write back.
      return isTimestamp
    case 'list': {
      const member = guardOf(ast.member)
      return (u) => {
        if (!Array.isArray(u)) return false
        // A hole is a missing entry, which the decoders refuse: a sparse array of length 2^32 - 1 fails at its first hole.
        for (let i = 0; i < u.length; i++) if (!(i in u) || !member(u[i])) return false
        return true
      }
    }
    case 'map': {
      const value = guardOf(ast.value)
      return (u) => isRecord(u) && Object.keys(u).every((k) => value(u[k]))
    }
    case 'structure': {
      const members = ast.members
      return (u) =>
        isRecord(u) &&
        members.every((m) => {
          const v = hasOwn.call(u, m.name) ? u[m.name] : undefined
          return v === undefined ? !m.required : guardOf(m.target)(v)
        })
    }
    case 'union': {
      const members = ast.members
      const names = new Set(members.map((m) => m.name))
      return (u) => {
        if (!isRecord(u)) return false
        const set = members.filter((m) => hasOwn.call(u, m.name) && u[m.name] !== undefined)
        const x = hasOwn.call(u, UNKNOWN) ? u[UNKNOWN] : undefined
        if (x === undefined) return set.length === 1 && guardOf(set[0]!.target)(u[set[0]!.name])
        // The unknown variant: `[name, value]`, the name one the declaration does not have.
        return set.length === 0 && Array.isArray(x) && x.length === 2 && typeof x[0] === 'string' && !names.has(x[0])
      }
    }
    default:
      return absurd(ast)
  }
})

const compileCodec = (mode: Mode, timestamps: TimestampFormat): ((ast: AST) => t.Type<unknown, unknown, unknown>) => {
  const self: (ast: AST) => t.Type<unknown, unknown, unknown> = memoize((ast: AST) => {
    const decode = decoderOf(ast, mode, timestamps)
    const guard = guardOf(ast)
    const type: t.Type<unknown, unknown, unknown> = new t.Type<unknown, unknown, unknown>(
      nameOf(ast),
      (u): u is unknown => guard(u),
      (u, c) => {
        try {
          const issues: Array<Issue> = []
          const r = decode(u, issues)
          return r === FAIL ? t.failures(toErrors(issues, ast, u, c, self, redactBy)) : t.success(r)
        } catch {
          // Input that throws while it is read (a Proxy, a getter): a failure, its error not shown.
          return t.failures([unreadable(ast, c.length === 0 ? [{ key: '', type, actual: u }] : c)])
        }
      },
      encoderOf(ast, timestamps)
    )
    return type
  })
  return self
}

const lenientCodecs = perParameter((timestamps: TimestampFormat) => compileCodec('lenient', timestamps))
const strictCodecs = perParameter((timestamps: TimestampFormat) => compileCodec('strict', timestamps))

/**
 * The io-ts codec of a node for a mode: `decode` reads parsed JSON, `encode` writes the JSON
 * value. Compiled once per node, mode and timestamp default.
 *
 * @category interpreters
 * @since 0.1.0
 */
export const codecOf = (ast: AST, mode: Mode, timestamps: TimestampFormat = DEFAULT_TIMESTAMP_FORMAT): t.Type<unknown, unknown, unknown> =>
  (mode === 'strict' ? strictCodecs(timestamps) : lenientCodecs(timestamps))(ast)

/** The empty issue list `runDecoder` keeps between runs. */
let spareIssues: Array<Issue> | undefined

/**
 * Runs a compiled decoder and turns its issues into io-ts `Errors` rooted at the node.
 *
 * @category interpreters
 * @since 0.1.0
 */
export const runDecoder = (
  ast: AST,
  mode: Mode,
  decode: Decoder,
  u: unknown,
  input: unknown = u,
  timestamps: TimestampFormat = DEFAULT_TIMESTAMP_FORMAT
): t.Validation<unknown> => {
  // An issue list a success left empty is kept for the next run; a run started while this one
  // is under way (input whose getter decodes) finds none kept and makes its own.
  const issues = spareIssues ?? []
  spareIssues = undefined
  const r = decode(u, issues)
  if (r !== FAIL) {
    if (issues.length === 0) spareIssues = issues
    return t.success(r)
  }
  const root = codecOf(ast, mode, timestamps)
  return t.failures(toErrors(issues, ast, input, [{ key: '', type: root, actual: input }], (a) => codecOf(a, mode, timestamps), redactBy))
}
