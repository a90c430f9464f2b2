/**
 * The payloads every benchmark scenario decodes or encodes: realistic IVS Chat responses,
 * built deterministically (no randomness between runs).
 */

/** A deterministic pseudo-random base64url-ish string of `n` characters (a stand-in for an encrypted token). */
const tokenOf = (n: number, seed: number): string => {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
  let x = seed >>> 0
  let out = ''
  for (let i = 0; i < n; i++) {
    // xorshift32
    x ^= x << 13
    x >>>= 0
    x ^= x >>> 17
    x ^= x << 5
    x >>>= 0
    out += alphabet[x & 63]
  }
  return out
}

/** The token of the CreateChatToken response: 400 characters, as the service's tokens are. */
export const TOKEN = 'AQICAHg' + tokenOf(393, 0x9e3779b9)

/** The two timestamps of the CreateChatToken response: one with milliseconds, one without. */
export const TOKEN_EXPIRATION = '2026-11-25T12:41:07.512Z'
export const SESSION_EXPIRATION = '2026-11-25T14:40:07Z'

/** A `CreateChatTokenResponse` JSON body, as the service sends it. */
export const createChatTokenJson = JSON.stringify({
  token: TOKEN,
  tokenExpirationTime: TOKEN_EXPIRATION,
  sessionExpirationTime: SESSION_EXPIRATION
})

/** Its UTF-8 bytes (what an HTTP client hands over). */
export const createChatTokenBytes = new TextEncoder().encode(createChatTokenJson)

/** The same response as an awsQuery XML envelope. */
export const createChatTokenXml =
  '<?xml version="1.0" encoding="UTF-8"?>\n' +
  '<CreateChatTokenResponse xmlns="http://ivschat.amazonaws.com/doc/2020-07-14/">' +
  '<CreateChatTokenResult>' +
  `<token>${TOKEN}</token>` +
  `<tokenExpirationTime>${TOKEN_EXPIRATION}</tokenExpirationTime>` +
  `<sessionExpirationTime>${SESSION_EXPIRATION}</sessionExpirationTime>` +
  '</CreateChatTokenResult>' +
  '<ResponseMetadata><RequestId>5f2a1c3e-8b7d-4e6f-9a0b-1c2d3e4f5a6b</RequestId></ResponseMetadata>' +
  '</CreateChatTokenResponse>'

/** A CreateChatToken request (the input `toQuery` encodes). */
export const createChatTokenRequest = {
  roomIdentifier: 'arn:aws:ivschat:us-west-2:123456789012:room/g1H2I3J4k5L6',
  userId: 'viewer-7f3c2a',
  capabilities: ['SEND_MESSAGE', 'DISCONNECT_USER'] as Array<'SEND_MESSAGE' | 'DISCONNECT_USER'>,
  sessionDurationInMinutes: 180,
  attributes: { displayName: 'Alice & Bob', avatarUrl: 'https://example.com/avatars/alice.png?size=64' }
}

/** The headers of a 400 ValidationException, as the service sends them. */
export const validationHeaders = {
  'content-type': 'application/json',
  'x-amzn-requestid': '5f2a1c3e-8b7d-4e6f-9a0b-1c2d3e4f5a6b',
  'x-amzn-errortype': 'ValidationException:http://internal.amazon.com/coral/com.amazonaws.ivschat/'
}

/** The body of a 400 ValidationException with three failed fields. */
export const validationJson = JSON.stringify({
  message: '3 validation errors detected',
  reason: 'FIELD_VALIDATION_FAILED',
  fieldList: [
    { name: 'userId', message: 'Member must have length less than or equal to 128' },
    { name: 'sessionDurationInMinutes', message: 'Member must have value less than or equal to 180' },
    { name: 'roomIdentifier', message: 'Member must satisfy regular expression pattern: ^arn:aws:ivschat:[a-z0-9-]+:[0-9]+:room/[a-zA-Z0-9-]+$' }
  ]
})

/** Its UTF-8 bytes. */
export const validationBytes = new TextEncoder().encode(validationJson)

/** One room summary of a ListRooms response. */
const roomSummary = (i: number): Record<string, unknown> => {
  const id = tokenOf(12, 1000 + i)
  const room: Record<string, unknown> = {
    arn: `arn:aws:ivschat:us-west-2:123456789012:room/${id}`,
    id,
    name: `room-${i}`,
    createTime: `2026-0${1 + (i % 9)}-${String(1 + (i % 28)).padStart(2, '0')}T0${i % 10}:1${i % 10}:2${i % 10}.${String(100 + i).padStart(3, '0')}Z`,
    updateTime: `2026-10-${String(1 + (i % 28)).padStart(2, '0')}T1${i % 10}:3${i % 10}:4${i % 10}Z`,
    tags: { team: `team-${i % 5}`, env: i % 2 === 0 ? 'prod' : 'staging' },
    loggingConfigurationIdentifiers: i % 3 === 0 ? [] : [`arn:aws:ivschat:us-west-2:123456789012:logging-configuration/${tokenOf(12, 2000 + i)}`]
  }
  if (i % 2 === 0) room['messageReviewHandler'] = { uri: `arn:aws:lambda:us-west-2:123456789012:function:review-${i}`, fallbackResult: 'ALLOW' }
  return room
}

/** A ListRooms response with 50 rooms and a next token. */
export const listRoomsJson = JSON.stringify({
  rooms: Array.from({ length: 50 }, (_, i) => roomSummary(i)),
  nextToken: tokenOf(64, 42)
})

/** Its UTF-8 bytes. */
export const listRoomsBytes = new TextEncoder().encode(listRoomsJson)
