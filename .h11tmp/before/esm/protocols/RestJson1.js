import { matchPath } from './restJson1/Uri.js';
export { encodeRequest, decodeRequest } from './restJson1/Request.js';
export { decodeResponse, encodeResponse, encodeError, REQUEST_ID_HEADER } from './restJson1/Response.js';
export { ERROR_TYPE_HEADER, errorCodeOf, normalizeErrorCode } from './restJson1/ErrorCode.js';
export { withMessage } from './restJson1/ErrorMessage.js';
export { fieldListOf } from './restJson1/FieldList.js';
export { JSON_CONTENT_TYPE } from './restJson1/Body.js';
export { TIMESTAMPS } from './restJson1/Timestamps.js';
export { parseUriPattern, buildPath, matchPath, percentDecode } from './restJson1/Uri.js';
/**
 * A router: the operation whose `@http` method and URI pattern match a request (method compared
 * without regard to case; the path percent-decoded segment by segment; the query ignored), or
 * `undefined`. Operations are tried in the order given; a pattern with only literal segments is
 * preferred to one with labels when both match.
 *
 * @category routing
 * @since 0.2.0
 */
export const matchOperation = (operations) => (request) => {
    const all = Object.values(operations);
    const ordered = [...all.filter((op) => op.uriPattern.labels.length === 0), ...all.filter((op) => op.uriPattern.labels.length > 0)];
    const method = typeof request?.method === 'string' ? request.method.toUpperCase() : '';
    const raw = typeof request?.path === 'string' ? request.path : '';
    const q = raw.indexOf('?');
    const path = q >= 0 ? raw.slice(0, q) : raw;
    return ordered.find((op) => op.http.method.toUpperCase() === method && matchPath(op.uriPattern, path) !== undefined);
};
