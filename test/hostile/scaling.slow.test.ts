/**
 * Linear time and memory when shapes with sensitive members sit inside io-ts combinators, and
 * every element fails: an error holds bounded previews of its outer entries, made once per entry,
 * never a copy of the outer value (which made 8,000 elements cost 44 s and 1.3 GB).
 *
 * Each family is decoded at 1,000, 10,000 and 100,000 elements; the cost per element at 100,000
 * must stay within a few times the cost at 1,000 (a quadratic decoder would cost 100 times), for
 * time and for the heap the `Left` keeps.
 */
import { runInNewContext } from 'node:vm'
import { setFlagsFromString } from 'node:v8'
import * as E from 'fp-ts/lib/Either.js'
import * as t from 'io-ts'
import { describe, expect, it } from 'vitest'
import { CreateChatTokenRequest, CreateChatTokenResponse } from '../../src/index.js'

setFlagsFromString('--expose-gc')
const collect = runInNewContext('gc') as () => void

const SIZES = [1_000, 10_000, 100_000] as const

interface Family {
  readonly name: string
  readonly codec: t.Mixed
  readonly input: (n: number) => unknown
}

const requests = (n: number): Array<unknown> => Array.from({ length: n }, (_, i) => ({ userId: `QXZJKV${i}`, capabilities: 'SEND_MESSAGE' }))

const families: ReadonlyArray<Family> = [
  { name: 't.array', codec: t.array(CreateChatTokenRequest.codec), input: requests },
  {
    name: 't.record',
    codec: t.record(t.string, CreateChatTokenResponse.codec),
    input: (n) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, { token: i, tokenExpirationTime: 'soon' }]))
  },
  { name: 't.type', codec: t.type({ id: t.string, requests: t.array(CreateChatTokenRequest.codec) }), input: (n) => ({ id: 'batch', requests: requests(n) }) },
  { name: 't.union', codec: t.union([t.array(CreateChatTokenRequest.codec), t.number]), input: requests }
]

interface Measure {
  readonly ms: number
  readonly bytes: number
  readonly errors: number
}

const measure = (family: Family, n: number): Measure => {
  const input = family.input(n)
  collect()
  const before = process.memoryUsage().heapUsed
  const start = performance.now()
  const r = family.codec.decode(input)
  const ms = performance.now() - start
  collect()
  const bytes = process.memoryUsage().heapUsed - before
  expect(E.isLeft(r)).toBe(true)
  const errors = E.isLeft(r) ? r.left.length : 0
  return { ms, bytes, errors }
}

describe('io-ts combinators around shapes with sensitive members', () => {
  it.each(families)('$name: 1k, 10k and 100k failing elements cost about the same per element, in time and heap', (family) => {
    measure(family, 1_000) // warm-up
    const results = SIZES.map((n) => ({ n, ...measure(family, n) }))
    const perElement = results.map((r) => ({ n: r.n, us: (r.ms * 1000) / r.n, bytes: r.bytes / r.n, errors: r.errors }))
    console.log(family.name, JSON.stringify(perElement.map((p) => ({ n: p.n, usPerElement: Math.round(p.us), bytesPerElement: Math.round(p.bytes), errors: p.errors }))))
    const [small, medium, large] = perElement as [(typeof perElement)[0], (typeof perElement)[0], (typeof perElement)[0]]
    // Errors grow with the elements (io-ts keeps every element's), linearly.
    expect(large.errors).toBeGreaterThanOrEqual(100_000)
    expect(large.errors).toBeLessThanOrEqual(small.errors * 100)
    // Time per element: a quadratic decoder would be 100 times slower at 100k than at 1k (the
    // floor of 20 µs absorbs the JIT and GC noise of a small, fast run on a shared machine).
    expect(large.us).toBeLessThan(Math.max(small.us, medium.us, 20) * 5)
    // Heap kept per element (the Left): bounded by a constant, not by the input's size.
    expect(large.bytes).toBeLessThan(Math.max(small.bytes, 200) * 4)
    expect(large.bytes).toBeLessThan(4_000)
  })
})
