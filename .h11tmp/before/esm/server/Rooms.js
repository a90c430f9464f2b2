/**
 * The room operations: CreateRoom, GetRoom, UpdateRoom, DeleteRoom, ListRooms.
 *
 * Sources (Amazon IVS Chat API Reference, https://docs.aws.amazon.com/ivs/latest/ChatAPIReference/):
 * the defaults of `maximumMessageRatePerSecond` (10), `maximumMessageLength` (500) and
 * `fallbackResult` (ALLOW); the response members (`name` only when the request had one); UpdateRoom
 * "Specify an empty `uri` string to disassociate a message review handler"; ListRooms "Results are
 * sorted in descending order of `updateTime`", its filters and `maxResults` "Default: 50";
 * DeleteRoom answers 204 with no body.
 *
 * @since 0.2.0
 */
import * as E from 'fp-ts/lib/Either.js';
import { pipe } from 'fp-ts/lib/function.js';
import { DEFAULT_FALLBACK_RESULT, DEFAULT_MAX_RESULTS, DEFAULT_MAXIMUM_MESSAGE_LENGTH, DEFAULT_MAXIMUM_MESSAGE_RATE_PER_SECOND } from './Defaults.js';
import { readOnly } from './Env.js';
import { invalidField, quotaExceeded } from './Faults.js';
import { arnOf } from './Ids.js';
import { paginate } from './Pagination.js';
import { isFull } from './Quotas.js';
import { findLoggingConfiguration, findLoggingConfigurations, findRoom, idOf } from './Resolve.js';
/** A handler given, with `fallbackResult` defaulted; `undefined` for none or an empty `uri`. */
const reviewHandlerOf = (h) => h === undefined || h.uri === undefined || h.uri === '' ? undefined : { uri: h.uri, fallbackResult: h.fallbackResult ?? DEFAULT_FALLBACK_RESULT };
/**
 * A room as GetRoom, CreateRoom and UpdateRoom return it.
 *
 * @category destructors
 * @since 0.2.0
 */
export const roomView = (room) => ({
    arn: room.arn,
    id: room.id,
    ...(room.name !== undefined ? { name: room.name } : {}),
    createTime: room.createTime,
    updateTime: room.updateTime,
    maximumMessageRatePerSecond: room.maximumMessageRatePerSecond,
    maximumMessageLength: room.maximumMessageLength,
    ...(room.messageReviewHandler !== undefined ? { messageReviewHandler: room.messageReviewHandler } : {}),
    tags: room.tags,
    loggingConfigurationIdentifiers: room.loggingConfigurationIdentifiers
});
/**
 * A room as ListRooms summarises it.
 *
 * @category destructors
 * @since 0.2.0
 */
export const roomSummary = (room) => ({
    arn: room.arn,
    id: room.id,
    ...(room.name !== undefined ? { name: room.name } : {}),
    ...(room.messageReviewHandler !== undefined ? { messageReviewHandler: room.messageReviewHandler } : {}),
    createTime: room.createTime,
    updateTime: room.updateTime,
    tags: room.tags,
    loggingConfigurationIdentifiers: room.loggingConfigurationIdentifiers
});
/**
 * CreateRoom: a new room with the documented defaults, if the quota allows and every logging
 * configuration exists.
 *
 * @category handlers
 * @since 0.2.0
 */
export const createRoom = (input, env) => {
    if (isFull(env.quotas.rooms)(env.state.rooms.size))
        return E.left(quotaExceeded('room', env.account, env.quotas.rooms));
    const identifiers = input.loggingConfigurationIdentifiers ?? [];
    return pipe(findLoggingConfigurations(env)(identifiers), E.map(() => {
        const id = env.newId();
        const room = {
            id,
            arn: arnOf(env.region, env.account, 'room', id),
            name: input.name,
            createTime: env.now,
            updateTime: env.now,
            maximumMessageRatePerSecond: input.maximumMessageRatePerSecond ?? DEFAULT_MAXIMUM_MESSAGE_RATE_PER_SECOND,
            maximumMessageLength: input.maximumMessageLength ?? DEFAULT_MAXIMUM_MESSAGE_LENGTH,
            messageReviewHandler: reviewHandlerOf(input.messageReviewHandler),
            tags: { ...input.tags },
            loggingConfigurationIdentifiers: [...identifiers]
        };
        return { output: roomView(room), changes: [{ _tag: 'PutRoom', room }] };
    }));
};
/**
 * GetRoom.
 *
 * @category handlers
 * @since 0.2.0
 */
export const getRoom = (input, env) => pipe(findRoom(env)(input.identifier), E.map((room) => readOnly(roomView(room))));
/**
 * UpdateRoom: the members given replace the room's; `updateTime` moves to now.
 *
 * @category handlers
 * @since 0.2.0
 */
export const updateRoom = (input, env) => pipe(findRoom(env)(input.identifier), E.chainW((room) => pipe(findLoggingConfigurations(env)(input.loggingConfigurationIdentifiers ?? []), E.map(() => {
    const updated = {
        ...room,
        name: input.name ?? room.name,
        maximumMessageRatePerSecond: input.maximumMessageRatePerSecond ?? room.maximumMessageRatePerSecond,
        maximumMessageLength: input.maximumMessageLength ?? room.maximumMessageLength,
        messageReviewHandler: input.messageReviewHandler !== undefined ? reviewHandlerOf(input.messageReviewHandler) : room.messageReviewHandler,
        loggingConfigurationIdentifiers: input.loggingConfigurationIdentifiers !== undefined ? [...input.loggingConfigurationIdentifiers] : room.loggingConfigurationIdentifiers,
        updateTime: env.now
    };
    return { output: roomView(updated), changes: [{ _tag: 'PutRoom', room: updated }] };
}))));
/**
 * DeleteRoom.
 *
 * @category handlers
 * @since 0.2.0
 */
export const deleteRoom = (input, env) => pipe(findRoom(env)(input.identifier), E.map((room) => ({ output: undefined, changes: [{ _tag: 'DeleteRoom', id: room.id }] })));
/** Does a room use the logging configuration with this id? */
const usesLoggingConfiguration = (env, id) => (room) => room.loggingConfigurationIdentifiers.some((identifier) => idOf(env, 'logging-configuration')(identifier).id === id);
/**
 * The rooms that use the logging configuration with this id.
 *
 * @category destructors
 * @since 0.2.0
 */
export const roomsUsing = (env, id) => [...env.state.rooms.values()].filter(usesLoggingConfiguration(env, id));
/**
 * ListRooms: the rooms matching every filter given, most recently updated first, a page at a time.
 * A `loggingConfigurationIdentifier` that names no logging configuration is a
 * ResourceNotFoundException (ListRooms declares it, and this is the only resource it names).
 *
 * @category handlers
 * @since 0.2.0
 */
export const listRooms = (input, env) => pipe(input.loggingConfigurationIdentifier === undefined
    ? E.right(undefined)
    : pipe(findLoggingConfiguration(env)(input.loggingConfigurationIdentifier), E.map((lc) => lc.id)), E.chainW((loggingConfigurationId) => {
    const matches = [...env.state.rooms.values()].filter((room) => (input.name === undefined || room.name === input.name) &&
        (input.messageReviewHandlerUri === undefined || room.messageReviewHandler?.uri === input.messageReviewHandlerUri) &&
        (loggingConfigurationId === undefined || usesLoggingConfiguration(env, loggingConfigurationId)(room)));
    return pipe(paginate(input.maxResults ?? DEFAULT_MAX_RESULTS, input.nextToken)(matches), E.mapLeft(() => invalidField('nextToken', 'not a token this service issued')), E.map((page) => readOnly({ rooms: page.items.map(roomSummary), ...(page.nextToken !== undefined ? { nextToken: page.nextToken } : {}) })));
}));
