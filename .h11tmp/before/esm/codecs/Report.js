import { contextPath, kindOf, renderPath } from './Issue.js';
/**
 * The path of one io-ts error from its context (array indices as numbers; the branch indices
 * that `t.union` and `t.intersection` add are left out, as they are no step into the data).
 *
 * @category utils
 * @since 0.1.0
 */
export const pathOfError = (error) => contextPath(error.context);
/** The message without its leading `path: `, or one made from the context when there is none. */
const bareMessage = (error, path) => {
    const m = error.message;
    if (m === undefined) {
        const last = error.context[error.context.length - 1];
        // The value itself is not shown: it may be sensitive, and only this library's messages know.
        return `expected ${last === undefined ? 'a valid value' : last.type.name}, got ${kindOf(error.value)}`;
    }
    const prefix = `${renderPath(path)}: `;
    if (m.startsWith(prefix))
        return m.slice(prefix.length);
    const at = m.indexOf(': expected ');
    return at >= 0 ? m.slice(at + 2) : m;
};
/**
 * The errors as a flat list of `{ path, message }`, in the order they were found.
 *
 * @example
 * import assert from 'node:assert'
 * import * as E from 'fp-ts/lib/Either.js'
 * import { CreateChatTokenResponse, toIssues } from 'ivschat-codecs'
 *
 * const r = CreateChatTokenResponse.fromJson({ token: 42 })
 * assert.ok(E.isLeft(r))
 * assert.deepStrictEqual(toIssues(r.left).map((i) => i.path), [['token']])
 *
 * @category rendering
 * @since 0.1.0
 */
export const toIssues = (errors) => errors.map((error) => {
    const path = pathOfError(error);
    return { path, message: bareMessage(error, path) };
});
const emptyNode = () => ({ children: new Map(), messages: [] });
const segmentLabel = (seg) => (typeof seg === 'number' ? `[${seg}]` : seg);
const draw = (node, indent, out) => {
    const entries = [
        ...node.messages.map((m) => ['', m]),
        ...[...node.children].map(([k, n]) => [k, n])
    ];
    entries.forEach(([label, item], i) => {
        const last = i === entries.length - 1;
        const branch = last ? '└─ ' : '├─ ';
        if (typeof item === 'string') {
            out.push(`${indent}${branch}${item}`);
            return;
        }
        out.push(`${indent}${branch}${label}`);
        draw(item, indent + (last ? '   ' : '│  '), out);
    });
};
/**
 * The errors as a tree for people: the root's name, then one branch per key, with what was
 * expected at the leaves.
 *
 * ```text
 * CreateChatTokenResponse
 * ├─ token
 * │  └─ expected a string, got 424242
 * └─ tokenExpirationTime
 *    └─ expected …, got "2026-02-30T13:00:00Z"
 * ```
 *
 * @category rendering
 * @since 0.1.0
 */
export const drawTree = (errors) => {
    const root = emptyNode();
    let rootName;
    for (const error of errors) {
        rootName ??= error.context[0]?.type.name;
        const path = pathOfError(error);
        let node = root;
        for (const seg of path) {
            const label = segmentLabel(seg);
            let child = node.children.get(label);
            if (child === undefined) {
                child = emptyNode();
                node.children.set(label, child);
            }
            node = child;
        }
        node.messages.push(bareMessage(error, path));
    }
    const out = [rootName === undefined || rootName === '' ? '(root)' : rootName];
    draw(root, '', out);
    return out.join('\n');
};
