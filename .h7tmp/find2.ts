import { parseEpochSeconds } from '../src/codecs/Timestamp.js'
const found: number[] = []
for (let j = 0; j < 2e6 && found.length < 2; j++) {
  const n = 250000000000 + Math.floor(Math.random() * 1e5) / 1e5 * 999
  const x = n * 1000
  if (x === Math.floor(x) && parseEpochSeconds(n) === x - 1) found.push(n)
}
console.log(found.map((n) => [n, n * 1000, parseEpochSeconds(n)]))
