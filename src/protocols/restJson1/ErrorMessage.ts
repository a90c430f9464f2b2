/**
 * restJson1's error message: an error body may name its message `Message` instead of the
 * declared `message` (services differ; the AWS SDK for JavaScript v3 reads
 * `message ?? Message` for every restJson1 error). When the body's `message` is absent or
 * `null`, its `Message` is read as `message`; otherwise the body is read as it is.
 *
 * The package's error shapes and unions read JSON error bodies through this rule (see
 * `Conventions.ts`), so the wire (`decodeResponse`) and their public `fromJson` agree.
 *
 * @since 0.2.0
 */
import { isRecord } from '../../codecs/Json.js'

/**
 * A parsed JSON error body with `Message` read as `message` when `message` is absent or `null`.
 * A body that throws while it is read (a Proxy, a getter) is returned as it is, for the decoder
 * to report.
 *
 * @category utils
 * @since 0.2.0
 */
export const withMessage = (body: unknown): unknown => {
  try {
    if (!isRecord(body) || (body['message'] !== undefined && body['message'] !== null) || !Object.prototype.hasOwnProperty.call(body, 'Message')) return body
    return { ...body, message: body['Message'] }
  } catch {
    return body
  }
}
