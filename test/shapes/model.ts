/**
 * The model as the tests read it: straight from the JSON AST, with the errata applied, and a
 * way to find each shape's declaration among the package root's exports. Deliberately written
 * apart from the generator, so the tests do not grade the generator with its own reading.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { AST } from '../../src/codecs/Schema.js'
import type { Shape } from '../../src/codecs/Shape.js'
import type { ErrorShape } from '../../src/errors/ErrorShape.js'
import type { Operation } from '../../src/protocols/Operation.js'
import type { AnyErrorShape } from '../../src/errors/ErrorUnion.js'
import * as root from '../../src/index.js'
import { applyErrata } from '../../scripts/generator/errata.js'
import type { SmithyModel, SmithyShape } from '../../scripts/generator/smithy.js'

export const MODEL_PATH = fileURLToPath(new URL('../../model/ivschat-2020-07-14.json', import.meta.url))

/** The model copy, as published. */
export const rawModel = JSON.parse(readFileSync(MODEL_PATH, 'utf8')) as SmithyModel

/** The model with the errata applied. */
export const model: SmithyModel = applyErrata(rawModel)

export const nameOf = (id: string): string => id.slice(id.indexOf('#') + 1)

/** Every shape id but the service and the operations, in model order. */
export const shapeIds: ReadonlyArray<string> = Object.keys(model.shapes).filter((id) => !['service', 'operation'].includes(model.shapes[id]!.type))

export const shapeOf = (id: string): SmithyShape => model.shapes[id]!

export const operationIds: ReadonlyArray<string> = Object.keys(model.shapes).filter((id) => model.shapes[id]!.type === 'operation')

export const isError = (s: SmithyShape): boolean => s.traits?.['smithy.api#error'] !== undefined

/** Shape ids that are some operation's input. */
export const inputIds: ReadonlySet<string> = new Set(operationIds.map((id) => model.shapes[id]!.input?.target).filter((t): t is string => t !== undefined && t !== 'smithy.api#Unit'))

/** The package root's exports, by name. */
export const rootExports = root as unknown as Readonly<Record<string, unknown>>

export type AnyShape = Shape<unknown, unknown>
export type AnyError = ErrorShape<string, unknown, unknown>
export type AnyOperation = Operation<unknown, unknown, ReadonlyArray<AnyErrorShape>>

const isObject = (u: unknown): u is Record<string, unknown> => typeof u === 'object' && u !== null

/** Whether a root export is an error shape (it has a body shape). */
export const isErrorShape = (u: unknown): u is AnyError => isObject(u) && isObject(u['body']) && typeof u['fromJson'] === 'function'

/** The declaration node of a root export: a schema's or shape's `ast`, an error shape's body's. */
export const astOf = (u: unknown): AST => {
  if (isErrorShape(u)) return u.body.ast
  if (isObject(u) && isObject(u['ast'])) return u['ast'] as unknown as AST
  throw new Error('not a declaration')
}

/** The root export of a shape id. */
export const exportOf = (id: string): unknown => {
  const v = rootExports[nameOf(id)]
  if (v === undefined) throw new Error(`the package root exports no ${nameOf(id)}`)
  return v
}

/** The whole-shape API (`fromJson`, `toJson`, …) of a structure or union, or an error's body. */
export const shapeApiOf = (id: string): AnyShape => {
  const v = exportOf(id)
  return (isErrorShape(v) ? v.body : v) as AnyShape
}

/** The operation value of an operation id. */
export const operationOf = (id: string): AnyOperation => rootExports[nameOf(id)] as AnyOperation
