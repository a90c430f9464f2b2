/**
 * The alternatives the benchmarks compare against, each written the way its documentation
 * suggests, decoding to the same domain value as ours (a token string and two `Date`s).
 */
import { CreateChatTokenCommand, IvschatClient, ListRoomsCommand } from '@aws-sdk/client-ivschat'
import { HttpResponse } from '@smithy/protocol-http'
import { Schema } from 'effect'
import * as E from 'fp-ts/lib/Either.js'
import * as t from 'io-ts'
import { DateFromISOString } from 'io-ts-types'
import * as z from 'zod'

// -------------------------------------------------------------------------------------
// hand-written: the floor and the strict regular expression
// -------------------------------------------------------------------------------------

/** What every CreateChatToken decoder returns. */
export interface Token {
  readonly token?: string
  readonly tokenExpirationTime?: Date
  readonly sessionExpirationTime?: Date
}

const isRecord = (u: unknown): u is Record<string, unknown> => typeof u === 'object' && u !== null && !Array.isArray(u)

/** `JSON.parse` plus the fewest checks a careful hand would write, and `new Date` (lax: takes 30 February). */
export const handMinimal = (s: string): Token | undefined => {
  const u: unknown = JSON.parse(s)
  if (!isRecord(u)) return undefined
  const token = u['token']
  const te = u['tokenExpirationTime']
  const se = u['sessionExpirationTime']
  if (typeof token !== 'string' || typeof te !== 'string' || typeof se !== 'string') return undefined
  const a = new Date(te)
  const b = new Date(se)
  if (Number.isNaN(a.getTime()) || Number.isNaN(b.getTime())) return undefined
  return { token, tokenExpirationTime: a, sessionExpirationTime: b }
}

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:[Zz]|([+-])(\d{2}):(\d{2}))$/

const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/** A strict RFC 3339 date-time by regular expression plus a calendar check; `undefined` when invalid. */
export const regexDate = (s: string): Date | undefined => {
  const m = RFC3339.exec(s)
  if (m === null) return undefined
  const y = +m[1]!
  const mo = +m[2]!
  const d = +m[3]!
  const h = +m[4]!
  const mi = +m[5]!
  const se = +m[6]!
  if (mo < 1 || mo > 12 || d < 1 || d > (mo === 2 && isLeap(y) ? 29 : DAYS[mo - 1]!) || h > 23 || mi > 59 || se > 59) return undefined
  const ms = m[7] === undefined ? 0 : +m[7].slice(0, 3).padEnd(3, '0')
  let offset = 0
  if (m[8] !== undefined) {
    const oh = +m[9]!
    const om = +m[10]!
    if (oh > 23 || om > 59) return undefined
    offset = (m[8] === '+' ? 1 : -1) * (oh * 60 + om)
  }
  const date = new Date(0)
  date.setUTCFullYear(y, mo - 1, d)
  date.setUTCHours(h, mi - offset, se, ms)
  return date
}

/** `JSON.parse` plus hand-written checks and the strict regular expression. */
export const handRegex = (s: string): Token | undefined => {
  const u: unknown = JSON.parse(s)
  if (!isRecord(u)) return undefined
  const out: { token?: string; tokenExpirationTime?: Date; sessionExpirationTime?: Date } = {}
  const token = u['token']
  if (token !== undefined && token !== null) {
    if (typeof token !== 'string') return undefined
    out.token = token
  }
  const te = u['tokenExpirationTime']
  if (te !== undefined && te !== null) {
    const d = typeof te === 'string' ? regexDate(te) : undefined
    if (d === undefined) return undefined
    out.tokenExpirationTime = d
  }
  const se = u['sessionExpirationTime']
  if (se !== undefined && se !== null) {
    const d = typeof se === 'string' ? regexDate(se) : undefined
    if (d === undefined) return undefined
    out.sessionExpirationTime = d
  }
  return out
}

// -------------------------------------------------------------------------------------
// io-ts, zod, effect
// -------------------------------------------------------------------------------------

/** io-ts written by hand, with io-ts-types' `DateFromISOString` (lax: `new Date(s)`). */
export const ioTsCodec = t.partial({ token: t.string, tokenExpirationTime: DateFromISOString, sessionExpirationTime: DateFromISOString })
export const ioTsDecode = (s: string): E.Either<t.Errors, Token> => ioTsCodec.decode(JSON.parse(s))

/** zod 4: a `z.codec` from a strict ISO date-time string (`z.iso.datetime`) to `Date`. */
const zodDate = z.codec(z.iso.datetime({ offset: true }), z.date(), {
  decode: (s) => new Date(s),
  encode: (d) => d.toISOString()
})
export const zodSchema = z.object({ token: z.string().optional(), tokenExpirationTime: zodDate.optional(), sessionExpirationTime: zodDate.optional() })
export const zodDecode = (s: string) => zodSchema.safeParse(JSON.parse(s))

/** zod 4 for a ListRooms response: the same codec for timestamps; maps, lists and a nested object. */
const zodRoom = z.object({
  arn: z.string().optional(),
  id: z.string().optional(),
  name: z.string().optional(),
  messageReviewHandler: z.object({ uri: z.string().optional(), fallbackResult: z.string().optional() }).optional(),
  createTime: zodDate.optional(),
  updateTime: zodDate.optional(),
  tags: z.record(z.string(), z.string()).optional(),
  loggingConfigurationIdentifiers: z.array(z.string()).optional()
})
export const zodListRooms = z.object({ rooms: z.array(zodRoom), nextToken: z.string().optional() })

/** `JSON.parse` plus hand-written minimal checks and `new Date` for a ListRooms response (lax dates). */
export const handListRooms = (s: string): { rooms: Array<Record<string, unknown>>; nextToken?: string } | undefined => {
  const u: unknown = JSON.parse(s)
  if (!isRecord(u) || !Array.isArray(u['rooms'])) return undefined
  const rooms: Array<Record<string, unknown>> = []
  for (const r of u['rooms'] as ReadonlyArray<unknown>) {
    if (!isRecord(r)) return undefined
    const room: Record<string, unknown> = { ...r }
    for (const k of ['createTime', 'updateTime']) {
      const v = r[k]
      if (v === undefined || v === null) continue
      if (typeof v !== 'string') return undefined
      const d = new Date(v)
      if (Number.isNaN(d.getTime())) return undefined
      room[k] = d
    }
    rooms.push(room)
  }
  const nextToken = u['nextToken']
  return typeof nextToken === 'string' ? { rooms, nextToken } : { rooms }
}

/** effect 4 `Schema`: `Struct` with `optionalKey(DateFromString)` (lax: `new Date(s)`), decoded to a `Result`. */
export const effectSchema = Schema.Struct({
  token: Schema.optionalKey(Schema.String),
  tokenExpirationTime: Schema.optionalKey(Schema.DateFromString),
  sessionExpirationTime: Schema.optionalKey(Schema.DateFromString)
})
const effectDecodeUnknown = Schema.decodeUnknownResult(effectSchema)
export const effectDecode = (s: string) => effectDecodeUnknown(JSON.parse(s))

// -------------------------------------------------------------------------------------
// the AWS SDK v3
// -------------------------------------------------------------------------------------

/** A request handler that answers every request with a canned response (no network). */
const cannedHandler = (statusCode: number, headers: Record<string, string>, body: Uint8Array) => ({
  handle: async () => ({ response: new HttpResponse({ statusCode, headers: { ...headers }, body }) })
})

/** A client whose every call gets the given response: the whole pipeline (serialise, sign, retry, deserialise). */
export const sdkClient = (statusCode: number, headers: Record<string, string>, body: Uint8Array): IvschatClient =>
  new IvschatClient({
    region: 'us-west-2',
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' },
    maxAttempts: 1,
    requestHandler: cannedHandler(statusCode, headers, body)
  })

export const createChatTokenInput = { roomIdentifier: 'arn:aws:ivschat:us-west-2:123456789012:room/g1H2I3J4k5L6', userId: 'viewer-7f3c2a' }

/**
 * The SDK's deserializer alone. A command instance carries its static operation schema, a tuple
 * `[9, namespace, name, traits, input, output]`; the protocol's `deserializeResponse` wants the
 * object form `{ namespace, name, traits, input, output }` that the SDK's own deserialisation
 * middleware builds from that tuple on every call, so it is built here once, the same way.
 */
const operationSchemaOf = (command: unknown): unknown => {
  const [, namespace, name, traits, input, output] = (command as { readonly schema: ReadonlyArray<unknown> }).schema
  return { namespace, name, traits, input, output }
}

interface Protocol {
  deserializeResponse(operationSchema: unknown, context: unknown, response: HttpResponse): Promise<Record<string, unknown>>
}

export const sdkDeserializer = (command: 'CreateChatToken' | 'ListRooms') => {
  const client = sdkClient(200, {}, new Uint8Array())
  const protocol = (client.config as unknown as { readonly protocol: Protocol }).protocol
  const op = operationSchemaOf(command === 'CreateChatToken' ? new CreateChatTokenCommand(createChatTokenInput) : new ListRoomsCommand({}))
  const context = { ...client.config }
  return (bytes: Uint8Array): Promise<Record<string, unknown>> =>
    protocol.deserializeResponse(op, context, new HttpResponse({ statusCode: 200, headers: { 'content-type': 'application/json' }, body: bytes }))
}
