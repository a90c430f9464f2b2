/**
 * Where each member of an operation's input or output travels in restJson1 (Smithy HTTP binding
 * traits): `@httpLabel` in the URI, `@httpQuery` in the query string, `@httpHeader` in a header,
 * `@httpResponseCode` as the status; every other member in the JSON body, in declaration order.
 * Computed once per operation, from the declaration.
 *
 * The operation has a body when some member is left for it: then a body is always sent, `{}`
 * when all of those members are absent (as the AWS SDK for JavaScript does); an operation none
 * of whose members travel in the body sends no body at all (Smithy's
 * `RestJsonEmptyInputAndEmptyOutput`; the SDK's `GET` and `DELETE /tags/{resourceArn}`).
 *
 * Timestamps outside the body default to Smithy's location defaults: `date-time` in a label or
 * the query, `http-date` in a header.
 *
 * @since 0.2.0
 */
import type { AST, MemberAST } from '../../codecs/Schema.js'
import type { TimestampFormat } from '../../codecs/Timestamp.js'

/**
 * The members of one input or output, by where they travel.
 *
 * @category model
 * @since 0.2.0
 */
export interface Bindings {
  readonly labels: ReadonlyArray<MemberAST>
  readonly query: ReadonlyArray<MemberAST>
  readonly headers: ReadonlyArray<MemberAST>
  readonly statusCode: MemberAST | undefined
  readonly body: ReadonlyArray<MemberAST>
  /** Whether any member travels in the body (then a body is always sent). */
  readonly hasBody: boolean
}

const NONE: Bindings = { labels: [], query: [], headers: [], statusCode: undefined, body: [], hasBody: false }

/** Smithy's default timestamp formats outside the body. */
export const LABEL_TIMESTAMPS: TimestampFormat = 'date-time'
export const QUERY_TIMESTAMPS: TimestampFormat = 'date-time'
export const HEADER_TIMESTAMPS: TimestampFormat = 'http-date'

/**
 * The bindings of a structure's members (`undefined` input or output, Smithy's `Unit`, has none).
 *
 * @category constructors
 * @since 0.2.0
 */
export const bindingsOf = (ast: AST | undefined): Bindings => {
  if (ast === undefined || ast.kind !== 'structure') return NONE
  const labels: Array<MemberAST> = []
  const query: Array<MemberAST> = []
  const headers: Array<MemberAST> = []
  const body: Array<MemberAST> = []
  let statusCode: MemberAST | undefined
  for (const m of ast.members) {
    if (m.httpLabel === true) labels.push(m)
    else if (m.httpQuery !== undefined) query.push(m)
    else if (m.httpHeader !== undefined) headers.push(m)
    else if (m.httpResponseCode === true) statusCode = m
    else body.push(m)
  }
  return { labels, query, headers, statusCode, body, hasBody: body.length > 0 }
}
