/**
 * Bounded previews of input, for what a `Left` carries (`value`, each context entry's `actual`).
 *
 * A preview never copies the input: it keeps the kind (an array stays an array, an object an
 * object), the first few entries, and strings cut short, within a budget of characters, so a
 * `Left`'s size does not grow with the input. Cyclic, deep or sparse input, Proxies and throwing
 * getters give a preview too (what cannot be read becomes a description), and every preview can
 * be serialised with `JSON.stringify`: no bigint, symbol or function is kept.
 *
 * Reading a preview may still run the input's getters and traps; it catches what they throw.
 *
 * @since 0.2.0
 */
import { SENSITIVE } from './Sensitivity.js';
/**
 * A short description of a value's kind: `a number`, `null`, `an array`. Never throws (a
 * revoked Proxy is `an object`).
 *
 * @category utils
 * @since 0.1.0
 */
export const kindOf = (u) => {
    if (u === null)
        return 'null';
    if (u === undefined)
        return 'nothing';
    switch (typeof u) {
        case 'object':
            try {
                return Array.isArray(u) ? 'an array' : 'an object';
            }
            catch {
                return 'an object';
            }
        case 'string':
            return 'a string';
        case 'number':
            return Number.isFinite(u) ? 'a number' : String(u);
        case 'boolean':
            return 'a boolean';
        case 'bigint':
            return 'a bigint';
        case 'symbol':
            return 'a symbol';
        case 'function':
            return 'a function';
        default:
            return 'a value';
    }
};
/** The characters a preview may spend on its strings, keys and numbers (a few hundred at most in JSON). */
export const PREVIEW_BUDGET = 300;
/** Strings and keys longer than this are cut, with `…` appended. */
const MAX_TEXT = 64;
/** Containers deeper than this are described by their kind. */
const MAX_DEPTH = 3;
/** What a preview holds where reading the input threw. */
export const UNREADABLE = 'input that threw while it was read';
const text = (s) => (s.length > MAX_TEXT ? s.slice(0, MAX_TEXT) + '…' : s);
const define = (o, k, value) => {
    Object.defineProperty(o, k, { value, enumerable: true, writable: true, configurable: true });
};
const cut = (u, depth, mask, budget) => {
    if (u === null || u === undefined)
        return u;
    switch (typeof u) {
        case 'string':
            if (mask)
                return SENSITIVE;
            budget.left -= Math.min(u.length, MAX_TEXT) + 3;
            return text(u);
        case 'number':
        case 'boolean':
            if (mask)
                return SENSITIVE;
            budget.left -= String(u).length + 1;
            return typeof u === 'number' && !Number.isFinite(u) ? String(u) : u;
        case 'bigint':
        case 'symbol':
        case 'function':
            budget.left -= 10;
            return mask ? SENSITIVE : kindOf(u);
        case 'object':
            break;
        default:
            return kindOf(u);
    }
    budget.left -= 2;
    if (Array.isArray(u)) {
        const length = u.length;
        if (depth >= MAX_DEPTH)
            return `an array of ${length}`;
        const out = [];
        let i = 0;
        for (; i < length && budget.left > 0; i++) {
            budget.left -= 1;
            out.push(cut(u[i], depth + 1, mask, budget));
        }
        if (i < length)
            out.push(`…${length - i} more`);
        return out;
    }
    if (u instanceof Date) {
        const t = Date.prototype.getTime.call(u);
        return mask ? SENSITIVE : t === t ? new Date(t) : 'an invalid Date';
    }
    if (depth >= MAX_DEPTH)
        return 'an object';
    const out = {};
    const o = u;
    let more = false;
    // `for…in` stops early; own enumerable keys only.
    for (const k in o) {
        if (!Object.prototype.hasOwnProperty.call(o, k))
            continue;
        if (budget.left <= 0) {
            more = true;
            break;
        }
        budget.left -= Math.min(k.length, MAX_TEXT) + 3;
        define(out, text(k), cut(o[k], depth + 1, mask, budget));
    }
    if (more)
        define(out, '…', 'more');
    return out;
};
/**
 * A bounded preview of a value; with `mask`, every leaf (string, number, boolean, Date) is the
 * marker, so only the kinds and keys show.
 *
 * @category utils
 * @since 0.2.0
 */
export const previewOf = (u, mask = false) => {
    try {
        return cut(u, 0, mask, { left: PREVIEW_BUDGET });
    }
    catch {
        return UNREADABLE;
    }
};
