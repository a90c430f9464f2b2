/**
 * The logging-configuration operations: CreateLoggingConfiguration, GetLoggingConfiguration,
 * UpdateLoggingConfiguration, DeleteLoggingConfiguration, ListLoggingConfigurations.
 *
 * Sources (Amazon IVS Chat API Reference, https://docs.aws.amazon.com/ivs/latest/ChatAPIReference/):
 * the response members and `state` ("When the state is ACTIVE, the configuration is ready to log
 * chat content"); ListLoggingConfigurations `maxResults` "Default: 50"; DeleteLoggingConfiguration
 * answers 204 and declares ConflictException, which the emulator answers while a room still uses
 * the configuration; the quota of 10 logging configurations (IVS Chat Service Quotas).
 *
 * The emulator has no delivery to S3, CloudWatch Logs or Firehose: it keeps the destination and
 * reports it back, and a configuration is `ACTIVE` as soon as it is created or updated.
 *
 * @since 0.2.0
 */
import * as E from 'fp-ts/lib/Either.js';
import { pipe } from 'fp-ts/lib/function.js';
import { DEFAULT_MAX_RESULTS } from './Defaults.js';
import { readOnly } from './Env.js';
import { conflict, invalidField, quotaExceeded } from './Faults.js';
import { arnOf } from './Ids.js';
import { paginate } from './Pagination.js';
import { isFull } from './Quotas.js';
import { findLoggingConfiguration } from './Resolve.js';
import { roomsUsing } from './Rooms.js';
/**
 * A logging configuration as the API returns it (the summary has the same members).
 *
 * @category destructors
 * @since 0.2.0
 */
export const loggingConfigurationView = (lc) => ({
    arn: lc.arn,
    id: lc.id,
    createTime: lc.createTime,
    updateTime: lc.updateTime,
    ...(lc.name !== undefined ? { name: lc.name } : {}),
    destinationConfiguration: lc.destinationConfiguration,
    state: lc.state,
    tags: lc.tags
});
/**
 * CreateLoggingConfiguration, if the quota allows.
 *
 * @category handlers
 * @since 0.2.0
 */
export const createLoggingConfiguration = (input, env) => {
    if (isFull(env.quotas.loggingConfigurations)(env.state.loggingConfigurations.size)) {
        return E.left(quotaExceeded('logging-configuration', env.account, env.quotas.loggingConfigurations));
    }
    const id = env.newId();
    const lc = {
        id,
        arn: arnOf(env.region, env.account, 'logging-configuration', id),
        name: input.name,
        createTime: env.now,
        updateTime: env.now,
        destinationConfiguration: input.destinationConfiguration,
        state: 'ACTIVE',
        tags: { ...input.tags }
    };
    return E.right({ output: loggingConfigurationView(lc), changes: [{ _tag: 'PutLoggingConfiguration', loggingConfiguration: lc }] });
};
/**
 * GetLoggingConfiguration.
 *
 * @category handlers
 * @since 0.2.0
 */
export const getLoggingConfiguration = (input, env) => pipe(findLoggingConfiguration(env)(input.identifier), E.map((lc) => readOnly(loggingConfigurationView(lc))));
/**
 * UpdateLoggingConfiguration: the members given replace the configuration's; `updateTime` moves
 * to now.
 *
 * @category handlers
 * @since 0.2.0
 */
export const updateLoggingConfiguration = (input, env) => pipe(findLoggingConfiguration(env)(input.identifier), E.map((lc) => {
    const updated = {
        ...lc,
        name: input.name ?? lc.name,
        destinationConfiguration: input.destinationConfiguration ?? lc.destinationConfiguration,
        updateTime: env.now
    };
    return { output: loggingConfigurationView(updated), changes: [{ _tag: 'PutLoggingConfiguration', loggingConfiguration: updated }] };
}));
/**
 * DeleteLoggingConfiguration: refused with a ConflictException while a room uses it.
 *
 * @category handlers
 * @since 0.2.0
 */
export const deleteLoggingConfiguration = (input, env) => pipe(findLoggingConfiguration(env)(input.identifier), E.chainW((lc) => {
    const users = roomsUsing(env, lc.id);
    return users.length > 0
        ? E.left(conflict('logging-configuration', lc.id, `is used by ${users.length === 1 ? 'a room' : `${users.length} rooms`} (${users[0].arn})`))
        : E.right({ output: undefined, changes: [{ _tag: 'DeleteLoggingConfiguration', id: lc.id }] });
}));
/**
 * ListLoggingConfigurations: most recently updated first, a page at a time.
 *
 * @category handlers
 * @since 0.2.0
 */
export const listLoggingConfigurations = (input, env) => pipe(paginate(input.maxResults ?? DEFAULT_MAX_RESULTS, input.nextToken)(env.state.loggingConfigurations.values()), E.mapLeft(() => invalidField('nextToken', 'not a token this service issued')), E.map((page) => readOnly({ loggingConfigurations: page.items.map(loggingConfigurationView), ...(page.nextToken !== undefined ? { nextToken: page.nextToken } : {}) })));
