const s = 'a\r\n'.repeat(3_500_000)
for (let k = 0; k < 3; k++) {
let t = performance.now(); const a = s.replace(/\r\n?/g, '\n'); console.log('replace', performance.now() - t, a.length)
t = performance.now(); const b = s.split('\r\n').join('\n'); console.log('split/join', performance.now() - t, b.length)
t = performance.now(); const c = s.replaceAll('\r\n', '\n'); console.log('replaceAll', performance.now() - t, c.length)
}
