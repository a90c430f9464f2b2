import { Bench } from 'tinybench'
import { CreateChatTokenResponse } from '../src/shapes/CreateChatTokenResponse.js'
import { ListRoomsResponse } from '../src/shapes/ListRoomsResponse.js'
import * as P from './payloads.js'
const a = JSON.parse(P.createChatTokenJson), b = JSON.parse(P.listRoomsJson)
const bench = new Bench({ time: 1500, warmupTime: 300 })
bench.add('CreateChatTokenResponse.fromJson', () => { for (let i = 0; i < 100; i++) CreateChatTokenResponse.fromJson(a) })
bench.add('ListRoomsResponse.fromJson (50 rooms)', () => { ListRoomsResponse.fromJson(b) })
bench.add('CreateChatTokenResponse.fromString', () => { for (let i = 0; i < 100; i++) CreateChatTokenResponse.fromString(P.createChatTokenJson) })
bench.add('JSON.parse alone', () => { for (let i = 0; i < 100; i++) JSON.parse(P.createChatTokenJson) })
await bench.run()
for (const t of bench.tasks) console.log(t.name.padEnd(40), (t.result as any).latency?.p50?.toFixed?.(4) ?? (t.result as any).period)
