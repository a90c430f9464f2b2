import { parseEpochSeconds } from '../src/codecs/Timestamp.js'
// case A: closest double to a whole ms c, but floor(n*1000) != c
let a: number | undefined, b: number | undefined
for (let i = 0; i < 5e6 && (a === undefined || b === undefined); i++) {
  const ms = Math.floor(Math.random() * 2.5e14) * (Math.random() < 0.5 ? -0.2 : 1)
  const n = Math.round(ms) / 1000
  const x = n * 1000
  if (a === undefined && Math.floor(x) !== Math.round(ms) && x % 1 !== 0) a = n
  // case B: n with 4 decimals where x rounds to a whole number above the exact product
  const n2 = (Math.floor(Math.random() * 2.5e15) * (Math.random() < 0.5 ? -0.02 : 0.1) + 0.5) / 10000
  const x2 = n2 * 1000
  if (b === undefined && x2 === Math.floor(x2)) {
    const s = String(n2); const [ip, fp = ''] = s.split('.')
    // exact decimal floor of n2*1000 from its shortest text is not exact product of the double; compare to algorithm
    if (parseEpochSeconds(n2) === x2 - 1) b = n2
  }
}
console.log(a, a !== undefined && parseEpochSeconds(a), b, b !== undefined && parseEpochSeconds(b))
