
import { describe, it, expect } from 'vitest'
import * as S from '../../src/codecs/Schema.js'
import { shape } from '../../src/codecs/Shape.js'
import { CreateChatTokenResponse } from '../../src/index.js'
import { Color, EverythingSchema, Inner } from '../support/schemas.js'
import * as E from 'fp-ts/lib/Either.js'
import type * as t from 'io-ts'
import { guardOf } from '../../src/codecs/Json.js'
import { toIssues } from '../../src/codecs/Report.js'

describe('schema: declarations are data', () => {
  it('keeps traits only when given', () => {
    expect(S.string().ast).toEqual({ kind: 'string' })
    expect(S.string({ shapeId: 'a#B', sensitive: false }).ast).toEqual({ kind: 'string', shapeId: 'a#B' })
    expect(S.string({ sensitive: true, length: { min: 1 }, pattern: '^a$' }).ast).toEqual({ kind: 'string', sensitive: true, length: { min: 1 }, pattern: '^a$' })
    expect(S.integer({ range: { max: 3 } }).ast).toEqual({ kind: 'integer', range: { max: 3 } })
    expect(S.timestamp('http-date').ast).toEqual({ kind: 'timestamp', format: 'http-date' })
    expect(Color.ast).toEqual({ kind: 'enum', values: ['RED', 'GREEN', 'BLUE'], shapeId: 'test#Color' })
  })

  it('declares members in order, with required and default', () => {
    const ast = EverythingSchema.ast as S.StructureAST
    expect(ast.members.map((m) => m.name)).toEqual(['name', 'color', 'count', 'flag', 'secret', 'inner', 'tags', 'labels', 'secrets', 'created', 'modified', 'expires', 'choice', 'items', 'retries'])
    expect(ast.members.filter((m) => m.required).map((m) => m.name)).toEqual(['name', 'retries'])
    expect(ast.members.find((m) => m.name === 'retries')).toMatchObject({ required: true, default: 3 })
    expect('default' in ast.members.find((m) => m.name === 'name')!).toBe(false)
  })

  it('shares child nodes: a shape declared once is the same node wherever it is used', () => {
    const ast = EverythingSchema.ast as S.StructureAST
    expect(ast.members.find((m) => m.name === 'inner')!.target).toBe(Inner.ast)
    expect((ast.members.find((m) => m.name === 'items')!.target as S.ListAST).member).toBe(Inner.ast)
  })

  it('carries error traits', () => {
    const ast = S.structure('Oops', { message: S.required(S.string()) }, { error: { fault: 'server', httpStatus: 500 } }).ast
    expect(ast).toMatchObject({ kind: 'structure', name: 'Oops', error: { fault: 'server', httpStatus: 500 } })
  })

  it('refuses map keys that are not strings or enums', () => {
    expect(() => S.map(S.integer() as unknown as S.Schema<string, string>, S.string())).toThrow(TypeError)
  })

  it('names nodes for messages', () => {
    expect(S.nameOf(EverythingSchema.ast)).toBe('Everything')
    expect(S.nameOf(S.string().ast)).toBe('string')
    expect(S.nameOf(S.string({ shapeId: 'com.amazonaws.ivschat#ChatToken' }).ast)).toBe('ChatToken')
    expect(S.nameOf(S.list(S.integer()).ast)).toBe('List<integer>')
    expect(S.nameOf(S.map(S.string(), Inner).ast)).toBe('Map<string, Inner>')
  })

  it('memoises a compilation per node', () => {
    let calls = 0
    const compile = S.memoize((ast: S.AST) => {
      calls++
      return { kind: ast.kind }
    })
    const a = compile(EverythingSchema.ast)
    expect(compile(EverythingSchema.ast)).toBe(a)
    expect(calls).toBe(1)
    compile(Inner.ast)
    expect(calls).toBe(2)
  })

  it('throws from absurd, which only an unknown node can reach', () => {
    expect(() => S.absurd({ kind: 'float' } as never)).toThrow('unknown schema node: {"kind":"float"}')
  })

  it('gives a shape its declaration, name and mode', () => {
    expect(CreateChatTokenResponse.name).toBe('CreateChatTokenResponse')
    expect(CreateChatTokenResponse.mode).toBe('lenient')
    expect(CreateChatTokenResponse.ast).toBe(CreateChatTokenResponse.schema.ast)
    const s = shape(S.string({ shapeId: 'x#Y' }), { mode: 'strict' })
    expect([s.name, s.mode]).toEqual(['x#Y', 'strict'])
  })
})

describe('schema constructors', () => {

  it('make a defaulted member required', () => {
    expect(S.withDefault(S.integer(), 1)).toStrictEqual({ schema: S.withDefault(S.integer(), 1).schema, required: true, default: 1 })
  })

  it('name a map by its shape id when it has one', () => {
    expect(S.nameOf(S.map(S.string(), S.string(), { shapeId: 'a.b#Tags' }).ast)).toBe('Tags')
    expect(S.nameOf(S.list(S.string(), { shapeId: 'NoHash' }).ast)).toBe('NoHash')
  })

  it('say what map keys must be', () => {
    expect(() => S.map(S.integer() as never, S.string())).toThrow('map keys must be strings or enums')
  })
})
