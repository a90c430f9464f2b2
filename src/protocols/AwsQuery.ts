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
 *
 * The package's shapes use these conventions for `fromXml`, `toXml` and `toQuery` (see
 * `Conventions.ts`); `src/codecs` knows none of them.
 *
 * The error envelope (`<ErrorResponse><Error>…`) and `Message` read as `message` are still in
 * `src/errors/ErrorShape.ts` and `ErrorUnion.ts`.
 *
 * @since 0.2.0
 */
import type { Conventions } from '../codecs/Shape.js'
import type { QueryConventions } from '../codecs/Query.js'
import type { TimestampFormat } from '../codecs/Timestamp.js'
import { type XmlContent, elements } from '../codecs/Xml.js'

/** awsQuery's format of a timestamp that declares none. @category constants @since 0.2.0 */
export const TIMESTAMPS: TimestampFormat = 'date-time'

/**
 * The content to decode for a shape: the root element's, or its `XResult` child's when the root
 * is an awsQuery `XResponse` envelope.
 *
 * @category parsing
 * @since 0.1.0
 */
export const unwrapEnvelope = (name: string, content: XmlContent): XmlContent => {
  if (typeof content === 'string' || !name.endsWith('Response')) return content
  const result = elements(content, `${name.slice(0, -'Response'.length)}Result`)
  return result.length === 1 ? result[0]! : content
}

/** awsQuery's query-string conventions. @category constants @since 0.2.0 */
export const QUERY: QueryConventions = { timestamps: TIMESTAMPS, emptyMap: 'omit' }

/** awsQuery's XML conventions. @category constants @since 0.2.0 */
export const XML: Conventions['xml'] = { timestamps: TIMESTAMPS, content: unwrapEnvelope }
