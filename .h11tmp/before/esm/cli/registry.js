import * as api from '../index.js';
const isObject = (u) => typeof u === 'object' && u !== null;
const hasFunctions = (u, names) => names.every((n) => typeof u[n] === 'function');
const KINDS = new Set(['string', 'enum', 'integer', 'boolean', 'timestamp', 'list', 'map', 'structure', 'union']);
/**
 * Is this a declaration? (It carries an AST node.)
 *
 * @category guards
 * @since 0.1.0
 */
export const isSchema = (u) => isObject(u) && isObject(u['ast']) && KINDS.has(String(u['ast']['kind']));
/**
 * Is this a `Shape`? (It has the declaration and every direction.)
 *
 * @category guards
 * @since 0.1.0
 */
export const isShape = (u) => isSchema(u) &&
    typeof u['name'] === 'string' &&
    (u['mode'] === 'strict' || u['mode'] === 'lenient') &&
    hasFunctions(u, ['make', 'fromJson', 'fromString', 'fromXml', 'toJson', 'toXml', 'toQuery', 'toValue', 'redact', 'is']);
/**
 * Is this an error shape? (A name, a body `Shape`, and its own decoders.)
 *
 * @category guards
 * @since 0.1.0
 */
export const isErrorShape = (u) => isObject(u) && typeof u['name'] === 'string' && isShape(u['body']) && hasFunctions(u, ['fromJson', 'fromXml', 'toJson', 'is']);
/**
 * Is this an `Operation`? (A name, a response decoder and an error union.)
 *
 * @category guards
 * @since 0.1.0
 */
export const isOperation = (u) => isObject(u) &&
    typeof u['name'] === 'string' &&
    typeof u['decodeResponse'] === 'function' &&
    isObject(u['errors']) &&
    hasFunctions(u['errors'], ['lookup', 'fromJson', 'fromXml', 'toJson']);
/**
 * The mode a shape's decoders use by default.
 *
 * @category utils
 * @since 0.1.0
 */
export const modeOf = (e) => (e.error !== undefined ? e.error.body.mode : e.kind === 'structure' || e.kind === 'union' ? e.shape().mode : 'lenient');
const lazy = (make) => {
    let made;
    return () => (made ??= { value: make() }).value;
};
/**
 * Finds the shapes, error shapes and operations among a module's exports.
 *
 * @category constructors
 * @since 0.1.0
 */
export const registryOf = (exports) => {
    const shapes = new Map();
    const operations = new Map();
    for (const name of Object.keys(exports).sort()) {
        const v = exports[name];
        if (isShape(v))
            shapes.set(name, { name, kind: v.ast.kind, error: undefined, shape: () => v });
        else if (isSchema(v))
            shapes.set(name, { name, kind: v.ast.kind, error: undefined, shape: lazy(() => api.shape(v)) });
        else if (isErrorShape(v))
            shapes.set(name, { name, kind: v.body.ast.kind, error: v, shape: () => v.body });
        else if (isOperation(v))
            operations.set(name, v);
    }
    return { shapes, operations };
};
/**
 * The registry of the package root.
 *
 * @category constants
 * @since 0.1.0
 */
export const registry = registryOf(api);
