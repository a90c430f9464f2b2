/**
 * ivschat-codecs: functional, bidirectional codecs for the Amazon IVS Chat API.
 *
 * Every shape of the API is declared once (`src/shapes`, `src/errors/shapes`); every direction
 * (JSON, XML, query, value tree, make, redact, whole responses) is derived from that declaration
 * by the interpreters in `src/codecs` and `src/errors`.
 *
 * @since 0.1.0
 */
export * as Schema from './codecs/Schema.js';
export { DEFAULT_MAX_INPUT_LENGTH, PLAIN_CONVENTIONS } from './codecs/Shape.js';
export { shape, CONVENTIONS } from './protocols/Conventions.js';
export * as AwsQuery from './protocols/AwsQuery.js';
export { SENSITIVE } from './codecs/Issue.js';
export { drawTree, toIssues } from './codecs/Report.js';
export { DEFAULT_TIMESTAMP_FORMAT, parseDateTime, formatDateTime, parseHttpDate, formatHttpDate, parseEpochSeconds, formatEpochSeconds } from './codecs/Timestamp.js';
export { normalizeErrorCode } from './protocols/restJson1/ErrorCode.js';
export { errorShape, errorUnion, ERROR_CONVENTIONS } from './protocols/Conventions.js';
export { PLAIN_ERROR_CONVENTIONS } from './errors/Conventions.js';
export { operation } from './protocols/Operation.js';
export * as RestJson1 from './protocols/RestJson1.js';
export { matchOperation } from './protocols/RestJson1.js';
export { makeClient, clientFor } from './client/Client.js';
export { DEFAULT_SIGNING_REGION } from './client/Endpoint.js';
export { startServer } from './server/Server.js';
export * from './errors/shapes/index.js';
export * from './shapes/index.js';
