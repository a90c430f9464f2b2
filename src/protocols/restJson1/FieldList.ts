/**
 * The `fieldList` of the `ValidationException` a server answers a bad request with: one entry per
 * problem, `{ name, message }`, built from the strict decoder's errors. Neither part ever carries
 * text from the request:
 *
 * - `name` is the member path (`userId`, `messageReviewHandler.fallbackResult`, `tagKeys.0`),
 *   made only of what the declaration names (members) and list indices. A map's keys are input,
 *   so a problem with a key, or with a value held under a key, is named by the map's own path
 *   (`tags`), and the message says it was an entry of the map. (Smithy's
 *   `RestJsonMalformedLengthMapKey` names the map too; for a value, Smithy's
 *   `RestJsonMalformedLengthMapValue` names `/map/<key>`, which would echo the client's key: this
 *   library names the map instead, see docs/protocols.md.) A segment the declaration does not
 *   name (an undeclared union member, a key hidden as sensitive) ends the path the same way.
 *   A problem with the request as a whole (a body that is not JSON) is named `body`.
 * - `message` is `expected …, got …`: what the declaration expected, and what was found described
 *   by its kind (`a string`, `a number`, `length 129`); a value the decoder would quote (an enum's
 *   or a range's `got "XYZ"`, a wrong type's `got 5`) is replaced by its kind.
 *
 * Identical entries (two bad keys of one map) are given once.
 *
 * @since 0.2.0
 */
import type * as t from 'io-ts'
import { type AST, absurd } from '../../codecs/Schema.js'
import { kindOf } from '../../codecs/Issue.js'
import { pathOfError, toIssues } from '../../codecs/Report.js'

/**
 * One invalid field of a request.
 *
 * @category model
 * @since 0.2.0
 */
export interface ValidationField {
  readonly name: string
  readonly message: string
}

/** The name of a problem of the request as a whole. */
export const WHOLE_REQUEST = 'body'

/** What a problem under a map's key is reported as, before the decoder's `expected …`. */
const ENTRY = 'an entry of the map: '

type Named = { readonly path: ReadonlyArray<string | number>; readonly inEntry: boolean }

/** The part of a path the declaration names: members and list indices, up to the first map key or unnamed segment. */
const namedPath = (root: AST | undefined, path: ReadonlyArray<string | number>): Named => {
  let ast = root
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!
    if (ast === undefined) return { path: path.slice(0, i), inEntry: false }
    switch (ast.kind) {
      case 'structure':
      case 'union': {
        const member = typeof seg === 'string' ? ast.members.find((m) => m.name === seg) : undefined
        if (member === undefined) return { path: path.slice(0, i), inEntry: false }
        ast = member.target
        break
      }
      case 'list':
        if (typeof seg !== 'number') return { path: path.slice(0, i), inEntry: false }
        ast = ast.member
        break
      case 'map':
        return { path: path.slice(0, i), inEntry: true }
      case 'string':
      case 'enum':
      case 'integer':
      case 'boolean':
      case 'timestamp':
        return { path: path.slice(0, i), inEntry: false }
      default:
        return absurd(ast)
    }
  }
  return { path, inEntry: false }
}

/** A quoted value at the end of a message: a JSON string, or a number, boolean or null as the decoder prints them. */
const QUOTED = /, got ("(?:[^"\\]|\\.)*"|-?[0-9][0-9.eE+-]*|true|false|null|NaN|-?Infinity)$/

/** The message with a quoted value replaced by its kind (a count such as the body's size, with no value behind it, is kept). */
const safeMessage = (message: string, value: unknown): string => {
  const quotable = value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
  return quotable ? message.replace(QUOTED, () => `, got ${kindOf(value)}`) : message
}

/** The named part of an error's path; an error or a root that cannot be read names the whole request. */
const namedPathOf = (root: AST | undefined, error: t.ValidationError): Named => {
  try {
    return namedPath(root, pathOfError(error))
  } catch {
    return { path: [], inEntry: false }
  }
}

/** The value an error found, or `undefined` when it cannot be read (then nothing is quoted to replace). */
const valueOf = (error: t.ValidationError): unknown => {
  try {
    return error.value
  } catch {
    return undefined
  }
}

/**
 * The fieldList for the errors of a strict decode of the input shape `root` (see the module's rules).
 * Never throws: what `toIssues` reports for errors that cannot be read is named `body`.
 *
 * @category constructors
 * @since 0.2.0
 */
export const fieldListOf = (root: AST | undefined, errors: t.Errors): ReadonlyArray<ValidationField> => {
  const issues = toIssues(errors)
  let entries: ReadonlyArray<t.ValidationError> = []
  try {
    // `toIssues` gives one issue per entry when `errors` is an array, and one issue otherwise.
    const copy = Array.isArray(errors) ? Array.from(errors) : []
    if (copy.length === issues.length) entries = copy
  } catch {
    // read as no entries: every issue names the whole request
  }
  const seen = new Set<string>()
  const out: Array<ValidationField> = []
  issues.forEach((issue, i) => {
    const error = entries[i]
    const named = error === undefined ? { path: [], inEntry: false } : namedPathOf(root, error)
    const name = named.path.length === 0 ? WHOLE_REQUEST : named.path.join('.')
    const message = `${named.inEntry ? ENTRY : ''}${safeMessage(issue.message, error === undefined ? undefined : valueOf(error))}`
    const key = JSON.stringify([name, message])
    if (seen.has(key)) return
    seen.add(key)
    out.push({ name, message })
  })
  return out
}
