/**
 * Helpers for the ports of Smithy's restJson1 protocol tests: results unwrapped with a readable
 * failure, and the fields a `ValidationException` names, whatever notation it uses for a path
 * (`/list/0` as Smithy writes it, or `list[0]`).
 */
import * as E from 'fp-ts/lib/Either.js'
import { expect } from 'vitest'
import type { HttpRequest } from '../../../src/protocols/Http.js'
import { type LooseOperation, plain } from './compare.js'

/** Our request, or a thrown error naming why it was refused. */
export const requestOf = (op: LooseOperation, input: unknown): HttpRequest => {
  const r = op.encodeRequest(input)
  if (E.isLeft(r)) throw new Error(`${op.name}: encodeRequest refused ${JSON.stringify(input)}: ${JSON.stringify(r.left.map((e) => e.message))}`)
  return r.right
}

/** Our decoded response, comparable (see compare.ts), or the failure as it is. */
export const decoded = (op: LooseOperation, statusCode: number, headers: Record<string, string>, body: string | undefined): { right: unknown } | { left: Record<string, unknown> } => {
  const r = op.decodeResponse({ statusCode, headers, ...(body === undefined ? {} : { body }) })
  return E.isRight(r) ? { right: plain(r.right) } : { left: r.left }
}

/** The segments of a field path: `/a/0/b`, `a[0].b` and `a.0.b` all give `['a', '0', 'b']`. */
export const segmentsOf = (path: string): ReadonlyArray<string> =>
  path
    .replace(/\[(\d+)\]/g, '.$1')
    .split(/[./]/)
    .filter((s) => s !== '')

/**
 * Asserts that `decodeRequest` refused with a ValidationException whose fieldList names exactly
 * the given fields (Smithy paths such as `/tags/0`), and returns it.
 */
export const expectRefusal = (op: LooseOperation, request: unknown, fields: ReadonlyArray<string>): Record<string, unknown> => {
  const r = op.decodeRequest(request)
  if (E.isRight(r)) throw new Error(`${op.name}: decodeRequest accepted ${JSON.stringify(request)} as ${JSON.stringify(r.right)}`)
  const v = r.left
  expect(v['_tag']).toBe('ValidationException')
  expect(v['reason']).toBe('FIELD_VALIDATION_FAILED')
  const named = ((v['fieldList'] ?? []) as ReadonlyArray<{ name: string }>).map((f) => segmentsOf(f.name))
  expect(named).toEqual(fields.map(segmentsOf))
  return v
}

/** Asserts that `decodeRequest` refused with a ValidationException (the body as a whole, no field to name). */
export const expectBodyRefusal = (op: LooseOperation, request: unknown): Record<string, unknown> => {
  const r = op.decodeRequest(request)
  if (E.isRight(r)) throw new Error(`${op.name}: decodeRequest accepted ${JSON.stringify(request)} as ${JSON.stringify(r.right)}`)
  expect(r.left['_tag']).toBe('ValidationException')
  return r.left
}

/** The input `decodeRequest` gives, comparable. */
export const acceptedInput = (op: LooseOperation, request: unknown): unknown => {
  const r = op.decodeRequest(request)
  if (E.isLeft(r)) throw new Error(`${op.name}: decodeRequest refused ${JSON.stringify(request)}: ${JSON.stringify(r.left)}`)
  return plain(r.right)
}
