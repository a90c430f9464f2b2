/**
 * restJson1 responses, both ways.
 *
 * Reading (`decodeResponse`, a client's side):
 * - a 2xx status is the operation's output: the JSON body (see `Body.ts`) plus any members bound
 *   to headers or to the status, decoded leniently and with error correction (Smithy, "Client
 *   error correction": a missing `@required` member takes its zero value instead of failing the
 *   call). An operation whose output is Smithy's `Unit` succeeds with `undefined` on any 2xx.
 * - any other status is an error, named as `ErrorCode.ts` says. A declared name decodes the body
 *   into that error (leniently, with error correction); an undeclared one is an
 *   `UnknownOperationError` keeping the code and the message; a body that cannot be read, or an
 *   error that names no code, is an `UndecodableResponse` with the io-ts errors.
 * - every failure carries the response's `statusCode` and, when the response has a non-empty
 *   `x-amzn-requestid` header, its `requestId`, on the failure value itself. Nothing throws: a
 *   response that throws when read is an `UndecodableResponse` with status 0.
 *
 * Writing (`encodeResponse`, `encodeError`, a server's side):
 * - an output: the `@http` code, members bound to headers in headers, the others as the JSON
 *   body with `content-type: application/json` (no body for a `Unit` output).
 * - a declared error: the status of its `@httpError`, else 400 for a client fault and 500 for a
 *   server fault; `x-amzn-errortype` naming it; its members as the JSON body.
 * - an `UnknownOperationError`: its own `statusCode` when it carries one (a decoded failure
 *   relayed as it came), else 500, since nothing says the caller was at fault; `x-amzn-errortype`
 *   naming its code; `{ "message": … }` as the body when it has a message.
 *
 * @since 0.2.0
 */
import * as E from 'fp-ts/lib/Either.js';
import { isRecord } from '../../codecs/Json.js';
import { headerOf } from '../Headers.js';
import { JSON_CONTENT_TYPE, bodyError, parseBody } from './Body.js';
import { HEADER_TIMESTAMPS, bindingsOf } from './Bindings.js';
import { ERROR_TYPE_HEADER, errorCodeOf } from './ErrorCode.js';
import { TIMESTAMPS } from './Timestamps.js';
import { textsOf, wireValueOf } from './Text.js';
/** The header that carries the request id. */
export const REQUEST_ID_HEADER = 'x-amzn-requestid';
/** The options of a lenient client-side decode: Smithy's client error correction on. */
const corrected = (options) => ({ ...options, errorCorrection: true });
/** The metadata of any response: its status and `x-amzn-requestid` (the client reports it for successes). */
export const metadataOf = (response) => {
    const statusCode = typeof response === 'object' && response !== null && typeof response.statusCode === 'number' ? response.statusCode : 0;
    const requestId = headerOf(response?.headers, REQUEST_ID_HEADER);
    return requestId === undefined || requestId === '' ? { statusCode } : { statusCode, requestId };
};
const undecodable = (meta, code, errors) => ({
    _tag: 'UndecodableResponse',
    ...meta,
    ...(code === undefined ? {} : { code }),
    errors
});
/** The body's members plus those bound to headers and the status, as one JSON object. */
const withBindings = (bindings, body, response, statusCode) => {
    if (bindings.headers.length === 0 && bindings.statusCode === undefined)
        return body;
    if (!isRecord(body))
        return body;
    const out = {};
    for (const m of bindings.body)
        if (Object.prototype.hasOwnProperty.call(body, m.name))
            out[m.name] = body[m.name];
    for (const m of bindings.headers) {
        const v = headerOf(response.headers, m.httpHeader);
        if (v !== undefined)
            out[m.name] = wireValueOf(m.target, m.target.kind === 'list' ? v.split(',').map((x) => x.trim()) : [v], HEADER_TIMESTAMPS, TIMESTAMPS);
    }
    if (bindings.statusCode !== undefined)
        out[bindings.statusCode.name] = statusCode;
    return out;
};
/**
 * The decoder of an operation's whole HTTP responses (see the module's rules).
 *
 * @category interpreters
 * @since 0.2.0
 */
export const decodeResponse = (output, errors) => {
    const bindings = bindingsOf(output?.ast);
    return (given, options) => {
        let meta = { statusCode: 0 };
        try {
            // Anything that is not an object is a response with no status, headers or body.
            const response = typeof given === 'object' && given !== null ? given : { statusCode: 0 };
            meta = metadataOf(response);
            const parsed = parseBody(response.body, options);
            if (meta.statusCode >= 200 && meta.statusCode < 300) {
                if (output === undefined)
                    return E.right(undefined);
                if (E.isLeft(parsed))
                    return E.left(undecodable(meta, undefined, parsed.left));
                const decoded = output.fromJson(withBindings(bindings, parsed.right, response, meta.statusCode), corrected(options));
                return E.isLeft(decoded) ? E.left(undecodable(meta, undefined, decoded.left)) : decoded;
            }
            const code = errorCodeOf(response.headers, E.isRight(parsed) ? parsed.right : undefined);
            if (code === undefined) {
                return E.left(undecodable(meta, undefined, E.isLeft(parsed) ? parsed.left : bodyError('expected an error code in the x-amzn-errortype header or the body, got none')));
            }
            if (E.isLeft(parsed))
                return E.left(undecodable(meta, code, parsed.left));
            const decoded = errors.fromJson(code, parsed.right, corrected(options));
            return E.left(E.isLeft(decoded) ? undecodable(meta, code, decoded.left) : { ...decoded.right, ...meta });
        }
        catch {
            return E.left(undecodable(meta, undefined, bodyError('expected a response that can be read, got one that threw while it was read')));
        }
    };
};
/** The JSON body of the members left for the body. */
const bodyJson = (bindings, json) => {
    if (bindings.headers.length === 0 && bindings.statusCode === undefined)
        return JSON.stringify(json);
    const rec = json;
    const out = {};
    for (const m of bindings.body)
        if (rec[m.name] !== undefined)
            out[m.name] = rec[m.name];
    return JSON.stringify(out);
};
/**
 * The encoder of an operation's successful responses (see the module's rules).
 *
 * @category interpreters
 * @since 0.2.0
 */
export const encodeResponse = (output, code) => {
    const bindings = bindingsOf(output?.ast);
    return (a) => {
        if (output === undefined)
            return { statusCode: code, headers: {}, body: undefined };
        const headers = { 'content-type': JSON_CONTENT_TYPE };
        const rec = a;
        for (const m of bindings.headers) {
            const v = rec[m.name];
            if (v !== undefined)
                headers[m.httpHeader.toLowerCase()] = textsOf(m.target, v, HEADER_TIMESTAMPS).join(', ');
        }
        const status = bindings.statusCode !== undefined && typeof rec[bindings.statusCode.name] === 'number' ? rec[bindings.statusCode.name] : code;
        return { statusCode: status, headers, body: bindings.hasBody ? bodyJson(bindings, output.toJson(a)) : undefined };
    };
};
/**
 * The encoder of an operation's error responses (see the module's rules).
 *
 * @category interpreters
 * @since 0.2.0
 */
export const encodeError = (errors) => (e) => {
    const tag = e._tag;
    const shape = tag === 'UnknownOperationError' ? undefined : errors.errors.find((x) => x.name === tag);
    if (shape === undefined) {
        const u = e;
        const code = tag === 'UnknownOperationError' ? u.code : tag;
        return {
            statusCode: typeof u.statusCode === 'number' ? u.statusCode : 500,
            headers: { 'content-type': JSON_CONTENT_TYPE, [ERROR_TYPE_HEADER]: code },
            body: JSON.stringify(typeof u.message === 'string' ? { message: u.message } : {})
        };
    }
    return {
        statusCode: shape.httpStatus ?? (shape.fault === 'server' ? 500 : 400),
        headers: { 'content-type': JSON_CONTENT_TYPE, [ERROR_TYPE_HEADER]: shape.name },
        body: JSON.stringify(shape.toJson(e))
    };
};
