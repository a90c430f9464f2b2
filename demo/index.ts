/**
 * `npm run demo`: makes a real, signed call to a local IVS Chat (the emulator this package ships),
 * then decodes the bundled sample payloads in `demo/samples/` and prints what came out. Only
 * redacted views are printed: no token ever appears in the output.
 */
import { readFileSync } from 'node:fs'
import { inspect } from 'node:util'
import { pipe } from 'fp-ts/lib/function.js'
import * as E from 'fp-ts/lib/Either.js'
import * as TE from 'fp-ts/lib/TaskEither.js'
import { CreateChatToken, CreateChatTokenResponse, type CreateChatTokenFailure, drawTree, makeClient, startServer, toIssues } from '../src/index.js'
import { safeJson, safeQuery, safeValue } from '../src/cli/safe.js'

const sample = (name: string): string => readFileSync(new URL(`./samples/${name}`, import.meta.url), 'utf8')

const show = (u: unknown): string => inspect(u, { depth: 8, colors: false, breakLength: 100 })

const heading = (title: string): void => console.log(`\n== ${title} ==`)

/** Prints a decoded response: its redacted value and its (redacted) encodings. */
const printResponse = (r: CreateChatTokenResponse): void => {
  console.log(`redacted value: ${show(CreateChatTokenResponse.redact(r))}`)
  console.log(`toJson:  ${JSON.stringify(safeJson(CreateChatTokenResponse, r))}`)
  console.log(`toQuery: ${safeQuery(CreateChatTokenResponse, r)}`)
  console.log(`toValue: ${show(safeValue(CreateChatTokenResponse, r))}`)
}

// -------------------------------------------------------------------------------------
// a real call: a local IVS Chat that checks signatures, and this package's client
// -------------------------------------------------------------------------------------

heading('A real call: createRoom then createChatToken, against a local IVS Chat')
{
  // Demo credentials: the local server accepts only requests signed with these.
  const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'demo-secret-access-key' }
  const server = await startServer({ credentials })
  try {
    const client = makeClient({ region: 'us-east-1', endpoint: server.url, credentials })
    const text = await pipe(
      client.createRoom({ name: 'demo-room' }),
      TE.chainW((room) => client.createChatToken({ roomIdentifier: room.arn ?? '', userId: 'viewer-1', capabilities: ['SEND_MESSAGE'] })),
      TE.match(
        (failure) => `the call failed: ${failure._tag}`,
        (token) => `createChatToken answered (redacted): ${show(CreateChatTokenResponse.redact(token))}`
      )
    )()
    console.log(text)
  } finally {
    await server.close()
  }
}

// -------------------------------------------------------------------------------------
// a successful response, as JSON, as XML, and broken on purpose
// -------------------------------------------------------------------------------------

heading('CreateChatTokenResponse from JSON')
pipe(
  CreateChatTokenResponse.fromString(sample('CreateChatTokenResponse.json')),
  E.match((errors) => console.log(drawTree(errors)), printResponse)
)

heading('CreateChatTokenResponse from XML (awsQuery envelope)')
pipe(
  CreateChatTokenResponse.fromXml(sample('CreateChatTokenResponse.xml')),
  E.match((errors) => console.log(drawTree(errors)), printResponse)
)

heading('CreateChatTokenResponse broken on purpose (30 February, a numeric token)')
pipe(
  CreateChatTokenResponse.fromString(sample('CreateChatTokenResponse.broken.json')),
  E.match(
    (errors) => {
      console.log('Left, drawn for people:')
      console.log(drawTree(errors))
      console.log('Left, listed for programs:')
      console.log(show(toIssues(errors)))
    },
    (r) => {
      console.log('unexpectedly valid:')
      printResponse(r)
    }
  )
)

// -------------------------------------------------------------------------------------
// error responses of CreateChatToken
// -------------------------------------------------------------------------------------

interface ErrorSample {
  readonly title: string
  readonly statusCode: number
  readonly headers: Record<string, string>
  readonly body: string
}

/** One line (or a few) per kind of failure, chosen by `_tag`. */
const describeFailure = (f: CreateChatTokenFailure): string => {
  switch (f._tag) {
    case 'AccessDeniedException':
      return `AccessDeniedException: ${f.message}`
    case 'PendingVerification':
      return `PendingVerification: ${f.message}`
    case 'ResourceNotFoundException':
      return `ResourceNotFoundException: ${f.resourceType} ${f.resourceId} (${f.message})`
    case 'ValidationException':
      return [
        `ValidationException (${f.reason}): ${f.message}`,
        ...(f.fieldList ?? []).map((field) => `  - ${field.name}: ${field.message}`)
      ].join('\n')
    case 'UnknownOperationError':
      return `UnknownOperationError: code ${f.code}${f.message === undefined ? '' : `, message ${JSON.stringify(f.message)}`}`
    case 'UndecodableResponse':
      return [`UndecodableResponse: HTTP ${f.statusCode}${f.code === undefined ? '' : `, code ${f.code}`}`, drawTree(f.errors)].join('\n')
  }
}

const errorSamples = JSON.parse(sample('errors.json')) as ReadonlyArray<ErrorSample>
for (const s of errorSamples) {
  heading(`CreateChatToken.decodeResponse: ${s.title}`)
  pipe(
    CreateChatToken.decodeResponse({ statusCode: s.statusCode, headers: s.headers, body: s.body }),
    E.match(
      (failure) => console.log(describeFailure(failure)),
      (r) => printResponse(r)
    )
  )
}
