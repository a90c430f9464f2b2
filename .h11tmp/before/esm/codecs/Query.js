/**
 * The query interpreter: encodes a value as an AWS query string. Members come in declaration
 * order and absent ones are left out; nested structures are `outer.inner`, lists
 * `name.member.N` (from 1), maps `name.entry.N.key` / `name.entry.N.value`, and an empty list is
 * `name=`. Values are percent-encoded as RFC 3986 says. Two conventions are compile-time
 * parameters, supplied by a protocol: the format of timestamps declared without one, and
 * whether an empty map is `name=` or left out.
 *
 * A union's unknown variant (a member the declaration does not know, kept as parsed) is written
 * by the same rules read off the value itself: `name=text` for a string, number or boolean,
 * `name.member.N` for an array, `name.key` for an object's keys (names and keys
 * percent-encoded), nothing for `null`; the redacted variant writes `name=` and the marker.
 *
 * @since 0.1.0
 */
import { reader } from './Json.js';
import { SENSITIVE, hidesKeys, hidesValue } from './Sensitivity.js';
import { absurd, memoize, unknownVariantOf } from './Schema.js';
import { DEFAULT_TIMESTAMP_FORMAT, formatTimestampText } from './Timestamp.js';
/**
 * Percent-encodes a value as RFC 3986 says: everything but `A–Z a–z 0–9 - _ . ~` (so a space is
 * `%20`, `+` is `%2B`, `/` is `%2F`, `=` is `%3D`). A lone surrogate, which UTF-8 cannot carry,
 * is sent as U+FFFD (as `TextEncoder` and URL serialisers do) instead of throwing.
 *
 * @category encoding
 * @since 0.1.0
 */
export const percentEncode = (s) => {
    let e;
    try {
        e = encodeURIComponent(s);
    }
    catch {
        e = encodeURIComponent(s.replace(LONE_SURROGATE, '\uFFFD'));
    }
    return e.replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
};
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const HIDDEN = percentEncode(SENSITIVE);
/** How deep `rawPairs` goes into a value kept as parsed (deeper levels are left out). */
const MAX_RAW_DEPTH = 100;
/** Writes a value no declaration describes (a union's unknown variant), by what it is. */
const rawPairs = (v, prefix, out, depth) => {
    if (typeof v === 'string')
        out.push(`${prefix}=${percentEncode(v)}`);
    else if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint')
        out.push(`${prefix}=${String(v)}`);
    else if (depth >= MAX_RAW_DEPTH || typeof v !== 'object' || v === null)
        return;
    else if (Array.isArray(v)) {
        if (v.length === 0)
            out.push(`${prefix}=`);
        for (let i = 0; i < v.length; i++)
            rawPairs(v[i], `${prefix}.member.${i + 1}`, out, depth + 1);
    }
    else {
        const o = v;
        for (const k of Object.keys(o))
            rawPairs(o[k], `${prefix}.${percentEncode(k)}`, out, depth + 1);
    }
};
/** What `toQueryString` uses when no conventions are given. */
const PLAIN = { timestamps: DEFAULT_TIMESTAMP_FORMAT, emptyMap: 'pair' };
/** Compiles query encoders; with `redacted`, a sensitive node is one pair whose value is the marker. */
const compile = (redacted, conventions) => {
    const queryEncoderOf = memoize((ast) => {
        if (redacted && hidesValue(ast))
            return (_a, prefix, out) => void out.push(`${prefix}=${HIDDEN}`);
        switch (ast.kind) {
            case 'string':
            case 'enum':
                return (a, prefix, out) => void out.push(`${prefix}=${percentEncode(a)}`);
            case 'integer':
            case 'boolean':
                return (a, prefix, out) => void out.push(`${prefix}=${String(a)}`);
            case 'timestamp': {
                const format = ast.format ?? conventions.timestamps;
                return (a, prefix, out) => void out.push(`${prefix}=${percentEncode(formatTimestampText(format, a))}`);
            }
            case 'list': {
                const member = queryEncoderOf(ast.member);
                return (a, prefix, out) => {
                    const xs = a;
                    if (xs.length === 0)
                        out.push(`${prefix}=`);
                    for (let i = 0; i < xs.length; i++)
                        member(xs[i], `${prefix}.member.${i + 1}`, out);
                };
            }
            case 'map': {
                const key = redacted && hidesKeys(ast) ? (_a, prefix, out) => void out.push(`${prefix}=${HIDDEN}`) : queryEncoderOf(ast.key);
                const value = queryEncoderOf(ast.value);
                return (a, prefix, out) => {
                    const m = a;
                    const keys = Object.keys(m);
                    if (keys.length === 0 && conventions.emptyMap === 'pair')
                        out.push(`${prefix}=`);
                    for (let i = 0; i < keys.length; i++) {
                        const k = keys[i];
                        key(k, `${prefix}.entry.${i + 1}.key`, out);
                        value(m[k], `${prefix}.entry.${i + 1}.value`, out);
                    }
                };
            }
            case 'structure':
            case 'union': {
                const members = ast.members;
                const reads = members.map((m) => reader(m.name));
                const isUnion = ast.kind === 'union';
                return (a, prefix, out) => {
                    const unknown = isUnion ? unknownVariantOf(a) : undefined;
                    if (unknown !== undefined) {
                        const [name, value] = unknown;
                        const at = prefix === '' ? percentEncode(name) : `${prefix}.${percentEncode(name)}`;
                        if (value === undefined || value === null)
                            return;
                        if (redacted)
                            out.push(`${at}=${HIDDEN}`);
                        else
                            rawPairs(value, at, out, 0);
                        return;
                    }
                    const s = a;
                    for (let i = 0; i < members.length; i++) {
                        const m = members[i];
                        const v = reads[i](s);
                        if (v !== undefined)
                            queryEncoderOf(m.target)(v, prefix === '' ? m.name : `${prefix}.${m.name}`, out);
                    }
                };
            }
            default:
                return absurd(ast);
        }
    });
    return queryEncoderOf;
};
/**
 * The compiled query encoder of a node: appends `name=value` pairs under a prefix.
 *
 * @category interpreters
 * @since 0.1.0
 */
export const queryEncoderOf = (ast, conventions = PLAIN) => encoders(false, conventions)(ast);
const made = new Map();
/** The compiler for a redaction and a set of conventions, made once. */
const encoders = (redacted, conventions) => {
    const key = `${String(redacted)} ${conventions.timestamps} ${conventions.emptyMap}`;
    let c = made.get(key);
    if (c === undefined) {
        c = compile(redacted, { timestamps: conventions.timestamps, emptyMap: conventions.emptyMap });
        made.set(key, c);
    }
    return c;
};
/**
 * Encodes a value as a query string (`name=value` pairs joined by `&`); with `redacted`, every
 * sensitive node is one pair whose value is the (percent-encoded) marker.
 *
 * @category interpreters
 * @since 0.1.0
 */
export const toQueryString = (ast, a, options = {}) => {
    const out = [];
    encoders(options.redacted === true, options.conventions ?? PLAIN)(ast)(a, '', out);
    return out.join('&');
};
