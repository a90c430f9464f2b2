/**
 * The awsQuery protocol's conventions, for the XML and query directions of every shape (the
 * counterparts of awso's `of_xml` and `to_query`). Each rule lives here and nowhere else:
 *
 * - Response envelope: a document `<XResponse><XResult>…</XResult>…</XResponse>` holds the shape
 *   in its one `XResult` child; any other document's root element holds the shape itself
 *   (`unwrapEnvelope`).
 * - Timestamps declared without a format travel as RFC 3339 date-times (Smithy, AWS query
 *   protocol: "timestamp … serialized as date-time").
 * - Query strings: an empty list is one `name=` pair; an empty map is left out.
 * - Error documents: `<ErrorResponse><Error>…</Error>…</ErrorResponse>` holds the error in its
 *   first `Error` child (Smithy, AWS query protocol, "Operation error serialization"); any other
 *   document's root element holds it itself (a bare `<Error>`, or an element named after the
 *   error). In it, `<Message>` is read as `<message>` when `<message>` is absent: awsQuery
 *   services capitalise the message (`errorContent`).
 *
 * The package's shapes use these conventions for `fromXml`, `toXml` and `toQuery`, and its error
 * shapes and unions for `fromXml` (see `Conventions.ts`); `src/codecs` and `src/errors` know none
 * of them.
 *
 * @since 0.2.0
 */
import type { Conventions } from '../codecs/Shape.js'
import type { QueryConventions } from '../codecs/Query.js'
import type { TimestampFormat } from '../codecs/Timestamp.js'
import { type XmlContent, elements } from '../codecs/Xml.js'

/** awsQuery's format of a timestamp that declares none. @category constants @since 0.2.0 */
export const TIMESTAMPS: TimestampFormat = 'date-time'

/** Element content the conventions can look into: an object (not text, not a hostile non-object). */
const isElements = (content: unknown): content is Exclude<XmlContent, string> => typeof content === 'object' && content !== null

/**
 * The content to decode for a shape: the root element's, or its `XResult` child's when the root
 * is an awsQuery `XResponse` envelope. Content that cannot be read (or a name that is not a
 * string) is returned as it is, for the decoder to report.
 *
 * @category parsing
 * @since 0.1.0
 */
export const unwrapEnvelope = (name: string, content: XmlContent): XmlContent => {
  try {
    if (typeof name !== 'string' || !isElements(content) || !name.endsWith('Response')) return content
    const result = elements(content, `${name.slice(0, -'Response'.length)}Result`)
    return result.length === 1 ? result[0]! : content
  } catch {
    return content
  }
}

/**
 * The content holding an error's members in an XML error document: the first `Error` child of an
 * `ErrorResponse` root, else the root's content; its `Message` read as `message` when `message`
 * is absent. Content that cannot be read is returned as it is, for the decoder to report.
 *
 * @category parsing
 * @since 0.2.0
 */
export const errorContent = (name: string, content: XmlContent): XmlContent => {
  try {
    let error = content
    if (name === 'ErrorResponse' && isElements(content)) {
      const inner = elements(content, 'Error')
      if (inner.length > 0) error = inner[0]!
    }
    return !isElements(error) || error['message'] !== undefined || error['Message'] === undefined ? error : { ...error, message: error['Message'] }
  } catch {
    return content
  }
}

/** awsQuery's query-string conventions. @category constants @since 0.2.0 */
export const QUERY: QueryConventions = { timestamps: TIMESTAMPS, emptyMap: 'omit' }

/** awsQuery's XML conventions. @category constants @since 0.2.0 */
export const XML: Conventions['xml'] = { timestamps: TIMESTAMPS, content: unwrapEnvelope }
