/**
 * HTTP messages as the protocols produce and read them: plain data, no I/O. A client sends an
 * `HttpRequest` with whatever HTTP library it has; a server reads one from its framework.
 *
 * @since 0.2.0
 */

/**
 * Headers as HTTP libraries give them: a plain object (names in any letter case; a repeated
 * header as an array), `[name, value]` pairs, or a fetch `Headers`.
 *
 * @category model
 * @since 0.2.0
 */
export type HttpHeaders =
  | Readonly<Record<string, string | ReadonlyArray<string> | undefined>>
  | ReadonlyArray<readonly [string, string]>
  | { forEach(callback: (value: string, name: string) => void): void }

/**
 * A request ready to send, or one a server received.
 *
 * @category model
 * @since 0.2.0
 */
export interface HttpRequest {
  /** `GET`, `POST`, `DELETE`, … in upper case. */
  readonly method: string
  /** Percent-encoded per RFC 3986, starting with `/`. */
  readonly path: string
  /** The encoded query string without `?`; `''` when there is none. */
  readonly query: string
  /** Lower-case names. */
  readonly headers: Readonly<Record<string, string>>
  /** The body as text, or `undefined` when none is sent. */
  readonly body: string | undefined
}

/**
 * A request as a server receives it: headers in any of the forms above, the body as text or
 * bytes.
 *
 * @category model
 * @since 0.2.0
 */
export interface IncomingRequest {
  readonly method: string
  /** The path, percent-encoded as received; a `?query` suffix is allowed when `query` is absent. */
  readonly path: string
  readonly query?: string | undefined
  readonly headers?: HttpHeaders
  readonly body?: string | Uint8Array | undefined
}

/**
 * A response as a backend's HTTP client gives it, or as a server sends it.
 *
 * @category model
 * @since 0.1.0
 */
export interface HttpResponse {
  readonly statusCode: number
  readonly headers?: HttpHeaders
  /** The body, as text or UTF-8 bytes. */
  readonly body?: string | Uint8Array | undefined
}

/**
 * What an operator needs of any response, success or failure.
 *
 * @category model
 * @since 0.2.0
 */
export interface ResponseMetadata {
  readonly statusCode: number
  /** The `x-amzn-requestid` header, when the response has one. */
  readonly requestId?: string
}

/**
 * A response as a server sends it: the status, lower-case header names, and the body as text
 * (`undefined` when none is sent). It is also an `HttpResponse`, so a client can read it back.
 *
 * @category model
 * @since 0.2.0
 */
export interface EncodedResponse {
  readonly statusCode: number
  readonly headers: Readonly<Record<string, string>>
  readonly body: string | undefined
}
