/**
 * A client's configuration: what a caller may give `makeClient`, and its checked form. Checking
 * never throws; a problem is an `InvalidConfiguration` that every call of the client returns.
 *
 * @since 0.2.0
 */
import * as E from 'fp-ts/lib/Either.js';
import { credentialsSource } from './Credentials.js';
import { resolve } from './Endpoint.js';
import { invalidConfiguration } from './Failure.js';
import { standardRetry } from './Retry.js';
/** The default number of attempts of the standard retry mode. */
export const DEFAULT_MAX_ATTEMPTS = 3;
const optional = (o, key, is, expected) => {
    const v = o[key];
    return v === undefined || is(v) ? E.right(v) : E.left(invalidConfiguration(`${key}: expected ${expected}`));
};
const isString = (u) => typeof u === 'string' && u.length > 0;
const isBoolean = (u) => typeof u === 'boolean';
const isFunction = (u) => typeof u === 'function';
const isAttempts = (u) => typeof u === 'number' && Number.isInteger(u) && u >= 1;
const isTimeout = (u) => typeof u === 'number' && Number.isFinite(u) && u > 0 && u <= 2_147_483_647;
/**
 * Checks a configuration given at run time (from JavaScript, from a file), so every field is
 * checked for its type as well as its value.
 */
export const resolveConfig = (config) => {
    if (typeof config !== 'object' || config === null)
        return E.left(invalidConfiguration('expected a configuration object'));
    const o = config;
    const region = optional(o, 'region', isString, 'a non-empty string');
    if (E.isLeft(region))
        return region;
    const endpointOption = optional(o, 'endpoint', isString, 'a URL');
    if (E.isLeft(endpointOption))
        return endpointOption;
    const fips = optional(o, 'useFipsEndpoint', isBoolean, 'a boolean');
    if (E.isLeft(fips))
        return fips;
    const dualStack = optional(o, 'useDualstackEndpoint', isBoolean, 'a boolean');
    if (E.isLeft(dualStack))
        return dualStack;
    const fetchOption = optional(o, 'fetch', isFunction, 'a function');
    if (E.isLeft(fetchOption))
        return fetchOption;
    const maxAttempts = optional(o, 'maxAttempts', isAttempts, 'an integer of at least 1');
    if (E.isLeft(maxAttempts))
        return maxAttempts;
    const timeoutMs = optional(o, 'timeoutMs', isTimeout, 'a positive number of milliseconds (at most 2^31 - 1)');
    if (E.isLeft(timeoutMs))
        return timeoutMs;
    const nowOption = optional(o, 'now', isFunction, 'a function returning a Date');
    if (E.isLeft(nowOption))
        return nowOption;
    const retryDelay = optional(o, 'retryDelay', isFunction, 'a function');
    if (E.isLeft(retryDelay))
        return retryDelay;
    const fetch = fetchOption.right ?? (typeof globalThis.fetch === 'function' ? globalThis.fetch : undefined);
    if (fetch === undefined)
        return E.left(invalidConfiguration('fetch: none given, and there is no global fetch'));
    const now = nowOption.right ?? (() => new Date());
    const endpoint = resolve({ Region: region.right, UseFIPS: fips.right ?? false, UseDualStack: dualStack.right ?? false, Endpoint: endpointOption.right });
    if (E.isLeft(endpoint))
        return endpoint;
    const credentials = credentialsSource(o['credentials'], now);
    if (E.isLeft(credentials))
        return credentials;
    return E.right({
        endpoint: endpoint.right,
        credentials: credentials.right,
        fetch,
        timeoutMs: timeoutMs.right,
        now,
        retry: standardRetry(maxAttempts.right ?? DEFAULT_MAX_ATTEMPTS, retryDelay.right)
    });
};
