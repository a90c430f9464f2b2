/**
 * Runs one operation in a loop, for `node --cpu-prof --import tsx bench/profile.ts NAME [SECONDS]`;
 * then `npx tsx bench/profile-top.ts FILE.cpuprofile` lists the functions with the most self time.
 */
import { CreateChatToken } from '../src/shapes/CreateChatToken.js'
import { CreateChatTokenResponse } from '../src/shapes/CreateChatTokenResponse.js'
import * as P from './payloads.js'

const decoded = CreateChatTokenResponse.fromString(P.createChatTokenJson)
const value = decoded._tag === 'Right' ? decoded.right : undefined
const operations: Record<string, () => unknown> = {
  'json-decode': () => CreateChatTokenResponse.fromString(P.createChatTokenJson),
  'json-parse': () => JSON.parse(P.createChatTokenJson),
  'response-decode': () => CreateChatToken.decodeResponse({ statusCode: 200, headers: { 'content-type': 'application/json', 'x-amzn-requestid': 'r-1' }, body: P.createChatTokenJson }),
  'xml-decode': () => CreateChatTokenResponse.fromXml(P.createChatTokenXml),
  'json-encode': () => JSON.stringify(CreateChatTokenResponse.toJson(value!)),
  'error-decode': () => CreateChatToken.decodeResponse({ statusCode: 400, headers: P.validationHeaders, body: P.validationJson })
}

const name = process.argv[2] ?? 'json-decode'
const op = operations[name]
if (op === undefined) throw new Error(`unknown operation ${name}; one of ${Object.keys(operations).join(', ')}`)
const seconds = Number(process.argv[3] ?? 3)
let sink: unknown
let n = 0
const end = Date.now() + seconds * 1000
while (Date.now() < end) {
  for (let i = 0; i < 1000; i++) sink = op()
  n += 1000
}
console.log(`${name}: ${n} operations in ${seconds} s, ${((seconds * 1e9) / n).toFixed(0)} ns each${sink === undefined ? '' : ''}`)
