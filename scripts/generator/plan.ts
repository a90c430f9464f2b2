/**
 * The plan: which shapes the generator writes, under which names, into which directory, and in
 * which mode. Pure; reads only the (corrected) model.
 *
 * - Every shape of the model except the service and its operations gets one file.
 * - Error structures (`@error`) and every shape they reach go to `src/errors/shapes`, so that
 *   `src/errors` never imports from `src/shapes`; everything else goes to `src/shapes`, which may
 *   import from `src/errors/shapes`.
 * - Each operation gets one file in `src/shapes` holding its error union and its value.
 * - Structures that are some operation's input are decoded strictly; everything else leniently.
 * - A shape named like a global (the model has `String`) keeps its model name as its export,
 *   but is bound in every module under an alias (`String_`), so no module shadows the global.
 */
import { has, nameOfId, serviceOf, type SmithyModel, type SmithyShape, T, UNIT } from './smithy.js'

/** Where a file goes, relative to the output root (`src`). */
export type Dir = 'shapes' | 'errors/shapes'

/** One shape to write. */
export interface PlannedShape {
  readonly id: string
  /** The exported name: the model's name. */
  readonly name: string
  /** The name it is bound to inside modules (differs from `name` only for reserved names). */
  readonly local: string
  readonly shape: SmithyShape
  readonly dir: Dir
  /** Operations this shape is the input of. */
  readonly inputOf: ReadonlyArray<string>
  /** Operations this shape is the output of. */
  readonly outputOf: ReadonlyArray<string>
}

/** One operation to write. */
export interface PlannedOperation {
  readonly id: string
  readonly name: string
  readonly shape: SmithyShape
  /** The input shape id, or `undefined` for `Unit`. */
  readonly input: string | undefined
  /** The output shape id, or `undefined` for `Unit`. */
  readonly output: string | undefined
  /** Declared error shape ids: the operation's, then the service's. */
  readonly errors: ReadonlyArray<string>
}

/** The whole plan. */
export interface Plan {
  readonly serviceId: string
  readonly service: SmithyShape
  readonly shapes: ReadonlyMap<string, PlannedShape>
  readonly operations: ReadonlyArray<PlannedOperation>
}

/**
 * Names no module may bind: JavaScript and host globals a shape could be named after, TypeScript
 * utility types (structures also export a type of their name), and the identifiers generated
 * files import themselves.
 */
export const RESERVED: ReadonlySet<string> = new Set([
  // ECMAScript globals
  'AggregateError', 'Array', 'ArrayBuffer', 'Atomics', 'BigInt', 'BigInt64Array', 'BigUint64Array', 'Boolean', 'DataView', 'Date', 'Error',
  'EvalError', 'FinalizationRegistry', 'Float32Array', 'Float64Array', 'Function', 'Infinity', 'Int16Array', 'Int32Array', 'Int8Array', 'Intl',
  'JSON', 'Map', 'Math', 'NaN', 'Number', 'Object', 'Promise', 'Proxy', 'RangeError', 'ReferenceError', 'Reflect', 'RegExp', 'Set',
  'SharedArrayBuffer', 'String', 'Symbol', 'SyntaxError', 'TypeError', 'URIError', 'Uint16Array', 'Uint32Array', 'Uint8Array',
  'Uint8ClampedArray', 'WeakMap', 'WeakRef', 'WeakSet',
  // host globals (Node, web)
  'AbortController', 'AbortSignal', 'Blob', 'Buffer', 'Event', 'EventTarget', 'File', 'FormData', 'Headers', 'Request', 'Response',
  'TextDecoder', 'TextEncoder', 'URL', 'URLSearchParams', 'WebSocket',
  // TypeScript utility types
  'Awaited', 'Capitalize', 'ConstructorParameters', 'Exclude', 'Extract', 'InstanceType', 'Lowercase', 'NonNullable', 'Omit', 'Parameters',
  'Partial', 'Pick', 'Readonly', 'ReadonlyArray', 'Record', 'Required', 'ReturnType', 'Uncapitalize', 'Uppercase',
  // what generated files import
  'S', 'shape', 'errorShape', 'ErrorTypeOf', 'Tagged', 'namedError', 'operation', 'errorUnion', 'ErrorUnionType', 'Failure', 'operations',
  'Operation', 'FailureWith', 'UnknownOperationError', 'declaration'
])

/**
 * The names the package root (`src/index.ts`) exports itself, besides the shape barrels: a shape
 * named like one of them would be hidden by the root's own export, so the generator refuses it.
 */
export const rootNamesOf = (indexSource: string): ReadonlySet<string> => {
  const names = new Set<string>()
  for (const m of indexSource.matchAll(/^export\s+(?:type\s+)?\{([^}]*)\}/gm)) {
    for (const part of m[1]!.split(',')) {
      const name = part.trim().split(/\s+as\s+/).pop()?.trim()
      if (name !== undefined && name !== '') names.add(name)
    }
  }
  for (const m of indexSource.matchAll(/^export\s+\*\s+as\s+([A-Za-z_$][\w$]*)/gm)) names.add(m[1]!)
  return names
}

/** The alias a reserved name is bound to inside modules. */
export const localNameOf = (name: string): string => (RESERVED.has(name) ? `${name}_` : name)

/** The shape ids a shape refers to directly. */
export const targetsOf = (shape: SmithyShape): ReadonlyArray<string> => {
  switch (shape.type) {
    case 'list':
    case 'set':
      return shape.member === undefined ? [] : [shape.member.target]
    case 'map':
      return [shape.key?.target, shape.value?.target].filter((t): t is string => t !== undefined)
    case 'structure':
    case 'union':
      return Object.values(shape.members ?? {}).map((m) => m.target)
    default:
      return []
  }
}

const isPrelude = (id: string): boolean => id.startsWith('smithy.api#')

/** Builds the plan. Throws on anything it cannot represent faithfully. */
export const planOf = (model: SmithyModel, rootNames: ReadonlySet<string> = new Set()): Plan => {
  const [serviceId, service] = serviceOf(model)
  if (service.resources !== undefined && service.resources.length > 0) throw new Error('service resources are not supported: list their operations on the service')

  const operations: Array<PlannedOperation> = []
  const inputOf = new Map<string, Array<string>>()
  const outputOf = new Map<string, Array<string>>()
  const serviceErrors = (service.errors ?? []).map((e) => e.target)
  for (const ref of service.operations ?? []) {
    const shape = model.shapes[ref.target]
    if (shape === undefined || shape.type !== 'operation') throw new Error(`${ref.target}: not an operation of the model`)
    const name = nameOfId(ref.target)
    const input = shape.input === undefined || shape.input.target === UNIT ? undefined : shape.input.target
    const output = shape.output === undefined || shape.output.target === UNIT ? undefined : shape.output.target
    if (input !== undefined) inputOf.set(input, [...(inputOf.get(input) ?? []), name])
    if (output !== undefined) outputOf.set(output, [...(outputOf.get(output) ?? []), name])
    const errors = [...(shape.errors ?? []).map((e) => e.target), ...serviceErrors.filter((e) => !(shape.errors ?? []).some((x) => x.target === e))]
    operations.push({ id: ref.target, name, shape, input, output, errors })
  }
  operations.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))

  // Error structures and everything they reach.
  const errorClosure = new Set<string>()
  const visit = (id: string): void => {
    if (errorClosure.has(id) || isPrelude(id)) return
    const s = model.shapes[id]
    if (s === undefined) throw new Error(`${id}: referenced but not in the model`)
    errorClosure.add(id)
    for (const t of targetsOf(s)) visit(t)
  }
  for (const [id, s] of Object.entries(model.shapes)) if (s.type === 'structure' && has(s.traits, T.error)) visit(id)

  const shapes = new Map<string, PlannedShape>()
  const files = new Map<string, string>()
  for (const id of Object.keys(model.shapes).sort()) {
    const shape = model.shapes[id]!
    if (shape.type === 'service' || shape.type === 'operation') continue
    if (shape.type === 'resource') throw new Error(`${id}: resources are not supported`)
    const name = nameOfId(id)
    if (rootNames.has(name)) throw new Error(`${id}: the package root already exports ${name}, and a shape may not be exported under a name the root already uses`)
    const clash = files.get(name.toLowerCase())
    if (clash !== undefined) throw new Error(`${id} and ${clash}: names equal up to letter case cannot have their own files on every file system`)
    files.set(name.toLowerCase(), id)
    for (const t of targetsOf(shape)) if (!isPrelude(t) && model.shapes[t] === undefined) throw new Error(`${id}: targets ${t}, which is not in the model`)
    shapes.set(id, {
      id,
      name,
      local: localNameOf(name),
      shape,
      dir: errorClosure.has(id) ? 'errors/shapes' : 'shapes',
      inputOf: inputOf.get(id) ?? [],
      outputOf: outputOf.get(id) ?? []
    })
  }
  const locals = new Set([...shapes.values()].map((s) => s.name))
  for (const s of shapes.values()) if (s.local !== s.name && locals.has(s.local)) throw new Error(`${s.id}: its alias ${s.local} is also a shape name`)
  for (const op of operations) {
    for (const n of [op.name, `${op.name}Error`, `${op.name}Failure`]) {
      if (locals.has(n) || RESERVED.has(n) || rootNames.has(n)) throw new Error(`${op.id}: the name ${n} is already taken`)
    }
    const clash = files.get(op.name.toLowerCase())
    if (clash !== undefined) throw new Error(`${op.id} and ${clash}: names equal up to letter case cannot have their own files on every file system`)
    files.set(op.name.toLowerCase(), op.id)
    for (const e of op.errors) if (!shapes.has(e) || !has(shapes.get(e)!.shape.traits, T.error)) throw new Error(`${op.id}: declares ${e}, which is not an error structure`)
  }
  return { serviceId, service, shapes, operations }
}
