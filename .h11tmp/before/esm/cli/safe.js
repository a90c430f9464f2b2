/**
 * Encodings that are safe to print: the JSON value, the query string, the value tree and the XML
 * document of a decoded value, with every sensitive node replaced by `***SensitiveInformation***`.
 *
 * `redact` gives a domain value in which a sensitive node may have become the marker string,
 * which the encoders cannot read back (a sensitive map is no longer a map). So the JSON value is
 * encoded first and then redacted (redaction walks raw JSON as well as domain values), and the
 * query, value-tree and XML interpreters are asked for their redacted variants, which write the
 * marker in place of each sensitive node.
 *
 * Used by the CLI and the demo; not part of the package's root API.
 *
 * @since 0.1.0
 */
import { toQueryString } from '../codecs/Query.js';
import { redactBy } from '../codecs/Redact.js';
import { redactedValueOf } from '../codecs/Value.js';
import { redactedXmlEncoderOf, xmlEncoderOf } from '../codecs/Xml.js';
/**
 * The JSON value of `a`, with sensitive nodes replaced by the marker.
 *
 * @category encoding
 * @since 0.1.0
 */
export const safeJson = (s, a) => redactBy(s.ast, s.toJson(a));
/**
 * The AWS query string of `a`, where each sensitive node is one pair whose value is the
 * (percent-encoded) marker.
 *
 * @category encoding
 * @since 0.1.0
 */
export const safeQuery = (s, a) => toQueryString(s.ast, a, { redacted: true });
/**
 * The value tree of `a`, with every sensitive node replaced by a `String` leaf holding the marker.
 *
 * @category encoding
 * @since 0.1.0
 */
export const safeValue = (s, a) => redactedValueOf(s.ast)(a);
/**
 * The XML document of `a` (its root element named `name`), where the content of each sensitive
 * node is the marker.
 *
 * @category encoding
 * @since 0.1.0
 */
export const safeXml = (s, a, name) => `<${name}>${redactedXmlEncoderOf(s.ast)(a)}</${name}>`;
/**
 * The XML document of `a` with its root element named `name` (a simple shape's own name is its
 * shape id, which is no XML name).
 *
 * @category encoding
 * @since 0.1.0
 */
export const xmlDocument = (s, a, name) => `<${name}>${xmlEncoderOf(s.ast)(a)}</${name}>`;
