/**
 * For every structure and union of the model (errors' bodies included), fast-check builds valid
 * values from the declaration itself and every direction round-trips: JSON, JSON text and XML
 * decode back to the value, the query and value-tree encoders do not throw, and `redact` hides
 * exactly the sensitive values.
 */
import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { SENSITIVE } from '../../src/codecs/Issue.js'
import type { AST } from '../../src/codecs/Schema.js'
import { arbitraryOf } from '../support/arbitrary.js'
import { exportOf, isErrorShape, nameOf, shapeApiOf, shapeIds, shapeOf } from './model.js'

const aggregates = shapeIds.filter((id) => ['structure', 'union'].includes(shapeOf(id).type))

/** Per shape and property: with every shape of the model, thousands of values in all. */
const RUNS = 40

/** What `redact` must give: the value with every sensitive node (present) replaced by the marker. */
const expectedRedaction = (ast: AST, u: unknown): unknown => {
  if (u === undefined || u === null) return u
  if (ast.sensitive === true) return SENSITIVE
  switch (ast.kind) {
    case 'structure':
    case 'union': {
      const o = u as Record<string, unknown>
      const out: Record<string, unknown> = {}
      for (const k of Object.keys(o)) {
        const m = ast.members.find((x) => x.name === k)
        out[k] = m === undefined ? o[k] : expectedRedaction(m.target, o[k])
      }
      return out
    }
    case 'list':
      return (u as ReadonlyArray<unknown>).map((x) => expectedRedaction(ast.member, x))
    case 'map': {
      const o = u as Record<string, unknown>
      return Object.fromEntries(Object.keys(o).map((k) => [k, expectedRedaction(ast.value, o[k])]))
    }
    default:
      return u
  }
}

const containsSensitive = (ast: AST): boolean =>
  ast.sensitive === true ||
  (ast.kind === 'structure' || ast.kind === 'union'
    ? ast.members.some((m) => containsSensitive(m.target))
    : ast.kind === 'list'
      ? containsSensitive(ast.member)
      : ast.kind === 'map'
        ? containsSensitive(ast.value)
        : false)

describe('round trips of every structure and union', () => {
  it('covers the 47 structures and the union', () => {
    expect(aggregates).toHaveLength(48)
  })

  describe.each(aggregates.map((id) => [nameOf(id), id] as const))('%s', (_name, id) => {
    const s = shapeApiOf(id)

    it('fromJson(toJson(x)) and fromString(JSON.stringify(toJson(x))) give x back; toQuery, toValue and is accept it; redact hides the sensitive values', () => {
      fc.assert(
        fc.property(arbitraryOf(s), (x) => {
          const json = s.toJson(x)
          expect(s.fromJson(json)).toEqual(E.right(x))
          expect(s.fromJson(json, { strict: true })).toEqual(E.right(x))
          expect(s.fromString(JSON.stringify(json))).toEqual(E.right(x))
          expect(typeof s.toQuery(x)).toBe('string')
          expect(s.toValue(x)).toBeDefined()
          expect(s.is(x)).toBe(true)
          expect(s.redact(x)).toEqual(expectedRedaction(s.ast, x))
        }),
        { numRuns: RUNS }
      )
    })

    it('fromXml(toXml(x)) gives x back', () => {
      fc.assert(
        fc.property(arbitraryOf(s, { xmlSafe: true }), (x) => {
          expect(s.fromXml(s.toXml(x))).toEqual(E.right(x))
        }),
        { numRuns: RUNS }
      )
    })

    if (isErrorShape(exportOf(id))) {
      it('as an error: fromJson(toJson(e)) gives the tagged error back', () => {
        const err = exportOf(id)
        if (!isErrorShape(err)) return
        fc.assert(
          fc.property(arbitraryOf(s), (x) => {
            const e = err.make(x as never)
            expect(e).toEqual({ _tag: err.name, ...(x as object) })
            expect(err.fromJson(err.toJson(e))).toEqual(E.right(e))
            expect(err.is(e)).toBe(true)
          }),
          { numRuns: RUNS }
        )
      })
    }
  })

  it('redact replaces a sensitive value that is present, in requests and responses', () => {
    const sensitiveOnes = aggregates.filter((id) => containsSensitive(shapeApiOf(id).ast)).map(nameOf)
    expect(sensitiveOnes.sort()).toEqual(['CreateChatTokenRequest', 'CreateChatTokenResponse', 'DisconnectUserRequest'])
    const req = shapeApiOf('com.amazonaws.ivschat#DisconnectUserRequest')
    const x = { roomIdentifier: 'arn:aws:ivschat:us-west-2:123456789012:room/g1H2I3j4k5L6', userId: 'viewer-42', reason: 'spam' }
    expect(req.redact(x)).toEqual({ ...x, userId: SENSITIVE })
    expect(JSON.stringify(req.redact(x))).not.toContain('viewer-42')
  })
})
