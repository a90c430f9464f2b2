/**
 * A small, deterministic pretty printer for the expressions the generator writes, in the style
 * of the hand-written files: 2-space indent, single quotes, no semicolons, no trailing commas,
 * lines up to 160 characters. An expression goes on one line when it fits; otherwise a call
 * whose last argument is an object or array keeps its head on the line and breaks that argument
 * ("hugs" it), and any other call puts one argument per line.
 */

/** The widest line the printer aims for. */
export const WIDTH = 160

/** An expression to print. */
export type Doc =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'call'; readonly callee: string; readonly args: ReadonlyArray<Doc> }
  | { readonly kind: 'object'; readonly entries: ReadonlyArray<readonly [string, Doc]>; readonly multiline: boolean }
  | { readonly kind: 'array'; readonly items: ReadonlyArray<Doc> }

/** Code as is (an identifier, a literal). */
export const text = (t: string): Doc => ({ kind: 'text', text: t })

/** A call. */
export const call = (callee: string, ...args: ReadonlyArray<Doc>): Doc => ({ kind: 'call', callee, args })

/** An object literal; `multiline` objects (with entries) never go on one line. */
export const object = (entries: ReadonlyArray<readonly [string, Doc]>, multiline = false): Doc => ({ kind: 'object', entries, multiline })

/** An array literal. */
export const array = (items: ReadonlyArray<Doc>): Doc => ({ kind: 'array', items })

/** A single-quoted string literal. */
export const quote = (s: string): string =>
  `'${s.replace(/[\\'\u0000-\u001f\u2028\u2029\u007f]/g, (c) => {
    switch (c) {
      case '\\':
        return '\\\\'
      case "'":
        return "\\'"
      case '\n':
        return '\\n'
      case '\r':
        return '\\r'
      case '\t':
        return '\\t'
      default:
        return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
    }
  })}'`

/** A string literal as a Doc. */
export const str = (s: string): Doc => text(quote(s))

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/

/** An object key: bare when it is an identifier, quoted otherwise. */
export const key = (k: string): string => (IDENTIFIER.test(k) ? k : quote(k))

/** A JSON value as a literal Doc (for `@default` values). */
export const literal = (u: unknown): Doc => {
  if (u === null) return text('null')
  if (typeof u === 'string') return str(u)
  if (typeof u === 'number' || typeof u === 'boolean') return text(String(u))
  if (Array.isArray(u)) return array(u.map(literal))
  if (typeof u === 'object') return object(Object.entries(u as Record<string, unknown>).map(([k, v]) => [key(k), literal(v)] as const))
  throw new TypeError(`cannot write ${typeof u} as a literal`)
}

/** The expression on one line, or `undefined` when it may not go on one line. */
const flat = (doc: Doc): string | undefined => {
  switch (doc.kind) {
    case 'text':
      return doc.text
    case 'call': {
      const args = flatAll(doc.args)
      return args === undefined ? undefined : `${doc.callee}(${args})`
    }
    case 'object': {
      if (doc.entries.length === 0) return '{}'
      if (doc.multiline) return undefined
      const parts: Array<string> = []
      for (const [k, v] of doc.entries) {
        const f = flat(v)
        if (f === undefined) return undefined
        parts.push(`${k}: ${f}`)
      }
      return `{ ${parts.join(', ')} }`
    }
    case 'array': {
      const items = flatAll(doc.items)
      return items === undefined ? undefined : `[${items}]`
    }
  }
}

const flatAll = (docs: ReadonlyArray<Doc>): string | undefined => {
  const parts: Array<string> = []
  for (const d of docs) {
    const f = flat(d)
    if (f === undefined) return undefined
    parts.push(f)
  }
  return parts.join(', ')
}

const pad = (n: number): string => ' '.repeat(n)

const isBreakable = (doc: Doc | undefined): boolean =>
  doc !== undefined && ((doc.kind === 'object' && doc.entries.length > 0) || (doc.kind === 'array' && doc.items.length > 0))

/**
 * Prints `doc` at `indent`, starting at column `column`, with `trail` characters to follow it on
 * its last line.
 */
export const print = (doc: Doc, indent: number, column: number, trail: number): string => {
  const f = flat(doc)
  if (f !== undefined && column + f.length + trail <= WIDTH) return f
  switch (doc.kind) {
    case 'text':
      return doc.text
    case 'call': {
      const last = doc.args[doc.args.length - 1]
      if (isBreakable(last)) {
        const init = flatAll(doc.args.slice(0, -1))
        if (init !== undefined) {
          const head = `${doc.callee}(${init === '' ? '' : `${init}, `}`
          if (column + head.length + 1 <= WIDTH) return `${head}${broken(last!, indent)})`
        }
      }
      const inner = indent + 2
      const args = doc.args.map((a, i) => pad(inner) + print(a, inner, inner, i < doc.args.length - 1 ? 1 : 0))
      return `${doc.callee}(\n${args.join(',\n')}\n${pad(indent)})`
    }
    case 'object':
    case 'array':
      return broken(doc, indent)
  }
}

/** An object or array over several lines. */
const broken = (doc: Doc, indent: number): string => {
  const inner = indent + 2
  if (doc.kind === 'object') {
    if (doc.entries.length === 0) return '{}'
    const lines = doc.entries.map(([k, v], i) => `${pad(inner)}${k}: ${print(v, inner, inner + k.length + 2, i < doc.entries.length - 1 ? 1 : 0)}`)
    return `{\n${lines.join(',\n')}\n${pad(indent)}}`
  }
  if (doc.kind === 'array') {
    if (doc.items.length === 0) return '[]'
    const lines = doc.items.map((d, i) => pad(inner) + print(d, inner, inner, i < doc.items.length - 1 ? 1 : 0))
    return `[\n${lines.join(',\n')}\n${pad(indent)}]`
  }
  return print(doc, indent, indent, 0)
}

/** A top-level `<prefix><expression>` statement, e.g. `export const X = ` and a call. */
export const statement = (prefix: string, doc: Doc): string => prefix + print(doc, 0, prefix.length, 0)
