const isPairs = (h) => Array.isArray(h);
const isForEach = (h) => typeof h === 'object' && h !== null && typeof h.forEach === 'function';
/**
 * Every header as a lower-case name and its value (repeated headers joined by `,`).
 *
 * @category utils
 * @since 0.2.0
 */
export const headersOf = (headers) => {
    const out = new Map();
    const add = (name, value) => {
        if (typeof name !== 'string')
            return;
        const values = typeof value === 'string' ? [value] : Array.isArray(value) ? Object.values(value).filter((x) => typeof x === 'string') : [];
        if (values.length === 0)
            return;
        const k = name.toLowerCase();
        const before = out.get(k);
        out.set(k, before === undefined ? values.join(',') : [before, ...values].join(','));
    };
    try {
        if (headers === undefined || headers === null || typeof headers !== 'object')
            return out;
        if (isPairs(headers)) {
            for (const pair of Object.values(headers))
                if (Array.isArray(pair))
                    add(pair[0], pair[1]);
        }
        else if (isForEach(headers)) {
            headers.forEach((value, name) => add(name, value));
        }
        else {
            const rec = headers;
            for (const k of Object.keys(rec))
                add(k, rec[k]);
        }
    }
    catch {
        // Headers that throw when read (a Proxy, a getter) are read as far as they go.
    }
    return out;
};
/**
 * One header's value, or `undefined` when it is absent.
 *
 * @category utils
 * @since 0.2.0
 */
export const headerOf = (headers, name) => headersOf(headers).get(name.toLowerCase());
