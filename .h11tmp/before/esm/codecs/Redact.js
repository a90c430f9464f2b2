/**
 * The redact interpreter: a copy that is safe to log, with every sensitive value replaced by
 * `***SensitiveInformation***`. It walks domain values and raw JSON input alike (both have the
 * declaration's objects and arrays), so errors can redact what they carry too.
 *
 * A union's unknown variant keeps its name and loses its value (`[name, marker]`): nothing says
 * whether it is sensitive. In raw input, the value of every key a union does not declare is
 * hidden the same way (it is that variant on the wire).
 *
 * @since 0.1.0
 */
import { SENSITIVE, containsSensitive, hidesKeys, hidesValue, hidingOf } from './Sensitivity.js';
import { UNKNOWN, absurd, memoize, unknownVariantOf } from './Schema.js';
const isRecord = (u) => typeof u === 'object' && u !== null && !Array.isArray(u) && !(u instanceof Date);
const identity = (u) => u;
const define = (o, k, value) => {
    Object.defineProperty(o, k, { value, enumerable: true, writable: true, configurable: true });
};
const copyWith = (u, at) => {
    const out = {};
    for (const k of Object.keys(u))
        define(out, k, u[k]);
    for (const [name, r] of at) {
        if (Object.prototype.hasOwnProperty.call(u, name) && u[name] !== undefined && u[name] !== null)
            define(out, name, r(u[name]));
    }
    return out;
};
/**
 * Input of the wrong kind where a node holds sensitive members (an array for a structure, a
 * string for a list): its secrets are not where the declaration says, so all of it is hidden.
 */
const hideOther = (u) => (u === undefined || u === null ? u : SENSITIVE);
/** Whether a node may hold something to hide: a sensitive node, or a union (its unknown variant may carry anything). */
const mayHide = memoize((ast) => {
    if (hidingOf(ast).contains)
        return true;
    switch (ast.kind) {
        case 'union':
            return true;
        case 'structure':
            return ast.members.some((m) => mayHide(m.target));
        case 'list':
            return mayHide(ast.member);
        case 'map':
            return mayHide(ast.key) || mayHide(ast.value);
        case 'string':
        case 'enum':
        case 'integer':
        case 'boolean':
        case 'timestamp':
            return false;
        default:
            return absurd(ast);
    }
});
const hideValue = (u) => (u === undefined || u === null ? u : SENSITIVE);
const compile = memoize((ast) => {
    // A map whose keys are hidden is hidden whole: an object cannot hold several hidden keys.
    if (hidesValue(ast) || hidesKeys(ast))
        return hideValue;
    if (!mayHide(ast))
        return identity;
    // Input of the wrong kind is hidden only where the declaration has secrets.
    const other = containsSensitive(ast) ? hideOther : identity;
    switch (ast.kind) {
        case 'structure': {
            const at = ast.members.filter((m) => mayHide(m.target)).map((m) => [m.name, compile(m.target)]);
            return (u) => (isRecord(u) ? copyWith(u, at) : other(u));
        }
        case 'union': {
            const at = ast.members.filter((m) => mayHide(m.target)).map((m) => [m.name, compile(m.target)]);
            const names = new Set(ast.members.map((m) => m.name));
            return (u) => {
                if (!isRecord(u))
                    return other(u);
                const out = copyWith(u, at);
                for (const k of Object.keys(u)) {
                    if (names.has(k))
                        continue;
                    const unknown = k === UNKNOWN ? unknownVariantOf(u) : undefined;
                    define(out, k, unknown !== undefined ? [unknown[0], hideValue(unknown[1])] : hideValue(u[k]));
                }
                return out;
            };
        }
        case 'list': {
            const member = compile(ast.member);
            return (u) => (Array.isArray(u) ? u.map(member) : other(u));
        }
        case 'map': {
            const value = compile(ast.value);
            return (u) => (isRecord(u) ? copyWith(u, Object.keys(u).map((k) => [k, value])) : other(u));
        }
        case 'string':
        case 'enum':
        case 'integer':
        case 'boolean':
        case 'timestamp':
            return identity;
        default:
            return absurd(ast);
    }
});
/**
 * Redacts a value (a domain value or raw input) by its declaration.
 *
 * @category interpreters
 * @since 0.1.0
 */
export const redactBy = (ast, u) => compile(ast)(u);
