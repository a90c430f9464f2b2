/**
 * The key of a union's unknown variant (the name the AWS SDK for JavaScript v3 uses).
 *
 * @category model
 * @since 0.2.0
 */
export const UNKNOWN = '$unknown';
/**
 * The `[name, value]` of a union value's unknown variant, or `undefined` when the value is not
 * one (for interpreters: each writes the variant its own way).
 *
 * @category utils
 * @since 0.2.0
 */
export const unknownVariantOf = (a) => {
    if (typeof a !== 'object' || a === null || !Object.prototype.hasOwnProperty.call(a, UNKNOWN))
        return undefined;
    const v = a[UNKNOWN];
    return Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' ? v : undefined;
};
// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------
const make = (ast) => ({ ast });
const traitsOf = (t) => ({
    ...(t.shapeId !== undefined ? { shapeId: t.shapeId } : {}),
    ...(t.sensitive === true ? { sensitive: true } : {})
});
/**
 * A string, with optional `length` (counted in Unicode code points) and `pattern` constraints.
 *
 * @category constructors
 * @since 0.1.0
 */
export const string = (traits = {}) => make({
    kind: 'string',
    ...traitsOf(traits),
    ...(traits.length !== undefined ? { length: traits.length } : {}),
    ...(traits.pattern !== undefined ? { pattern: traits.pattern } : {})
});
/**
 * A string enum (Smithy `enum`, or a string with the `@enum` trait).
 *
 * @category constructors
 * @since 0.1.0
 */
export const enums = (values, traits = {}) => make({ kind: 'enum', values, ...traitsOf(traits) });
/**
 * A 32-bit signed integer, with an optional `range` constraint.
 *
 * @category constructors
 * @since 0.1.0
 */
export const integer = (traits = {}) => make({ kind: 'integer', ...traitsOf(traits), ...(traits.range !== undefined ? { range: traits.range } : {}) });
/** @category constructors @since 0.1.0 */
export const boolean = (traits = {}) => make({ kind: 'boolean', ...traitsOf(traits) });
export function timestamp(formatOrTraits, traits = {}) {
    if (typeof formatOrTraits === 'string')
        return make({ kind: 'timestamp', format: formatOrTraits, ...traitsOf(traits) });
    return make({ kind: 'timestamp', ...traitsOf(formatOrTraits ?? {}) });
}
/** A list (Smithy `list`), with an optional `length` constraint. @category constructors @since 0.1.0 */
export const list = (member, traits = {}) => make({ kind: 'list', member: member.ast, ...traitsOf(traits), ...(traits.length !== undefined ? { length: traits.length } : {}) });
/** A map from strings to values (Smithy `map`), with an optional `length` constraint. @category constructors @since 0.1.0 */
export const map = (key, value, traits = {}) => {
    const k = key.ast;
    if (k.kind !== 'string' && k.kind !== 'enum')
        throw new TypeError('map keys must be strings or enums');
    return make({ kind: 'map', key: k, value: value.ast, ...traitsOf(traits), ...(traits.length !== undefined ? { length: traits.length } : {}) });
};
const withTraits = (traits) => traits === undefined || Object.keys(traits).length === 0 ? {} : { traits };
/** A member that must be present, with the member traits a protocol reads. @category constructors @since 0.1.0 */
export const required = (schema, traits) => ({ schema, required: true, ...withTraits(traits) });
/** A member that may be absent, with the member traits a protocol reads. @category constructors @since 0.1.0 */
export const optional = (schema, traits) => ({ schema, required: false, ...withTraits(traits) });
/**
 * A member with a Smithy `@default`, given as its JSON wire value: it is always present in the
 * domain value, filled with the default when the input leaves it out.
 *
 * @category constructors
 * @since 0.1.0
 */
export const withDefault = (schema, defaultValue, traits) => ({
    schema,
    required: true,
    default: defaultValue,
    ...withTraits(traits)
});
/** A member's target, with the member's own `@timestampFormat` applied (one new node, made once here). */
const targetOf = (ast, traits) => traits?.timestampFormat !== undefined && ast.kind === 'timestamp' && ast.format !== traits.timestampFormat ? { ...ast, format: traits.timestampFormat } : ast;
const membersOf = (members) => Object.keys(members).map((name) => {
    const m = members[name];
    return {
        name,
        target: targetOf(m.schema.ast, m.traits),
        required: m.required,
        ...('default' in m ? { default: m.default } : {}),
        ...m.traits
    };
});
/**
 * A structure: named members in declaration order.
 *
 * @category constructors
 * @since 0.1.0
 */
export const structure = (name, members, traits = {}) => make({
    kind: 'structure',
    name,
    members: membersOf(members),
    ...traitsOf(traits),
    ...(traits.error !== undefined ? { error: traits.error } : {})
});
/**
 * A tagged union: a value sets exactly one member. Declare members with `optional`.
 *
 * @category constructors
 * @since 0.1.0
 */
export const union = (name, members, traits = {}) => make({ kind: 'union', name, members: membersOf(members), ...traitsOf(traits) });
// -------------------------------------------------------------------------------------
// utils
// -------------------------------------------------------------------------------------
/**
 * For an interpreter's `default` branch: the compiler proves it unreachable.
 *
 * @category utils
 * @since 0.1.0
 */
export const absurd = (node) => {
    throw new TypeError(`unknown schema node: ${JSON.stringify(node)}`);
};
/**
 * A name for a node, for messages and io-ts codec names.
 *
 * @category utils
 * @since 0.1.0
 */
export const nameOf = (ast) => {
    switch (ast.kind) {
        case 'structure':
        case 'union':
            return ast.name;
        case 'list':
            return ast.shapeId !== undefined ? shortId(ast.shapeId) : `List<${nameOf(ast.member)}>`;
        case 'map':
            return ast.shapeId !== undefined ? shortId(ast.shapeId) : `Map<${nameOf(ast.key)}, ${nameOf(ast.value)}>`;
        case 'string':
        case 'enum':
        case 'integer':
        case 'boolean':
        case 'timestamp':
            return ast.shapeId !== undefined ? shortId(ast.shapeId) : ast.kind;
        default:
            return absurd(ast);
    }
};
const shortId = (id) => id.slice(id.indexOf('#') + 1);
/**
 * Memoises a compilation step per node, so a declaration is compiled once, not on every call.
 *
 * @category utils
 * @since 0.1.0
 */
export const memoize = (compile) => {
    const cache = new WeakMap();
    return (ast) => {
        let r = cache.get(ast);
        if (r === undefined) {
            r = compile(ast);
            cache.set(ast, r);
        }
        return r;
    };
};
