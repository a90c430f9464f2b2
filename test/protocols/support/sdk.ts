/**
 * The reference client, caught on the wire: `@aws-sdk/client-ivschat` with a request handler
 * that records the request it would send and answers with a canned response, so the SDK never
 * reaches a network. Fixed credentials, region us-east-1, one attempt (no retry delays on 5xx).
 *
 * `sdkRequest(name, input)` gives what the SDK sends for an input; `sdkOutcome(name, response)`
 * gives what `client.send` resolves or rejects with for a response, both as plain data.
 */
import * as Sdk from '@aws-sdk/client-ivschat'
import { HttpResponse as SdkHttpResponse, type HttpRequest as SdkHttpRequest } from '@smithy/protocol-http'

/** The 17 operations of IVS Chat, by name (the SDK's command is `${name}Command`). */
export const OPERATION_NAMES = [
  'CreateChatToken',
  'CreateLoggingConfiguration',
  'CreateRoom',
  'DeleteLoggingConfiguration',
  'DeleteMessage',
  'DeleteRoom',
  'DisconnectUser',
  'GetLoggingConfiguration',
  'GetRoom',
  'ListLoggingConfigurations',
  'ListRooms',
  'ListTagsForResource',
  'SendEvent',
  'TagResource',
  'UntagResource',
  'UpdateLoggingConfiguration',
  'UpdateRoom'
] as const

export type OperationName = (typeof OPERATION_NAMES)[number]

/** A response to hand to the SDK. */
export interface CannedResponse {
  readonly statusCode: number
  readonly headers?: Readonly<Record<string, string>>
  readonly body?: string
}

/** What the SDK sent, reduced to what the protocol decides. */
export interface SentRequest {
  readonly method: string
  /** As the SDK encoded it. */
  readonly path: string
  /** The query as `[name, value]` pairs, decoded, in the order they are sent. */
  readonly query: ReadonlyArray<readonly [string, string]>
  readonly contentType: string | undefined
  /** The body text, or `undefined` when none is sent. */
  readonly body: string | undefined
}

type AnyCommand = new (input: unknown) => Parameters<Sdk.IvschatClient['send']>[0]

const commandOf = (name: OperationName): AnyCommand => {
  const ctor = (Sdk as unknown as Record<string, AnyCommand | undefined>)[`${name}Command`]
  if (ctor === undefined) throw new Error(`@aws-sdk/client-ivschat has no ${name}Command`)
  return ctor
}

const bodyText = (body: unknown): string | undefined => {
  if (body === undefined || body === null) return undefined
  if (typeof body === 'string') return body
  if (body instanceof Uint8Array) return new TextDecoder().decode(body)
  throw new Error(`the SDK sent a body that is neither text nor bytes: ${typeof body}`)
}

const queryPairs = (query: SdkHttpRequest['query']): Array<readonly [string, string]> => {
  const out: Array<readonly [string, string]> = []
  for (const [k, v] of Object.entries(query ?? {})) {
    if (v === null || v === undefined) out.push([k, ''])
    else if (typeof v === 'string') out.push([k, v])
    else for (const item of v) out.push([k, item])
  }
  return out
}

const headerOf = (headers: Readonly<Record<string, string>>, name: string): string | undefined => {
  for (const [k, v] of Object.entries(headers)) if (k.toLowerCase() === name) return v
  return undefined
}

/**
 * A client whose every request is recorded and answered with `respond`. Sends run one at a time
 * in the tests (fast-check's async properties await each run), so one slot is enough.
 */
export const makeSdk = () => {
  let last: SdkHttpRequest | undefined
  let respond: CannedResponse = { statusCode: 200, headers: {}, body: '{}' }
  const client = new Sdk.IvschatClient({
    region: 'us-east-1',
    maxAttempts: 1,
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' },
    requestHandler: {
      handle: async (request: SdkHttpRequest) => {
        last = request
        return {
          response: new SdkHttpResponse({
            statusCode: respond.statusCode,
            headers: { ...(respond.headers ?? {}) },
            body: new TextEncoder().encode(respond.body ?? '')
          })
        }
      }
    }
  })

  /** What the SDK sends for `input` (answered with 200 `{}`, which every operation accepts). */
  const request = async (name: OperationName, input: unknown): Promise<SentRequest> => {
    last = undefined
    respond = { statusCode: 200, headers: {}, body: '{}' }
    await client.send(new (commandOf(name))(input))
    const r = last as SdkHttpRequest | undefined
    if (r === undefined) throw new Error(`the SDK sent nothing for ${name}`)
    return { method: r.method, path: r.path, query: queryPairs(r.query), contentType: headerOf(r.headers, 'content-type'), body: bodyText(r.body) }
  }

  /**
   * What `client.send` gives for `response`: `{ ok: true, value }` (the output, `$metadata`
   * included) or `{ ok: false, error }` (what it rejected with).
   */
  const outcome = async (name: OperationName, input: unknown, response: CannedResponse): Promise<{ ok: true; value: Record<string, unknown> } | { ok: false; error: unknown }> => {
    respond = response
    try {
      const value = (await client.send(new (commandOf(name))(input))) as unknown as Record<string, unknown>
      return { ok: true, value }
    } catch (error) {
      return { ok: false, error }
    } finally {
      respond = { statusCode: 200, headers: {}, body: '{}' }
    }
  }

  return { client, request, outcome }
}

export type SdkHarness = ReturnType<typeof makeSdk>
