/**
 * The value interpreter: a generic tagged tree of a value, like awso's `to_value`, for code
 * that walks any shape without knowing it (printers, diffing, generic serialisers).
 *
 * @since 0.1.0
 */
import { reader } from './Json.js';
import { SENSITIVE, hidesKeys, hidesValue } from './Sensitivity.js';
import { absurd, memoize, unknownVariantOf } from './Schema.js';
const hidden = { _tag: 'String', value: SENSITIVE };
/** Compiles value-tree encoders; with `redacted`, every sensitive node is a `String` leaf holding the marker. */
const compile = (redacted) => {
    const valueOf = memoize((ast) => {
        if (redacted && hidesValue(ast))
            return () => hidden;
        switch (ast.kind) {
            case 'string':
                return (a) => ({ _tag: 'String', value: a });
            case 'enum':
                return (a) => ({ _tag: 'Enum', value: a });
            case 'integer':
                return (a) => ({ _tag: 'Integer', value: a });
            case 'boolean':
                return (a) => ({ _tag: 'Boolean', value: a });
            case 'timestamp':
                return (a) => ({ _tag: 'Timestamp', value: a });
            case 'list': {
                const member = valueOf(ast.member);
                return (a) => ({ _tag: 'List', items: a.map(member) });
            }
            case 'map': {
                const value = valueOf(ast.value);
                const hideKeys = redacted && hidesKeys(ast);
                return (a) => {
                    const m = a;
                    return { _tag: 'Map', entries: Object.keys(m).map((k) => [hideKeys ? SENSITIVE : k, value(m[k])]) };
                };
            }
            case 'structure': {
                const members = ast.members;
                const reads = members.map((m) => reader(m.name));
                return (a) => {
                    const s = a;
                    const fields = [];
                    for (let i = 0; i < members.length; i++) {
                        const m = members[i];
                        const v = reads[i](s);
                        if (v !== undefined)
                            fields.push([m.name, valueOf(m.target)(v)]);
                    }
                    return { _tag: 'Structure', fields };
                };
            }
            case 'union': {
                const members = ast.members;
                const reads = members.map((m) => reader(m.name));
                return (a) => {
                    const unknown = unknownVariantOf(a);
                    // The unknown variant's value may be anything, secrets included: the redacted tree hides it.
                    if (unknown !== undefined)
                        return { _tag: 'Union', member: unknown[0], value: redacted ? hidden : { _tag: 'Document', value: unknown[1] } };
                    const s = a;
                    const i = reads.findIndex((read) => read(s) !== undefined);
                    const m = members[i];
                    // No member set (what `is` refuses): the unknown variant with no name and no value, as error correction makes it.
                    if (m === undefined)
                        return { _tag: 'Union', member: '', value: redacted ? hidden : { _tag: 'Document', value: undefined } };
                    return { _tag: 'Union', member: m.name, value: valueOf(m.target)(reads[i](s)) };
                };
            }
            default:
                return absurd(ast);
        }
    });
    return valueOf;
};
/**
 * The compiled value-tree encoder of a node.
 *
 * @category interpreters
 * @since 0.1.0
 */
export const valueOf = compile(false);
/**
 * The compiled value-tree encoder of a node that is safe to print: every sensitive node is a
 * `String` leaf holding `***SensitiveInformation***`.
 *
 * @category interpreters
 * @since 0.1.0
 */
export const redactedValueOf = compile(true);
