/**
 * A small harness over tinybench: every contender of a scenario runs in the same process, in
 * several rounds whose task order rotates (so no contender always runs first or last, right
 * after a garbage collection of another's garbage), and each task call runs a batch of
 * operations so the timer's own cost (tens of nanoseconds) does not blur sub-microsecond
 * operations.
 *
 * A ratio is computed inside each round (contender ÷ floor, both measured minutes apart at most)
 * and the table reports the median ratio over the rounds with its spread, which is what survives
 * a noisy, shared machine.
 */
import { Bench } from 'tinybench'

/** One contender: a function doing one operation, synchronous or not. */
export interface Contender {
  readonly name: string
  readonly run: () => unknown
  /** Whether `run` returns a promise to await. */
  readonly async?: boolean
  /** Operations per timed task call (default: the scenario's). */
  readonly batch?: number
  /** Checks, once before timing, that one result is what the scenario expects. */
  readonly verify?: (result: unknown) => boolean | Promise<boolean>
  /** A short remark printed beside the name (strictness, what is included). */
  readonly note?: string
}

/** A scenario: contenders measured against the named floor. */
export interface Scenario {
  readonly name: string
  /** What the payload is. */
  readonly description: string
  /** The name of the contender every ratio is relative to. */
  readonly floor: string
  readonly contenders: ReadonlyArray<Contender>
  /** Default batch size: operations per timed task call. */
  readonly batch: number
  /** The target, as text, for the table's caption (e.g. `ours ≤ 2.5×`). */
  readonly target?: string
}

export interface RunOptions {
  /** Rounds per scenario. */
  readonly rounds: number
  /** Time budget per task and round, in milliseconds. */
  readonly time: number
  /** Warm-up budget per task and round, in milliseconds. */
  readonly warmupTime: number
}

export interface Row {
  readonly name: string
  readonly note: string | undefined
  /** Median over rounds of nanoseconds per operation. */
  readonly ns: number
  /** Median over rounds of the ratio to the floor of the same round. */
  readonly ratio: number
  readonly ratioMin: number
  readonly ratioMax: number
}

export interface ScenarioResult {
  readonly scenario: Scenario
  readonly rows: ReadonlyArray<Row>
}

const median = (xs: ReadonlyArray<number>): number => {
  const s = xs.slice().sort((a, b) => a - b)
  const mid = s.length >> 1
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2
}

/** Keeps results alive so no engine can drop a call whose result is unused. */
export let sink: unknown

const taskOf = (c: Contender, batch: number): (() => unknown) => {
  const run = c.run
  if (c.async === true) {
    return async () => {
      for (let i = 0; i < batch; i++) sink = await run()
    }
  }
  return () => {
    for (let i = 0; i < batch; i++) sink = run()
  }
}

/** Runs every contender once and checks its result; throws when one is wrong. */
export const verifyScenario = async (s: Scenario): Promise<void> => {
  if (!s.contenders.some((c) => c.name === s.floor)) throw new Error(`${s.name}: no floor contender named ${s.floor}`)
  for (const c of s.contenders) {
    const r = c.async === true ? await c.run() : c.run()
    if (c.verify !== undefined && !(await c.verify(r))) throw new Error(`${s.name}: ${c.name} returned an unexpected result: ${String(r)}`)
  }
}

/** Runs a scenario: rounds × contenders, rotating the order each round. */
export const runScenario = async (s: Scenario, o: RunOptions): Promise<ScenarioResult> => {
  const n = s.contenders.length
  const nsByContender: Array<Array<number>> = s.contenders.map(() => [])
  const ratioByContender: Array<Array<number>> = s.contenders.map(() => [])
  const floorIndex = s.contenders.findIndex((c) => c.name === s.floor)
  for (let round = 0; round < o.rounds; round++) {
    const bench = new Bench({ time: o.time, warmupTime: o.warmupTime, warmupIterations: 8, iterations: 8, throws: true })
    const order: Array<number> = []
    for (let k = 0; k < n; k++) order.push((k + round) % n)
    for (const idx of order) {
      const c = s.contenders[idx]!
      bench.add(String(idx), taskOf(c, c.batch ?? s.batch))
    }
    await bench.run()
    const nsThisRound = new Array<number>(n).fill(NaN)
    for (const task of bench.tasks) {
      const idx = Number(task.name)
      const c = s.contenders[idx]!
      const r = task.result
      if (r.state !== 'completed') throw new Error(`${s.name}: ${c.name} did not complete (${r.state})`)
      nsThisRound[idx] = (r.latency.p50 * 1e6) / (c.batch ?? s.batch)
    }
    const floorNs = nsThisRound[floorIndex]!
    for (let i = 0; i < n; i++) {
      nsByContender[i]!.push(nsThisRound[i]!)
      ratioByContender[i]!.push(nsThisRound[i]! / floorNs)
    }
  }
  const rows = s.contenders.map((c, i) => ({
    name: c.name,
    note: c.note,
    ns: median(nsByContender[i]!),
    ratio: median(ratioByContender[i]!),
    ratioMin: Math.min(...ratioByContender[i]!),
    ratioMax: Math.max(...ratioByContender[i]!)
  }))
  return { scenario: s, rows }
}

const fmtOps = (ns: number): string => {
  const ops = 1e9 / ns
  return ops >= 100 ? Math.round(ops).toLocaleString('en-US') : ops.toFixed(1)
}

const fmtNs = (ns: number): string => (ns >= 10_000 ? `${(ns / 1000).toFixed(1)} µs` : `${Math.round(ns)} ns`)

const fmtRatio = (r: number): string => (r >= 100 ? `${Math.round(r)}×` : r >= 10 ? `${r.toFixed(1)}×` : `${r.toFixed(2)}×`)

/** A Markdown table of one scenario's result. */
export const tableOf = (r: ScenarioResult, rounds: number): string => {
  const s = r.scenario
  const lines = [
    `### ${s.name}`,
    '',
    `${s.description} Floor: **${s.floor}**.${s.target !== undefined ? ` Target: ${s.target}.` : ''}`,
    '',
    `| contender | ops/s | time/op | × floor (median of ${rounds}) | spread (min–max) |`,
    '| --- | ---: | ---: | ---: | ---: |'
  ]
  for (const row of r.rows) {
    const name = row.note === undefined ? row.name : `${row.name} — ${row.note}`
    lines.push(`| ${name} | ${fmtOps(row.ns)} | ${fmtNs(row.ns)} | ${fmtRatio(row.ratio)} | ${fmtRatio(row.ratioMin)}–${fmtRatio(row.ratioMax)} |`)
  }
  return lines.join('\n')
}
