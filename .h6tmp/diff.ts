import { XMLParser } from 'fast-xml-parser'
import fc from 'fast-check'
import { readXml } from '../src/codecs/XmlReader.js'
const o = { ignoreAttributes: true, parseTagValue: false, parseAttributeValue: false, trimValues: false, isArray: () => true, processEntities: true, htmlEntities: true, ignoreDeclaration: true, ignorePiTags: true, removeNSPrefix: false, maxNestedTags: 99 } as const
const p = new XMLParser(o)
const old = (s: string) => { try { const doc = p.parse(s, true); const names = Object.keys(doc).filter((k) => k !== '#text'); return names.length === 1 && doc[names[0]!].length === 1 ? { name: names[0], content: doc[names[0]!][0] } : 'ERR' } catch { return 'ERR' } }
const docs = ['<a></a>','<a/>','<a> <b>1</b> </a>','<a>x<b>1</b>y<c/>z</a>','<a>ab<i>c</i>d</a>','<a>a<![CDATA[x]]>b</a>','<a>a<!--c-->b</a>','<a>a<?pi x?>b</a>','<a>\r\nx\ry</a>','<a b="1" c=\'2\'>t</a>','<a:b>t</a:b>','<a><b/><b>2</b><c><d/></c></a>','<a><b> </b></a>','<a>\n<b>1</b>\n</a>', '<a><![CDATA[]]></a>', '<a><!--x--></a>','<a> </a>','<a><b/> </a>', '<?xml version="1.0"?>\n<a>1</a>\n', '<a>&#65;&lt;&amp;&quot;&apos;&gt;</a>', '<a><b>1</b>x<b>2</b></a>', '<a><toString>1</toString><valueOf/><hasOwnProperty>x</hasOwnProperty></a>', '<a\n  x = "1"\n>t</a >', '<é><ü·>x</ü·></é>']
for (const d of docs) { const a = JSON.stringify(old(d)), b = JSON.stringify(readXml(d, 100)); console.log(a === b ? 'same' : 'DIFF', JSON.stringify(d), a, b) }
// random trees
const name = fc.constantFrom('a', 'b', 'member', 'entry', 'key', 'x:y', 'b.c')
const text = fc.string({ unit: fc.constantFrom('a', ' ', '\n', '&amp;', '&lt;', '<![CDATA[<&]]>', '<!-- c -->', '&#x41;', '>', '"') , maxLength: 5 })
const tree: fc.Arbitrary<string> = fc.letrec((tie) => ({ el: fc.tuple(name, fc.array(fc.oneof({ depthSize: 'small' }, text, tie('el')), { maxLength: 4 })).map(([n, xs]) => `<${n}>${(xs as string[]).join('')}</${n}>`) })).el as fc.Arbitrary<string>
let diffs = 0
fc.assert(fc.property(tree, (d) => { const a = JSON.stringify(old(d)), b = JSON.stringify(readXml(d, 100)); if (a !== b) { if (diffs++ < 5) console.log('DIFF', d, a, b) } return true }), { numRuns: 5000 })
console.log('diffs', diffs)
