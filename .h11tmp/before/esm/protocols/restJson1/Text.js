/**
 * Member values as they travel outside a JSON body (a URI label, a query parameter, a header):
 * strings and enums as they are, integers in decimal, booleans as `true`/`false`, timestamps in
 * their declared format or the location's default (see `Bindings.ts`); a list (query and
 * headers only) is one text per item.
 *
 * Reading text back gives the member's JSON wire value, which the member's decoder then checks
 * like any body member (so the constraints and the messages are the same): a text that is not
 * an integer, a boolean or a timestamp of the expected format is reported with the member's path.
 *
 * @since 0.2.0
 */
import { absurd } from '../../codecs/Schema.js';
import { formatTimestampText, parseTimestampText } from '../../codecs/Timestamp.js';
import { encoderOf } from '../../codecs/Json.js';
/**
 * The texts of a value bound outside the body (one per list item; one for anything else).
 *
 * @category encoding
 * @since 0.2.0
 */
export const textsOf = (target, value, timestamps) => {
    switch (target.kind) {
        case 'list':
            return value.flatMap((x) => textsOf(target.member, x, timestamps));
        case 'timestamp':
            return [formatTimestampText(target.format ?? timestamps, value)];
        case 'string':
        case 'enum':
            return [value];
        case 'integer':
        case 'boolean':
            return [String(value)];
        case 'map':
        case 'structure':
        case 'union':
            // Smithy allows only simple shapes and lists of them outside the body.
            return [];
        default:
            return absurd(target);
    }
};
const INTEGER = /^[+-]?[0-9]+$/;
/**
 * The JSON wire value (for the body's timestamp default `bodyTimestamps`) of texts read from a
 * label, the query or a header; a text that cannot be that kind of value is kept as it is, so the
 * member's decoder reports it.
 *
 * @category decoding
 * @since 0.2.0
 */
export const wireValueOf = (target, texts, timestamps, bodyTimestamps) => {
    if (target.kind === 'list')
        return texts.map((s) => wireValueOf(target.member, [s], timestamps, bodyTimestamps));
    const s = texts[0];
    if (s === undefined)
        return undefined;
    switch (target.kind) {
        case 'integer':
            return INTEGER.test(s) ? Number(s) : s;
        case 'boolean':
            return s === 'true' ? true : s === 'false' ? false : s;
        case 'timestamp': {
            const ms = parseTimestampText(target.format ?? timestamps, s);
            return ms === ms ? encoderOf(target, bodyTimestamps)(new Date(ms)) : s;
        }
        case 'string':
        case 'enum':
        case 'map':
        case 'structure':
        case 'union':
            return s;
        default:
            return absurd(target);
    }
};
