import * as t from 'io-ts'
import { CreateChatTokenRequest, CreateChatTokenResponse } from '../src/index.js'
for (const n of [1000, 2000]) {
  const xs = Array.from({ length: n }, () => ({}))
  let s = performance.now(); const r = t.array(CreateChatTokenRequest.codec).decode(xs); console.log('array', n, (performance.now() - s).toFixed(0), 'ms', (r as any).left.length)
  const o = Object.fromEntries(xs.map((_, i) => ['k' + i, { token: 1 }]))
  s = performance.now(); t.record(t.string, CreateChatTokenResponse.codec).decode(o); console.log('record', n, (performance.now() - s).toFixed(0), 'ms')
}
