/**
 * Where a client's calls go: the model's own endpoint rule set (`endpointRuleSet.ts`, generated
 * from the model) evaluated by `@smithy/util-endpoints`, with the AWS functions and partition data
 * of `@aws-sdk/util-endpoints`. An error rule of the set (FIPS or dual stack with a custom
 * endpoint, no region) is an `InvalidConfiguration`.
 *
 * @since 0.2.0
 */
import { awsEndpointFunctions } from '@aws-sdk/util-endpoints';
import { customEndpointFunctions, resolveEndpoint } from '@smithy/util-endpoints';
import * as E from 'fp-ts/lib/Either.js';
import { endpointRuleSet } from './endpointRuleSet.js';
import { invalidConfiguration } from './Failure.js';
/**
 * The region a request is signed for when a custom `endpoint` is given without a `region`.
 *
 * @category constants
 * @since 0.2.0
 */
export const DEFAULT_SIGNING_REGION = 'us-east-1';
const signingRegionOf = (properties) => {
    const schemes = properties?.authSchemes;
    const region = Array.isArray(schemes) ? schemes[0]?.signingRegion : undefined;
    return typeof region === 'string' ? region : undefined;
};
/**
 * Evaluates the rule set. Never throws: an error rule, an endpoint that is not an http(s) URL, or
 * a failure of the resolver is an `InvalidConfiguration`.
 */
export const resolve = (params) => {
    if (params.Endpoint !== undefined) {
        // Checked first: the resolver writes to the console about a URL it cannot parse.
        const custom = URL.canParse(params.Endpoint) ? new URL(params.Endpoint) : undefined;
        if (custom === undefined)
            return E.left(invalidConfiguration('endpoint: expected an absolute URL'));
        // A user name or password in the URL would be sent and could be logged; it is never quoted here.
        if (custom.username !== '' || custom.password !== '')
            return E.left(invalidConfiguration('endpoint: expected a URL without a user name or password'));
    }
    // The resolver looks the `aws.*` functions up in this registry (the AWS SDK registers the same).
    if (customEndpointFunctions['aws'] === undefined)
        customEndpointFunctions['aws'] = awsEndpointFunctions;
    let url;
    let properties;
    try {
        const endpoint = resolveEndpoint(endpointRuleSet, {
            endpointParams: {
                ...(params.Region === undefined ? {} : { Region: params.Region }),
                UseFIPS: params.UseFIPS,
                UseDualStack: params.UseDualStack,
                ...(params.Endpoint === undefined ? {} : { Endpoint: params.Endpoint })
            }
        });
        url = endpoint.url;
        properties = endpoint.properties;
    }
    catch (e) {
        // The messages of error rules are the model's text and name no secret.
        const message = e instanceof Error ? e.message : 'the endpoint rules could not be evaluated';
        return E.left(invalidConfiguration(`endpoint: ${message}`));
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        return E.left(invalidConfiguration(`endpoint: expected an http or https URL, got ${url.protocol}`));
    if (url.search !== '' || url.hash !== '')
        return E.left(invalidConfiguration('endpoint: expected a URL without a query or a fragment'));
    return E.right({
        protocol: url.protocol,
        hostname: url.hostname,
        port: url.port,
        host: url.host,
        basePath: url.pathname.replace(/\/+$/, ''),
        signingRegion: signingRegionOf(properties) ?? params.Region ?? DEFAULT_SIGNING_REGION
    });
};
/** The URL of a request sent to an endpoint (`path` is percent-encoded; `query` has no `?`). */
export const urlOf = (endpoint, path, query) => `${endpoint.protocol}//${endpoint.host}${endpoint.basePath}${path}${query === '' ? '' : `?${query}`}`;
