/**
 * The IVS Chat client: one method per operation of the model, each a `TaskEither` that never
 * rejects. A call validates and encodes its input (`encodeRequest`), signs it, sends it through
 * `fetch`, retries what the standard retry mode retries, and decodes the answer
 * (`decodeResponse`). Nothing here is written per operation: the methods are derived from the
 * generated `operations` record.
 *
 * @since 0.2.0
 */
import * as E from 'fp-ts/lib/Either.js';
import { operations } from '../shapes/operations.js';
import { metadataOf as responseMetadataOf } from '../protocols/restJson1/Response.js';
import { resolveConfig } from './Config.js';
import { urlOf } from './Endpoint.js';
import { invalidConfiguration, invalidRequest } from './Failure.js';
import { classifyResponse, classifyTransport } from './Retry.js';
import { sign } from './Signing.js';
import { send } from './Transport.js';
/** The service's error code of a failure decoded from a response: an undeclared code, or a declared error's name. */
const errorCodeOf = (f) => {
    const o = f;
    return typeof o.code === 'string' ? o.code : typeof o._tag === 'string' && o._tag !== 'UndecodableResponse' ? o._tag : undefined;
};
const statusOf = (f) => {
    const s = f.statusCode;
    return typeof s === 'number' ? s : 0;
};
const aborted = (attempts) => ({ _tag: 'TransportFailure', reason: 'Aborted', message: 'the call was aborted by its signal', attempts });
/** Waits for the retry policy, unless the caller aborts first (`undefined` either way means stop). */
const nextToken = (config, token, retryClass, signal) => {
    const next = config.retry.retry(token, retryClass);
    if (signal === undefined || retryClass === undefined)
        return next;
    if (signal.aborted)
        return Promise.resolve('aborted');
    return new Promise((resolve) => {
        const onAbort = () => resolve('aborted');
        signal.addEventListener('abort', onAbort, { once: true });
        next.then((t) => {
            signal.removeEventListener('abort', onAbort);
            resolve(t);
        });
    });
};
/** One call with its retries. Never rejects. */
const call = async (config, op, request, signal) => {
    const url = urlOf(config.endpoint, request.path, request.query);
    let token = await config.retry.start();
    for (let attempts = 1;; attempts++) {
        const credentials = await config.credentials();
        if (E.isLeft(credentials))
            return E.left({ ...credentials.left, attempts: attempts - 1 });
        const date = config.now();
        if (!(date instanceof Date) || Number.isNaN(date.getTime()))
            return E.left(invalidConfiguration('now: expected a function returning a valid Date'));
        let headers;
        try {
            headers = await sign(request, config.endpoint, credentials.right, date);
        }
        catch {
            return E.left(invalidConfiguration('the request could not be signed'));
        }
        const sent = await send(config.fetch, url, { method: request.method, headers, body: request.body }, signal, config.timeoutMs);
        let failure;
        let retryClass;
        if (E.isLeft(sent)) {
            failure = { _tag: 'TransportFailure', ...sent.left };
            retryClass = classifyTransport(sent.left.reason);
        }
        else {
            const decoded = op.decodeResponse(sent.right);
            if (E.isRight(decoded)) {
                config.retry.success(token);
                return E.right({ output: decoded.right, response: sent.right, attempts });
            }
            failure = decoded.left;
            retryClass = classifyResponse(statusOf(decoded.left), errorCodeOf(decoded.left));
        }
        const next = await nextToken(config, token, retryClass, signal);
        if (next === 'aborted')
            return E.left(aborted(attempts));
        if (next === undefined)
            return E.left({ ...failure, attempts });
        token = next;
    }
};
const metadataOf = (response, attempts) => ({ ...responseMetadataOf(response), attempts });
const uncapitalize = (s) => s.charAt(0).toLowerCase() + s.slice(1);
/**
 * The client of a record of operations (what `makeClient` does with the generated `operations`).
 *
 * @category constructors
 * @since 0.2.0
 */
export const clientFor = (operations) => (config) => {
    // Checked once; a bad configuration is every call's failure, never an exception here.
    const resolved = resolveConfig(config);
    const plain = {};
    const withMetadata = {};
    for (const op of Object.values(operations)) {
        const run = (input, options) => {
            if (E.isLeft(resolved))
                return Promise.resolve(resolved);
            let encoded;
            try {
                encoded = op.encodeRequest(input);
            }
            catch {
                return Promise.resolve(E.left(invalidRequest(op.name, [])));
            }
            if (E.isLeft(encoded))
                return Promise.resolve(E.left(invalidRequest(op.name, encoded.left)));
            const signal = options?.signal;
            if (signal?.aborted === true)
                return Promise.resolve(E.left(aborted(0)));
            return call(resolved.right, op, encoded.right, signal).catch(() => E.left(invalidConfiguration('the call failed unexpectedly')));
        };
        const name = uncapitalize(op.name);
        plain[name] = (input, options) => () => run(input, options).then((r) => (E.isLeft(r) ? r : E.right(r.right.output)));
        withMetadata[name] = (input, options) => () => run(input, options).then((r) => (E.isLeft(r) ? r : E.right({ output: r.right.output, metadata: metadataOf(r.right.response, r.right.attempts) })));
    }
    return { ...plain, withMetadata };
};
/**
 * Makes an IVS Chat client.
 *
 * @category constructors
 * @since 0.2.0
 */
export const makeClient = clientFor(operations);
