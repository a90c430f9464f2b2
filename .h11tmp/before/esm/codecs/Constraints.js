import { hidesValue } from './Sensitivity.js';
/**
 * Counts a string's length the way Smithy does: in Unicode code points (a surrogate pair is one,
 * a lone surrogate is one).
 *
 * @category utils
 * @since 0.1.0
 */
export const codePointLength = (s) => {
    let n = s.length;
    for (let i = 0; i < s.length - 1; i++) {
        const c = s.charCodeAt(i);
        if (c >= 0xd800 && c <= 0xdbff) {
            const d = s.charCodeAt(i + 1);
            if (d >= 0xdc00 && d <= 0xdfff) {
                n--;
                i++;
            }
        }
    }
    return n;
};
/**
 * Describes bounds for people: `between 1 and 128`, `at least 1`, `at most 50`.
 *
 * @category utils
 * @since 0.1.0
 */
export const describeBounds = (b) => b.min !== undefined && b.max !== undefined
    ? b.min === b.max
        ? `exactly ${b.min}`
        : `between ${b.min} and ${b.max}`
    : b.min !== undefined
        ? `at least ${b.min}`
        : `at most ${b.max}`;
const within = (b, n) => (b.min === undefined || n >= b.min) && (b.max === undefined || n <= b.max);
/**
 * Checks a length (of a string, list or map) against a `length` trait.
 *
 * @category checks
 * @since 0.1.0
 */
export const checkLength = (b, n, what) => within(b, n) ? undefined : { expected: `${what} ${describeBounds(b)}`, got: `${what} ${n}` };
/**
 * Compiles a string node's `length` and `pattern` into one check; `undefined` when the node has
 * neither or the mode is lenient.
 *
 * @category checks
 * @since 0.1.0
 */
export const stringCheck = (ast, mode) => {
    if (mode === 'lenient' || (ast.length === undefined && ast.pattern === undefined))
        return undefined;
    const length = ast.length;
    const re = ast.pattern === undefined ? undefined : new RegExp(ast.pattern, 'u');
    const pattern = ast.pattern;
    return (s) => {
        if (length !== undefined) {
            const v = checkLength(length, codePointLength(s), 'length');
            if (v !== undefined)
                return v;
        }
        if (re !== undefined && !re.test(s)) {
            return { expected: `a string matching the pattern ${pattern}`, got: `a string of length ${codePointLength(s)} that does not match` };
        }
        return undefined;
    };
};
/**
 * Compiles an enum node's allowed values into a check; `undefined` in lenient mode, where an
 * unknown value is kept as a string.
 *
 * @category checks
 * @since 0.1.0
 */
export const enumCheck = (ast, mode) => {
    if (mode === 'lenient')
        return undefined;
    const allowed = new Set(ast.values);
    const expected = `one of ${ast.values.map((v) => JSON.stringify(v)).join(', ')}`;
    return (s) => (allowed.has(s) ? undefined : { expected, got: hidesValue(ast) ? 'another value' : JSON.stringify(s.length > 60 ? s.slice(0, 60) + '…' : s) });
};
/**
 * Compiles an integer node's `range` into a check; `undefined` when there is none or the mode is
 * lenient.
 *
 * @category checks
 * @since 0.1.0
 */
export const rangeCheck = (ast, mode) => {
    const range = ast.range;
    if (mode === 'lenient' || range === undefined)
        return undefined;
    return (n) => (within(range, n) ? undefined : { expected: `a value ${describeBounds(range)}`, got: hidesValue(ast) ? 'a value out of range' : String(n) });
};
/**
 * Whether a number is a Smithy `integer`: a whole number in the signed 32-bit range.
 *
 * @category checks
 * @since 0.1.0
 */
export const isInt32 = (n) => Number.isInteger(n) && n >= -2147483648 && n <= 2147483647;
/** What an integer is expected to be, for messages. @category checks @since 0.1.0 */
export const INT32 = 'a 32-bit integer';
