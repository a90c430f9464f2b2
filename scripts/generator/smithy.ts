/**
 * The part of the Smithy 2.0 JSON AST the generator reads: shapes, members, traits, operations
 * and the service. Anything else in the model is carried along untouched and ignored.
 *
 * Reference: https://smithy.io/2.0/spec/json-ast.html
 */
import { readFileSync } from 'node:fs'

/** A trait map: trait shape id to its JSON value. */
export type SmithyTraits = Readonly<Record<string, unknown>>

/** A reference to another shape. */
export interface SmithyRef {
  readonly target: string
}

/** A member of a structure, union, enum or intEnum. */
export interface SmithyMember extends SmithyRef {
  readonly traits?: SmithyTraits
}

/** One shape of the model. */
export interface SmithyShape {
  readonly type: string
  readonly traits?: SmithyTraits
  readonly member?: SmithyMember
  readonly key?: SmithyMember
  readonly value?: SmithyMember
  readonly members?: Readonly<Record<string, SmithyMember>>
  readonly input?: SmithyRef
  readonly output?: SmithyRef
  readonly errors?: ReadonlyArray<SmithyRef>
  readonly operations?: ReadonlyArray<SmithyRef>
  readonly resources?: ReadonlyArray<SmithyRef>
  readonly version?: string
}

/** A whole model. */
export interface SmithyModel {
  readonly smithy: string
  readonly shapes: Readonly<Record<string, SmithyShape>>
}

/** Smithy's `Unit`: an operation whose input or output is `Unit` has none. */
export const UNIT = 'smithy.api#Unit'

/** Trait ids the generator reads. */
export const T = {
  required: 'smithy.api#required',
  default: 'smithy.api#default',
  sensitive: 'smithy.api#sensitive',
  length: 'smithy.api#length',
  range: 'smithy.api#range',
  pattern: 'smithy.api#pattern',
  enum: 'smithy.api#enum',
  enumValue: 'smithy.api#enumValue',
  timestampFormat: 'smithy.api#timestampFormat',
  error: 'smithy.api#error',
  httpError: 'smithy.api#httpError',
  http: 'smithy.api#http',
  httpLabel: 'smithy.api#httpLabel',
  httpQuery: 'smithy.api#httpQuery',
  httpHeader: 'smithy.api#httpHeader',
  httpPayload: 'smithy.api#httpPayload',
  httpResponseCode: 'smithy.api#httpResponseCode',
  jsonName: 'smithy.api#jsonName',
  xmlName: 'smithy.api#xmlName',
  xmlFlattened: 'smithy.api#xmlFlattened',
  restJson1: 'aws.protocols#restJson1'
} as const

/** Reads and minimally checks a Smithy JSON AST file. */
export const readModel = (path: string): SmithyModel => {
  const text = readFileSync(path, 'utf8')
  const u: unknown = JSON.parse(text)
  if (typeof u !== 'object' || u === null || !('shapes' in u) || !('smithy' in u)) throw new Error(`${path}: not a Smithy JSON AST model`)
  const model = u as SmithyModel
  if (!model.smithy.startsWith('2.')) throw new Error(`${path}: expected a Smithy 2 model, got version ${model.smithy}`)
  return model
}

/** The name of a shape id: `com.amazonaws.ivschat#ChatToken` is `ChatToken`. */
export const nameOfId = (id: string): string => id.slice(id.indexOf('#') + 1)

/** Whether a trait is present (Smithy annotation traits are `{}`). */
export const has = (traits: SmithyTraits | undefined, id: string): boolean => traits !== undefined && Object.prototype.hasOwnProperty.call(traits, id)

/** The one service shape of the model. */
export const serviceOf = (model: SmithyModel): readonly [string, SmithyShape] => {
  const services = Object.entries(model.shapes).filter(([, s]) => s.type === 'service')
  if (services.length !== 1) throw new Error(`expected exactly one service in the model, found ${services.length}`)
  return services[0]!
}
