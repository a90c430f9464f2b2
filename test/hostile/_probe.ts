import * as S from '../../src/codecs/Schema.js'
import { shape } from '../../src/codecs/Shape.js'
import { CreateChatTokenRequest, CreateChatTokenResponse, CreateChatToken, CreateChatTokenError } from '../../src/index.js'
import { ValidationException } from '../../src/index.js'
import { PathReporter } from 'io-ts/lib/PathReporter.js'
const tryit = (label: string, f: () => unknown) => { try { const r: any = f(); console.log(label, r._tag, r._tag==='Left' ? JSON.stringify(r.left.map?.((e:any)=>e.message) ?? r.left, (k,v)=>typeof v==='bigint'?String(v):v).slice(0,300) : JSON.stringify(r.right, (k,v)=>typeof v==='bigint'?String(v):v)?.slice(0,200)) } catch (e) { console.log(label, 'THREW', (e as Error).message) } }
const thrower = new Proxy({}, { get() { throw new Error('boom') }, ownKeys() { throw new Error('boomkeys') }, getPrototypeOf() { throw new Error('proto') } })
const getter = { get roomIdentifier() { throw new Error('g') }, userId: 'u' }
const { proxy: revoked, revoke } = Proxy.revocable({}, {}); revoke()
for (const [n, v] of [['proxy', thrower], ['getter', getter], ['revoked', revoked], ['sym', Symbol('x')], ['bigint', 1n], ['undef', undefined], ['holes', [ , , ]], ['frozen', Object.freeze({roomIdentifier:'r', userId:'u'})]] as const) {
  tryit('req.fromJson '+n, () => CreateChatTokenRequest.fromJson(v))
  tryit('resp.fromJson '+n, () => CreateChatTokenResponse.fromJson(v))
  tryit('req.fromString '+n, () => CreateChatTokenRequest.fromString(v as any))
  tryit('req.fromXml '+n, () => CreateChatTokenRequest.fromXml(v as any))
  tryit('VE.fromJson '+n, () => ValidationException.fromJson(v))
  tryit('VE.fromXml '+n, () => ValidationException.fromXml(v as any))
  tryit('EU.fromJson code '+n, () => CreateChatTokenError.fromJson(v as any, {}))
  tryit('EU.fromJson body '+n, () => CreateChatTokenError.fromJson('ValidationException', v))
  tryit('EU.fromXml '+n, () => CreateChatTokenError.fromXml(v as any, v as any))
  tryit('decodeResponse '+n, () => CreateChatToken.decodeResponse(v as any))
  tryit('decodeResponse body '+n, () => CreateChatToken.decodeResponse({statusCode: 200, body: v as any}))
  tryit('decodeResponse headers '+n, () => CreateChatToken.decodeResponse({statusCode: 400, headers: v as any, body: '{}'}))
}
tryit('map proto', () => CreateChatTokenRequest.fromString('{"roomIdentifier":"r","userId":"u","attributes":{"__proto__":"x","constructor":"y","prototype":"z"}}'))
tryit('xml proto', () => CreateChatTokenRequest.fromXml('<CreateChatTokenRequest><roomIdentifier>r</roomIdentifier><userId>u</userId><attributes><entry><key>__proto__</key><value>x</value></entry></attributes><__proto__><polluted>1</polluted></__proto__><constructor><prototype><polluted>1</polluted></prototype></constructor></CreateChatTokenRequest>'))
console.log(({} as any).polluted)
tryit('xml doctype lower', () => CreateChatTokenRequest.fromXml('<!doctype x [<!entity a "b">]><CreateChatTokenRequest><roomIdentifier>&a;</roomIdentifier><userId>u</userId></CreateChatTokenRequest>'))
tryit('xml entities', () => CreateChatTokenResponse.fromXml('<CreateChatTokenResponse><token>&lt;&gt;&amp;&quot;&apos;&#65;&#x42;&#x1F600;<![CDATA[<x>&amp;]]></token></CreateChatTokenResponse>'))
tryit('xml bad numeric ref', () => CreateChatTokenResponse.fromXml('<CreateChatTokenResponse><token>&#x110000;&#0;&#xD800;</token></CreateChatTokenResponse>'))
tryit('xml mixed', () => CreateChatTokenResponse.fromXml('<CreateChatTokenResponse a="1"><token b="2">ab<i>c</i>d</token></CreateChatTokenResponse>'))
tryit('xml attr token', () => CreateChatTokenResponse.fromXml('<CreateChatTokenResponse a="1"><token b="2">abc</token></CreateChatTokenResponse>'))
tryit('xml deep', () => CreateChatTokenResponse.fromXml('<a>'.repeat(101) + '</a>'.repeat(101)))
tryit('xml deep 100', () => CreateChatTokenResponse.fromXml('<a>'.repeat(100) + '</a>'.repeat(100)))
tryit('xml deep 1e5', () => CreateChatTokenResponse.fromXml('<a>'.repeat(100000) + '</a>'.repeat(100000)))
tryit('json deep', () => CreateChatTokenResponse.fromString('['.repeat(1000000) + ']'.repeat(1000000)))
tryit('json 1e400', () => shape(S.structure('X',{n:S.required(S.integer())})).fromString('{"n":1e400}'))
tryit('json -0', () => shape(S.structure('X',{n:S.required(S.integer())})).fromString('{"n":-0}'))
tryit('epoch 1e400', () => shape(S.structure('X',{n:S.required(S.timestamp('epoch-seconds'))})).fromString('{"n":1e400}'))
tryit('epoch 9e12', () => shape(S.structure('X',{n:S.required(S.timestamp('epoch-seconds'))})).fromString('{"n":9e12}'))
tryit('xml epoch', () => shape(S.structure('X',{n:S.required(S.timestamp('epoch-seconds'))})).fromXml('<X><n>9000000000000</n></X>'))
tryit('leak root array', () => CreateChatTokenRequest.fromJson([{roomIdentifier:'r', userId:'SECRETSECRET'}]))
const r: any = CreateChatTokenRequest.fromJson([{roomIdentifier:'r', userId:'SECRETSECRET'}]); console.log(JSON.stringify(r.left, (k,v)=>k==='type'?undefined:v))
const r2: any = CreateChatTokenRequest.fromJson({roomIdentifier: 5, userId:'SECRETSECRET', attributes: {SECRETKEY: 5}}); console.log(JSON.stringify(r2.left, (k,v)=>k==='type'?undefined:v)); console.log(PathReporter.report(r2))
