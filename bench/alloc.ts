/**
 * Bytes allocated per decode: `node --expose-gc --import tsx bench/alloc.ts`.
 *
 * Method: after a full `gc()` the young generation is empty; a chunk of decodes small enough to
 * fit in it (a few hundred kilobytes) then runs without any collection, so the growth of the
 * used heap is exactly what the chunk allocated (garbage included). A collection during a
 * chunk would show as a shrinking young generation: such chunks are dropped. The median over
 * many chunks, minus the cost of an empty chunk (the measurement's own objects), divided by
 * the chunk size, is the figure reported. "Retained" is the size of the decoded values alone:
 * many kept alive at once, after a full collection.
 */
import * as v8 from 'node:v8'
import { CreateChatToken } from '../src/shapes/CreateChatToken.js'
import { CreateChatTokenResponse } from '../src/shapes/CreateChatTokenResponse.js'
import { handMinimal } from './contenders.js'
import * as P from './payloads.js'

const gc = (globalThis as { gc?: () => void }).gc
if (gc === undefined) {
  console.error('run with: node --expose-gc --import tsx bench/alloc.ts')
  process.exit(1)
}

const newSpace = (): number => v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')?.space_used_size ?? 0
const used = (): number => v8.getHeapStatistics().used_heap_size

const median = (xs: ReadonlyArray<number>): number => {
  const s = xs.slice().sort((a, b) => a - b)
  return s[s.length >> 1]!
}

let sink: unknown

/** Bytes allocated by one chunk of `n` calls, or `undefined` when a collection ran during it. */
const chunk = (op: () => unknown, n: number): number | undefined => {
  gc!()
  const n0 = newSpace()
  const h0 = used()
  for (let i = 0; i < n; i++) sink = op()
  const h1 = used()
  const n1 = newSpace()
  return n1 < n0 ? undefined : h1 - h0
}

const CHUNK = 200
const CHUNKS = 30

const allocated = (op: () => unknown): number => {
  for (let i = 0; i < 20_000; i++) sink = op() // warm up: optimised code allocates differently
  const empty: Array<number> = []
  const full: Array<number> = []
  for (let k = 0; k < CHUNKS; k++) {
    const e = k % 3 === 0 ? chunk(() => undefined, CHUNK) : undefined
    const f = chunk(op, CHUNK)
    if (e !== undefined) empty.push(e)
    if (f !== undefined) full.push(f)
  }
  if (full.length < CHUNKS / 2 || empty.length === 0) throw new Error('too many chunks were interrupted by a collection')
  return (median(full) - median(empty)) / CHUNK
}

const retained = (op: () => unknown): number => {
  const n = 10_000
  const keep = new Array<unknown>(n)
  gc!()
  gc!()
  const h0 = used()
  for (let i = 0; i < n; i++) keep[i] = op()
  gc!()
  gc!()
  const h1 = used()
  sink = keep
  return (h1 - h0) / n
}

const s = P.createChatTokenJson
const FLOOR = 'JSON.parse + two new Date'
const ERROR_FLOOR = 'JSON.parse of the ValidationException body alone'
/** Name, operation, and the floor its ratio is taken to. */
const contenders: ReadonlyArray<readonly [string, () => unknown, string]> = [
  ['JSON.parse alone', () => JSON.parse(s), FLOOR],
  [FLOOR, () => {
    const u = JSON.parse(s) as Record<string, string>
    return [u, new Date(u['tokenExpirationTime']!), new Date(u['sessionExpirationTime']!)]
  }, FLOOR],
  ['JSON.parse + minimal hand checks + new Date', () => handMinimal(s), FLOOR],
  ['ours: CreateChatTokenResponse.fromString', () => CreateChatTokenResponse.fromString(s), FLOOR],
  ['ours: CreateChatToken.decodeResponse (200, text body)', () => CreateChatToken.decodeResponse({ statusCode: 200, body: s }), FLOOR],
  [ERROR_FLOOR, () => JSON.parse(P.validationJson), ERROR_FLOOR],
  ['ours: CreateChatToken.decodeResponse (400 ValidationException)', () => CreateChatToken.decodeResponse({ statusCode: 400, headers: P.validationHeaders, body: P.validationJson }), ERROR_FLOOR]
]

const rows: Array<readonly [string, number, number, string]> = []
for (const [name, op, floor] of contenders) rows.push([name, allocated(op), retained(op), floor])
const allocatedBy = new Map(rows.map(([name, a]) => [name, a]))
console.log(`Node ${process.version}; ${CHUNKS} chunks of ${CHUNK} calls each; median bytes per call (chunks interrupted by a collection dropped)\n`)
console.log('| contender | allocated bytes/call | × its floor | retained bytes/result |')
console.log('| --- | ---: | ---: | ---: |')
for (const [name, a, r, floor] of rows) console.log(`| ${name} | ${Math.round(a)} | ${(a / allocatedBy.get(floor)!).toFixed(2)}× (${floor === FLOOR ? 'parse + Dates' : 'parse of the body'}) | ${Math.round(r)} |`)
if (sink === 0) console.log('')
