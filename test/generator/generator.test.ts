/**
 * The generator on small synthetic models, for what the IVS Chat model does not exercise: Smithy 2
 * `enum` shapes, `Unit` inputs, service-wide errors, reserved names, unsupported traits, and the
 * printer's line breaking.
 */
import { describe, expect, it } from 'vitest'
import { emit, type GeneratedFile } from '../../scripts/generator/emit.js'
import { planOf, rootNamesOf } from '../../scripts/generator/plan.js'
import { call, object, print, quote, statement, str, text } from '../../scripts/generator/print.js'
import type { SmithyModel, SmithyShape } from '../../scripts/generator/smithy.js'

const ns = 'example.test#'

const modelOf = (shapes: Record<string, SmithyShape>, service: Partial<SmithyShape> = {}): SmithyModel => ({
  smithy: '2.0',
  shapes: {
    [`${ns}Svc`]: {
      type: 'service',
      version: '1',
      operations: Object.keys(shapes)
        .filter((id) => shapes[id]!.type === 'operation')
        .map((id) => ({ target: `${ns}${id}` })),
      ...service
    },
    ...Object.fromEntries(Object.entries(shapes).map(([k, v]) => [`${ns}${k}`, v]))
  }
})

const filesOf = (model: SmithyModel): ReadonlyMap<string, string> => new Map(emit(planOf(model), 'm.json').map((f: GeneratedFile) => [f.path, f.content]))

describe('the generator on synthetic models', () => {
  it('writes Smithy 2 enum shapes (with and without enumValue) as S.enums', () => {
    const files = filesOf(
      modelOf({
        Color: { type: 'enum', members: { RED: { target: 'smithy.api#Unit', traits: { 'smithy.api#enumValue': 'red' } }, BLUE: { target: 'smithy.api#Unit' } } }
      })
    )
    expect(files.get('shapes/Color.ts')).toContain(`export const Color = /* @__PURE__ */ S.enums(['red', 'BLUE'], { shapeId: 'example.test#Color' })`)
  })

  it('passes undefined for a Unit input and output, and adds service-wide errors', () => {
    const files = filesOf(
      modelOf(
        {
          Ping: { type: 'operation', input: { target: 'smithy.api#Unit' }, output: { target: 'smithy.api#Unit' }, traits: { 'smithy.api#http': { method: 'POST', uri: '/Ping' } } },
          Boom: { type: 'structure', members: {}, traits: { 'smithy.api#error': 'server', 'smithy.api#httpError': 503 } }
        },
        { errors: [{ target: `${ns}Boom` }] }
      )
    )
    const ping = files.get('shapes/Ping.ts')!
    expect(ping).toContain('input: undefined,')
    expect(ping).toContain('output: undefined,')
    expect(ping).toContain(`http: { method: 'POST', uri: '/Ping', code: 200 },`)
    expect(ping).toContain(`export const PingError = /* @__PURE__ */ errorUnion([Boom])`)
    expect(ping).toContain(`import { Boom } from '../errors/shapes/Boom.js'`)
    expect(files.get('errors/shapes/Boom.ts')).toContain(`{ shapeId: 'example.test#Boom', error: { fault: 'server', httpStatus: 503 } }`)
  })

  it('binds a shape named like a global under an alias, keeping the exported name', () => {
    const files = filesOf(
      modelOf({
        Number: { type: 'integer', traits: { 'smithy.api#range': { min: 1 } } },
        Counts: { type: 'list', member: { target: `${ns}Number` } },
        Object: { type: 'structure', members: { n: { target: `${ns}Number`, traits: { 'smithy.api#default': 1 } } } }
      })
    )
    expect(files.get('shapes/Number.ts')).toContain(`const Number_ = /* @__PURE__ */ S.integer({ shapeId: 'example.test#Number', range: { min: 1 } })\n\nexport { Number_ as Number }\n`)
    expect(files.get('shapes/Counts.ts')).toContain(`import { Number as Number_ } from './Number.js'`)
    expect(files.get('shapes/Counts.ts')).toContain('/* @__PURE__ */ S.list(Number_, ')
    const obj = files.get('shapes/Object.ts')!
    expect(obj).toContain('n: /* @__PURE__ */ S.withDefault(Number_, 1)')
    expect(obj).toContain('interface Object_ extends S.TypeOf<typeof declaration> {}')
    expect(obj).toContain('const Object_ = /* @__PURE__ */ shape(/* @__PURE__ */ S.named<Object_>()(declaration))')
    expect(obj).toContain('export { Object_ as Object }')
    expect(obj).not.toMatch(/^export (const|type) Object\b/m)
  })

  it('puts what errors reach in src/errors/shapes, and imports it from there', () => {
    const files = filesOf(
      modelOf({
        Msg: { type: 'string' },
        Oops: { type: 'structure', members: { message: { target: `${ns}Msg` } }, traits: { 'smithy.api#error': 'client' } },
        Out: { type: 'structure', members: { m: { target: `${ns}Msg` } } }
      })
    )
    expect([...files.keys()].sort()).toEqual(['errors/shapes/Msg.ts', 'errors/shapes/Oops.ts', 'errors/shapes/index.ts', 'shapes/Out.ts', 'shapes/index.ts', 'shapes/operations.ts'])
    expect(files.get('shapes/Out.ts')).toContain(`import { Msg } from '../errors/shapes/Msg.js'`)
    expect(files.get('errors/shapes/Oops.ts')).toContain(`import { type Tagged, namedError } from '../ErrorShape.js'`)
    expect(files.get('errors/shapes/Oops.ts')).toContain(`import { errorShape } from '../../protocols/Conventions.js'`)
  })

  it('carries the member traits a protocol reads, and leaves a timestamp without a format to the protocol', () => {
    const files = filesOf(
      modelOf({
        Get: {
          type: 'operation',
          input: { target: `${ns}GetInput` },
          traits: { 'smithy.api#http': { method: 'GET', uri: '/things/{id}', code: 201 } }
        },
        GetInput: {
          type: 'structure',
          members: {
            id: { target: `${ns}X`, traits: { 'smithy.api#required': {}, 'smithy.api#httpLabel': {} } },
            keys: { target: `${ns}Xs`, traits: { 'smithy.api#httpQuery': 'k' } },
            when: { target: `${ns}When`, traits: { 'smithy.api#httpHeader': 'X-When', 'smithy.api#timestampFormat': 'http-date' } },
            body: { target: `${ns}X`, traits: { 'smithy.api#jsonName': 'Body', 'smithy.api#xmlName': 'B' } }
          },
          traits: { 'smithy.api#input': {} }
        },
        X: { type: 'string' },
        Xs: { type: 'list', member: { target: `${ns}X` } },
        When: { type: 'timestamp' }
      })
    )
    const input = files.get('shapes/GetInput.ts')!
    expect(input).toContain(`id: /* @__PURE__ */ S.required(X, { httpLabel: true })`)
    expect(input).toContain(`keys: /* @__PURE__ */ S.optional(Xs, { httpQuery: 'k' })`)
    expect(input).toContain(`when: /* @__PURE__ */ S.optional(When, { httpHeader: 'X-When', timestampFormat: 'http-date' })`)
    expect(input).toContain(`body: /* @__PURE__ */ S.optional(X, { jsonName: 'Body', xmlName: 'B' })`)
    expect(files.get('shapes/When.ts')).toContain(`export const When = /* @__PURE__ */ S.timestamp({ shapeId: 'example.test#When' })`)
    expect(files.get('shapes/Get.ts')).toContain(`http: { method: 'GET', uri: '/things/{id}', code: 201 },`)
    expect(files.get('shapes/operations.ts')).toContain(`export const operations = {\n  Get: Get\n}`)
  })

  it('writes named interfaces: closed ones for inputs, and operations typed by their names', () => {
    const files = filesOf(
      modelOf({
        Put: {
          type: 'operation',
          input: { target: `${ns}PutInput` },
          output: { target: `${ns}PutOutput` },
          errors: [{ target: `${ns}Oops` }],
          traits: { 'smithy.api#http': { method: 'POST', uri: '/put' } }
        },
        PutInput: { type: 'structure', members: { color: { target: `${ns}Color` } } },
        PutOutput: { type: 'structure', members: { color: { target: `${ns}Color` } } },
        Color: { type: 'enum', members: { RED: { target: 'smithy.api#Unit' } } },
        Oops: { type: 'structure', members: {}, traits: { 'smithy.api#error': 'client' } }
      })
    )
    const input = files.get('shapes/PutInput.ts')!
    expect(input).toContain('const declaration = /* @__PURE__ */ S.structure(')
    expect(input).toContain('export interface PutInput extends S.ClosedTypeOf<typeof declaration> {}')
    expect(input).toContain(`export const PutInput = /* @__PURE__ */ shape(/* @__PURE__ */ S.namedClosed<PutInput>()(declaration), { mode: 'strict' })`)
    const output = files.get('shapes/PutOutput.ts')!
    expect(output).toContain('export interface PutOutput extends S.TypeOf<typeof declaration> {}')
    expect(output).toContain('export const PutOutput = /* @__PURE__ */ shape(/* @__PURE__ */ S.named<PutOutput>()(declaration))')
    // The interface comes after the declaration it extends, and before the shape that uses it.
    expect(output.indexOf('const declaration')).toBeLessThan(output.indexOf('interface PutOutput'))
    expect(output.indexOf('interface PutOutput')).toBeLessThan(output.indexOf('export const PutOutput'))
    const oops = files.get('errors/shapes/Oops.ts')!
    expect(oops).toContain(`export interface Oops extends Tagged<'Oops', S.TypeOf<typeof declaration>> {}`)
    expect(oops).toContain(`export const Oops = /* @__PURE__ */ namedError<Oops>()(/* @__PURE__ */ errorShape('Oops', declaration))`)
    // An error's interface too comes after its declaration and before the error shape that uses it.
    expect(oops.indexOf('const declaration')).toBeLessThan(oops.indexOf('interface Oops'))
    expect(oops.indexOf('interface Oops')).toBeLessThan(oops.indexOf('export const Oops'))
    const put = files.get('shapes/Put.ts')!
    expect(put).toContain('export type PutError = Oops | UnknownOperationError')
    expect(put).toContain('export type PutFailure = FailureWith<PutError>')
    expect(put).toContain('export const Put: Operation<\n  PutInput,\n  PutOutput,\n  typeof PutError.errors,\n  PutFailure\n> = /* @__PURE__ */ operation({')
  })

  it('refuses what it cannot represent faithfully', () => {
    expect(() => filesOf(modelOf({ Big: { type: 'long' } }))).toThrow(/shapes of type long are not supported/)
    expect(() => filesOf(modelOf({ U: { type: 'list', member: { target: `${ns}X` }, traits: { 'smithy.api#uniqueItems': {} } }, X: { type: 'string' } }))).toThrow(
      /trait smithy.api#uniqueItems is not supported/
    )
    expect(() => filesOf(modelOf({ J: { type: 'structure', members: { a: { target: `${ns}X`, traits: { 'smithy.api#idempotencyToken': {} } } } }, X: { type: 'string' } }))).toThrow(
      /trait smithy.api#idempotencyToken is not supported/
    )
    expect(() => filesOf(modelOf({ Ping: { type: 'operation' } }))).toThrow(/needs an @http trait/)
    expect(() => filesOf(modelOf({ Ref: { type: 'list', member: { target: `${ns}Missing` } } }))).toThrow(/not in the model/)
    expect(() => filesOf(modelOf({ Room: { type: 'string' }, ROOM: { type: 'string' } }))).toThrow(/equal up to letter case/)
  })

  it('refuses a shape named like one of the root’s own exports', () => {
    const names = rootNamesOf(`export * as Schema from './codecs/Schema.js'\nexport type { AST, Schema as SchemaOf } from './codecs/Schema.js'\nexport { shape } from './x.js'`)
    expect([...names].sort()).toEqual(['AST', 'Schema', 'SchemaOf', 'shape'])
    expect(() => planOf(modelOf({ AST: { type: 'string' } }), names)).toThrow(/the package root already exports AST/)
  })
})

describe('the printer', () => {
  it('quotes with single quotes and escapes what must be', () => {
    expect(quote(`it's a \\ "x"\n`)).toBe(`'it\\'s a \\\\ "x"\\n'`)
    expect(quote('^[\\.\\-_/#A-Za-z0-9]+$')).toBe(`'^[\\\\.\\\\-_/#A-Za-z0-9]+$'`)
    // The quoted text reads back as the original string.
    for (const s of [`a'b`, 'back\\slash', 'line\u2028sep', '\u0000\u001f']) expect(new Function(`return ${quote(s)}`)()).toBe(s)
  })

  it('keeps what fits on one line, hugs a last object argument, else one argument per line', () => {
    const traits = object([['shapeId', str('x#Y')]])
    expect(statement('export const Y = ', call('S.string', traits))).toBe(`export const Y = S.string({ shapeId: 'x#Y' })`)
    const long = object([
      ['shapeId', str('a'.repeat(80))],
      ['pattern', str('b'.repeat(80))]
    ])
    expect(statement('export const Y = ', call('S.string', long))).toBe(`export const Y = S.string({\n  shapeId: '${'a'.repeat(80)}',\n  pattern: '${'b'.repeat(80)}'\n})`)
    expect(print(call('f', call('g', text('x')), object([['k', text('1')]], true)), 0, 0, 0)).toBe('f(g(x), {\n  k: 1\n})')
    expect(print(call('f', object([['k', text('1')]], true), text('x')), 0, 0, 0)).toBe('f(\n  {\n    k: 1\n  },\n  x\n)')
  })
})
