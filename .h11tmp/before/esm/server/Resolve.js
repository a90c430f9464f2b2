/**
 * Finding a resource by its identifier. The model says an identifier "currently must be an ARN",
 * and over HTTP `decodeRequest` enforces its pattern, so a bare id never gets this far; the
 * handlers still resolve the bare 12-character id (the relative part of the ARN) to the same
 * resource, for callers of the service without HTTP. An ARN of another region or account, or of
 * the other kind of resource, names nothing here.
 *
 * @since 0.2.0
 */
import * as E from 'fp-ts/lib/Either.js';
import { notFound } from './Faults.js';
import { parseArn } from './Ids.js';
/**
 * The id an identifier names in this account and region, or `undefined` for an ARN that names
 * something else. The second member is what an error should report as `resourceId`.
 *
 * @category destructors
 * @since 0.2.0
 */
export const idOf = (env, kind) => (identifier) => {
    if (!identifier.startsWith('arn:'))
        return { id: identifier, reported: identifier };
    const arn = parseArn(identifier);
    if (arn === undefined)
        return { id: undefined, reported: identifier };
    const here = arn.kind === kind && arn.region === env.region && arn.account === env.account;
    return { id: here ? arn.id : undefined, reported: arn.id };
};
const find = (kind, byId) => (env) => (identifier) => {
    const { id, reported } = idOf(env, kind)(identifier);
    const found = id === undefined ? undefined : byId(env).get(id);
    return found === undefined ? E.left(notFound(kind, reported)) : E.right(found);
};
/**
 * The room an identifier names.
 *
 * @category destructors
 * @since 0.2.0
 */
export const findRoom = find('room', (env) => env.state.rooms);
/**
 * The logging configuration an identifier names.
 *
 * @category destructors
 * @since 0.2.0
 */
export const findLoggingConfiguration = find('logging-configuration', (env) => env.state.loggingConfigurations);
/**
 * Checks that every identifier names an existing logging configuration (the first that does not
 * is the error).
 *
 * @category destructors
 * @since 0.2.0
 */
export const findLoggingConfigurations = (env) => (identifiers) => {
    const out = [];
    for (const identifier of identifiers) {
        const found = findLoggingConfiguration(env)(identifier);
        if (E.isLeft(found))
            return found;
        out.push(found.right);
    }
    return E.right(out);
};
