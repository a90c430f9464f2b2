/**
 * Where a client's calls go: the model's own endpoint rule set (`endpointRuleSet.ts`, generated
 * from the model) evaluated by `@smithy/util-endpoints`, with the AWS functions and partition data
 * of `@aws-sdk/util-endpoints` (both imported on first use). An error rule of the set (FIPS or
 * dual stack with a custom endpoint, no region) is an `InvalidConfiguration`.
 *
 * @since 0.2.0
 */
import type { resolveEndpoint as ResolveEndpoint } from '@smithy/util-endpoints'
import * as E from 'fp-ts/lib/Either.js'
import { endpointRuleSet } from './endpointRuleSet.js'
import { type InvalidConfiguration, invalidConfiguration } from './Failure.js'
import { lazily } from './Lazy.js'

/**
 * The region a request is signed for when a custom `endpoint` is given without a `region`.
 *
 * @category constants
 * @since 0.2.0
 */
export const DEFAULT_SIGNING_REGION = 'us-east-1'

/** The parameters of the rule set, named as the model names them. */
export interface EndpointParams {
  readonly Region?: string | undefined
  readonly UseFIPS: boolean
  readonly UseDualStack: boolean
  readonly Endpoint?: string | undefined
}

/** A resolved endpoint: where requests go and the region they are signed for. */
export interface ResolvedEndpoint {
  readonly protocol: string
  readonly hostname: string
  /** `''` for the scheme's default port. */
  readonly port: string
  /** `hostname[:port]`, the `host` header. */
  readonly host: string
  /** The endpoint's own path without a trailing `/` (usually `''`); request paths follow it. */
  readonly basePath: string
  readonly signingRegion: string
}

const signingRegionOf = (properties: unknown): string | undefined => {
  const schemes = (properties as { authSchemes?: ReadonlyArray<{ signingRegion?: unknown }> } | undefined)?.authSchemes
  const region = Array.isArray(schemes) ? (schemes[0] as { signingRegion?: unknown } | undefined)?.signingRegion : undefined
  return typeof region === 'string' ? region : undefined
}

/**
 * The rule engine, with the `aws.*` functions registered where it looks them up (the AWS SDK
 * registers the same), imported on first use.
 */
const engine = lazily('the endpoint rule engine (@smithy/util-endpoints, @aws-sdk/util-endpoints)', () =>
  Promise.all([import('@smithy/util-endpoints'), import('@aws-sdk/util-endpoints')]).then(([smithy, aws]) => {
    if (smithy.customEndpointFunctions['aws'] === undefined) smithy.customEndpointFunctions['aws'] = aws.awsEndpointFunctions
    return smithy.resolveEndpoint
  })
)

/** What is refused of a custom endpoint before the rules see it. */
const checkCustom = (endpoint: string | undefined): E.Either<InvalidConfiguration, void> => {
  if (endpoint === undefined) return E.right(undefined)
  // Checked first: the resolver writes to the console about a URL it cannot parse.
  const custom = URL.canParse(endpoint) ? new URL(endpoint) : undefined
  if (custom === undefined) return E.left(invalidConfiguration('endpoint: expected an absolute URL'))
  // A user name or password in the URL would be sent and could be logged; it is never quoted here.
  if (custom.username !== '' || custom.password !== '') return E.left(invalidConfiguration('endpoint: expected a URL without a user name or password'))
  return E.right(undefined)
}

/** The rule set evaluated by the engine. Never throws. */
const evaluate = (resolveEndpoint: typeof ResolveEndpoint, params: EndpointParams): E.Either<InvalidConfiguration, ResolvedEndpoint> => {
  let url: URL
  let properties: unknown
  try {
    const endpoint = resolveEndpoint(endpointRuleSet, {
      endpointParams: {
        ...(params.Region === undefined ? {} : { Region: params.Region }),
        UseFIPS: params.UseFIPS,
        UseDualStack: params.UseDualStack,
        ...(params.Endpoint === undefined ? {} : { Endpoint: params.Endpoint })
      }
    })
    url = endpoint.url
    properties = endpoint.properties
  } catch (e) {
    // The messages of error rules are the model's text and name no secret.
    const message = e instanceof Error ? e.message : 'the endpoint rules could not be evaluated'
    return E.left(invalidConfiguration(`endpoint: ${message}`))
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return E.left(invalidConfiguration(`endpoint: expected an http or https URL, got ${url.protocol}`))
  if (url.search !== '' || url.hash !== '') return E.left(invalidConfiguration('endpoint: expected a URL without a query or a fragment'))
  return E.right({
    protocol: url.protocol,
    hostname: url.hostname,
    port: url.port,
    host: url.host,
    basePath: url.pathname.replace(/\/+$/, ''),
    signingRegion: signingRegionOf(properties) ?? params.Region ?? DEFAULT_SIGNING_REGION
  })
}

/**
 * Evaluates the rule set (importing the rule engine the first time). Never rejects: an error
 * rule, an endpoint that is not an http(s) URL, a failure of the resolver, or an engine that
 * cannot be imported is an `InvalidConfiguration`.
 */
export const resolve = (params: EndpointParams): Promise<E.Either<InvalidConfiguration, ResolvedEndpoint>> => {
  const custom = checkCustom(params.Endpoint)
  if (E.isLeft(custom)) return Promise.resolve(custom)
  return engine().then((loaded) => (E.isLeft(loaded) ? loaded : evaluate(loaded.right, params)))
}

/** The URL of a request sent to an endpoint (`path` is percent-encoded; `query` has no `?`). */
export const urlOf = (endpoint: ResolvedEndpoint, path: string, query: string): string =>
  `${endpoint.protocol}//${endpoint.host}${endpoint.basePath}${path}${query === '' ? '' : `?${query}`}`
