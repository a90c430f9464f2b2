/**
 * restJson1 bodies: JSON text, sent as UTF-8. Reading one: bytes are decoded as UTF-8; a leading
 * byte-order mark is dropped whether the body came as text or as bytes (so both read the same);
 * an empty or blank body reads as `{}` (Smithy: a structure with no members set may be sent as
 * no body); anything over the size limit (`DecodeOptions.maxInputLength`, in bytes for bytes and
 * characters for text) is refused before it is decoded or parsed.
 *
 * @since 0.2.0
 */
import * as E from 'fp-ts/lib/Either.js';
import { DEFAULT_MAX_INPUT_LENGTH } from '../../codecs/Shape.js';
/** The media type of a restJson1 body. */
export const JSON_CONTENT_TYPE = 'application/json';
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
const BOM = '\uFEFF';
/** A failure about the body as a whole. */
export const bodyError = (message) => [{ value: undefined, context: [], message: `(body): ${message}` }];
/**
 * The body as text (a byte-order mark dropped), or a `Left` when it is neither text nor bytes or
 * is over the limit. An absent body is `''`.
 *
 * @category utils
 * @since 0.2.0
 */
export const bodyText = (body, options) => {
    const max = options?.maxInputLength ?? DEFAULT_MAX_INPUT_LENGTH;
    let text;
    if (body === undefined || body === null)
        text = '';
    else if (typeof body === 'string')
        text = body;
    else if (body instanceof Uint8Array) {
        if (body.byteLength > max)
            return E.left(bodyError(`expected at most ${max} bytes, got ${body.byteLength}`));
        text = decoder.decode(body);
    }
    else
        return E.left(bodyError(`expected the body as text or bytes, got ${typeof body === 'object' ? 'an object that is neither' : typeof body}`));
    if (text.length > max)
        return E.left(bodyError(`expected at most ${max} characters, got ${text.length}`));
    return E.right(text.startsWith(BOM) ? text.slice(1) : text);
};
/**
 * Parses a JSON body; an empty or blank body is `{}`.
 *
 * @category utils
 * @since 0.2.0
 */
export const parseBody = (body, options) => {
    const text = bodyText(body, options);
    if (E.isLeft(text))
        return text;
    if (text.right.trim() === '')
        return E.right({});
    try {
        return E.right(JSON.parse(text.right));
    }
    catch {
        return E.left(bodyError('expected JSON text, got text that is not valid JSON'));
    }
};
