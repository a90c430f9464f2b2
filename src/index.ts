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
export { shape, DEFAULT_MAX_INPUT_LENGTH } from './codecs/Shape.js'
export type { Shape, DecodeOptions, MakeInput, Make } from './codecs/Shape.js'
export type { Mode } from './codecs/Constraints.js'
export { SENSITIVE } from './codecs/Issue.js'
export type { Sensitive } from './codecs/Issue.js'
export type { Redacted } from './codecs/Redact.js'
export { drawTree, toIssues } from './codecs/Report.js'
export type { ReportIssue } from './codecs/Report.js'
export type { Value } from './codecs/Value.js'
export type { TimestampFormat } from './codecs/Timestamp.js'
export { parseDateTime, formatDateTime, parseHttpDate, formatHttpDate, parseEpochSeconds, formatEpochSeconds } from './codecs/Timestamp.js'
export type { XmlContent } from './codecs/Xml.js'
export { normalizeErrorCode } from './errors/Code.js'
export { errorShape } from './errors/ErrorShape.js'
export type { ErrorShape, ErrorTypeOf, Tagged } from './errors/ErrorShape.js'
export { errorUnion } from './errors/ErrorUnion.js'
export type { AnyErrorShape, ErrorUnion, ErrorUnionType, UnknownOperationError } from './errors/ErrorUnion.js'
export type { HttpResponse, UndecodableResponse, Failure } from './errors/Response.js'
export { operation } from './errors/Operation.js'
export type { Operation } from './errors/Operation.js'
export * from './errors/shapes/index.js'
export * from './shapes/index.js'
