import { XMLParser } from 'fast-xml-parser'
import { CreateChatTokenResponse } from '../src/shapes/CreateChatTokenResponse.js'
import { parseXml } from '../src/codecs/Xml.js'
import * as P from './payloads.js'
const p = new XMLParser({ ignoreAttributes: true, parseTagValue: false, parseAttributeValue: false, trimValues: false, isArray: () => true, processEntities: true, htmlEntities: true, ignoreDeclaration: true, ignorePiTags: true, removeNSPrefix: false, maxNestedTags: 99 })
const xml = P.createChatTokenXml
const ops: Record<string, () => unknown> = { parse: () => p.parse(xml), parseXml: () => parseXml(xml), fromXml: () => CreateChatTokenResponse.fromXml(xml) }
let sink: unknown
for (let r = 0; r < 4; r++) for (const [k, f] of Object.entries(ops)) {
  const t0 = process.hrtime.bigint(); let n = 0
  while (process.hrtime.bigint() - t0 < 500_000_000n) { for (let i = 0; i < 100; i++) sink = f(); n += 100 }
  console.log(r, k, (Number(process.hrtime.bigint() - t0) / n).toFixed(0), 'ns')
}
console.log(JSON.stringify(p.parse(xml)).slice(0, 200))
