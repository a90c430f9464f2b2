// usage: node t.mjs runs file1.mjs file2.mjs ...  (times whole processes, interleaved, medians)
import { spawnSync } from 'node:child_process'
const [runs, ...files] = process.argv.slice(2)
const all = ['/work/main/.h11tmp/empty.mjs', ...files]
const t = all.map(() => [])
const once = (f) => { const s = process.hrtime.bigint(); const r = spawnSync(process.execPath, [f], { stdio: ['ignore', 'ignore', 'inherit'] }); if (r.status !== 0) throw new Error(f); return Number(process.hrtime.bigint() - s) / 1e6 }
for (const f of all) once(f)
for (let i = 0; i < Number(runs); i++) all.forEach((f, j) => t[j].push(once(f)))
const med = (xs) => { const s = xs.slice().sort((a, b) => a - b); return s[s.length >> 1] }
const e = med(t[0])
all.forEach((f, j) => console.log(f.padEnd(50), 'median', med(t[j]).toFixed(0), 'overhead', (med(t[j]) - e).toFixed(0), 'min', Math.min(...t[j]).toFixed(0)))
