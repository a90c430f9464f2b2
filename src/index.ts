/**
 * ivschat-codecs: functional, bidirectional codecs for the Amazon IVS Chat API.
 *
 * Every shape of the API is declared once (`src/shapes`, `src/errors/shapes`); every direction
 * (JSON, XML, query, value tree, make, redact, whole responses) is derived from that declaration
 * by the interpreters in `src/codecs` and `src/errors`.
 *
 * @since 0.1.0
 */
export * as Schema from './codecs/Schema.js'
export type { AST, Schema as SchemaOf, TypeOf, EncodedOf, OpenEnum } from './codecs/Schema.js'
export { DEFAULT_MAX_INPUT_LENGTH, PLAIN_CONVENTIONS } from './codecs/Shape.js'
export { shape, CONVENTIONS } from './protocols/Conventions.js'
export type { Shape, DecodeOptions, MakeInput, Make, Conventions } from './codecs/Shape.js'
export type { QueryConventions } from './codecs/Query.js'
export * as AwsQuery from './protocols/AwsQuery.js'
export type { Mode } from './codecs/Constraints.js'
export { SENSITIVE } from './codecs/Issue.js'
export type { Sensitive } from './codecs/Issue.js'
export type { Redacted } from './codecs/Redact.js'
export { drawTree, toIssues } from './codecs/Report.js'
export type { ReportIssue } from './codecs/Report.js'
export type { Value } from './codecs/Value.js'
export type { TimestampFormat } from './codecs/Timestamp.js'
export { DEFAULT_TIMESTAMP_FORMAT, parseDateTime, formatDateTime, parseHttpDate, formatHttpDate, parseEpochSeconds, formatEpochSeconds } from './codecs/Timestamp.js'
export type { XmlContent } from './codecs/Xml.js'
export { normalizeErrorCode } from './errors/Code.js'
export { errorShape } from './errors/ErrorShape.js'
export type { ErrorShape, ErrorTypeOf, Tagged } from './errors/ErrorShape.js'
export { errorUnion } from './errors/ErrorUnion.js'
export type { AnyErrorShape, ErrorUnion, ErrorUnionType, UnknownOperationError } from './errors/ErrorUnion.js'
export type { HttpHeaders, HttpRequest, IncomingRequest, HttpResponse, EncodedResponse, ResponseMetadata } from './protocols/Http.js'
export { operation } from './protocols/Operation.js'
export type { Operation, AnyOperation, Failure, UndecodableResponse, HttpTrait, RequestValidationError, ValidationField } from './protocols/Operation.js'
export * as RestJson1 from './protocols/RestJson1.js'
export { matchOperation } from './protocols/RestJson1.js'
export { makeClient, clientFor } from './client/Client.js'
export type { IvschatClient, ClientOf, ClientFailure, CallOptions, CallMetadata, WithMetadata, Method, MethodWithMetadata, ClientOperation } from './client/Client.js'
export type { ClientConfig } from './client/Config.js'
export type { Credentials, CredentialsProvider } from './client/Credentials.js'
export { DEFAULT_SIGNING_REGION } from './client/Endpoint.js'
export type { InvalidRequest, InvalidConfiguration, TransportFailure, TransportReason, Attempted } from './client/Failure.js'
export type { RetryDelay } from './client/Retry.js'
export type { Fetch, FetchInit, FetchResponse } from './client/Transport.js'
export * from './errors/shapes/index.js'
export * from './shapes/index.js'
