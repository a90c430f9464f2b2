/** Prints the functions with the most self time in a `.cpuprofile`: `npx tsx bench/profile-top.ts FILE [N]`. */
import { readFileSync } from 'node:fs'

interface Node {
  readonly id: number
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number }
}
interface Profile {
  readonly nodes: ReadonlyArray<Node>
  readonly samples: ReadonlyArray<number>
  readonly timeDeltas: ReadonlyArray<number>
}

const file = process.argv[2]
if (file === undefined) throw new Error('usage: profile-top FILE [N]')
const top = Number(process.argv[3] ?? 25)
const p = JSON.parse(readFileSync(file, 'utf8')) as Profile
const byId = new Map(p.nodes.map((n) => [n.id, n]))
const self = new Map<string, number>()
let total = 0
for (let i = 0; i < p.samples.length; i++) {
  const n = byId.get(p.samples[i]!)!
  const dt = p.timeDeltas[i] ?? 0
  total += dt
  const f = n.callFrame
  const key = `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\/(node_modules\/|src\/|bench\/)/, '$1')}:${f.lineNumber + 1}`
  self.set(key, (self.get(key) ?? 0) + dt)
}
const rows = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, top)
for (const [k, v] of rows) console.log(`${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`)
