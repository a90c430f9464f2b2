import { headerOf } from '../Headers.js';
/**
 * The header that names an error.
 *
 * @category constants
 * @since 0.2.0
 */
export const ERROR_TYPE_HEADER = 'x-amzn-errortype';
/**
 * The exception name in a raw error code: keeps what stands before the first `,` (a header
 * repeated and joined by commas), drops everything from the first `:` (a URI suffix), and drops
 * everything up to the (last) `#` (a namespace). `com.amazonaws.ivschat#ValidationException:http://…`
 * is `ValidationException`.
 *
 * @example
 * import { normalizeErrorCode } from 'ivschat-codecs'
 * assert.strictEqual(normalizeErrorCode('com.amazonaws.ivschat#ValidationException:http://internal.amazon.com/'), 'ValidationException')
 *
 * @category utils
 * @since 0.1.0
 */
export const normalizeErrorCode = (raw) => {
    let code = raw;
    const comma = code.indexOf(',');
    if (comma >= 0)
        code = code.slice(0, comma);
    const colon = code.indexOf(':');
    if (colon >= 0)
        code = code.slice(0, colon);
    // The last `#`: what follows it has none left, so normalising twice changes nothing.
    const hash = code.lastIndexOf('#');
    if (hash >= 0)
        code = code.slice(hash + 1);
    return code.trim();
};
/** The error code in a parsed JSON body: its `code` key (any letter case), then `__type`. */
const bodyCodeOf = (body) => {
    if (typeof body !== 'object' || body === null || Array.isArray(body))
        return undefined;
    const rec = body;
    for (const k of Object.keys(rec))
        if (k.toLowerCase() === 'code' && typeof rec[k] === 'string')
            return rec[k];
    return typeof rec['__type'] === 'string' ? rec['__type'] : undefined;
};
/**
 * The normalised error code of a response, or `undefined` when neither the header nor the body
 * names one (or the name is empty once normalised).
 *
 * @category utils
 * @since 0.2.0
 */
export const errorCodeOf = (headers, body) => {
    const header = headerOf(headers, ERROR_TYPE_HEADER);
    const raw = header !== undefined && header.trim() !== '' ? header : bodyCodeOf(body);
    if (raw === undefined)
        return undefined;
    const code = normalizeErrorCode(raw);
    return code === '' ? undefined : code;
};
