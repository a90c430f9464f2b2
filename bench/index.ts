/**
 * The benchmarks, side by side: every contender of every scenario in one process, several
 * rounds, ratios to the scenario's floor. Run `npm run bench` (about three minutes; writes
 * `bench/results.md`) or `npm run bench -- --quick` (a few seconds; prints only).
 *
 * Options: `--quick`, `--rounds N`, `--time MS` (per task and round), `--only TEXT` (scenarios
 * whose name contains it), `--out FILE` (where the full run writes its tables), `--coldstart`
 * (whole-process start-up instead: see bench/coldstart.ts).
 */
import { writeFileSync } from 'node:fs'
import * as os from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { CreateChatTokenCommand } from '@aws-sdk/client-ivschat'
import { XMLParser } from 'fast-xml-parser'
import { parseXml } from '../src/codecs/Xml.js'
import * as E from 'fp-ts/lib/Either.js'
import { CreateChatToken } from '../src/shapes/CreateChatToken.js'
import { CreateChatTokenRequest } from '../src/shapes/CreateChatTokenRequest.js'
import { CreateChatTokenResponse } from '../src/shapes/CreateChatTokenResponse.js'
import { ListRoomsResponse } from '../src/shapes/ListRoomsResponse.js'
import {
  createChatTokenInput,
  effectDecode,
  handListRooms,
  handMinimal,
  handRegex,
  ioTsCodec,
  ioTsDecode,
  sdkClient,
  sdkDeserializer,
  zodDecode,
  zodListRooms,
  zodSchema,
  type Token
} from './contenders.js'
import { type Contender, type RunOptions, type Scenario, type ScenarioResult, runScenario, tableOf, verifyScenario } from './harness.js'
import * as P from './payloads.js'
import { clientScenario } from './client.js'

const here = dirname(fileURLToPath(import.meta.url))

// -------------------------------------------------------------------------------------
// options
// -------------------------------------------------------------------------------------

const args = process.argv.slice(2)
const flag = (name: string): string | undefined => {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : undefined
}
const quick = args.includes('--quick')
const options: RunOptions = {
  // Many short rounds rather than a few long ones: a burst of load from other processes then
  // hits every contender of a round alike, and the median ratio over rounds shrugs it off.
  rounds: Number(flag('--rounds') ?? (quick ? 1 : 9)),
  time: Number(flag('--time') ?? (quick ? 40 : 250)),
  warmupTime: quick ? 20 : 100
}
const only = flag('--only')
const outFile = flag('--out') ?? join(here, 'results.md')

// -------------------------------------------------------------------------------------
// checks of results (run once, before timing)
// -------------------------------------------------------------------------------------

const TE = Date.parse(P.TOKEN_EXPIRATION)
const SE = Date.parse(P.SESSION_EXPIRATION)

const isToken = (u: unknown): boolean => {
  const v = u as Token | undefined
  return v !== undefined && v.token === P.TOKEN && v.tokenExpirationTime?.getTime() === TE && v.sessionExpirationTime?.getTime() === SE
}
const rightIsToken = (u: unknown): boolean => E.isRight(u as E.Either<unknown, unknown>) && isToken((u as E.Right<unknown>).right)
const zodIsToken = (u: unknown): boolean => (u as { success: boolean }).success && isToken((u as { data: unknown }).data)
const effectIsToken = (u: unknown): boolean => (u as { _tag: string })._tag === 'Success' && isToken((u as { success: unknown }).success)
const isObject = (u: unknown): boolean => typeof u === 'object' && u !== null

// -------------------------------------------------------------------------------------
// scenarios
// -------------------------------------------------------------------------------------

const scenarios: Array<Scenario> = []

// --- JSON decode of CreateChatTokenResponse --------------------------------------------

{
  const s = P.createChatTokenJson
  const sdkBytes = P.createChatTokenBytes.slice() // the SDK re-prototypes the bytes it is given
  const sdkDeserialize = sdkDeserializer('CreateChatToken')
  const client = sdkClient(200, { 'content-type': 'application/json' }, sdkBytes)
  const command = new CreateChatTokenCommand(createChatTokenInput)
  const response = { statusCode: 200, headers: { 'content-type': 'application/json' }, body: s }
  scenarios.push({
    name: 'JSON decode: CreateChatTokenResponse',
    description: `A ${s.length}-byte body: a ${P.TOKEN.length}-character token and two date-time timestamps (one with milliseconds), text in, typed value with \`Date\`s out.`,
    floor: 'JSON.parse alone',
    target: 'ours ≤ 2.5×',
    batch: 100,
    contenders: [
      { name: 'JSON.parse alone', run: () => JSON.parse(s), verify: isObject },
      { name: 'JSON.parse + minimal hand checks + new Date', run: () => handMinimal(s), verify: isToken, note: 'lax dates' },
      { name: 'ours: CreateChatTokenResponse.fromString', run: () => CreateChatTokenResponse.fromString(s), verify: rightIsToken, note: 'strict dates' },
      { name: 'ours: CreateChatToken.decodeResponse (200, text body)', run: () => CreateChatToken.decodeResponse(response), verify: rightIsToken, note: 'strict dates, whole response' },
      { name: 'hand-written strict RFC 3339 regex + calendar check', run: () => handRegex(s), verify: isToken, note: 'strict dates' },
      { name: 'zod 4: z.codec(z.iso.datetime, z.date)', run: () => zodDecode(s), verify: zodIsToken, note: 'strict dates' },
      { name: 'effect 4: Schema.DateFromString', run: () => effectDecode(s), verify: effectIsToken, note: 'lax dates' },
      { name: 'io-ts + io-ts-types DateFromISOString', run: () => ioTsDecode(s), verify: rightIsToken, note: 'lax dates' },
      {
        name: 'AWS SDK v3: protocol.deserializeResponse',
        run: () => sdkDeserialize(sdkBytes),
        async: true,
        batch: 10,
        verify: isToken,
        note: 'no type checks'
      },
      { name: 'AWS SDK v3: client.send (canned HTTP response)', run: () => client.send(command), async: true, batch: 2, verify: isToken, note: 'whole pipeline' }
    ]
  })
}

// --- XML decode -------------------------------------------------------------------------

{
  const xml = P.createChatTokenXml
  // The floor is fast-xml-parser's `parse` with its default options (issue 17: ours at most 2×):
  // it neither validates nor checks characters and references, and guesses values.
  // src/codecs/XmlReader.ts reads and checks in one pass; fast-xml-parser is a devDependency, here only.
  const defaults = new XMLParser()
  scenarios.push({
    name: 'XML decode: CreateChatTokenResponse (awsQuery envelope)',
    description: `A ${xml.length}-character awsQuery document (\`<CreateChatTokenResponse><CreateChatTokenResult>…\` plus \`ResponseMetadata\`).`,
    floor: 'fast-xml-parser parse alone (default options)',
    target: 'ours ≤ 2×',
    batch: 20,
    contenders: [
      { name: 'fast-xml-parser parse alone (default options)', run: () => defaults.parse(xml), verify: isObject, note: 'guesses values' },
      { name: 'fast-xml-parser parse(xml, true) (default options, validating)', run: () => defaults.parse(xml, true), verify: isObject },
      { name: 'ours: parseXml alone (XML 1.0 checks, no DOCTYPE)', run: () => parseXml(xml), verify: (u) => isObject(u) && !('_tag' in (u as object)) },
      { name: 'ours: CreateChatTokenResponse.fromXml', run: () => CreateChatTokenResponse.fromXml(xml), verify: rightIsToken, note: 'strict dates, typed' }
    ]
  })
}

// --- JSON encode ------------------------------------------------------------------------

{
  const decoded = CreateChatTokenResponse.fromString(P.createChatTokenJson)
  if (E.isLeft(decoded)) throw new Error('the CreateChatToken payload does not decode')
  const v = decoded.right
  const hand = (x: Token): string =>
    JSON.stringify({ token: x.token, tokenExpirationTime: x.tokenExpirationTime?.toISOString(), sessionExpirationTime: x.sessionExpirationTime?.toISOString() })
  const expected = hand(v)
  const sameInstants = (u: unknown): boolean => {
    const a = JSON.parse(u as string) as Record<string, string>
    return a['token'] === P.TOKEN && Date.parse(a['tokenExpirationTime']!) === TE && Date.parse(a['sessionExpirationTime']!) === SE
  }
  scenarios.push({
    name: 'JSON encode: CreateChatTokenResponse',
    description: 'The decoded value (a token and two `Date`s) to JSON text.',
    floor: 'JSON.stringify + toISOString by hand',
    target: 'ours ≤ 1.25×',
    batch: 100,
    contenders: [
      { name: 'JSON.stringify + toISOString by hand', run: () => hand(v), verify: (u) => u === expected },
      { name: 'JSON.stringify(value) (Date#toJSON)', run: () => JSON.stringify(v), verify: sameInstants },
      { name: 'ours: JSON.stringify(CreateChatTokenResponse.toJson(value))', run: () => JSON.stringify(CreateChatTokenResponse.toJson(v)), verify: sameInstants },
      { name: 'io-ts: JSON.stringify(codec.encode(value))', run: () => JSON.stringify(ioTsCodec.encode(v)), verify: sameInstants },
      { name: 'zod 4: JSON.stringify(schema.encode(value))', run: () => JSON.stringify(zodSchema.encode(v)), verify: sameInstants }
    ]
  })
}

// --- query encode -----------------------------------------------------------------------

{
  const req = P.createChatTokenRequest
  const byHand = (): string => {
    const p = new URLSearchParams()
    p.append('roomIdentifier', req.roomIdentifier)
    p.append('userId', req.userId)
    for (let i = 0; i < req.capabilities.length; i++) p.append(`capabilities.member.${i + 1}`, req.capabilities[i]!)
    p.append('sessionDurationInMinutes', String(req.sessionDurationInMinutes))
    const keys = Object.keys(req.attributes) as Array<keyof typeof req.attributes>
    for (let i = 0; i < keys.length; i++) {
      p.append(`attributes.entry.${i + 1}.key`, keys[i]!)
      p.append(`attributes.entry.${i + 1}.value`, req.attributes[keys[i]!])
    }
    return p.toString()
  }
  const pairs = (q: string): string => JSON.stringify([...new URLSearchParams(q)])
  const expected = pairs(byHand())
  scenarios.push({
    name: 'Query encode: CreateChatTokenRequest',
    description: 'A request with two strings, a list of two, an integer and a map of two, to an AWS query string.',
    floor: 'URLSearchParams, flattened by hand',
    target: 'none set (reported)',
    batch: 50,
    contenders: [
      { name: 'URLSearchParams, flattened by hand', run: byHand, verify: (u) => pairs(u as string) === expected },
      { name: 'ours: CreateChatTokenRequest.toQuery', run: () => CreateChatTokenRequest.toQuery(req), verify: (u) => pairs(u as string) === expected, note: 'RFC 3986 encoding' }
    ]
  })
}

// --- error decoding of a whole response -------------------------------------------------

{
  const text = P.validationJson
  const sdkBytes = P.validationBytes.slice()
  const asText = { statusCode: 400, headers: P.validationHeaders, body: text }
  const asBytes = { statusCode: 400, headers: P.validationHeaders, body: P.validationBytes }
  const client = sdkClient(400, P.validationHeaders, sdkBytes)
  const command = new CreateChatTokenCommand(createChatTokenInput)
  const isValidation = (u: unknown): boolean => {
    if (!E.isLeft(u as E.Either<unknown, unknown>)) return false
    const e = (u as E.Left<{ _tag: string; fieldList?: ReadonlyArray<unknown> }>).left
    return e._tag === 'ValidationException' && e.fieldList?.length === 3
  }
  scenarios.push({
    name: 'Error decode: 400 ValidationException, whole response',
    description: `A 400 response with \`x-amzn-errortype\` and a ${text.length}-byte body (message, reason, a list of three fields).`,
    floor: 'JSON.parse of the body alone',
    target: 'ours ≤ 3×',
    batch: 100,
    contenders: [
      { name: 'JSON.parse of the body alone', run: () => JSON.parse(text), verify: isObject },
      { name: 'ours: CreateChatToken.decodeResponse (text body)', run: () => CreateChatToken.decodeResponse(asText), verify: isValidation, note: 'typed, tagged' },
      { name: 'ours: CreateChatToken.decodeResponse (bytes body)', run: () => CreateChatToken.decodeResponse(asBytes), verify: isValidation, note: 'includes UTF-8 decoding' },
      {
        name: 'AWS SDK v3: client.send rejecting',
        run: () =>
          client.send(command).then(
            () => undefined,
            (e: unknown) => e
          ),
        async: true,
        batch: 2,
        verify: (e) => (e as { name?: string }).name === 'ValidationException' && (e as { fieldList?: ReadonlyArray<unknown> }).fieldList?.length === 3,
        note: 'whole pipeline'
      }
    ]
  })
}

// --- JSON decode of a ListRooms response -------------------------------------------------

{
  const s = P.listRoomsJson
  const sdkBytes = P.listRoomsBytes.slice()
  const sdkDeserialize = sdkDeserializer('ListRooms')
  const fifty = (u: unknown): boolean => Array.isArray((u as { rooms?: unknown }).rooms) && (u as { rooms: ReadonlyArray<unknown> }).rooms.length === 50
  const datesOf = (u: unknown): boolean => {
    const room = (u as { rooms: ReadonlyArray<{ createTime?: unknown; updateTime?: unknown }> }).rooms[7]
    return fifty(u) && room?.createTime instanceof Date && room.updateTime instanceof Date
  }
  scenarios.push({
    name: 'JSON decode: ListRoomsResponse (50 rooms)',
    description: `A ${s.length}-byte body: 50 room summaries (strings, two timestamps, a map of tags, a list, a nested structure on half).`,
    floor: 'JSON.parse alone',
    target: 'none set (reported; CreateChatToken\'s is ≤ 2.5×)',
    batch: 4,
    contenders: [
      { name: 'JSON.parse alone', run: () => JSON.parse(s), verify: fifty },
      { name: 'JSON.parse + minimal hand checks + new Date', run: () => handListRooms(s), verify: datesOf, note: 'lax dates' },
      { name: 'ours: ListRoomsResponse.fromString', run: () => ListRoomsResponse.fromString(s), verify: (u) => E.isRight(u as E.Either<unknown, unknown>) && datesOf((u as E.Right<unknown>).right), note: 'strict dates' },
      { name: 'zod 4: z.codec(z.iso.datetime, z.date)', run: () => zodListRooms.safeParse(JSON.parse(s)), verify: (u) => (u as { success: boolean }).success && datesOf((u as { data: unknown }).data), note: 'strict dates' },
      { name: 'AWS SDK v3: protocol.deserializeResponse', run: () => sdkDeserialize(sdkBytes), async: true, batch: 2, verify: datesOf, note: 'no type checks' }
    ]
  })
}

scenarios.push(clientScenario())

// -------------------------------------------------------------------------------------
// main
// -------------------------------------------------------------------------------------

const main = async (): Promise<void> => {
  if (args.includes('--coldstart')) {
    // Whole processes instead (bench/coldstart.ts): needs a built dist (`npm run build`).
    const { coldStart, coldStartTable } = await import('./coldstart.js')
    const runs = Number(flag('--runs') ?? 9)
    console.log(coldStartTable(coldStart({ runs, dist: flag('--dist') ?? join(here, '..', 'dist'), profile: flag('--profile') }), runs))
    return
  }
  const chosen = only === undefined ? scenarios : scenarios.filter((s) => s.name.toLowerCase().includes(only.toLowerCase()))
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU'
  const command = `npm run bench${args.length > 0 ? ` -- ${args.join(' ')}` : ''}`
  const header = [
    `Node ${process.version}, ${cpu} (${os.cpus().length} cores), ${new Date().toISOString()}`,
    `Command: \`${command}\`; ${options.rounds} round(s) per scenario, ${options.time} ms per contender and round, batches of operations per timed call, task order rotated each round.`
  ]
  console.log(header.join('\n') + '\n')
  const results: Array<ScenarioResult> = []
  for (const s of chosen) {
    await verifyScenario(s)
    const r = await runScenario(s, options)
    results.push(r)
    console.log(tableOf(r, options.rounds) + '\n')
  }
  if (!quick && only === undefined) {
    const md = ['# Benchmark results', '', ...header.map((l) => l + '  '), '', ...results.map((r) => tableOf(r, options.rounds) + '\n')].join('\n')
    writeFileSync(outFile, md)
    console.log(`written to ${outFile}`)
  }
}

await main()
