let k = 0; const parts = ['<R']; let n = 2; while (n < 10 * 1024 * 1024 - 20) { const a = ` a${(k++).toString(36)}=""`; parts.push(a); n += a.length }
const d = parts.join('')
console.log('attrs', k)
for (let r = 0; r < 3; r++) {
let t = performance.now(); const set = new Set(); for (let i = 3; i < d.length;) { const e = d.indexOf('=', i); set.add(d.slice(i, e)); i = e + 4 } console.log('slice+set', performance.now() - t, set.size)
t = performance.now(); let c = 0; for (let i = 3; i < d.length;) { const e = d.indexOf('=', i); c += d.slice(i, e).length; i = e + 4 } console.log('slice only', performance.now() - t, c)
t = performance.now(); const m = new Map(); for (let i = 3; i < d.length;) { const e = d.indexOf('=', i); const h = d.slice(i,e); m.set(h, 1); i = e + 4 } console.log('map', performance.now() - t)
t = performance.now(); const o = Object.create(null); for (let i = 3; i < d.length;) { const e = d.indexOf('=', i); o[d.slice(i, e)] = 1; i = e + 4 } console.log('obj', performance.now() - t)
}
