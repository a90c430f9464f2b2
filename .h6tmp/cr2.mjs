const s = 'a\r\n'.repeat(3_500_000)
const norm = (s) => { const parts = []; let run = 0; const n = s.length; for (let i = 0; i < n; i++) { if (s.charCodeAt(i) === 13) { parts.push(s.slice(run, i)); parts.push('\n'); if (s.charCodeAt(i + 1) === 10) i++; run = i + 1 } } parts.push(s.slice(run)); return parts.join('') }
const norm2 = (s) => { let out = ''; let run = 0; const n = s.length; for (let i = 0; i < n; i++) { if (s.charCodeAt(i) === 13) { out += s.slice(run, i) + '\n'; if (s.charCodeAt(i + 1) === 10) i++; run = i + 1 } } out += s.slice(run); return out }
const norm3 = (s) => { const n = s.length; const buf = new Uint16Array(n); let j = 0; for (let i = 0; i < n; i++) { const c = s.charCodeAt(i); if (c === 13) { buf[j++] = 10; if (s.charCodeAt(i + 1) === 10) i++ } else buf[j++] = c } let out = ''; for (let k = 0; k < j; k += 8192) out += String.fromCharCode.apply(null, buf.subarray(k, Math.min(j, k + 8192))); return out }
for (let k = 0; k < 3; k++) {
let t = performance.now(); let a = norm(s); console.log('parts', performance.now() - t, a.length)
t = performance.now(); a = norm2(s); a.charCodeAt(5); console.log('concat', performance.now() - t, a.length)
t = performance.now(); a = norm3(s); console.log('u16', performance.now() - t, a.length)
}
