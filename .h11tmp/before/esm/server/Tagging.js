/**
 * The tagging operations on rooms and logging configurations, by ARN: TagResource ("Adds or
 * updates tags"), UntagResource, ListTagsForResource.
 *
 * Sources: Amazon IVS Chat API Reference, TagResource / UntagResource / ListTagsForResource; the
 * model's `Tags` shape (at most 50 entries), which is also AWS's limit of 50 user tags per
 * resource ("Tagging AWS resources", tag naming limits and requirements): a TagResource that would
 * leave a resource with more than 50 tags is a ValidationException naming `tags`.
 *
 * Tagging does not change a resource's `updateTime`.
 *
 * @since 0.2.0
 */
import * as E from 'fp-ts/lib/Either.js';
import { pipe } from 'fp-ts/lib/function.js';
import { invalidField, notFound } from './Faults.js';
import { parseArn } from './Ids.js';
import { findLoggingConfiguration, findRoom } from './Resolve.js';
/** The most tags a resource can have. @category constants @since 0.2.0 */
export const MAX_TAGS = 50;
/** The resource an ARN names, rooms and logging configurations alike. */
const findTagged = (env) => (resourceArn) => {
    const arn = parseArn(resourceArn);
    if (arn === undefined)
        return E.left(notFound('room', resourceArn.slice(resourceArn.lastIndexOf('/') + 1)));
    return arn.kind === 'room'
        ? pipe(findRoom(env)(resourceArn), E.map((resource) => ({ kind: 'room', resource })))
        : pipe(findLoggingConfiguration(env)(resourceArn), E.map((resource) => ({ kind: 'logging-configuration', resource })));
};
const withTags = (t, tags) => t.kind === 'room'
    ? { _tag: 'PutRoom', room: { ...t.resource, tags } }
    : { _tag: 'PutLoggingConfiguration', loggingConfiguration: { ...t.resource, tags } };
/**
 * TagResource: adds the tags given, replacing the values of keys already there.
 *
 * @category handlers
 * @since 0.2.0
 */
export const tagResource = (input, env) => pipe(findTagged(env)(input.resourceArn), E.chainW((t) => {
    const tags = { ...t.resource.tags, ...input.tags };
    return Object.keys(tags).length > MAX_TAGS
        ? E.left(invalidField('tags', `a resource can have at most ${MAX_TAGS} tags`))
        : E.right({ output: {}, changes: [withTags(t, tags)] });
}));
/**
 * UntagResource: removes the keys given (a key the resource does not have is ignored).
 *
 * @category handlers
 * @since 0.2.0
 */
export const untagResource = (input, env) => pipe(findTagged(env)(input.resourceArn), E.map((t) => {
    const drop = new Set(input.tagKeys);
    const tags = Object.fromEntries(Object.entries(t.resource.tags).filter(([k]) => !drop.has(k)));
    return { output: {}, changes: [withTags(t, tags)] };
}));
/**
 * ListTagsForResource.
 *
 * @category handlers
 * @since 0.2.0
 */
export const listTagsForResource = (input, env) => pipe(findTagged(env)(input.resourceArn), E.map((t) => ({ output: { tags: t.resource.tags }, changes: [] })));
