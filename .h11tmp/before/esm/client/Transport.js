/**
 * One attempt over HTTP through a `fetch` function (Node's global one by default): the whole
 * response read into memory, or why there is none. An attempt ends at `timeoutMs` (`Timeout`),
 * when the caller's signal aborts (`Aborted`), or when the connection fails (`Network`).
 *
 * @since 0.2.0
 */
import * as E from 'fp-ts/lib/Either.js';
const SYSTEM_CODE = /^[A-Z][A-Z0-9_]*$/;
/** The system error code under a fetch error (`cause.code`, or the error's own), when it looks like one. */
const codeOf = (e) => {
    for (let x = e, depth = 0; typeof x === 'object' && x !== null && depth < 4; x = x.cause, depth++) {
        const code = x.code;
        if (typeof code === 'string' && SYSTEM_CODE.test(code))
            return code;
    }
    return undefined;
};
const failure = (reason, code, message) => code === undefined ? { reason, message } : { reason, code, message };
const describe = (e, caller, timeout, timeoutMs) => {
    if (caller?.aborted === true)
        return failure('Aborted', undefined, 'the call was aborted by its signal');
    if (timeout?.aborted === true)
        return failure('Timeout', undefined, `no complete response within ${timeoutMs} ms`);
    const code = codeOf(e);
    // The fetch error's own text is left out: it is the library's wording, and the code says it.
    return failure('Network', code, code === undefined ? 'the request failed before a complete response' : `the request failed before a complete response (${code})`);
};
/** The signal of an attempt with neither a caller's signal nor a timeout: never aborts. */
const NEVER = new AbortController().signal;
const headersOf = (h) => {
    const out = {};
    h.forEach((value, name) => {
        out[name.toLowerCase()] = value;
    });
    return out;
};
/**
 * Sends one request and reads its whole response. Never rejects.
 */
export const send = async (fetch, url, init, caller, timeoutMs) => {
    if (caller?.aborted === true)
        return E.left(describe(undefined, caller, undefined, timeoutMs));
    const timeout = timeoutMs === undefined ? undefined : AbortSignal.timeout(timeoutMs);
    const signal = timeout === undefined ? (caller ?? NEVER) : caller === undefined ? timeout : AbortSignal.any([caller, timeout]);
    try {
        const response = await fetch(url, init.body === undefined ? { method: init.method, headers: init.headers, signal } : { method: init.method, headers: init.headers, body: init.body, signal });
        const body = new Uint8Array(await response.arrayBuffer());
        return E.right({ statusCode: response.status, headers: headersOf(response.headers), body });
    }
    catch (e) {
        return E.left(describe(e, caller, timeout, timeoutMs));
    }
};
