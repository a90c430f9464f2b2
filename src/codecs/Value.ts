/**
 * The value interpreter: a generic tagged tree of a value, like awso's `to_value`, for code
 * that walks any shape without knowing it (printers, diffing, generic serialisers).
 *
 * @since 0.1.0
 */
import { reader } from './Json.js'
import { SENSITIVE, hidesKeys, hidesValue } from './Sensitivity.js'
import { type AST, absurd, memoize, unknownVariantOf } from './Schema.js'

/**
 * A value as a tagged tree. A union's unknown variant is a `Union` whose member is the unknown
 * name and whose value is a `Document`: the value as it was parsed, which no declaration
 * describes (Smithy's name for untyped data).
 *
 * @category model
 * @since 0.1.0
 */
export type Value =
  | { readonly _tag: 'String'; readonly value: string }
  | { readonly _tag: 'Enum'; readonly value: string }
  | { readonly _tag: 'Integer'; readonly value: number }
  | { readonly _tag: 'Boolean'; readonly value: boolean }
  | { readonly _tag: 'Timestamp'; readonly value: Date }
  | { readonly _tag: 'List'; readonly items: ReadonlyArray<Value> }
  | { readonly _tag: 'Map'; readonly entries: ReadonlyArray<readonly [string, Value]> }
  | { readonly _tag: 'Structure'; readonly fields: ReadonlyArray<readonly [string, Value]> }
  | { readonly _tag: 'Union'; readonly member: string; readonly value: Value }
  | { readonly _tag: 'Document'; readonly value: unknown }

type ToValue = (a: unknown) => Value

const hidden: Value = { _tag: 'String', value: SENSITIVE }

/** Compiles value-tree encoders; with `redacted`, every sensitive node is a `String` leaf holding the marker. */
const compile = (redacted: boolean): ((ast: AST) => ToValue) => {
  const valueOf: (ast: AST) => ToValue = memoize((ast: AST): ToValue => {
    if (redacted && hidesValue(ast)) return () => hidden
    switch (ast.kind) {
      case 'string':
        return (a) => ({ _tag: 'String', value: a as string })
      case 'enum':
        return (a) => ({ _tag: 'Enum', value: a as string })
      case 'integer':
        return (a) => ({ _tag: 'Integer', value: a as number })
      case 'boolean':
        return (a) => ({ _tag: 'Boolean', value: a as boolean })
      case 'timestamp':
        return (a) => ({ _tag: 'Timestamp', value: a as Date })
      case 'list': {
        const member = valueOf(ast.member)
        return (a) => ({ _tag: 'List', items: (a as ReadonlyArray<unknown>).map(member) })
      }
      case 'map': {
        const value = valueOf(ast.value)
        const hideKeys = redacted && hidesKeys(ast)
        return (a) => {
          const m = a as Record<string, unknown>
          return { _tag: 'Map', entries: Object.keys(m).map((k) => [hideKeys ? SENSITIVE : k, value(m[k])] as const) }
        }
      }
      case 'structure': {
        const members = ast.members
        const reads = members.map((m) => reader(m.name))
        return (a) => {
          const s = a as Record<string, unknown>
          const fields: Array<readonly [string, Value]> = []
          for (let i = 0; i < members.length; i++) {
            const m = members[i]!
            const v = reads[i]!(s)
            if (v !== undefined) fields.push([m.name, valueOf(m.target)(v)])
          }
          return { _tag: 'Structure', fields }
        }
      }
      case 'union': {
        const members = ast.members
        const reads = members.map((m) => reader(m.name))
        return (a) => {
          const unknown = unknownVariantOf(a)
          // The unknown variant's value may be anything, secrets included: the redacted tree hides it.
          if (unknown !== undefined) return { _tag: 'Union', member: unknown[0], value: redacted ? hidden : { _tag: 'Document', value: unknown[1] } }
          const s = a as Record<string, unknown>
          const i = reads.findIndex((read) => read(s) !== undefined)
          const m = members[i]
          // No member set (what `is` refuses): the unknown variant with no name and no value, as error correction makes it.
          if (m === undefined) return { _tag: 'Union', member: '', value: redacted ? hidden : { _tag: 'Document', value: undefined } }
          return { _tag: 'Union', member: m.name, value: valueOf(m.target)(reads[i]!(s)) }
        }
      }
      default:
        return absurd(ast)
    }
  })
  return valueOf
}

/**
 * The compiled value-tree encoder of a node.
 *
 * @category interpreters
 * @since 0.1.0
 */
export const valueOf: (ast: AST) => ToValue = compile(false)

/**
 * The compiled value-tree encoder of a node that is safe to print: every sensitive node is a
 * `String` leaf holding `***SensitiveInformation***`.
 *
 * @category interpreters
 * @since 0.1.0
 */
export const redactedValueOf: (ast: AST) => ToValue = compile(true)
