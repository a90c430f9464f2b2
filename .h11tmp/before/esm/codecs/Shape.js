/**
 * A shape's whole API, derived from its one declaration: `make`, `codec`, `fromJson`,
 * `fromString`, `fromXml`, `toJson`, `toXml`, `toQuery`, `toValue`, `redact`, `is`.
 *
 * @since 0.1.0
 */
import * as E from 'fp-ts/lib/Either.js';
import { codecOf, decoderOf, encoderOf, guardOf, reader, runDecoder, setKey } from './Json.js';
import { FAIL } from './Issue.js';
import { redactBy } from './Redact.js';
import { SENSITIVE } from './Sensitivity.js';
import { standardSchema } from './StandardSchema.js';
import { UNKNOWN, absurd, unknownVariantOf } from './Schema.js';
import { toQueryString } from './Query.js';
import { valueOf } from './Value.js';
import { parseXml, xmlDecoderOf, xmlEncoderOf } from './Xml.js';
import { DEFAULT_TIMESTAMP_FORMAT } from './Timestamp.js';
/**
 * No protocol's conventions: timestamps without a format are RFC 3339 date-times, an XML
 * document's root element holds the shape, an empty map is `name=` in a query string.
 *
 * @category constants
 * @since 0.2.0
 */
export const PLAIN_CONVENTIONS = {
    json: { timestamps: DEFAULT_TIMESTAMP_FORMAT },
    xml: { timestamps: DEFAULT_TIMESTAMP_FORMAT, content: (_root, content) => content },
    query: { timestamps: DEFAULT_TIMESTAMP_FORMAT, emptyMap: 'pair' }
};
/** The default limit on text input. @category constants @since 0.1.0 */
export const DEFAULT_MAX_INPUT_LENGTH = 10 * 1024 * 1024;
const textFailure = (codec, expected, got) => E.left([{ value: undefined, context: codec === undefined ? [] : [{ key: '', type: codec }], message: `(root): expected ${expected}, got ${got}` }]);
/**
 * The `Left` for text input that is not a string or is over the size limit (default 10 MiB),
 * or `undefined` when the text may be parsed.
 *
 * @category utils
 * @since 0.1.0
 */
export const refuseText = (codec, s, options, what) => {
    const o = readOptions(options);
    if (typeof o === 'string')
        return textFailure(codec, OPTIONS_EXPECTED, o);
    if (typeof s !== 'string')
        return textFailure(codec, what, typeof s);
    const max = o.maxInputLength;
    return s.length > max ? textFailure(codec, `at most ${max} characters`, `${s.length}`) : undefined;
};
const DEFAULT_OPTIONS = { strict: undefined, maxInputLength: DEFAULT_MAX_INPUT_LENGTH, errorCorrection: false };
const OPTIONS_EXPECTED = 'options { strict?: boolean, maxInputLength?: a whole number ≥ 0 or Infinity, errorCorrection?: boolean }';
/** Options already read (by `readOptions`) are passed on as they are. */
const READ = new WeakSet([DEFAULT_OPTIONS]);
/**
 * Reads decode options once, safely: each property is read one time, inside a `try` (a throwing
 * getter or Proxy is refused, never thrown), and checked. Returns the options, or a description
 * of what was wrong: `strict` and `errorCorrection` must be booleans, `maxInputLength` a whole
 * number ≥ 0 or `Infinity` (`NaN`, negative or fractional limits are refused, not ignored).
 * `undefined` and `null` mean the defaults.
 *
 * @category utils
 * @since 0.2.0
 */
export const readOptions = (options) => {
    if (options === undefined || options === null)
        return DEFAULT_OPTIONS;
    if (typeof options !== 'object' && typeof options !== 'function')
        return `${typeof options} options`;
    if (READ.has(options))
        return options;
    let strict;
    let max;
    let correction;
    try {
        const o = options;
        strict = o['strict'];
        max = o['maxInputLength'];
        correction = o['errorCorrection'];
    }
    catch {
        return 'options that threw while they were read';
    }
    if (strict !== undefined && typeof strict !== 'boolean')
        return 'a strict option that is not a boolean';
    if (correction !== undefined && typeof correction !== 'boolean')
        return 'an errorCorrection option that is not a boolean';
    if (max !== undefined && !(typeof max === 'number' && max >= 0 && (Number.isInteger(max) || max === Infinity))) {
        return 'a maxInputLength that is not a whole number ≥ 0 or Infinity';
    }
    const read = { strict, maxInputLength: max ?? DEFAULT_MAX_INPUT_LENGTH, errorCorrection: correction === true };
    READ.add(read);
    return read;
};
const modeOf = (shapeMode, options) => options.strict === true ? 'strict' : options.strict === false ? 'lenient' : shapeMode;
/**
 * Runs a decoder so that it never throws: input that throws when read (a Proxy, a getter) is a
 * `Left`. The thrown error is not shown, as it may quote the input.
 *
 * @category utils
 * @since 0.1.0
 */
export const neverThrow = (codec, run) => {
    try {
        return run();
    }
    catch {
        return threw(codec);
    }
};
/** The `Left` of `neverThrow` when its decoder threw (for hot paths that inline the `try`). */
const threw = (codec) => E.left([
    { value: undefined, context: codec === undefined ? [] : [{ key: '', type: codec }], message: '(root): expected input that can be read, got input that threw while it was read' }
]);
/**
 * A value computed on first use and kept: how `shape` defers each direction's compilation.
 *
 * @category utils
 * @since 0.3.0
 */
export const lazy = (compute) => {
    let done = false;
    let r;
    return () => {
        if (!done) {
            r = compute();
            done = true;
        }
        return r;
    };
};
/**
 * The name of the root element `toXml` writes and `fromXml` reads for a shape: a structure's or
 * union's name, the last part of a shape id, or else the node's kind (each one an XML name).
 */
const xmlRootOf = (ast) => ast.kind === 'structure' || ast.kind === 'union' ? ast.name : ast.shapeId !== undefined ? ast.shapeId.slice(ast.shapeId.indexOf('#') + 1) : ast.kind;
/**
 * `make`'s members, with each `@default` decoded once (on the first `make`), from its JSON wire
 * value to the domain value.
 */
const makeMembersOf = (ast, jsonTimestamps) => ast.kind === 'structure' || ast.kind === 'union'
    ? ast.members.map((m) => {
        if (!('default' in m))
            return { name: m.name, read: reader(m.name), hasDefault: false, value: undefined };
        const value = decoderOf(m.target, 'lenient', jsonTimestamps)(m.default, []);
        if (value === FAIL)
            throw new TypeError(`the default of member ${m.name} does not fit its declaration`);
        return { name: m.name, read: reader(m.name), hasDefault: true, value };
    })
    : [];
/**
 * Derives every direction of a shape from its declaration. Nothing is compiled here: each
 * direction (decoder per mode, encoder, guard, io-ts codec, XML encoder, `make`'s decoded
 * defaults, `~standard`) is compiled on its first use and kept, so loading a declaration costs
 * one small object.
 *
 * @category constructors
 * @since 0.1.0
 */
export const shape = (schema, options = {}) => {
    const conventions = options.conventions ?? PLAIN_CONVENTIONS;
    const jsonTimestamps = conventions.json.timestamps;
    const xmlTimestamps = conventions.xml.timestamps;
    const ast = schema.ast;
    const mode = options.mode ?? 'lenient';
    const name = ast.kind === 'structure' || ast.kind === 'union' ? ast.name : (ast.shapeId ?? ast.kind);
    const codec = () => codecOf(ast, mode, jsonTimestamps);
    const encode = lazy(() => encoderOf(ast, jsonTimestamps));
    const guard = lazy(() => guardOf(ast));
    const toXmlContent = lazy(() => xmlEncoderOf(ast, xmlTimestamps));
    const makeMembers = lazy(() => makeMembersOf(ast, jsonTimestamps));
    const xmlRoot = xmlRootOf(ast);
    // The shape's own mode's decoder, compiled on the first decode (this stand-in then replaces
    // itself); the other mode's is looked up per call.
    let ownDecode = (u, is) => {
        ownDecode = decoderOf(ast, mode, jsonTimestamps);
        return ownDecode(u, is);
    };
    // `neverThrow`, inlined: no closure per call on this hot path.
    const fromJson = (u, opts) => {
        const o = opts === undefined ? DEFAULT_OPTIONS : readOptions(opts);
        if (typeof o === 'string')
            return textFailure(codec(), OPTIONS_EXPECTED, o);
        try {
            const m = modeOf(mode, o);
            const corrected = m === 'lenient' && o.errorCorrection;
            return runDecoder(ast, m, m === mode && !corrected ? ownDecode : decoderOf(ast, m, jsonTimestamps, corrected), u, u, jsonTimestamps);
        }
        catch {
            return threw(codec());
        }
    };
    const fromString = (s, opts) => {
        const o = opts === undefined ? DEFAULT_OPTIONS : readOptions(opts);
        if (typeof o === 'string')
            return textFailure(codec(), OPTIONS_EXPECTED, o);
        // The codec (for a failure's context) is compiled only when the text is refused.
        const refused = typeof s === 'string' && s.length <= o.maxInputLength ? undefined : refuseText(codec(), s, o, 'JSON text');
        if (refused !== undefined)
            return refused;
        let u;
        try {
            u = JSON.parse(s);
        }
        catch {
            return textFailure(codec(), 'JSON text', 'text that is not valid JSON');
        }
        return fromJson(u, o);
    };
    const fromXml = (s, opts) => {
        const o = opts === undefined ? DEFAULT_OPTIONS : readOptions(opts);
        if (typeof o === 'string')
            return textFailure(codec(), OPTIONS_EXPECTED, o);
        // The codec (for a failure's context) is compiled only when the text is refused.
        const refused = typeof s === 'string' && s.length <= o.maxInputLength ? undefined : refuseText(codec(), s, o, 'XML text');
        if (refused !== undefined)
            return refused;
        const doc = parseXml(s);
        if ('_tag' in doc)
            return textFailure(codec(), 'an XML document', `one that could not be read (${doc.message})`);
        return neverThrow(codec(), () => decodeXmlContent(self, conventions.xml.content(doc.name, doc.content), o));
    };
    const make = ((given = {}) => {
        // Anything but an object (`null`, a number) gives no members: `is` then says whether that is a value.
        const fields = (typeof given === 'object' && given !== null ? given : {});
        switch (ast.kind) {
            case 'structure':
            case 'union': {
                const out = {};
                for (const m of makeMembers()) {
                    // A member that throws while it is read (a Proxy, a getter) is left out, as absent: `is` then refuses what is missing.
                    let v;
                    try {
                        v = m.read(fields);
                    }
                    catch {
                        v = undefined;
                    }
                    if (v !== undefined)
                        setKey(out, m.name, v);
                    else if (m.hasDefault)
                        setKey(out, m.name, m.value);
                }
                // A union's unknown variant is taken as given.
                let unknown;
                try {
                    unknown = ast.kind === 'union' ? unknownVariantOf(fields) : undefined;
                }
                catch {
                    unknown = undefined;
                }
                if (unknown !== undefined)
                    out[UNKNOWN] = unknown;
                return out;
            }
            case 'string':
            case 'enum':
            case 'integer':
            case 'boolean':
            case 'timestamp':
            case 'list':
            case 'map':
                return given;
            default:
                return absurd(ast);
        }
    });
    const standard = lazy(() => standardSchema(fromJson));
    const self = {
        ast,
        schema,
        name,
        mode,
        conventions,
        get codec() {
            return codec();
        },
        make,
        fromJson,
        fromString,
        fromXml,
        toJson: (a) => encode()(a),
        toXml: (a) => `<${xmlRoot}>${toXmlContent()(a)}</${xmlRoot}>`,
        toQuery: (a) => toQueryString(ast, a, { conventions: conventions.query }),
        toValue: (a) => valueOf(ast)(a),
        redact: (a) => {
            try {
                return redactBy(ast, a);
            }
            catch {
                // What cannot be read (a throwing getter on an undeclared key) is hidden whole, never thrown.
                return SENSITIVE;
            }
        },
        is: (u) => {
            try {
                return guard()(u);
            }
            catch {
                return false;
            }
        },
        get '~standard'() {
            return standard();
        }
    };
    return self;
};
/**
 * Decodes the content of an already parsed XML element as a shape (for envelopes a caller has
 * unwrapped itself, such as an error's `<Error>` element).
 *
 * @category interpreters
 * @since 0.1.0
 */
export const decodeXmlContent = (s, content, options) => {
    const o = readOptions(options);
    if (typeof o === 'string')
        return textFailure(s.codec, OPTIONS_EXPECTED, o);
    const m = modeOf(s.mode, o);
    return runDecoder(s.ast, m, xmlDecoderOf(s.ast, m, s.conventions.xml.timestamps, o.errorCorrection), content, undefined);
};
