/**
 * The values IVS Chat uses when a request leaves a member out. The model gives none of them as a
 * Smithy `@default` trait; each is stated in the member's documentation (Amazon IVS Chat API
 * Reference, https://docs.aws.amazon.com/ivs/latest/ChatAPIReference/), which is also the model's
 * `@documentation` trait.
 *
 * @since 0.2.0
 */
/** `CreateRoom.maximumMessageRatePerSecond`: "Default: 10." @category constants @since 0.2.0 */
export const DEFAULT_MAXIMUM_MESSAGE_RATE_PER_SECOND = 10;
/** `CreateRoom.maximumMessageLength`: "Default: 500." @category constants @since 0.2.0 */
export const DEFAULT_MAXIMUM_MESSAGE_LENGTH = 500;
/** `MessageReviewHandler.fallbackResult`: "Default: ALLOW." @category constants @since 0.2.0 */
export const DEFAULT_FALLBACK_RESULT = 'ALLOW';
/** `ListRooms.maxResults` and `ListLoggingConfigurations.maxResults`: "Default: 50." @category constants @since 0.2.0 */
export const DEFAULT_MAX_RESULTS = 50;
/** `CreateChatToken.sessionDurationInMinutes`: "Default: 60 (1 hour)." @category constants @since 0.2.0 */
export const DEFAULT_SESSION_DURATION_MINUTES = 60;
/**
 * How long a chat token can be used to connect: one minute ("The token is valid for one minute,
 * and a connection (session) established with the token is valid for the specified duration",
 * the CreateChatToken description of earlier API Reference versions and of the AWS CLI example).
 *
 * @category constants
 * @since 0.2.0
 */
export const TOKEN_VALIDITY_MINUTES = 1;
