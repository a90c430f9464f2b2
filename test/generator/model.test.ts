/**
 * The generated declarations against the model: every shape of the model exists under its name
 * at the package root, with the same kind, members, targets, constraints (after the errata),
 * sensitivity, timestamp format, defaults and error traits; every operation exists with its
 * input, output and errors. The expectations are read from the model JSON here, not from the
 * generator.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { AST } from '../../src/codecs/Schema.js'
import {
  astOf,
  exportOf,
  inputIds,
  isError,
  isErrorShape,
  model,
  nameOf,
  operationIds,
  operationOf,
  rawModel,
  rootExports,
  shapeIds,
  shapeOf
} from '../shapes/model.js'

const traitOf = (s: { readonly traits?: Readonly<Record<string, unknown>> } | undefined, t: string): unknown => s?.traits?.[`smithy.api#${t}`]

const bounds = (u: unknown): unknown => {
  if (u === undefined) return undefined
  const b = u as { min?: number; max?: number }
  return { ...(b.min !== undefined ? { min: b.min } : {}), ...(b.max !== undefined ? { max: b.max } : {}) }
}

const SHAPE_API = ['make', 'fromJson', 'fromString', 'fromXml', 'toJson', 'toXml', 'toQuery', 'toValue', 'redact', 'is'] as const

describe('the model copy', () => {
  it('has what the brief counts: 17 operations, 47 structures of which 8 errors, 1 union', () => {
    const types = Object.values(rawModel.shapes).map((s) => s.type)
    expect(types.filter((t) => t === 'operation')).toHaveLength(17)
    expect(types.filter((t) => t === 'structure')).toHaveLength(47)
    expect(Object.values(rawModel.shapes).filter(isError)).toHaveLength(8)
    expect(types.filter((t) => t === 'union')).toHaveLength(1)
    expect(shapeIds).toHaveLength(97)
  })
})

describe('every shape of the model is declared as the model says', () => {
  it.each(shapeIds.map((id) => [nameOf(id), id]))('%s', (_name, id) => {
    const s = shapeOf(id)
    const exported = exportOf(id)
    const ast = astOf(exported)
    expect(ast.shapeId).toBe(id)
    expect(ast.sensitive === true).toBe(traitOf(s, 'sensitive') !== undefined)

    /** A member target is the very declaration exported for the target's shape id. */
    const expectTarget = (node: AST, target: string): void => {
      expect(node.shapeId).toBe(target)
      expect(node).toBe(astOf(exportOf(target)))
    }

    const enumTrait = traitOf(s, 'enum') as ReadonlyArray<{ readonly value: string }> | undefined
    if (s.type === 'enum' || enumTrait !== undefined) {
      expect(ast.kind).toBe('enum')
      if (ast.kind !== 'enum') return
      const values =
        s.type === 'enum' ? Object.entries(s.members ?? {}).map(([n, m]) => (traitOf(m, 'enumValue') as string | undefined) ?? n) : enumTrait!.map((e) => e.value)
      expect(ast.values).toEqual(values)
      return
    }
    switch (s.type) {
      case 'string':
        expect(ast).toMatchObject({ kind: 'string' })
        if (ast.kind !== 'string') return
        expect(ast.length).toEqual(bounds(traitOf(s, 'length')))
        expect(ast.pattern).toBe(traitOf(s, 'pattern'))
        return
      case 'integer':
        expect(ast.kind).toBe('integer')
        if (ast.kind !== 'integer') return
        expect(ast.range).toEqual(bounds(traitOf(s, 'range')))
        return
      case 'boolean':
        expect(ast.kind).toBe('boolean')
        return
      case 'timestamp':
        expect(ast).toEqual({ kind: 'timestamp', shapeId: id, format: traitOf(s, 'timestampFormat') ?? 'epoch-seconds' })
        return
      case 'list':
        expect(ast.kind).toBe('list')
        if (ast.kind !== 'list') return
        expectTarget(ast.member, s.member!.target)
        expect(ast.length).toEqual(bounds(traitOf(s, 'length')))
        return
      case 'map':
        expect(ast.kind).toBe('map')
        if (ast.kind !== 'map') return
        expectTarget(ast.key, s.key!.target)
        expectTarget(ast.value, s.value!.target)
        expect(ast.length).toEqual(bounds(traitOf(s, 'length')))
        return
      case 'structure':
      case 'union': {
        expect(ast.kind).toBe(s.type)
        if (ast.kind !== 'structure' && ast.kind !== 'union') return
        expect(ast.name).toBe(nameOf(id))
        const members = Object.entries(s.members ?? {})
        expect(ast.members.map((m) => m.name)).toEqual(members.map(([n]) => n))
        members.forEach(([n, m], i) => {
          const node = ast.members[i]!
          expectTarget(node.target, m.target)
          const dflt = traitOf(m, 'default')
          expect(node.required, `${n} required`).toBe(traitOf(m, 'required') !== undefined || (dflt !== undefined && dflt !== null))
          if (dflt === undefined || dflt === null) expect('default' in node, `${n} has no default`).toBe(false)
          else expect(node.default, `${n} default`).toEqual(dflt)
        })
        if (ast.kind === 'structure') {
          if (isError(s)) {
            const status = traitOf(s, 'httpError')
            expect(ast.error).toEqual({ fault: traitOf(s, 'error'), ...(status !== undefined ? { httpStatus: status } : {}) })
            expect(isErrorShape(exported)).toBe(true)
            if (!isErrorShape(exported)) return
            expect(exported.name).toBe(nameOf(id))
            expect(exported.httpStatus).toBe(status)
            expect(exported.fault).toBe(traitOf(s, 'error'))
            expect(exported.body.mode).toBe('lenient')
          } else {
            expect(ast.error).toBeUndefined()
          }
        }
        if (!isErrorShape(exported)) {
          const api = exported as Record<string, unknown>
          for (const f of SHAPE_API) expect(typeof api[f], f).toBe('function')
          expect(typeof (api['codec'] as { readonly decode?: unknown }).decode).toBe('function')
          expect((api['schema'] as { readonly ast?: unknown }).ast).toBe(ast)
          expect(api['name']).toBe(nameOf(id))
          expect(api['mode']).toBe(inputIds.has(id) ? 'strict' : 'lenient')
        }
        return
      }
      default:
        throw new Error(`${id}: a ${s.type} shape the test does not know`)
    }
  })

  it('request shapes are exactly the operations’ inputs, and only they decode strictly', () => {
    const strict = shapeIds.filter((id) => {
      const v = exportOf(id) as { readonly mode?: unknown }
      return v.mode === 'strict'
    })
    expect(new Set(strict)).toEqual(inputIds)
    expect(strict).toHaveLength(17)
  })

  it('marks exactly ChatToken, UserID and ChatTokenAttributes as sensitive', () => {
    expect(shapeIds.filter((id) => astOf(exportOf(id)).sensitive === true).map(nameOf).sort()).toEqual(['ChatToken', 'ChatTokenAttributes', 'UserID'])
  })
})

describe('every operation of the model is declared as the model says', () => {
  it.each(operationIds.map((id) => [nameOf(id), id]))('%s', (name, id) => {
    const s = shapeOf(id)
    const op = operationOf(id)
    expect(op.name).toBe(name)
    expect(typeof op.decodeResponse).toBe('function')
    const io = (ref: { readonly target: string } | undefined, got: unknown): void => {
      if (ref === undefined || ref.target === 'smithy.api#Unit') expect(got).toBeUndefined()
      else expect(got).toBe(exportOf(ref.target))
    }
    io(s.input, op.input)
    io(s.output, op.output)
    expect(op.errors.errors.map((e) => e.name)).toEqual((s.errors ?? []).map((e) => nameOf(e.target)))
    op.errors.errors.forEach((e, i) => expect(e).toBe(exportOf(s.errors![i]!.target)))
    expect(rootExports[`${name}Error`]).toBe(op.errors)
  })

  it('the service lists every operation', () => {
    const service = Object.values(model.shapes).find((s) => s.type === 'service')!
    expect((service.operations ?? []).map((o) => o.target).sort()).toEqual([...operationIds].sort())
  })
})

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../../src')

const filesUnder = (dir: string): ReadonlyArray<string> =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []))

const importsOf = (file: string): ReadonlyArray<string> => [...readFileSync(file, 'utf8').matchAll(/^import[^'\n]*'([^']+)'/gm)].map((m) => resolve(dirname(file), m[1]!))

describe('the layering and the names', () => {
  it('nothing in src/errors imports from src/shapes', () => {
    const offenders = filesUnder(join(SRC, 'errors')).flatMap((f) => importsOf(f).filter((i) => i.startsWith(join(SRC, 'shapes') + '/')).map((i) => `${f} → ${i}`))
    expect(offenders).toEqual([])
  })

  it('src/errors/shapes imports only src/codecs, src/errors, the package conventions and itself', () => {
    const offenders = filesUnder(join(SRC, 'errors/shapes')).flatMap((f) =>
      importsOf(f)
        .filter((i) => !i.startsWith(join(SRC, 'codecs') + '/') && !i.startsWith(join(SRC, 'errors') + '/') && i !== join(SRC, 'protocols/Conventions.js'))
        .map((i) => `${f} → ${i}`)
    )
    expect(offenders).toEqual([])
  })

  it('no generated module binds the name of a global', () => {
    const bound: Array<string> = []
    for (const f of [...filesUnder(join(SRC, 'shapes')), ...filesUnder(join(SRC, 'errors/shapes'))]) {
      const text = readFileSync(f, 'utf8')
      for (const m of text.matchAll(/^(?:export )?(?:const|type) ([A-Za-z_$][\w$]*)/gm)) bound.push(`${f}: ${m[1]!}`)
      for (const m of text.matchAll(/^import (?:type )?\{([^}]*)\}/gm)) {
        for (const part of m[1]!.split(',')) bound.push(`${f}: ${part.replace(/^\s*type\s+/, '').split(/\s+as\s+/).pop()!.trim()}`)
      }
    }
    expect(bound.length).toBeGreaterThan(200)
    expect(bound.filter((b) => b.split(': ')[1]! in globalThis)).toEqual([])
  })

  it('the shape named String is exported as String and is not the global', () => {
    expect(rootExports['String']).not.toBe(globalThis.String)
    expect(astOf(rootExports['String'])).toEqual({ kind: 'string', shapeId: 'com.amazonaws.ivschat#String' })
  })
})
