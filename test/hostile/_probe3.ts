import { ValidationException, CreateChatToken } from '../../src/index.js'
const n = 3_000_000
const s = JSON.stringify({ message: 'm', reason: 'OTHER', fieldList: new Array(n).fill(1) })
console.log('len', s.length)
let t = Date.now()
const r: any = ValidationException.fromJson(JSON.parse(s))
console.log('issues', r.left?.length, Date.now() - t, 'ms', Math.round(process.memoryUsage().heapUsed / 1e6), 'MB')
t = Date.now()
const sp: any[] = []; sp.length = 2 ** 31
console.log(Object.values(sp).length, Date.now() - t)
