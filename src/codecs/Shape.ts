/**
 * A shape's whole API, derived from its one declaration: `make`, `codec`, `fromJson`,
 * `fromString`, `fromXml`, `toJson`, `toXml`, `toQuery`, `toValue`, `redact`, `is`.
 *
 * @since 0.1.0
 */
import * as E from 'fp-ts/lib/Either.js'
import type { StandardSchemaV1 } from '@standard-schema/spec'
import type * as t from 'io-ts'
import type { Mode } from './Constraints.js'
import { type Decoder, codecOf, decoderOf, encoderOf, guardOf, reader, runDecoder, setKey } from './Json.js'
import { FAIL } from './Issue.js'
import { redactBy, type Redacted } from './Redact.js'
import { SENSITIVE } from './Sensitivity.js'
import { standardSchema } from './StandardSchema.js'
import { type ClosedTypeOf, type Schema, UNKNOWN, absurd, unknownVariantOf } from './Schema.js'
import { toQueryString } from './Query.js'
import { type Value, valueOf } from './Value.js'
import { type XmlContent, parseXml, xmlDecoderOf, xmlEncoderOf } from './Xml.js'
import { DEFAULT_TIMESTAMP_FORMAT, type TimestampFormat } from './Timestamp.js'
import type { QueryConventions } from './Query.js'

/**
 * Options of every decoder.
 *
 * @category model
 * @since 0.1.0
 */
export interface DecodeOptions {
  /** Check `length`, `range`, `pattern` and enum values too (request shapes always do). */
  readonly strict?: boolean
  /** Refuse text longer than this many characters (default 10 MiB). */
  readonly maxInputLength?: number
  /**
   * Smithy's client error correction, in lenient mode only (strict mode ignores it: a server must
   * refuse): a missing (or `null`) `@required` member takes its zero value instead of failing the
   * decode (`''`, `0`, `false`, the epoch, `[]`, `{}`, a union's unknown variant, a structure with
   * its own required members zero-filled). A protocol decides when to ask for it.
   */
  readonly errorCorrection?: boolean
}

/**
 * The conventions a protocol gives a shape's directions, as plain data and functions, so that
 * this folder knows no protocol: the format of timestamps declared without one (per direction),
 * how a parsed XML document is unwrapped to the element holding the shape (an envelope), and the
 * query string's conventions.
 *
 * @category model
 * @since 0.2.0
 */
export interface Conventions {
  readonly json: { readonly timestamps: TimestampFormat }
  readonly xml: { readonly timestamps: TimestampFormat; readonly content: (root: string, content: XmlContent) => XmlContent }
  readonly query: QueryConventions
}

/**
 * No protocol's conventions: timestamps without a format are RFC 3339 date-times, an XML
 * document's root element holds the shape, an empty map is `name=` in a query string.
 *
 * @category constants
 * @since 0.2.0
 */
export const PLAIN_CONVENTIONS: Conventions = {
  json: { timestamps: DEFAULT_TIMESTAMP_FORMAT },
  xml: { timestamps: DEFAULT_TIMESTAMP_FORMAT, content: (_root, content) => content },
  query: { timestamps: DEFAULT_TIMESTAMP_FORMAT, emptyMap: 'pair' }
}

/** The default limit on text input. @category constants @since 0.1.0 */
export const DEFAULT_MAX_INPUT_LENGTH = 10 * 1024 * 1024

type OptionalKeysOf<A> = { [K in keyof A]-?: {} extends Pick<A, K> ? K : never }[keyof A]

/**
 * What `make` takes: the required members, and the optional ones (which may be left out or
 * given as `undefined`).
 *
 * @category model
 * @since 0.1.0
 */
export type MakeInput<A> = A extends unknown
  ? { readonly [K in Exclude<keyof A, OptionalKeysOf<A>>]: A[K] } & { readonly [K in OptionalKeysOf<A>]?: A[K] | undefined }
  : never

/**
 * `make`'s signature: the argument may be left out when no member is required.
 *
 * @category model
 * @since 0.1.0
 */
export type Make<A, I = MakeInput<A>> = {} extends I ? (fields?: I) => A : (fields: I) => A

/**
 * Every direction of one shape. `R` is what `redact` returns (`Redacted` of the declaration, as
 * `shape` infers it; `unknown` when not given), `C` the domain type with every enum closed (what
 * strict decoding accepts; see `ClosedTypeOf`), for declarations that refer to this shape.
 *
 * @category model
 * @since 0.1.0
 */
export interface Shape<A, O, I = MakeInput<A>, R = unknown, C = A> extends Schema<A, O> {
  /** The declaration everything else is derived from. */
  readonly schema: Schema<A, O>
  /** The shape's name in the model. */
  readonly name: string
  /** Whether decoders check constraints by default (request shapes) or not (responses, errors). */
  readonly mode: Mode
  /** The conventions of the protocols its JSON, XML and query directions follow. */
  readonly conventions: Conventions
  /** The io-ts codec: decodes parsed JSON, encodes to the JSON value. */
  readonly codec: t.Type<A, O, unknown>
  /** Builds a value from its members, leaving absent ones out (no `undefined` keys). */
  readonly make: Make<A, I>
  /** Decodes parsed JSON. */
  readonly fromJson: (u: unknown, options?: DecodeOptions) => E.Either<t.Errors, A>
  /** Decodes JSON text; text that is not JSON is a `Left`. */
  readonly fromString: (s: string, options?: DecodeOptions) => E.Either<t.Errors, A>
  /** Decodes an XML document (unwrapped as its conventions say: the awsQuery envelope for the package's shapes). */
  readonly fromXml: (s: string, options?: DecodeOptions) => E.Either<t.Errors, A>
  /** Encodes to the JSON value (timestamps in their wire format). */
  readonly toJson: (a: A) => O
  /** Encodes to the XML document `fromXml` reads. */
  readonly toXml: (a: A) => string
  /** Encodes to an AWS query string. */
  readonly toQuery: (a: A) => string
  /** The generic tagged value tree. */
  readonly toValue: (a: A) => Value
  /** A copy safe to log: sensitive values replaced by `***SensitiveInformation***`. */
  readonly redact: (a: A) => R
  /** Phantom: the domain type with every enum closed. Never set at run time. */
  readonly Closed?: C
  /** Is this a valid domain value? */
  readonly is: (u: unknown) => u is A
  /** Standard Schema v1: validates parsed JSON, with issues carrying their path. */
  readonly '~standard': StandardSchemaV1.Props<O, A>
}

const textFailure = (codec: t.Decoder<unknown, unknown> | undefined, expected: string, got: string): E.Either<t.Errors, never> =>
  E.left([{ value: undefined, context: codec === undefined ? [] : [{ key: '', type: codec }], message: `(root): expected ${expected}, got ${got}` }])

/**
 * The `Left` for text input that is not a string or is over the size limit (default 10 MiB),
 * or `undefined` when the text may be parsed.
 *
 * @category utils
 * @since 0.1.0
 */
export const refuseText = (
  codec: t.Decoder<unknown, unknown> | undefined,
  s: unknown,
  options: DecodeOptions | ReadOptions | undefined,
  what: string
): E.Either<t.Errors, never> | undefined => {
  const o = readOptions(options)
  if (typeof o === 'string') return textFailure(codec, OPTIONS_EXPECTED, o)
  if (typeof s !== 'string') return textFailure(codec, what, typeof s)
  const max = o.maxInputLength
  return s.length > max ? textFailure(codec, `at most ${max} characters`, `${s.length}`) : undefined
}

/**
 * Decode options once read and checked: every property read exactly once.
 *
 * @category model
 * @since 0.2.0
 */
export interface ReadOptions {
  readonly strict: boolean | undefined
  readonly maxInputLength: number
  readonly errorCorrection: boolean
}

const DEFAULT_OPTIONS: ReadOptions = { strict: undefined, maxInputLength: DEFAULT_MAX_INPUT_LENGTH, errorCorrection: false }

const OPTIONS_EXPECTED = 'options { strict?: boolean, maxInputLength?: a whole number ≥ 0 or Infinity, errorCorrection?: boolean }'

/** Options already read (by `readOptions`) are passed on as they are. */
const READ = new WeakSet<ReadOptions>([DEFAULT_OPTIONS])

/**
 * Reads decode options once, safely: each property is read one time, inside a `try` (a throwing
 * getter or Proxy is refused, never thrown), and checked. Returns the options, or a description
 * of what was wrong: `strict` and `errorCorrection` must be booleans, `maxInputLength` a whole
 * number ≥ 0 or `Infinity` (`NaN`, negative or fractional limits are refused, not ignored).
 * `undefined` and `null` mean the defaults.
 *
 * @category utils
 * @since 0.2.0
 */
export const readOptions = (options: unknown): ReadOptions | string => {
  if (options === undefined || options === null) return DEFAULT_OPTIONS
  if (typeof options !== 'object' && typeof options !== 'function') return `${typeof options} options`
  if (READ.has(options as ReadOptions)) return options as ReadOptions
  let strict: unknown
  let max: unknown
  let correction: unknown
  try {
    const o = options as Record<string, unknown>
    strict = o['strict']
    max = o['maxInputLength']
    correction = o['errorCorrection']
  } catch {
    return 'options that threw while they were read'
  }
  if (strict !== undefined && typeof strict !== 'boolean') return 'a strict option that is not a boolean'
  if (correction !== undefined && typeof correction !== 'boolean') return 'an errorCorrection option that is not a boolean'
  if (max !== undefined && !(typeof max === 'number' && max >= 0 && (Number.isInteger(max) || max === Infinity))) {
    return 'a maxInputLength that is not a whole number ≥ 0 or Infinity'
  }
  const read: ReadOptions = { strict, maxInputLength: max ?? DEFAULT_MAX_INPUT_LENGTH, errorCorrection: correction === true }
  READ.add(read)
  return read
}

const modeOf = (shapeMode: Mode, options: ReadOptions): Mode =>
  options.strict === true ? 'strict' : options.strict === false ? 'lenient' : shapeMode


/**
 * Runs a decoder so that it never throws: input that throws when read (a Proxy, a getter) is a
 * `Left`. The thrown error is not shown, as it may quote the input.
 *
 * @category utils
 * @since 0.1.0
 */
export const neverThrow = <A>(codec: t.Decoder<unknown, unknown> | undefined, run: () => E.Either<t.Errors, A>): E.Either<t.Errors, A> => {
  try {
    return run()
  } catch {
    return threw(codec)
  }
}

/**
 * The `Left` of `neverThrow` when its decoder threw (for hot paths that inline the `try`).
 *
 * @category utils
 * @since 0.3.0
 */
export const threw = (codec: t.Decoder<unknown, unknown> | undefined): E.Either<t.Errors, never> =>
  E.left([
    { value: undefined, context: codec === undefined ? [] : [{ key: '', type: codec }], message: '(root): expected input that can be read, got input that threw while it was read' }
  ])

/**
 * A value computed on first use and kept: how `shape` defers each direction's compilation.
 *
 * @category utils
 * @since 0.3.0
 */
export const lazy = <R>(compute: () => R): (() => R) => {
  let done = false
  let r: R
  return () => {
    if (!done) {
      r = compute()
      done = true
    }
    return r
  }
}

/**
 * The name of the root element `toXml` writes and `fromXml` reads for a shape: a structure's or
 * union's name, the last part of a shape id, or else the node's kind (each one an XML name).
 */
const xmlRootOf = (ast: Schema<unknown, unknown>['ast']): string =>
  ast.kind === 'structure' || ast.kind === 'union' ? ast.name : ast.shapeId !== undefined ? ast.shapeId.slice(ast.shapeId.indexOf('#') + 1) : ast.kind

/**
 * `make`'s members, with each `@default` decoded once (on the first `make`), from its JSON wire
 * value to the domain value.
 */
const makeMembersOf = (ast: Schema<unknown, unknown>['ast'], jsonTimestamps: TimestampFormat): ReadonlyArray<{ readonly name: string; readonly read: (u: Record<string, unknown>) => unknown; readonly hasDefault: boolean; readonly value: unknown }> =>
  ast.kind === 'structure' || ast.kind === 'union'
    ? ast.members.map((m) => {
        if (!('default' in m)) return { name: m.name, read: reader(m.name), hasDefault: false, value: undefined }
        const value = decoderOf(m.target, 'lenient', jsonTimestamps)(m.default, [])
        if (value === FAIL) throw new TypeError(`the default of member ${m.name} does not fit its declaration`)
        return { name: m.name, read: reader(m.name), hasDefault: true, value }
      })
    : []

/**
 * Derives every direction of a shape from its declaration. Nothing is compiled here: each
 * direction (decoder per mode, encoder, guard, io-ts codec, XML encoder, `make`'s decoded
 * defaults, `~standard`) is compiled on its first use and kept, so loading a declaration costs
 * one small object.
 *
 * @category constructors
 * @since 0.1.0
 */
export const shape = <A, O, I = MakeInput<A>, S extends Schema<A, O> = Schema<A, O>>(
  schema: S & Schema<A, O> & { readonly MakeInput?: I },
  options: { readonly mode?: Mode; readonly conventions?: Conventions } = {}
): Shape<A, O, I, Redacted<S>, ClosedTypeOf<S>> => {
  const conventions = options.conventions ?? PLAIN_CONVENTIONS
  const jsonTimestamps = conventions.json.timestamps
  const xmlTimestamps = conventions.xml.timestamps
  const ast = schema.ast
  const mode = options.mode ?? 'lenient'
  const name = ast.kind === 'structure' || ast.kind === 'union' ? ast.name : (ast.shapeId ?? ast.kind)
  const codec = (): t.Type<A, O, unknown> => codecOf(ast, mode, jsonTimestamps) as unknown as t.Type<A, O, unknown>
  const encode = lazy(() => encoderOf(ast, jsonTimestamps))
  const guard = lazy(() => guardOf(ast))
  const toXmlContent = lazy(() => xmlEncoderOf(ast, xmlTimestamps))
  const makeMembers = lazy(() => makeMembersOf(ast, jsonTimestamps))
  const xmlRoot = xmlRootOf(ast)

  // The shape's own mode's decoder, compiled on the first decode (this stand-in then replaces
  // itself), and the same with error correction (what a protocol asks for when it reads a
  // response); the other mode's is looked up per call.
  let ownCorrected: Decoder | undefined
  let ownDecode: Decoder = (u, is) => {
    ownDecode = decoderOf(ast, mode, jsonTimestamps)
    return ownDecode(u, is)
  }

  // `neverThrow`, inlined: no closure per call on this hot path.
  const decodeJson = (u: unknown, o: ReadOptions): E.Either<t.Errors, A> => {
    try {
      const m = modeOf(mode, o)
      const corrected = m === 'lenient' && o.errorCorrection
      const decode = m !== mode ? decoderOf(ast, m, jsonTimestamps, corrected) : corrected ? (ownCorrected ??= decoderOf(ast, m, jsonTimestamps, true)) : ownDecode
      return runDecoder(ast, m, decode, u, u, jsonTimestamps) as E.Either<t.Errors, A>
    } catch {
      return threw(codec())
    }
  }

  const fromJson = (u: unknown, opts?: DecodeOptions | ReadOptions): E.Either<t.Errors, A> => {
    const o = opts === undefined ? DEFAULT_OPTIONS : readOptions(opts)
    return typeof o === 'string' ? textFailure(codec(), OPTIONS_EXPECTED, o) : decodeJson(u, o)
  }

  const fromString = (s: string, opts?: DecodeOptions): E.Either<t.Errors, A> => {
    const o = opts === undefined ? DEFAULT_OPTIONS : readOptions(opts)
    if (typeof o === 'string') return textFailure(codec(), OPTIONS_EXPECTED, o)
    // The codec (for a failure's context) is compiled only when the text is refused.
    const refused = typeof s === 'string' && s.length <= o.maxInputLength ? undefined : refuseText(codec(), s, o, 'JSON text')
    if (refused !== undefined) return refused
    let u: unknown
    try {
      u = JSON.parse(s)
    } catch {
      return textFailure(codec(), 'JSON text', 'text that is not valid JSON')
    }
    return decodeJson(u, o)
  }

  const fromXml = (s: string, opts?: DecodeOptions): E.Either<t.Errors, A> => {
    const o = opts === undefined ? DEFAULT_OPTIONS : readOptions(opts)
    if (typeof o === 'string') return textFailure(codec(), OPTIONS_EXPECTED, o)
    // The codec (for a failure's context) is compiled only when the text is refused.
    const refused = typeof s === 'string' && s.length <= o.maxInputLength ? undefined : refuseText(codec(), s, o, 'XML text')
    if (refused !== undefined) return refused
    const doc = parseXml(s)
    if ('_tag' in doc) return textFailure(codec(), 'an XML document', `one that could not be read (${doc.message})`)
    return neverThrow(codec(), () => decodeXmlContent(self, conventions.xml.content(doc.name, doc.content), o))
  }

  const make = ((given: unknown = {}) => {
    // Anything but an object (`null`, a number) gives no members: `is` then says whether that is a value.
    const fields = (typeof given === 'object' && given !== null ? given : {}) as Record<string, unknown>
    switch (ast.kind) {
      case 'structure':
      case 'union': {
        const out: Record<string, unknown> = {}
        for (const m of makeMembers()) {
          // A member that throws while it is read (a Proxy, a getter) is left out, as absent: `is` then refuses what is missing.
          let v: unknown
          try {
            v = m.read(fields)
          } catch {
            v = undefined
          }
          if (v !== undefined) setKey(out, m.name, v)
          else if (m.hasDefault) setKey(out, m.name, m.value)
        }
        // A union's unknown variant is taken as given.
        let unknown: ReturnType<typeof unknownVariantOf>
        try {
          unknown = ast.kind === 'union' ? unknownVariantOf(fields) : undefined
        } catch {
          unknown = undefined
        }
        if (unknown !== undefined) out[UNKNOWN] = unknown
        return out
      }
      case 'string':
      case 'enum':
      case 'integer':
      case 'boolean':
      case 'timestamp':
      case 'list':
      case 'map':
        return given
      default:
        return absurd(ast)
    }
  }) as unknown as Make<A, I>

  const standard = lazy(() => standardSchema<A, O>(fromJson))

  const self: Shape<A, O, I, Redacted<S>, ClosedTypeOf<S>> = {
    ast,
    schema,
    name,
    mode,
    conventions,
    get codec() {
      return codec()
    },
    make,
    fromJson,
    fromString,
    fromXml,
    toJson: (a) => encode()(a) as O,
    toXml: (a) => `<${xmlRoot}>${toXmlContent()(a)}</${xmlRoot}>`,
    toQuery: (a) => toQueryString(ast, a, { conventions: conventions.query }),
    toValue: (a) => valueOf(ast)(a),
    redact: (a) => {
      try {
        return redactBy(ast, a) as Redacted<S>
      } catch {
        // What cannot be read (a throwing getter on an undeclared key) is hidden whole, never thrown.
        return SENSITIVE as Redacted<S>
      }
    },
    is: (u): u is A => {
      try {
        return guard()(u)
      } catch {
        return false
      }
    },
    get '~standard'() {
      return standard()
    }
  }
  return self
}

/**
 * Decodes the content of an already parsed XML element as a shape (for envelopes a caller has
 * unwrapped itself, such as an error's `<Error>` element).
 *
 * @category interpreters
 * @since 0.1.0
 */
export const decodeXmlContent = <A, O, I>(s: Shape<A, O, I>, content: XmlContent, options?: DecodeOptions | ReadOptions): E.Either<t.Errors, A> => {
  const o = readOptions(options)
  if (typeof o === 'string') return textFailure(s.codec, OPTIONS_EXPECTED, o)
  const m = modeOf(s.mode, o)
  return runDecoder(s.ast, m, xmlDecoderOf(s.ast, m, s.conventions.xml.timestamps, o.errorCorrection), content, undefined) as E.Either<t.Errors, A>
}
