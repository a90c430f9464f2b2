/**
 * A fast-check interpreter over the schema algebra: `arbitraryOf(schema)` generates domain values
 * that are valid in strict mode, so every property test can start from "any value of this shape".
 *
 * What the values look like:
 * - strings: `length` counted in code points (as Smithy and `Constraints.codePointLength` count),
 *   `pattern` through `fc.stringMatching` with the `u` flag, both at once when a node has both
 *   (a pattern that is one repeated character class gets the length bounds as its quantifier,
 *   so exact lengths such as 12-character IDs are generated rather than filtered for);
 *   characters are biased towards ASCII and the characters the wire formats escape
 *   (`& < > " ' + / = % ~`, space, tab, newline, carriage return), with any code point now and
 *   then (lone surrogates included unless `xmlSafe`);
 * - enums: one of their declared values;
 * - integers: 32-bit, within `range`;
 * - timestamps: `Date`s with whole milliseconds in the years 0000–9999 (what the three wire
 *   formats can carry);
 * - lists and maps: within `length`; map keys valid for the key node, never `__proto__` (the
 *   hostile-input suite tests that key on its own), unique, on an ordinary object;
 * - structures: required members and members with a default always present, optional members
 *   sometimes absent (the key is then not there at all, never `undefined`);
 * - unions: exactly one member set; with `unknownVariants` (response-side tests only: strict
 *   decoding refuses them), now and then the unknown variant `{ $unknown: [name, value] }` instead,
 *   named like a Smithy member the declaration does not have, its value a JSON value other than
 *   `null` (with `xmlSafe`, XML text: what the XML decoder keeps).
 *
 * With `xmlSafe`, every string is made only of characters XML 1.0 can carry: tab, newline,
 * carriage return (the encoder writes it as `&#xD;`, which a parser keeps; a raw one would be
 * normalised), U+0020–U+D7FF, U+E000–U+FFFD and U+10000–U+10FFFF, so no other C0 control, no
 * lone surrogate, no U+FFFE/U+FFFF. Leading and trailing whitespace needs no special care: the
 * parser is set not to trim text (`test/codecs/Xml.test.ts` checks whitespace-only strings).
 *
 * Compiled once per node and option set. Recursive declarations (a node reachable from itself)
 * are not supported: the IVS Chat model has none.
 */
import fc from 'fast-check'
import { codePointLength } from '../../src/codecs/Constraints.js'
import { type AST, type Bounds, type Schema, type StringAST, absurd, memoize } from '../../src/codecs/Schema.js'

/** Options of the interpreter. */
export interface ArbitraryOptions {
  /** Only characters XML 1.0 can carry (see the module comment). */
  readonly xmlSafe?: boolean
  /** Unions may be the unknown variant (see the module comment). Not valid in strict mode. */
  readonly unknownVariants?: boolean
}

const INT32_MIN = -2147483648
const INT32_MAX = 2147483647

const utc = (year: number, month: number, day: number, h: number, mi: number, s: number, ms: number): Date => {
  const d = new Date(0)
  d.setUTCFullYear(year, month - 1, day)
  d.setUTCHours(h, mi, s, ms)
  return d
}

/** The earliest instant every timestamp format can carry: 0000-01-01T00:00:00.000Z. */
export const MIN_DATE: Date = utc(0, 1, 1, 0, 0, 0, 0)
/** The latest instant every timestamp format can carry: 9999-12-31T23:59:59.999Z. */
export const MAX_DATE: Date = utc(9999, 12, 31, 23, 59, 59, 999)

/** Whether a code point is a character XML 1.0 can carry. */
const isXmlChar = (cp: number): boolean =>
  cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff)

/** Whether every character of a string is one XML 1.0 can carry (a lone surrogate is not). */
export const isXmlSafe = (s: string): boolean => {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1)
      if (!(d >= 0xdc00 && d <= 0xdfff)) return false
      i++
      continue
    }
    if (!isXmlChar(c)) return false
  }
  return true
}

const SPECIAL = ['&', '<', '>', '"', "'", ' ', '\t', '\n', '\r', '+', '/', '=', '%', '~', '#', '.', 'é', '€', '中', '😀']

const anyCodePoint = fc.integer({ min: 0, max: 0x10ffff }).map((cp) => String.fromCodePoint(cp))

/** One code point: mostly printable ASCII, often a character some wire format escapes, now and then any. */
const charOf = (xmlSafe: boolean): fc.Arbitrary<string> =>
  fc.oneof(
    { arbitrary: fc.integer({ min: 0x20, max: 0x7e }).map((cp) => String.fromCharCode(cp)), weight: 6 },
    { arbitrary: fc.constantFrom(...SPECIAL), weight: 3 },
    { arbitrary: xmlSafe ? anyCodePoint.filter((c) => isXmlChar(c.codePointAt(0)!)) : anyCodePoint, weight: 1 }
  )

const within = (b: Bounds | undefined, n: number): boolean => b === undefined || ((b.min === undefined || n >= b.min) && (b.max === undefined || n <= b.max))

const stringArbitrary = (ast: StringAST, xmlSafe: boolean): fc.Arbitrary<string> => {
  const length = ast.length
  const min = Math.max(0, Math.ceil(length?.min ?? 0))
  const max = length?.max === undefined ? undefined : Math.floor(length.max)
  const fits = (s: string): boolean => within(length, codePointLength(s)) && (!xmlSafe || isXmlSafe(s))
  if (ast.pattern !== undefined) {
    // One character class repeated (`^[a-zA-Z0-9]+$`, as most IDs are): the length bounds go
    // into the quantifier, so that `length: { min: 12, max: 12 }` is generated, not filtered for.
    const single = /^\^(\[(?:[^\]\\]|\\.)+\])[+*]\$$/.exec(ast.pattern)
    if (single !== null && length !== undefined) {
      const lo = ast.pattern.endsWith('+$') ? Math.max(1, min) : min
      const re = new RegExp(`^${single[1]}{${lo},${max ?? ''}}$`, 'u')
      return fc.stringMatching(re).filter(fits)
    }
    // A string of at most `max` UTF-16 units has at most `max` code points; the filter does the rest.
    const re = new RegExp(ast.pattern, 'u')
    return fc.stringMatching(re, max === undefined ? {} : { maxLength: max }).filter(fits)
  }
  // Lone surrogates generated side by side can pair up into one code point, hence the filter.
  return fc
    .array(charOf(xmlSafe), max === undefined ? { minLength: min } : { minLength: min, maxLength: max })
    .map((cs) => cs.join(''))
    .filter(fits)
}

const sizeBounds = (b: Bounds | undefined, cap = Number.POSITIVE_INFINITY): { minLength: number; maxLength?: number } => {
  const minLength = Math.max(0, Math.ceil(b?.min ?? 0))
  const max = Math.min(b?.max === undefined ? Number.POSITIVE_INFINITY : Math.floor(b.max), cap)
  return max === Number.POSITIVE_INFINITY ? { minLength } : { minLength, maxLength: max }
}

/** A name a member added later could have: a Smithy identifier, also an XML name. */
const memberName = fc.stringMatching(/^[a-z][A-Za-z0-9_]{0,11}$/)

/** The unknown variant of a union: a name it does not declare, and a value as a format's parser gives it. */
const unknownVariant = (ast: AST & { readonly kind: 'union' }, xmlSafe: boolean): fc.Arbitrary<unknown> => {
  const names = new Set(ast.members.map((m) => m.name))
  // As JSON.parse gives it: a -0 that fc.jsonValue may produce reads back as 0.
  const value: fc.Arbitrary<unknown> = xmlSafe ? fc.array(charOf(true)).map((cs) => cs.join('')) : fc.jsonValue().filter((v) => v !== null).map((v): unknown => JSON.parse(JSON.stringify(v)))
  return fc.tuple(memberName.filter((n) => !names.has(n)), value).map(([name, v]) => ({ $unknown: [name, v] }))
}

const compile = (xmlSafe: boolean, unknownVariants = false): ((ast: AST) => fc.Arbitrary<unknown>) => {
  const self: (ast: AST) => fc.Arbitrary<unknown> = memoize((ast: AST): fc.Arbitrary<unknown> => {
    switch (ast.kind) {
      case 'string':
        return stringArbitrary(ast, xmlSafe)
      case 'enum':
        return fc.constantFrom(...ast.values)
      case 'integer': {
        const min = Math.max(INT32_MIN, Math.ceil(ast.range?.min ?? INT32_MIN))
        const max = Math.min(INT32_MAX, Math.floor(ast.range?.max ?? INT32_MAX))
        return fc.integer({ min, max })
      }
      case 'boolean':
        return fc.boolean()
      case 'timestamp':
        return fc.date({ min: MIN_DATE, max: MAX_DATE, noInvalidDate: true })
      case 'list':
        return fc.array(self(ast.member), sizeBounds(ast.length))
      case 'map': {
        const key = self(ast.key).filter((k) => k !== '__proto__') as fc.Arbitrary<string>
        const cap = ast.key.kind === 'enum' ? ast.key.values.filter((v) => v !== '__proto__').length : undefined
        return fc
          .uniqueArray(fc.tuple(key, self(ast.value)), { ...sizeBounds(ast.length, cap), selector: (e) => e[0] })
          .map((entries) => {
            const out: Record<string, unknown> = {}
            for (const [k, v] of entries) out[k] = v
            return out
          })
      }
      case 'structure': {
        const model: Record<string, fc.Arbitrary<unknown>> = {}
        const requiredKeys: Array<string> = []
        for (const m of ast.members) {
          Object.defineProperty(model, m.name, { value: self(m.target), enumerable: true, writable: true, configurable: true })
          if (m.required || 'default' in m) requiredKeys.push(m.name)
        }
        return fc.record(model, { requiredKeys, noNullPrototype: true })
      }
      case 'union': {
        if (ast.members.length === 0) throw new TypeError(`${ast.name}: a union needs at least one member`)
        const known = ast.members.map((m) => self(m.target).map((v): unknown => ({ [m.name]: v })))
        return unknownVariants ? fc.oneof(...known, unknownVariant(ast, xmlSafe)) : fc.oneof(...known)
      }
      default:
        return absurd(ast)
    }
  })
  return self
}

const plain = compile(false)
const xml = compile(true)
const plainOpen = compile(false, true)
const xmlOpen = compile(true, true)

/** Values of a node, valid in strict mode (unless `unknownVariants`). */
export const arbitraryOfAst = (ast: AST, options: ArbitraryOptions = {}): fc.Arbitrary<unknown> =>
  (options.unknownVariants === true ? (options.xmlSafe === true ? xmlOpen : plainOpen) : options.xmlSafe === true ? xml : plain)(ast)

/** Values of a declaration (or of a shape, which is one), valid in strict mode. */
export const arbitraryOf = <A>(schema: Schema<A, unknown>, options: ArbitraryOptions = {}): fc.Arbitrary<A> =>
  arbitraryOfAst(schema.ast, options) as fc.Arbitrary<A>

/**
 * Any string at all, lone surrogates and controls included, biased like the generated values
 * (cheaper than `fc.string({ unit: 'binary' })`).
 */
export const anyString = (constraints: { readonly minLength?: number; readonly maxLength?: number } = {}): fc.Arbitrary<string> =>
  fc
    .array(
      fc.oneof(charOf(false), fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c))),
      constraints.maxLength === undefined ? { minLength: constraints.minLength ?? 0 } : { minLength: constraints.minLength ?? 0, maxLength: constraints.maxLength }
    )
    .map((cs) => cs.join(''))
