import { absurd } from '../../codecs/Schema.js';
import { kindOf } from '../../codecs/Issue.js';
import { pathOfError, toIssues } from '../../codecs/Report.js';
/** The name of a problem of the request as a whole. */
export const WHOLE_REQUEST = 'body';
/** What a problem under a map's key is reported as, before the decoder's `expected …`. */
const ENTRY = 'an entry of the map: ';
/** The part of a path the declaration names: members and list indices, up to the first map key or unnamed segment. */
const namedPath = (root, path) => {
    let ast = root;
    for (let i = 0; i < path.length; i++) {
        const seg = path[i];
        if (ast === undefined)
            return { path: path.slice(0, i), inEntry: false };
        switch (ast.kind) {
            case 'structure':
            case 'union': {
                const member = typeof seg === 'string' ? ast.members.find((m) => m.name === seg) : undefined;
                if (member === undefined)
                    return { path: path.slice(0, i), inEntry: false };
                ast = member.target;
                break;
            }
            case 'list':
                if (typeof seg !== 'number')
                    return { path: path.slice(0, i), inEntry: false };
                ast = ast.member;
                break;
            case 'map':
                return { path: path.slice(0, i), inEntry: true };
            case 'string':
            case 'enum':
            case 'integer':
            case 'boolean':
            case 'timestamp':
                return { path: path.slice(0, i), inEntry: false };
            default:
                return absurd(ast);
        }
    }
    return { path, inEntry: false };
};
/** A quoted value at the end of a message: a JSON string, or a number, boolean or null as the decoder prints them. */
const QUOTED = /, got ("(?:[^"\\]|\\.)*"|-?[0-9][0-9.eE+-]*|true|false|null|NaN|-?Infinity)$/;
/** The message with a quoted value replaced by its kind (a count such as the body's size, with no value behind it, is kept). */
const safeMessage = (message, value) => {
    const quotable = value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
    return quotable ? message.replace(QUOTED, () => `, got ${kindOf(value)}`) : message;
};
/**
 * The fieldList for the errors of a strict decode of the input shape `root` (see the module's rules).
 *
 * @category constructors
 * @since 0.2.0
 */
export const fieldListOf = (root, errors) => {
    const issues = toIssues(errors);
    const seen = new Set();
    const out = [];
    issues.forEach((issue, i) => {
        const named = namedPath(root, pathOfError(errors[i]));
        const name = named.path.length === 0 ? WHOLE_REQUEST : named.path.join('.');
        const message = `${named.inEntry ? ENTRY : ''}${safeMessage(issue.message, errors[i].value)}`;
        const key = JSON.stringify([name, message]);
        if (seen.has(key))
            return;
        seen.add(key);
        out.push({ name, message });
    });
    return out;
};
