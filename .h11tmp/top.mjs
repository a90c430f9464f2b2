// prints self time per function and per url from a .cpuprofile
import { readFileSync, readdirSync } from 'node:fs'
const dir = process.argv[2]; const n = Number(process.argv[3] ?? 25)
const f = readdirSync(dir).find((x) => x.endsWith('.cpuprofile'))
const p = JSON.parse(readFileSync(`${dir}/${f}`, 'utf8'))
const dt = new Map(); for (let i = 0; i < p.samples.length; i++) dt.set(p.samples[i], (dt.get(p.samples[i]) ?? 0) + (p.timeDeltas[i] ?? 0))
const byFn = new Map(), byUrl = new Map()
for (const node of p.nodes) { const t = (dt.get(node.id) ?? 0) / 1000; const cf = node.callFrame; const k = `${cf.functionName || '(anon)'} ${cf.url.replace(/^.*node_modules\//, 'nm/').replace('file:///work/main/', '')}:${cf.lineNumber}`; byFn.set(k, (byFn.get(k) ?? 0) + t); const u = cf.url === '' ? `(${cf.functionName})` : cf.url.startsWith('node:') ? cf.url : cf.url.includes('node_modules/') ? 'nm:' + cf.url.replace(/^.*node_modules\//, '').split('/').slice(0, cf.url.includes('node_modules/@') ? 2 : 1).join('/') : cf.url.replace(/^.*\/(dist|\.h11tmp)\//, 'ours:').split('/').slice(0, 2).join('/'); byUrl.set(u, (byUrl.get(u) ?? 0) + t) }
const total = [...byFn.values()].reduce((a, b) => a + b, 0)
console.log('total ms', total.toFixed(1))
for (const [k, v] of [...byFn].sort((a, b) => b[1] - a[1]).slice(0, n)) console.log(v.toFixed(1).padStart(7), k)
console.log('--- by url')
for (const [k, v] of [...byUrl].sort((a, b) => b[1] - a[1]).slice(0, n)) console.log(v.toFixed(1).padStart(7), k)
