const el = '<e ' + Array.from({ length: 256 }, (_, i) => `a${i.toString(36)}=""`).join(' ') + '/>'
const d = '<R>' + el.repeat(Math.floor(10 * 1024 * 1024 / el.length)) + '</R>'
for (let r = 0; r < 3; r++) {
let t = performance.now(); let set; let c = 0
for (let i = 0; i < d.length;) { const e = d.indexOf('=', i); if (e < 0) break; const sp = d.lastIndexOf(' ', e); const name = d.slice(sp + 1, e); if (d.charCodeAt(sp - 1) === 101 ) set = new Set(); if (set.has(name)) throw 1; set.add(name); c++; i = e + 3 }
console.log('small sets', performance.now() - t, c)
}
