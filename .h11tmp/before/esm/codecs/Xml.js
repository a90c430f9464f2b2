/**
 * The XML interpreter: decodes a document whose root element holds the members as child
 * elements named after them, and encodes the same form. Envelopes (awsQuery's
 * `<XResponse><XResult>…`) are a protocol's business: `src/protocols/AwsQuery.ts` unwraps them.
 *
 * `./XmlReader.ts` reads the text (XML 1.0, without a DOCTYPE) into a tree of text and every
 * element as an array, so the declaration alone decides what a text node means (`0123` stays
 * text until the schema asks for an integer) and a list with one `<member>` is still a list.
 * Lists are `<member>` children, maps `<entry><key/><value/></entry>` children; unknown elements
 * and attributes are ignored. A document with a DOCTYPE is refused: AWS never sends one, and
 * refusing it rules out every entity expansion.
 *
 * @since 0.1.0
 */
import { INT32, checkLength, enumCheck, isInt32, rangeCheck, stringCheck } from './Constraints.js';
import { FAIL, SENSITIVE, fail, under } from './Issue.js';
import { hidesKeys, hidesValue } from './Sensitivity.js';
import { compileMembers, decodeMembers, decodeUnion, decoderOf, perParameter, reader, setKey, zeroOf } from './Json.js';
import { absurd, memoize, nameOf, unknownVariantOf } from './Schema.js';
import { DEFAULT_TIMESTAMP_FORMAT, describeFormat, formatTimestampText, parseTimestampText } from './Timestamp.js';
import { NOT_XML_CHAR, readXml } from './XmlReader.js';
/** How deep a document may nest before it is refused. @category constants @since 0.1.0 */
export const MAX_XML_DEPTH = 100;
/**
 * Parses a document and returns its root element's name and content, or why it could not (in
 * the library's words, with a line and column; never a quote of the text). At most
 * `MAX_XML_DEPTH` levels of elements, the root included. What is accepted: `./XmlReader.ts`.
 *
 * @category parsing
 * @since 0.1.0
 */
export const parseXml = (s) => readXml(s, MAX_XML_DEPTH);
const isWhitespace = (s) => s.trim() === '';
/** An element's children, or undefined when it holds non-blank text and no elements. */
const childrenOf = (c) => (typeof c === 'string' ? (isWhitespace(c) ? {} : undefined) : c);
/** An element's text: its whole text when it has no child elements, else its `#text`. */
const textOf = (c) => {
    if (typeof c === 'string')
        return c;
    const t = c['#text'];
    if (typeof t === 'string')
        return t;
    return Object.keys(c).length === 0 ? '' : undefined;
};
/**
 * The child elements of a parsed element that have a given name (none when it has none).
 *
 * @category parsing
 * @since 0.2.0
 */
export const elements = (r, name) => {
    const v = Object.prototype.hasOwnProperty.call(r, name) ? r[name] : undefined;
    return Array.isArray(v) ? v : [];
};
const xmlReader = (name) => (u) => elements(u, name)[0];
const isAbsent = (v) => v === undefined;
/** A union's undeclared child element is kept as its first occurrence's content; text is never a member. */
const xmlUnionKeys = { isAbsent, read: (r, k) => elements(r, k)[0], ignored: (k) => k === '#text' };
const INTEGER_TEXT = /^[+-]?[0-9]+$/;
const compileXml = (mode, timestamps, correct = false) => {
    // Error correction (lenient mode only): a missing required member takes its zero value.
    const zero = correct && mode === 'lenient' ? (ast) => zeroOf(ast, timestamps) : undefined;
    // Defaults are JSON wire values, decoded leniently in the same timestamp convention.
    const lenientJson = (ast) => decoderOf(ast, 'lenient', timestamps);
    const self = memoize((ast) => {
        const text = (expected, then) => (u, is) => {
            const s = textOf(u);
            return s === undefined ? fail(is, ast, expected, u, 'child elements') : then(s, is);
        };
        switch (ast.kind) {
            case 'string': {
                const check = stringCheck(ast, mode);
                return text('text', (s, is) => {
                    const v = check?.(s);
                    return v === undefined ? s : fail(is, ast, v.expected, s, v.got);
                });
            }
            case 'enum': {
                const check = enumCheck(ast, mode);
                return text('text', (s, is) => {
                    const v = check?.(s);
                    return v === undefined ? s : fail(is, ast, v.expected, s, v.got);
                });
            }
            case 'integer': {
                const check = rangeCheck(ast, mode);
                return text(INT32, (s, is) => {
                    const n = INTEGER_TEXT.test(s) ? Number(s) : NaN;
                    if (!isInt32(n))
                        return fail(is, ast, INT32, s);
                    const v = check?.(n);
                    return v === undefined ? n : fail(is, ast, v.expected, s, v.got);
                });
            }
            case 'boolean':
                return text('true or false', (s, is) => (s === 'true' ? true : s === 'false' ? false : fail(is, ast, 'true or false', s)));
            case 'timestamp': {
                const format = ast.format ?? timestamps;
                const expected = describeFormat(format);
                return text(expected, (s, is) => {
                    const ms = parseTimestampText(format, s);
                    return ms === ms ? new Date(ms) : fail(is, ast, expected, s);
                });
            }
            case 'list': {
                const member = self(ast.member);
                const length = mode === 'strict' ? ast.length : undefined;
                const expected = `<member> elements (${nameOf(ast)})`;
                return (u, is) => {
                    const r = childrenOf(u);
                    if (r === undefined)
                        return fail(is, ast, expected, u, 'text');
                    const items = elements(r, 'member');
                    if (length !== undefined) {
                        const v = checkLength(length, items.length, 'size');
                        if (v !== undefined)
                            return fail(is, ast, v.expected, u, v.got);
                    }
                    const out = new Array(items.length);
                    let ok = true;
                    for (let i = 0; i < items.length; i++) {
                        const from = is.length;
                        const x = member(items[i], is);
                        if (x === FAIL) {
                            under(is, from, i, ast);
                            ok = false;
                        }
                        else
                            out[i] = x;
                    }
                    return ok ? out : FAIL;
                };
            }
            case 'map': {
                const key = self(ast.key);
                const value = self(ast.value);
                const length = mode === 'strict' ? ast.length : undefined;
                const expected = `<entry> elements (${nameOf(ast)})`;
                return (u, is) => {
                    const r = childrenOf(u);
                    if (r === undefined)
                        return fail(is, ast, expected, u, 'text');
                    const entries = elements(r, 'entry');
                    if (length !== undefined) {
                        const v = checkLength(length, entries.length, 'size');
                        if (v !== undefined)
                            return fail(is, ast, v.expected, u, v.got);
                    }
                    const out = {};
                    let ok = true;
                    for (let i = 0; i < entries.length; i++) {
                        const from = is.length;
                        const e = childrenOf(entries[i]);
                        const k = e === undefined ? undefined : elements(e, 'key')[0];
                        const v = e === undefined ? undefined : elements(e, 'value')[0];
                        if (k === undefined || v === undefined) {
                            fail(is, ast, 'an <entry> with a <key> and a <value>', entries[i], 'an incomplete entry');
                            under(is, from, i, ast);
                            ok = false;
                            continue;
                        }
                        const kr = key(k, is);
                        const vr = value(v, is);
                        if (kr === FAIL || vr === FAIL) {
                            under(is, from, typeof kr === 'string' ? kr : i, ast, true);
                            ok = false;
                        }
                        else
                            setKey(out, kr, vr);
                    }
                    return ok ? out : FAIL;
                };
            }
            case 'structure': {
                let members;
                const expected = `child elements (${ast.name})`;
                return (u, is) => {
                    members ??= compileMembers(ast.members, self, lenientJson, xmlReader, zero);
                    const r = childrenOf(u);
                    return r === undefined ? fail(is, ast, expected, u, 'text') : decodeMembers(ast, members, r, is, isAbsent);
                };
            }
            case 'union': {
                let members;
                const names = new Set(ast.members.map((m) => m.name));
                const expected = `child elements (${ast.name})`;
                return (u, is) => {
                    members ??= compileMembers(ast.members, self, lenientJson, xmlReader);
                    const r = childrenOf(u);
                    return r === undefined ? fail(is, ast, expected, u, 'text') : decodeUnion(ast, members, names, r, is, mode, xmlUnionKeys);
                };
            }
            default:
                return absurd(ast);
        }
    });
    return self;
};
const lenientXml = perParameter((timestamps) => compileXml('lenient', timestamps));
const strictXml = perParameter((timestamps) => compileXml('strict', timestamps));
const correctedXml = perParameter((timestamps) => compileXml('lenient', timestamps, true));
/**
 * The compiled XML decoder of a node for a mode: element content → domain value. `timestamps` is
 * the format of timestamps declared without one (a protocol's default). `errorCorrection`
 * (lenient mode only) fills a missing required member with its zero value (see `zeroOf`).
 * Compiled once per node, mode, timestamp default and correction.
 *
 * @category interpreters
 * @since 0.1.0
 */
export const xmlDecoderOf = (ast, mode, timestamps = DEFAULT_TIMESTAMP_FORMAT, errorCorrection = false) => (mode === 'strict' ? strictXml(timestamps) : errorCorrection ? correctedXml(timestamps) : lenientXml(timestamps))(ast);
// -------------------------------------------------------------------------------------
// encoding
// -------------------------------------------------------------------------------------
const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#xD;' };
/** What `escapeXml` rewrites: the markup characters, carriage returns, and what XML 1.0 cannot carry. */
const TO_ESCAPE = new RegExp(`[&<>\\r]|${NOT_XML_CHAR.source}`, 'g');
/** U+FFFD REPLACEMENT CHARACTER: what a code unit XML 1.0 cannot carry is written as. */
const REPLACEMENT = '\uFFFD';
/**
 * Escapes text for element content: `&`, `<`, `>`, and carriage returns (which a parser would
 * otherwise normalise away) as references.
 *
 * Total, and its output is always well-formed XML 1.0 content. A code unit that XML 1.0 cannot
 * carry at all, raw or as a reference (U+0000–U+0008, U+000B, U+000C, U+000E–U+001F, U+FFFE,
 * U+FFFF, a lone surrogate), is written as U+FFFD, one per code unit, as a UTF-8 encoder writes
 * a lone surrogate: so `toXml` never writes a document that a conforming reader (ours included)
 * refuses, and `fromXml(toXml(x))` gives `x` back exactly when its strings hold only XML
 * characters. A caller that must not lose such characters checks its strings first, or uses JSON.
 *
 * @category encoding
 * @since 0.1.0
 */
export const escapeXml = (s) => s.replace(TO_ESCAPE, (c) => ESCAPES[c] ?? REPLACEMENT);
/** Element names written for a union's unknown variant: what an XML parser gives (no `<`, `&`, spaces). */
const XML_NAME = /^[A-Za-z_][A-Za-z0-9_.:-]*$/;
/**
 * Writes a value kept as parsed (a union's unknown variant): text as text; an object as child
 * elements by name, an array under a name being that element repeated (the form this module's
 * parser gives, so an XML-read variant goes back as it came, apart from the order of differently
 * named children); a top-level array as `<member>` elements; `null` as nothing. Keys that are
 * not XML names are left out, and so is anything nested deeper than `MAX_XML_DEPTH`.
 */
const rawXml = (v, depth) => {
    if (typeof v === 'string')
        return escapeXml(v);
    if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint')
        return String(v);
    if (depth >= MAX_XML_DEPTH || typeof v !== 'object' || v === null)
        return '';
    if (Array.isArray(v))
        return v.map((x) => `<member>${rawXml(x, depth + 1)}</member>`).join('');
    const o = v;
    let out = '';
    for (const k of Object.keys(o)) {
        const x = o[k];
        if (k === '#text')
            out += typeof x === 'string' ? escapeXml(x) : '';
        else if (XML_NAME.test(k))
            for (const c of Array.isArray(x) ? x : [x])
                out += `<${k}>${rawXml(c, depth + 1)}</${k}>`;
    }
    return out;
};
/** Compiles XML encoders; with `redacted`, a sensitive node's content is the marker. */
const compileXmlEncoder = (redacted, timestamps) => {
    const xmlEncoderOf = memoize((ast) => {
        if (redacted && hidesValue(ast))
            return () => escapeXml(SENSITIVE);
        switch (ast.kind) {
            case 'string':
            case 'enum':
                return (a) => escapeXml(a);
            case 'integer':
            case 'boolean':
                return (a) => String(a);
            case 'timestamp': {
                const format = ast.format ?? timestamps;
                return (a) => formatTimestampText(format, a);
            }
            case 'list': {
                const member = xmlEncoderOf(ast.member);
                return (a) => a.map((x) => `<member>${member(x)}</member>`).join('');
            }
            case 'map': {
                const key = redacted && hidesKeys(ast) ? () => escapeXml(SENSITIVE) : xmlEncoderOf(ast.key);
                const value = xmlEncoderOf(ast.value);
                return (a) => {
                    const m = a;
                    return Object.keys(m)
                        .map((k) => `<entry><key>${key(k)}</key><value>${value(m[k])}</value></entry>`)
                        .join('');
                };
            }
            case 'structure':
            case 'union': {
                const members = ast.members;
                const reads = members.map((m) => reader(m.name));
                const isUnion = ast.kind === 'union';
                return (a) => {
                    // A union's unknown variant is one element named after it, when its name is an XML name.
                    const unknown = isUnion ? unknownVariantOf(a) : undefined;
                    if (unknown !== undefined) {
                        const [name, value] = unknown;
                        return XML_NAME.test(name) ? `<${name}>${redacted ? escapeXml(SENSITIVE) : rawXml(value, 0)}</${name}>` : '';
                    }
                    const s = a;
                    let out = '';
                    for (let i = 0; i < members.length; i++) {
                        const m = members[i];
                        const v = reads[i](s);
                        if (v !== undefined)
                            out += `<${m.name}>${xmlEncoderOf(m.target)(v)}</${m.name}>`;
                    }
                    return out;
                };
            }
            default:
                return absurd(ast);
        }
    });
    return xmlEncoderOf;
};
const xmlEncoders = perParameter((timestamps) => compileXmlEncoder(false, timestamps));
const redactedXmlEncoders = perParameter((timestamps) => compileXmlEncoder(true, timestamps));
/**
 * The compiled XML encoder of a node: domain value → element content; `timestamps` is the format
 * of timestamps declared without one.
 *
 * @category interpreters
 * @since 0.1.0
 */
export const xmlEncoderOf = (ast, timestamps = DEFAULT_TIMESTAMP_FORMAT) => xmlEncoders(timestamps)(ast);
/**
 * The compiled XML encoder of a node that is safe to print: the content of every sensitive node
 * is `***SensitiveInformation***`.
 *
 * @category interpreters
 * @since 0.1.0
 */
export const redactedXmlEncoderOf = (ast, timestamps = DEFAULT_TIMESTAMP_FORMAT) => redactedXmlEncoders(timestamps)(ast);
