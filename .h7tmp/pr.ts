import * as t from 'io-ts'
import { PathReporter } from 'io-ts/lib/PathReporter.js'
import { formatValidationErrors } from 'io-ts-reporters'
import * as E from 'fp-ts/lib/Either.js'
import { CreateChatTokenRequest, CreateChatTokenResponse } from '../src/index.js'
const cases: Array<[string, t.Mixed, unknown]> = [
  ['type', t.type({ resp: CreateChatTokenResponse.codec }), { resp: { token: 1 } }],
  ['array', t.array(CreateChatTokenRequest.codec), [{ roomIdentifier: 'arn:aws:ivschat:us-west-2:123456789012:room/abcdABCD1234', userId: 'u' }, { userId: 'u' }]],
  ['record', t.record(t.string, CreateChatTokenResponse.codec), { a: { token: 1 } }],
  ['union', t.union([CreateChatTokenResponse.codec, t.number]), { token: 1 }],
  ['intersection', t.intersection([t.type({ x: t.string }), t.type({ resp: CreateChatTokenResponse.codec })]), { x: 's', resp: { token: 1 } }],
]
for (const [n, c, v] of cases) { const r = c.decode(v); console.log(n, PathReporter.report(r), E.isLeft(r) ? formatValidationErrors(r.left) : []) }
