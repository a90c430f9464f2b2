import { readFileSync, readdirSync } from 'node:fs'
for (const f of readdirSync('.').filter((f) => f.endsWith('.cpuprofile'))) {
  const p = JSON.parse(readFileSync(f, 'utf8'))
  const self = new Map(); const dt = p.timeDeltas; const byId = new Map(p.nodes.map((n) => [n.id, n]))
  const counts = new Map(); p.samples.forEach((id, i) => counts.set(id, (counts.get(id) ?? 0) + (dt[i] ?? 0)))
  for (const [id, t] of counts) { const n = byId.get(id); const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`; self.set(k, (self.get(k) ?? 0) + t) }
  const total = [...self.values()].reduce((a, b) => a + b, 0)
  console.log(f, (total / 1000).toFixed(0), 'ms'); [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 12).forEach(([k, t]) => console.log((t / 1000).toFixed(0).padStart(7), k))
}
