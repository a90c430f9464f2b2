/**
 * Constraints at their edges. For every constrained string, enum, list, map (and map key) and
 * integer reachable from a request shape: min−1 and max+1 where they exist, a pattern miss, a
 * value outside an enum. Each invalid value is planted into an otherwise valid request (built by
 * the arbitrary from the declaration) and must be a `Left` in strict mode, with exactly one error
 * whose message names the path, the constraint and the length or size, and never a sensitive
 * value. Responses and errors are lenient unless asked: the same kind of violation planted into
 * them is a `Right` by default and a `Left` with `{ strict: true }`.
 */
import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { encoderOf } from '../../src/codecs/Json.js'
import type { AST, Bounds } from '../../src/codecs/Schema.js'
import { CreateChatTokenRequest, CreateLoggingConfigurationRequest, DestinationConfiguration, GetRoomResponse, ResourceNotFoundException } from '../../src/index.js'
import { arbitraryOfAst } from '../support/arbitrary.js'
import { errorsJson, messagesOf } from '../support/either.js'
import { type AnyShape, inputIds, isError, nameOf, shapeApiOf, shapeIds, shapeOf } from './model.js'
import { expectationsOf } from '../support/issues.js'

type Step = { readonly kind: 'member'; readonly name: string } | { readonly kind: 'item' } | { readonly kind: 'value' }

interface Site {
  /** The steps from the root to the constrained node. */
  readonly steps: ReadonlyArray<Step>
  readonly node: AST
  /** Whether the node or a container above it is sensitive. */
  readonly hidden: boolean
}

/** Every constrained node under a root, with how to reach it. */
const sitesOf = (root: AST): ReadonlyArray<Site> => {
  const out: Array<Site> = []
  const walk = (ast: AST, steps: ReadonlyArray<Step>, hidden: boolean): void => {
    const h = hidden || ast.sensitive === true
    switch (ast.kind) {
      case 'string':
        if (ast.length !== undefined || ast.pattern !== undefined) out.push({ steps, node: ast, hidden: h })
        return
      case 'enum':
        out.push({ steps, node: ast, hidden: h })
        return
      case 'integer':
        if (ast.range !== undefined) out.push({ steps, node: ast, hidden: h })
        return
      case 'list':
        if (ast.length !== undefined) out.push({ steps, node: ast, hidden: h })
        walk(ast.member, [...steps, { kind: 'item' }], h)
        return
      case 'map':
        if (ast.length !== undefined || ast.key.kind === 'enum' || ast.key.length !== undefined || ast.key.pattern !== undefined) out.push({ steps, node: ast, hidden: h })
        walk(ast.value, [...steps, { kind: 'value' }], h)
        return
      case 'structure':
      case 'union':
        for (const m of ast.members) walk(m.target, [...steps, { kind: 'member', name: m.name }], h)
        return
      case 'boolean':
      case 'timestamp':
        return
    }
  }
  walk(root, [], false)
  return out
}

let seed = 1
/** A valid wire value of a node, from the arbitrary (reproducible: a fixed seed sequence). */
const sampleJson = (ast: AST): unknown => encoderOf(ast)(fc.sample(arbitraryOfAst(ast), { numRuns: 1, seed: seed++ })[0])

/** Valid wire values of `n` distinct map keys. */
const distinctKeys = (ast: AST, n: number): ReadonlyArray<string> =>
  fc.sample(fc.uniqueArray(arbitraryOfAst(ast) as fc.Arbitrary<string>, { minLength: n, maxLength: n }), { numRuns: 1, seed: seed++ })[0]!

const MAP_KEY = 'k1'

/** The wire value `base` (or a sample) with the node at `steps` replaced by `leaf(current)`. */
const plant = (ast: AST, base: unknown, steps: ReadonlyArray<Step>, leaf: () => unknown): unknown => {
  const [step, ...rest] = steps
  if (step === undefined) return leaf()
  switch (ast.kind) {
    case 'structure': {
      if (step.kind !== 'member') throw new Error('bad step')
      const o = { ...((base ?? sampleJson(ast)) as Record<string, unknown>) }
      o[step.name] = plant(ast.members.find((m) => m.name === step.name)!.target, o[step.name], rest, leaf)
      return o
    }
    case 'union': {
      if (step.kind !== 'member') throw new Error('bad step')
      const b = base as Record<string, unknown> | undefined
      return { [step.name]: plant(ast.members.find((m) => m.name === step.name)!.target, b?.[step.name], rest, leaf) }
    }
    case 'list':
      return [plant(ast.member, undefined, rest, leaf)]
    case 'map':
      return { [MAP_KEY]: plant(ast.value, undefined, rest, leaf) }
    default:
      throw new Error(`cannot step into a ${ast.kind}`)
  }
}

const pathOf = (steps: ReadonlyArray<Step>): string => {
  let out = ''
  for (const s of steps) {
    const seg = s.kind === 'member' ? s.name : s.kind === 'item' ? '[0]' : MAP_KEY
    out += s.kind === 'item' ? seg : out === '' ? seg : `.${seg}`
  }
  return out === '' ? '(root)' : out
}

const describeBounds = (b: Bounds): string =>
  b.min !== undefined && b.max !== undefined ? (b.min === b.max ? `exactly ${b.min}` : `between ${b.min} and ${b.max}`) : b.min !== undefined ? `at least ${b.min}` : `at most ${b.max}`

interface Case {
  readonly label: string
  /** The invalid wire value of the node (or of the whole map, for key and size cases). */
  readonly value: () => unknown
  /** The path the message must name. */
  readonly path: string
  /** What the message must say. */
  readonly says: ReadonlyArray<string>
  /** A sensitive string that must not appear anywhere in the errors. */
  readonly secret?: string
}

/** A string of length `n` whose characters match what the pattern allows, when we can find one. */
const filler = (n: number): string => 'a'.repeat(n)

const casesOf = (site: Site): ReadonlyArray<Case> => {
  const path = pathOf(site.steps)
  const node = site.node
  const cases: Array<Case> = []
  const secret = (s: string): { secret?: string } => (site.hidden && s.length >= 4 ? { secret: s } : {})
  switch (node.kind) {
    case 'string': {
      const b = node.length
      if (b?.min !== undefined && b.min > 0) {
        const v = filler(b.min - 1)
        cases.push({ label: `length ${b.min - 1}`, value: () => v, path, says: [`expected length ${describeBounds(b)}`, `got length ${b.min - 1}`], ...secret(v) })
      }
      if (b?.max !== undefined) {
        const v = 'S'.repeat(b.max + 1)
        cases.push({ label: `length ${b.max + 1}`, value: () => v, path, says: [`expected length ${describeBounds(b)}`, `got length ${b.max + 1}`], ...secret(v) })
      }
      if (node.pattern !== undefined) {
        const re = new RegExp(node.pattern, 'u')
        const n = Math.max(1, b?.min ?? 1)
        const miss = ['!', ' ', '\u00e9', 'a'].map((c) => c.repeat(n)).find((s) => !re.test(s))
        if (miss === undefined) throw new Error(`${path}: no pattern miss found`)
        cases.push({ label: 'pattern miss', value: () => miss, path, says: [`expected a string matching the pattern ${node.pattern}`, `got a string of length ${n}`], ...secret(miss) })
      }
      return cases
    }
    case 'enum':
      return [{ label: 'not an enum value', value: () => 'NOT_A_VALUE', path, says: [`expected one of ${node.values.map((v) => JSON.stringify(v)).join(', ')}`], ...secret('NOT_A_VALUE') }]
    case 'integer': {
      const r = node.range!
      if (r.min !== undefined) cases.push({ label: `${r.min - 1}`, value: () => r.min! - 1, path, says: [`expected a value ${describeBounds(r)}`] })
      if (r.max !== undefined) cases.push({ label: `${r.max + 1}`, value: () => r.max! + 1, path, says: [`expected a value ${describeBounds(r)}`] })
      return cases
    }
    case 'list': {
      const b = node.length!
      const items = (n: number) => () => Array.from({ length: n }, () => sampleJson(node.member))
      if (b.min !== undefined && b.min > 0) cases.push({ label: `size ${b.min - 1}`, value: items(b.min - 1), path, says: [`expected size ${describeBounds(b)}`, `got size ${b.min - 1}`] })
      if (b.max !== undefined) cases.push({ label: `size ${b.max + 1}`, value: items(b.max + 1), path, says: [`expected size ${describeBounds(b)}`, `got size ${b.max + 1}`] })
      return cases
    }
    case 'map': {
      const b = node.length
      const entries = (n: number) => () => Object.fromEntries(distinctKeys(node.key, n).map((k) => [k, sampleJson(node.value)]))
      if (b?.min !== undefined && b.min > 0) cases.push({ label: `size ${b.min - 1}`, value: entries(b.min - 1), path, says: [`expected size ${describeBounds(b)}`, `got size ${b.min - 1}`] })
      if (b?.max !== undefined) cases.push({ label: `size ${b.max + 1}`, value: entries(b.max + 1), path, says: [`expected size ${describeBounds(b)}`, `got size ${b.max + 1}`] })
      for (const keyCase of casesOf({ steps: [], node: node.key, hidden: site.hidden })) {
        const k = keyCase.value() as string
        const keyPath = site.hidden ? undefined : path === '(root)' ? k : `${path}.${k}`
        cases.push({
          label: `key: ${keyCase.label}`,
          value: () => ({ [k]: sampleJson(node.value) }),
          path: keyPath ?? path,
          says: keyCase.says,
          ...secret(k)
        })
      }
      return cases
    }
    default:
      return []
  }
}

const requestIds = shapeIds.filter((id) => inputIds.has(id))
const responseIds = shapeIds.filter((id) => !inputIds.has(id) && shapeOf(id).type === 'structure')

interface Planted {
  readonly name: string
  readonly shape: AnyShape
  readonly json: unknown
  readonly c: Case
}

const plantedCases = (ids: ReadonlyArray<string>): ReadonlyArray<Planted> =>
  ids.flatMap((id) => {
    const shape = shapeApiOf(id)
    return sitesOf(shape.ast).flatMap((site) =>
      casesOf(site).map((c) => ({ name: `${nameOf(id)} ${pathOf(site.steps)}: ${c.label}`, shape, json: plant(shape.ast, sampleJson(shape.ast), site.steps, c.value), c }))
    )
  })

describe('requests refuse values at each constraint’s edge (strict)', () => {
  const cases = plantedCases(requestIds)

  it('finds the constrained nodes of every request', () => {
    expect(requestIds).toHaveLength(17)
    expect(cases.length).toBeGreaterThan(100)
  })

  it.each(cases.map((p) => [p.name, p] as const))('%s', (_name, p) => {
    const r = p.shape.fromJson(p.json)
    expect(E.isLeft(r)).toBe(true)
    const messages = messagesOf(r)
    expect(messages).toHaveLength(1)
    const m = messages[0]!
    expect(m.startsWith(`${p.c.path}: `), m).toBe(true)
    for (const s of p.c.says) expect(m).toContain(s)
    if (p.c.secret !== undefined) expect(errorsJson(E.isLeft(r) ? r.left : [])).not.toContain(p.c.secret)
    // Only constraints are broken: reading leniently accepts the same input.
    expect(E.isRight(p.shape.fromJson(p.json, { strict: false })), m).toBe(true)
  })
})

describe('responses and errors are lenient by default, strict on request', () => {
  const cases = plantedCases(responseIds)

  it('finds constrained nodes in responses and errors', () => {
    expect(responseIds.filter((id) => isError(shapeOf(id)))).toHaveLength(8)
    expect(cases.length).toBeGreaterThan(50)
  })

  it.each(cases.map((p) => [p.name, p] as const))('%s', (_name, p) => {
    expect(E.isRight(p.shape.fromJson(p.json))).toBe(true)
    const strict = p.shape.fromJson(p.json, { strict: true })
    expect(E.isLeft(strict)).toBe(true)
    for (const s of p.c.says) expect(messagesOf(strict).join('\n')).toContain(s)
  })

  it('GetRoomResponse: an over-long name and an unknown enum value are Right, and Left with { strict: true }', () => {
    const body = { arn: 'arn:aws:ivschat:us-west-2:123456789012:room/g1H2I3j4k5L6', name: 'n'.repeat(129), messageReviewHandler: { fallbackResult: 'MAYBE' } }
    expect(GetRoomResponse.fromJson(body)).toEqual(E.right(body))
    expect(expectationsOf(GetRoomResponse.fromJson(body, { strict: true }))).toEqual([
      { path: ['name'], expected: 'length at most 128' },
      { path: ['messageReviewHandler', 'fallbackResult'], expected: 'one of "ALLOW", "DENY"' }
    ])
  })

  it('ResourceNotFoundException: an unknown resource type is Right, and Left with { strict: true }', () => {
    const body = { message: 'no such channel', resourceId: 'abc', resourceType: 'CHANNEL' }
    expect(ResourceNotFoundException.fromJson(body)).toEqual(E.right({ _tag: 'ResourceNotFoundException', ...body }))
    expect(expectationsOf(ResourceNotFoundException.fromJson(body, { strict: true }))).toEqual([{ path: ['resourceType'], expected: 'one of "ROOM"' }])
  })
})

describe('CreateChatTokenRequest.fromJson', () => {
  const valid = { roomIdentifier: 'arn:aws:ivschat:us-west-2:123456789012:room/g1H2I3j4k5L6', userId: 'viewer-1' }

  it('accepts a valid request', () => {
    const full = { ...valid, capabilities: ['SEND_MESSAGE', 'DISCONNECT_USER', 'DELETE_MESSAGE'], sessionDurationInMinutes: 180, attributes: { color: 'red' } }
    expect(CreateChatTokenRequest.fromJson(full)).toEqual(E.right(full))
  })

  it('refuses a userId of 129 characters, without showing it', () => {
    const userId = 'u'.repeat(129)
    const r = CreateChatTokenRequest.fromJson({ ...valid, userId })
    expect(expectationsOf(r)).toEqual([{ path: ['userId'], expected: 'length between 1 and 128' }])
    expect(errorsJson(E.isLeft(r) ? r.left : [])).not.toContain('uuuu')
  })

  it('refuses sessionDurationInMinutes 181', () => {
    expect(expectationsOf(CreateChatTokenRequest.fromJson({ ...valid, sessionDurationInMinutes: 181 }))).toEqual([
      { path: ['sessionDurationInMinutes'], expected: 'a value between 1 and 180' }
    ])
  })

  it('refuses a capability outside SEND_MESSAGE, DISCONNECT_USER, DELETE_MESSAGE', () => {
    expect(expectationsOf(CreateChatTokenRequest.fromJson({ ...valid, capabilities: ['SEND_MESSAGE', 'BAN_USER'] }))).toEqual([
      { path: ['capabilities', 1], expected: 'one of "SEND_MESSAGE", "DISCONNECT_USER", "DELETE_MESSAGE"' }
    ])
  })

  it('refuses a roomIdentifier that does not match the ARN pattern', () => {
    expect(expectationsOf(CreateChatTokenRequest.fromJson({ ...valid, roomIdentifier: 'g1H2I3j4k5L6' }))).toEqual([
      { path: ['roomIdentifier'], expected: 'a string matching the pattern ^arn:aws:ivschat:[a-z0-9-]+:[0-9]+:room/[a-zA-Z0-9-]+$' }
    ])
  })
})

describe('the union DestinationConfiguration', () => {
  const s3 = { bucketName: 'chat-logs' }
  const cloudWatchLogs = { logGroupName: '/aws/ivschat/logs' }
  const firehose = { deliveryStreamName: 'chat-stream' }

  it('decodes an object with exactly one member set', () => {
    for (const v of [{ s3 }, { cloudWatchLogs }, { firehose }]) {
      expect(DestinationConfiguration.fromJson(v)).toEqual(E.right(v))
      expect(DestinationConfiguration.fromJson(v, { strict: true })).toEqual(E.right(v))
      expect(CreateLoggingConfigurationRequest.fromJson({ destinationConfiguration: v })).toEqual(E.right({ destinationConfiguration: v }))
    }
  })

  it('refuses an object with no member set, or with two', () => {
    for (const v of [{}, { s3, firehose }, { s3, cloudWatchLogs, firehose }]) {
      expect(E.isLeft(DestinationConfiguration.fromJson(v)), JSON.stringify(v)).toBe(true)
      expect(E.isLeft(CreateLoggingConfigurationRequest.fromJson({ destinationConfiguration: v })), JSON.stringify(v)).toBe(true)
    }
  })
})
