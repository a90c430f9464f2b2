/**
 * Random responses of an operation, each with what our `decodeResponse` and the SDK's
 * `client.send` must make of it, computed from the case itself (never from either
 * implementation). Where the two expectations differ, the difference is one that
 * docs/protocols.md lists with its reason; the `sdk*` helpers below name each.
 */
import fc from 'fast-check'
import { expect, it } from 'vitest'
import type { AST } from '../../../src/codecs/Schema.js'
import { arbitraryOf } from '../../support/arbitrary.js'
import { type LooseErrorShape, type LooseOperation, type Outcome, declaredMembers, operationOf, ourOutcome, plain, sdkMetadata, sdkOutcome } from './compare.js'
import { OPERATION_NAMES, type CannedResponse, type OperationName, type SdkHarness } from './sdk.js'

/** A response and the two outcomes it must give. */
export interface ResponseCase {
  readonly kind: string
  readonly response: CannedResponse
  readonly ours: Outcome
  readonly sdk: Outcome
}

const ALL_IVS_ERRORS = [
  'AccessDeniedException',
  'ConflictException',
  'InternalServerException',
  'PendingVerification',
  'ResourceNotFoundException',
  'ServiceQuotaExceededException',
  'ThrottlingException',
  'ValidationException'
]

/**
 * Smithy's client error correction (aggregate types, "Client error correction"): the value a
 * missing `@required` member takes.
 */
export const zeroValueOf = (ast: AST): unknown => {
  switch (ast.kind) {
    case 'string':
    case 'enum':
      return ''
    case 'integer':
      return 0
    case 'boolean':
      return false
    case 'timestamp':
      return new Date(0)
    case 'list':
      return []
    case 'map':
      return {}
    case 'structure':
      return {}
    case 'union':
      return { $unknown: ['', undefined] }
    default:
      throw new Error('unreachable')
  }
}

/**
 * Documented difference: the SDK reads a date-time whose year is 0000–0099 as 1900–1999 (it builds
 * the `Date` with `Date.UTC`, which maps two-digit years to the twentieth century).
 */
export const sdkDate = (d: Date): Date => {
  if (d.getUTCFullYear() >= 100) return d
  const out = new Date(d.getTime())
  out.setUTCFullYear(d.getUTCFullYear() + 1900)
  return out
}

const sdkDates = (v: unknown): unknown => {
  if (v instanceof Date) return sdkDate(v)
  if (Array.isArray(v)) return v.map(sdkDates)
  if (typeof v === 'object' && v !== null) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, sdkDates(x)]))
  return v
}

/**
 * Documented difference: a declared error whose `message` is absent or empty gets "UnknownError"
 * from the SDK (it falls back with `||`).
 */
export const SDK_MISSING_MESSAGE = 'UnknownError'

const sdkMessage = (members: Record<string, unknown>): Record<string, unknown> =>
  members['message'] === undefined || members['message'] === '' ? { ...members, message: SDK_MISSING_MESSAGE } : members

const requestIdArb = fc.option(fc.uuid(), { nil: undefined })

const withRequestId = (headers: Readonly<Record<string, string>>, requestId: string | undefined): Record<string, string> =>
  requestId === undefined ? { ...headers } : { ...headers, 'x-amzn-requestid': requestId }

/** Ways of saying which error it is (restJson1, "Operation error serialization"). */
type CodeForm = 'header' | 'header-uri' | 'header-namespace' | 'body-code' | 'body-type'

const codeFormArb: fc.Arbitrary<CodeForm> = fc.constantFrom('header', 'header-uri', 'header-namespace', 'body-code', 'body-type')

const placeCode = (form: CodeForm, code: string, headers: Record<string, string>, body: Record<string, unknown> | undefined): { headers: Record<string, string>; body: string } => {
  const b = body ?? {}
  switch (form) {
    case 'header':
      return { headers: { ...headers, 'x-amzn-errortype': code }, body: body === undefined ? '' : JSON.stringify(b) }
    case 'header-uri':
      return { headers: { ...headers, 'x-amzn-errortype': `${code}:http://internal.amazon.com/coral/com.amazon.coral.validate/` }, body: body === undefined ? '' : JSON.stringify(b) }
    case 'header-namespace':
      return { headers: { ...headers, 'x-amzn-errortype': `com.amazonaws.ivschat#${code}` }, body: body === undefined ? '' : JSON.stringify(b) }
    case 'body-code':
      return { headers, body: JSON.stringify({ ...b, code }) }
    case 'body-type':
      return { headers, body: JSON.stringify({ ...b, __type: `com.amazonaws.ivschat#${code}` }) }
  }
}

const outputCase = (op: LooseOperation): fc.Arbitrary<ResponseCase> => {
  const value = op.output === undefined ? fc.constant(undefined) : arbitraryOf(op.output)
  return fc.tuple(value, requestIdArb).map(([v, requestId]) => {
    const encoded = op.encodeResponse(v)
    return {
      kind: 'output',
      response: { statusCode: encoded.statusCode, headers: withRequestId(encoded.headers, requestId), body: encoded.body ?? '' },
      ours: { outcome: 'success', value: plain(v ?? {}) },
      sdk: { outcome: 'success', value: plain(sdkDates(v ?? {})) }
    }
  })
}

const errorValueArb = (shape: LooseErrorShape): fc.Arbitrary<Record<string, unknown>> =>
  arbitraryOf(shape.body.schema as never).map((v) => ({ _tag: shape.name, ...(v as Record<string, unknown>) }))

/** A declared error with every member the arbitrary gave, sent by `encodeError`. */
const fullErrorCase = (op: LooseOperation, shape: LooseErrorShape): fc.Arbitrary<ResponseCase> =>
  fc.tuple(errorValueArb(shape), requestIdArb).map(([e, requestId]) => {
    const encoded = op.encodeError(e)
    const members = plain(Object.fromEntries(declaredMembers(shape).filter((n) => e[n] !== undefined).map((n) => [n, e[n]])))
    return {
      kind: `error ${shape.name}`,
      response: { statusCode: encoded.statusCode, headers: withRequestId(encoded.headers, requestId), body: encoded.body ?? '' },
      ours: { outcome: 'error', name: shape.name, members },
      sdk: { outcome: 'error', name: shape.name, members: sdkMessage(members as Record<string, unknown>) }
    }
  })

/** A declared error whose body lacks some of its required members (or is empty), in any code form. */
const partialErrorCase = (op: LooseOperation, shape: LooseErrorShape): fc.Arbitrary<ResponseCase> => {
  const ast = shape.body.schema.ast
  const required = ast.kind === 'structure' ? ast.members.filter((m) => m.required) : []
  return fc
    .tuple(errorValueArb(shape), fc.subarray(required, { minLength: 1 }), codeFormArb, fc.boolean(), requestIdArb)
    .map(([e, dropped, form, empty, requestId]) => {
      // An empty body needs the code in the header; it lacks every member, optional ones too.
      const bodyless = empty && form.startsWith('header')
      const drop = bodyless ? required : dropped
      const wire = JSON.parse(op.encodeError(e).body ?? '{}') as Record<string, unknown>
      for (const m of drop) delete wire[m.name]
      const placed = placeCode(form, shape.name, withRequestId({}, requestId), bodyless ? undefined : wire)
      const present = bodyless ? {} : Object.fromEntries(declaredMembers(shape).filter((n) => e[n] !== undefined && !drop.some((m) => m.name === n)).map((n) => [n, e[n]]))
      const corrected = { ...present, ...Object.fromEntries(drop.map((m) => [m.name, zeroValueOf(m.target)])) }
      const sdkSees = sdkMessage(present)
      return {
        kind: `error ${shape.name} without ${bodyless ? 'a body' : drop.map((m) => m.name).join(', ')} (${form})`,
        response: { statusCode: shape.httpStatus ?? 400, headers: placed.headers, body: placed.body },
        ours: { outcome: 'error', name: shape.name, members: plain(corrected) },
        sdk: { outcome: 'error', name: shape.name, members: plain(sdkSees) }
      }
    })
}

const identifierArb = fc.stringMatching(/^[A-Z][A-Za-z0-9]{0,30}$/)

/** An error code the operation does not declare: another IVS error, or any name. */
const undeclaredCase = (op: LooseOperation): fc.Arbitrary<ResponseCase> => {
  const declared = new Set(op.errors.errors.map((e) => e.name))
  const others = ALL_IVS_ERRORS.filter((n) => !declared.has(n))
  const code = (others.length > 0 ? fc.oneof(fc.constantFrom(...others), identifierArb) : identifierArb).filter((c) => !declared.has(c))
  return fc
    .tuple(code, codeFormArb, fc.option(fc.string(), { nil: undefined }), fc.constantFrom(400, 403, 404, 409, 429, 500, 503), requestIdArb)
    .map(([c, form, message, statusCode, requestId]) => {
      const placed = placeCode(form, c, withRequestId({}, requestId), message === undefined ? {} : { message })
      return { kind: `undeclared ${c} (${form})`, response: { statusCode, headers: placed.headers, body: placed.body }, ours: { outcome: 'unknown', code: c }, sdk: { outcome: 'unknown', code: c } }
    })
}

/** Whether an output is a structure without members (TagResourceResponse, UntagResourceResponse, DisconnectUserResponse). */
const hasNoMembers = (output: LooseOperation['output']): boolean => output !== undefined && output.ast.kind === 'structure' && output.ast.members.length === 0

const MALFORMED = ['<html><body><h1>502 Bad Gateway</h1></body></html>', '{"message": "truncat', 'not json at all', '{"a":1}}', '{', "{'single': 'quotes'}"]

/**
 * A body that is not JSON: on an error status (with or without a code in the header), and on a
 * 2xx of an operation that has an output (a `Unit` output reads no body, on either side; an output
 * structure without members is read by us and not by the SDK).
 */
const malformedCase = (op: LooseOperation): fc.Arbitrary<ResponseCase> =>
  fc
    .tuple(fc.constantFrom(...MALFORMED), fc.constantFrom(200, 400, 404, 500, 502, 503), fc.option(fc.constantFrom(...op.errors.errors.map((e) => e.name)), { nil: undefined }))
    .filter(([, status]) => status >= 300 || op.output !== undefined)
    .map(([body, statusCode, code]) => ({
      kind: `malformed ${statusCode}${code === undefined ? '' : ` ${code}`}`,
      response: { statusCode, headers: statusCode >= 300 && code !== undefined ? { 'x-amzn-errortype': code } : {}, body },
      ours: { outcome: 'undecodable' },
      // Documented difference: the SDK does not read the body of an output without members.
      sdk: statusCode < 300 && hasNoMembers(op.output) ? { outcome: 'success', value: {} } : { outcome: 'undecodable' }
    }))

/**
 * A 5xx (or 4xx) with no error code anywhere, from a proxy or a load balancer: we cannot tell which
 * error it is (`UndecodableResponse`, status kept); the SDK makes an error named "Unknown" of it.
 */
const noCodeCase: fc.Arbitrary<ResponseCase> = fc
  .tuple(fc.constantFrom(400, 500, 502, 503, 504), fc.constantFrom('', '{}', '{"message":"Service Unavailable"}'))
  .map(([statusCode, body]) => ({ kind: `no code ${statusCode}`, response: { statusCode, headers: {}, body }, ours: { outcome: 'undecodable' }, sdk: { outcome: 'unknown', code: 'Unknown' } }))

/** Every kind of response case for one operation. */
export const responseCases = (name: OperationName): fc.Arbitrary<ResponseCase> => {
  const op = operationOf(name)
  return fc.oneof(
    { arbitrary: outputCase(op), weight: 4 },
    { arbitrary: fc.oneof(...op.errors.errors.map((e) => fullErrorCase(op, e))), weight: 3 },
    { arbitrary: fc.oneof(...op.errors.errors.map((e) => partialErrorCase(op, e))), weight: 3 },
    { arbitrary: undeclaredCase(op), weight: 2 },
    { arbitrary: malformedCase(op), weight: 1 },
    { arbitrary: noCodeCase, weight: 1 }
  )
}

/** A valid input of the operation, for the SDK to send (it needs one to reach its handler). */
const sampleInput = (op: LooseOperation): unknown => (op.input === undefined ? {} : fc.sample(arbitraryOf(op.input), { seed: 42, numRuns: 1 })[0])

/** Asserts one case on both sides: outcome, members, status and request id. */
export const assertCase = async (sdk: SdkHarness, name: OperationName, input: unknown, c: ResponseCase): Promise<void> => {
  const op = operationOf(name)
  const ours = op.decodeResponse({ statusCode: c.response.statusCode, headers: c.response.headers ?? {}, ...(c.response.body === undefined ? {} : { body: c.response.body }) })
  const theirs = await sdk.outcome(name, input, c.response)
  expect({ kind: c.kind, outcome: ourOutcome(op, ours) }).toEqual({ kind: c.kind, outcome: c.ours })
  expect({ kind: c.kind, outcome: sdkOutcome(op, theirs) }).toEqual({ kind: c.kind, outcome: c.sdk })
  const requestId = c.response.headers?.['x-amzn-requestid']
  if (ours._tag === 'Left') {
    expect(ours.left['statusCode']).toBe(c.response.statusCode)
    expect(ours.left['requestId']).toBe(requestId)
  }
  expect(sdkMetadata(theirs)).toEqual({ statusCode: c.response.statusCode, requestId })
}

/** One test per operation: `runs` random responses, each read by both. */
export const responseAgreement = (sdk: SdkHarness, runs: number): void => {
  for (const name of OPERATION_NAMES) {
    it(`${name}: decodeResponse agrees with the SDK on ${runs} random responses, but for the listed differences`, async () => {
      const input = sampleInput(operationOf(name))
      await fc.assert(
        fc.asyncProperty(responseCases(name), (c) => assertCase(sdk, name, input, c)),
        { numRuns: runs }
      )
    })
  }
}
