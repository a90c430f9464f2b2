/**
 * Text from the input (file names, shape names, map keys in paths, values) made safe to print:
 * no control character reaches the terminal, so input can neither move the cursor, change
 * colours nor start a line of its own (a key holding `\n0 valid, 0 invalid` stays on its line).
 *
 * The characters escaped are the C0 controls, DEL, the C1 controls, the line and paragraph
 * separators and the bidirectional formatting characters (which reorder what is shown).
 *
 * @since 0.1.0
 */
/** The characters that never reach the terminal raw (outside JSON and XML syntax). */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** The same, minus the C0 controls, which `JSON.stringify` already escapes. */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** The same for XML text, where tab and newline may stay (outside `--lines`). */
const UNSAFE_IN_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const UNSAFE_IN_XML_LINE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
const hex = (c, width) => c.charCodeAt(0).toString(16).padStart(width, '0');
/**
 * A line of text with every unsafe character written as an escape (`\n`, `\x1b`, `\u202e`).
 *
 * @category encoding
 * @since 0.1.0
 */
export const escapeText = (s) => s.replace(UNSAFE, (c) => NAMED[c] ?? (c.charCodeAt(0) < 0x100 ? `\\x${hex(c, 2)}` : `\\u${hex(c, 4)}`));
/**
 * A name from the input, quoted for a message (the quotes always balance).
 *
 * @category encoding
 * @since 0.1.0
 */
export const quote = (s) => escapeText(JSON.stringify(s));
/**
 * JSON text with the unsafe characters `JSON.stringify` leaves raw written as `\uXXXX` escapes
 * (the same JSON value: these characters only occur inside strings).
 *
 * @category encoding
 * @since 0.1.0
 */
export const safeJsonText = (json) => json.replace(UNSAFE_IN_JSON, (c) => `\\u${hex(c, 4)}`);
/**
 * XML text with unsafe characters written as character references; with `oneLine`, newlines and
 * tabs too, so the document stays on one line.
 *
 * @category encoding
 * @since 0.1.0
 */
export const safeXmlText = (xml, oneLine) => xml.replace(oneLine ? UNSAFE_IN_XML_LINE : UNSAFE_IN_XML, (c) => `&#x${c.charCodeAt(0).toString(16).toUpperCase()};`);
