/**
 * What is hidden, decided once per declaration node and read by every interpreter that can show
 * data: `redact`, the redacted value tree, the redacted query string, error messages, `Left`
 * values and context entries, and the CLI's redacted output.
 *
 * The rule (Smithy `@sensitive`):
 *
 * - `value`: a sensitive node hides its whole value, and everything below it (a sensitive
 *   structure, list or map is hidden as one; a sensitive member of a union too).
 * - `keys`: a map hides its keys when the map is sensitive or its key shape is. Where a format
 *   lists entries (the value tree, query strings, error paths), each key is the marker and the
 *   values show as their own declarations say; where keys must be distinct (`redact`'s object),
 *   the map is replaced by the marker.
 * - `contains`: a node holds something to hide (it is sensitive, its keys are, or a node below
 *   it is). Input of the wrong kind at such a node is hidden too: the secrets it may carry are
 *   not where the declaration says.
 *
 * @since 0.2.0
 */
import { absurd, memoize } from './Schema.js';
/**
 * What replaces a sensitive value in messages, `Left` values and `redact` output.
 *
 * @category constants
 * @since 0.1.0
 */
export const SENSITIVE = '***SensitiveInformation***';
/**
 * What a node hides, computed once per node.
 *
 * @category interpreters
 * @since 0.2.0
 */
export const hidingOf = memoize((ast) => {
    const value = ast.sensitive === true;
    switch (ast.kind) {
        case 'structure':
        case 'union':
            return { value, keys: false, contains: value || ast.members.some((m) => hidingOf(m.target).contains) };
        case 'list':
            return { value, keys: false, contains: value || hidingOf(ast.member).contains };
        case 'map': {
            const keys = value || ast.key.sensitive === true;
            return { value, keys, contains: keys || hidingOf(ast.key).contains || hidingOf(ast.value).contains };
        }
        case 'string':
        case 'enum':
        case 'integer':
        case 'boolean':
        case 'timestamp':
            return { value, keys: false, contains: value };
        default:
            return absurd(ast);
    }
});
/**
 * True when a node's value is hidden whole.
 *
 * @category utils
 * @since 0.2.0
 */
export const hidesValue = (ast) => hidingOf(ast).value;
/**
 * True when a node is a map whose keys are hidden.
 *
 * @category utils
 * @since 0.2.0
 */
export const hidesKeys = (ast) => hidingOf(ast).keys;
/**
 * True when a node is sensitive or has something sensitive at or below it: a value found there,
 * of whatever kind, may carry a secret.
 *
 * @category utils
 * @since 0.1.0
 */
export const containsSensitive = (ast) => hidingOf(ast).contains;
