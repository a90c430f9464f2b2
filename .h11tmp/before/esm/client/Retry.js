/**
 * AWS's standard retry mode, by `@smithy/util-retry`'s `StandardRetryStrategy`: at most
 * `maxAttempts` attempts, exponential backoff with full jitter, and a per-client token bucket
 * that stops retrying when most recent calls needed retries. What is retried is decided here:
 * throttling (429 or a throttling error code), 5xx and transient transport failures; never
 * another 4xx, an abort or a request that was not sent.
 *
 * @since 0.2.0
 */
import { StandardRetryStrategy } from '@smithy/util-retry';
/** Error codes of throttling, as AWS services use them (facts of the standard retry mode). */
const THROTTLING_CODES = new Set([
    'Throttling',
    'ThrottlingException',
    'ThrottledException',
    'RequestThrottledException',
    'TooManyRequestsException',
    'ProvisionedThroughputExceededException',
    'TransactionInProgressException',
    'RequestLimitExceeded',
    'BandwidthLimitExceeded',
    'LimitExceededException',
    'RequestThrottled',
    'SlowDown',
    'PriorRequestNotComplete',
    'EC2ThrottledException'
]);
/** Error codes of transient faults, whatever their status. */
const TRANSIENT_CODES = new Set(['TimeoutError', 'RequestTimeout', 'RequestTimeoutException']);
/** A service's answer, retried on throttling and 5xx. `code` is the error code when there is one. */
export const classifyResponse = (statusCode, code) => {
    if (statusCode === 429 || (code !== undefined && THROTTLING_CODES.has(code)))
        return 'THROTTLING';
    if (statusCode >= 500 && statusCode <= 599)
        return 'TRANSIENT';
    if (code !== undefined && TRANSIENT_CODES.has(code))
        return 'TRANSIENT';
    return undefined;
};
/** An exchange that did not complete: retried unless the caller aborted it. */
export const classifyTransport = (reason) => (reason === 'Aborted' ? undefined : 'TRANSIENT');
/**
 * The standard mode for `maxAttempts`; `delay`, when given, replaces the jittered backoff (tests
 * give `() => 0`).
 */
export const standardRetry = (maxAttempts, delay) => {
    let base = 0;
    const strategy = new StandardRetryStrategy(delay === undefined
        ? { maxAttempts }
        : {
            maxAttempts,
            backoff: {
                setDelayBase: (d) => {
                    base = d;
                },
                computeNextBackoffDelay: (i) => Math.max(0, delay(i, base))
            }
        });
    const tokens = new WeakMap();
    const wrap = (t) => {
        const token = { retriesSoFar: t.getRetryCount() };
        tokens.set(token, t);
        return token;
    };
    return {
        start: () => strategy.acquireInitialRetryToken('ivschat').then(wrap),
        retry: (token, retryClass) => {
            const t = tokens.get(token);
            if (retryClass === undefined || t === undefined)
                return Promise.resolve(undefined);
            return strategy.refreshRetryTokenForRetry(t, { errorType: retryClass }).then(wrap, () => undefined);
        },
        success: (token) => {
            const t = tokens.get(token);
            if (t !== undefined)
                strategy.recordSuccess(t);
        }
    };
};
