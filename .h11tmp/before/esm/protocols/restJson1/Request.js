/**
 * restJson1 requests, both ways.
 *
 * Writing (`encodeRequest`, a client's side): the input is first checked strictly (types,
 * `@required`, and the model's `length`, `range`, `pattern` and enum values; a value bound
 * outside the body may not hold a lone surrogate, which percent-encoded UTF-8 cannot carry), and
 * a `Left` means nothing is to be sent. Then:
 * - `method`: the `@http` method;
 * - `path`: the `@http` URI with its labels filled in, percent-encoded (see `Uri.ts`);
 * - `query`: the pattern's literal query, then each `@httpQuery` member in declaration order as
 *   `name=value`, both percent-encoded as RFC 3986 says (a space is `%20`); a list repeats its
 *   name once per item, in order, and an empty list adds nothing (Smithy: "each value … as a
 *   separate key-value pair"); `''` when there is nothing;
 * - `headers`: lower-case names; `@httpHeader` members (a list joined by `, `);
 *   `content-type: application/json` exactly when a body is sent;
 * - `body`: the JSON of the members left for the body, in declaration order (see `Bindings.ts`
 *   for when it is `{}` and when there is none).
 *
 * Reading (`decodeRequest`, a server's side, independent of any router): given the operation,
 * the path must match its URI pattern (labels percent-decoded), the query is read pair by pair
 * (names and values percent-decoded; a member that is not a list may appear once), the body is
 * read as JSON when the operation has one (members bound elsewhere are not read from it), and
 * the whole input is decoded strictly. A required list bound to the query that has no pair
 * decodes as an empty list: an empty list is sent as no pair, so the wire cannot tell the two
 * apart. Any problem is a `ValidationException` value (reason `FIELD_VALIDATION_FAILED`) whose
 * `fieldList` names every bad field by its member path (`userId`, `tagKeys.0`; a map's entry by
 * the map's path, `tags`), with this library's own messages; neither quotes anything the request
 * holds (see `FieldList.ts`).
 *
 * @since 0.2.0
 */
import * as E from 'fp-ts/lib/Either.js';
import { percentEncode } from '../../codecs/Query.js';
import { isRecord } from '../../codecs/Json.js';
import { headerOf } from '../Headers.js';
import { JSON_CONTENT_TYPE, parseBody } from './Body.js';
import { WHOLE_REQUEST, fieldListOf } from './FieldList.js';
import { HEADER_TIMESTAMPS, LABEL_TIMESTAMPS, QUERY_TIMESTAMPS, bindingsOf } from './Bindings.js';
import { TIMESTAMPS } from './Timestamps.js';
import { textsOf, wireValueOf } from './Text.js';
import { buildPath, matchPath, percentDecode } from './Uri.js';
const labelError = (input, x, name) => [
    {
        value: '',
        context: [
            { key: '', type: input.codec, actual: x },
            { key: name, type: input.codec, actual: '' }
        ],
        message: `${name}: expected a non-empty value (it fills a label of the URI), got an empty string`
    }
];
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const notUtf8 = (input, x, name) => [
    {
        value: undefined,
        context: [
            { key: '', type: input.codec, actual: x },
            { key: name, type: input.codec, actual: undefined }
        ],
        message: `${name}: expected text that UTF-8 can carry (it travels outside the body), got text with a lone surrogate`
    }
];
const encodeFailure = [{ value: undefined, context: [], message: '(root): expected a value of the input shape, got one that could not be encoded' }];
/**
 * The encoder of an operation's requests (see the module's rules).
 *
 * @category interpreters
 * @since 0.2.0
 */
export const encodeRequest = (input, http, pattern) => {
    const bindings = bindingsOf(input?.ast);
    return (x) => {
        const literal = pattern.query;
        if (input === undefined) {
            const built = buildPath(pattern, () => undefined);
            return E.right({ method: http.method, path: 'path' in built ? built.path : '/', query: literal, headers: {}, body: undefined });
        }
        let json;
        try {
            json = input.toJson(x);
        }
        catch {
            return E.left(encodeFailure);
        }
        const checked = input.fromJson(json, { strict: true });
        if (E.isLeft(checked))
            return checked;
        const value = checked.right;
        const built = buildPath(pattern, (name) => {
            const m = bindings.labels.find((l) => l.name === name);
            const v = m === undefined ? undefined : value[m.name];
            return v === undefined || m === undefined ? undefined : textsOf(m.target, v, LABEL_TIMESTAMPS)[0];
        });
        if ('emptyLabel' in built)
            return E.left(labelError(input, x, built.emptyLabel));
        // A value outside the body is percent-encoded UTF-8, which cannot carry a lone surrogate: refused, never replaced.
        for (const m of [...bindings.labels, ...bindings.query, ...bindings.headers]) {
            const v = value[m.name];
            if (v !== undefined && textsOf(m.target, v, QUERY_TIMESTAMPS).some((s) => LONE_SURROGATE.test(s))) {
                return E.left(notUtf8(input, x, m.name));
            }
        }
        const pairs = literal === '' ? [] : [literal];
        for (const m of bindings.query) {
            const v = value[m.name];
            if (v === undefined)
                continue;
            for (const s of textsOf(m.target, v, QUERY_TIMESTAMPS))
                pairs.push(`${percentEncode(m.httpQuery)}=${percentEncode(s)}`);
        }
        const headers = {};
        for (const m of bindings.headers) {
            const v = value[m.name];
            if (v !== undefined)
                headers[m.httpHeader.toLowerCase()] = textsOf(m.target, v, HEADER_TIMESTAMPS).join(', ');
        }
        let body;
        if (bindings.hasBody) {
            const rec = json;
            const out = {};
            for (const m of bindings.body)
                if (rec[m.name] !== undefined)
                    out[m.name] = rec[m.name];
            body = JSON.stringify(out);
            headers['content-type'] = JSON_CONTENT_TYPE;
        }
        return E.right({ method: http.method, path: built.path, query: pairs.join('&'), headers, body });
    };
};
/** The query's pairs, names and values percent-decoded; `undefined` for a pair that is malformed. */
const queryPairs = (query) => query === ''
    ? []
    : query.split('&').flatMap((pair) => {
        if (pair === '')
            return [];
        const eq = pair.indexOf('=');
        const name = percentDecode(eq >= 0 ? pair.slice(0, eq) : pair);
        return name === undefined ? [] : [[name, percentDecode(eq >= 0 ? pair.slice(eq + 1) : '')]];
    });
const validationError = (fieldList) => {
    const names = [...new Set(fieldList.map((f) => f.name))];
    return {
        _tag: 'ValidationException',
        message: `The request has ${names.length} invalid field${names.length === 1 ? '' : 's'}: ${names.join(', ')}.`,
        reason: 'FIELD_VALIDATION_FAILED',
        fieldList
    };
};
/**
 * The decoder of an operation's requests on a server (see the module's rules).
 *
 * @category interpreters
 * @since 0.2.0
 */
export const decodeRequest = (input, pattern) => {
    const bindings = bindingsOf(input?.ast);
    return (request) => {
        try {
            let path = typeof request.path === 'string' ? request.path : '';
            let query = typeof request.query === 'string' ? request.query : '';
            const q = path.indexOf('?');
            if (q >= 0) {
                if (request.query === undefined)
                    query = path.slice(q + 1);
                path = path.slice(0, q);
            }
            const labels = matchPath(pattern, path);
            if (labels === undefined) {
                const names = pattern.labels.length === 0 ? ['path'] : pattern.labels;
                return E.left(validationError(names.map((name) => ({ name, message: 'expected a path that matches the URI of the operation, got one that does not' }))));
            }
            if (input === undefined)
                return E.right(undefined);
            const problems = [];
            const obj = {};
            if (bindings.hasBody) {
                const parsed = parseBody(request.body, undefined);
                if (E.isLeft(parsed))
                    return E.left(validationError(fieldListOf(undefined, parsed.left)));
                if (!isRecord(parsed.right))
                    return E.left(validationError([{ name: WHOLE_REQUEST, message: 'expected a JSON object, got another JSON value' }]));
                for (const m of bindings.body)
                    if (Object.prototype.hasOwnProperty.call(parsed.right, m.name))
                        obj[m.name] = parsed.right[m.name];
            }
            for (const m of bindings.labels) {
                const v = labels[m.name];
                if (v !== undefined)
                    obj[m.name] = wireValueOf(m.target, [v], LABEL_TIMESTAMPS, TIMESTAMPS);
            }
            const pairs = queryPairs(query);
            for (const m of bindings.query) {
                const values = pairs.filter(([k]) => k === m.httpQuery);
                if (values.some(([, v]) => v === undefined)) {
                    problems.push({ name: m.name, message: 'expected percent-encoded UTF-8 text, got malformed escapes' });
                    continue;
                }
                const texts = values.map(([, v]) => v);
                if (m.target.kind === 'list') {
                    if (texts.length > 0 || m.required)
                        obj[m.name] = wireValueOf(m.target, texts, QUERY_TIMESTAMPS, TIMESTAMPS);
                }
                else if (texts.length > 1)
                    problems.push({ name: m.name, message: `expected one value, got ${texts.length}` });
                else if (texts.length === 1)
                    obj[m.name] = wireValueOf(m.target, texts, QUERY_TIMESTAMPS, TIMESTAMPS);
            }
            for (const m of bindings.headers) {
                const v = headerOf(request.headers, m.httpHeader);
                if (v !== undefined)
                    obj[m.name] = wireValueOf(m.target, m.target.kind === 'list' ? v.split(',').map((s) => s.trim()) : [v], HEADER_TIMESTAMPS, TIMESTAMPS);
            }
            const decoded = input.fromJson(obj, { strict: true });
            const fields = [...problems, ...(E.isLeft(decoded) ? fieldListOf(input.ast, decoded.left) : [])];
            if (fields.length > 0)
                return E.left(validationError(fields));
            return decoded;
        }
        catch {
            return E.left(validationError([{ name: WHOLE_REQUEST, message: 'expected a request that can be read, got one that threw while it was read' }]));
        }
    };
};
