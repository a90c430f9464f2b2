/**
 * The emulator's options, the same for `startServer` and `ivschat-codecs serve`, with their
 * defaults, and their check: bad options are refused with every problem named, before anything
 * listens.
 *
 * @since 0.2.0
 */
import * as E from 'fp-ts/lib/Either.js';
import { DEFAULT_QUOTAS } from './Quotas.js';
/** The defaults. @category constants @since 0.2.0 */
export const DEFAULTS = { port: 0, host: '127.0.0.1', region: 'us-east-1', account: '123456789012', latencyMs: 0, throttleRate: 0, serverErrorRate: 0 };
const isRecord = (u) => typeof u === 'object' && u !== null && !Array.isArray(u);
const isFraction = (u) => typeof u === 'number' && u >= 0 && u <= 1;
const isCount = (u) => typeof u === 'number' && Number.isSafeInteger(u) && u >= 0;
/**
 * Checks options and fills in the defaults; `Left` lists every problem (option name: what was
 * expected). Values of `credentials` are never quoted.
 *
 * @category constructors
 * @since 0.2.0
 */
export const resolveOptions = (options = {}) => {
    if (!isRecord(options))
        return E.left(['options: expected an object']);
    const o = options;
    const problems = [];
    const check = (name, ok, expected, fallback) => {
        const v = o[name];
        if (v === undefined)
            return fallback;
        if (ok(v))
            return v;
        problems.push(`${name}: expected ${expected}`);
        return fallback;
    };
    const port = check('port', (u) => isCount(u) && u <= 65535, 'an integer from 0 to 65535', DEFAULTS.port);
    const host = check('host', (u) => typeof u === 'string' && u !== '', 'a host name or address', DEFAULTS.host);
    const region = check('region', (u) => typeof u === 'string' && /^[a-z0-9-]+$/.test(u), 'a region such as us-east-1', DEFAULTS.region);
    const account = check('account', (u) => typeof u === 'string' && /^[0-9]{12}$/.test(u), 'an account id of 12 digits', DEFAULTS.account);
    const credentials = check('credentials', (u) => isRecord(u) &&
        typeof u['accessKeyId'] === 'string' &&
        u['accessKeyId'] !== '' &&
        typeof u['secretAccessKey'] === 'string' &&
        u['secretAccessKey'] !== '' &&
        (u['sessionToken'] === undefined || typeof u['sessionToken'] === 'string'), 'an object with accessKeyId and secretAccessKey (and optionally sessionToken)', undefined);
    const latencyMs = check('latencyMs', (u) => typeof u === 'number' && Number.isFinite(u) && u >= 0, 'a number of milliseconds, 0 or more', DEFAULTS.latencyMs);
    const throttleRate = check('throttleRate', isFraction, 'a fraction from 0 to 1', DEFAULTS.throttleRate);
    const serverErrorRate = check('serverErrorRate', isFraction, 'a fraction from 0 to 1', DEFAULTS.serverErrorRate);
    const random = check('random', (u) => typeof u === 'function', 'a function returning numbers in [0, 1)', Math.random);
    const now = check('now', (u) => typeof u === 'function', 'a function returning a Date', () => new Date());
    const quotas = check('quotas', (u) => isRecord(u) && ['rooms', 'loggingConfigurations'].every((k) => u[k] === undefined || isCount(u[k])), 'an object of whole numbers (rooms, loggingConfigurations)', {});
    if (problems.length > 0)
        return E.left(problems);
    return E.right({ port, host, region, account, credentials, latencyMs, throttleRate, serverErrorRate, random, now, quotas: { ...DEFAULT_QUOTAS, ...quotas } });
};
