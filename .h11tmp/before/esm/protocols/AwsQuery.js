import { elements } from '../codecs/Xml.js';
/** awsQuery's format of a timestamp that declares none. @category constants @since 0.2.0 */
export const TIMESTAMPS = 'date-time';
/**
 * The content to decode for a shape: the root element's, or its `XResult` child's when the root
 * is an awsQuery `XResponse` envelope.
 *
 * @category parsing
 * @since 0.1.0
 */
export const unwrapEnvelope = (name, content) => {
    if (typeof content === 'string' || !name.endsWith('Response'))
        return content;
    const result = elements(content, `${name.slice(0, -'Response'.length)}Result`);
    return result.length === 1 ? result[0] : content;
};
/**
 * The content holding an error's members in an XML error document: the first `Error` child of an
 * `ErrorResponse` root, else the root's content; its `Message` read as `message` when `message`
 * is absent.
 *
 * @category parsing
 * @since 0.2.0
 */
export const errorContent = (name, content) => {
    let error = content;
    if (name === 'ErrorResponse' && typeof content !== 'string') {
        const inner = elements(content, 'Error');
        if (inner.length > 0)
            error = inner[0];
    }
    return typeof error === 'string' || error['message'] !== undefined || error['Message'] === undefined ? error : { ...error, message: error['Message'] };
};
/** awsQuery's query-string conventions. @category constants @since 0.2.0 */
export const QUERY = { timestamps: TIMESTAMPS, emptyMap: 'omit' };
/** awsQuery's XML conventions. @category constants @since 0.2.0 */
export const XML = { timestamps: TIMESTAMPS, content: unwrapEnvelope };
