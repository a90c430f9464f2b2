/**
 * Strict parsing and printing of the three Smithy timestamp formats:
 * `date-time` (RFC 3339), `http-date` (IMF-fixdate, RFC 7231 §7.1.1.1) and
 * `epoch-seconds`.
 *
 * Everything here is on the hot path of decoding API responses, so the parsers
 * scan the input with `charCodeAt` and fixed offsets: no regular expressions,
 * no `Date.parse`, no `new Date(string)` and no substring allocations. The
 * epoch value is computed directly from the calendar fields (days-from-civil
 * arithmetic), which also sidesteps `Date.UTC` mapping years 0–99 to 1900–1999.
 *
 * Every parser returns epoch milliseconds, or `NaN` when the input is not
 * valid (text that is not a string included); none of them throws. The
 * exported printers return an `Either`: a `Left` for anything but a valid
 * `Date` within 0000–9999 UTC. The encoders, which only write values the
 * guard {@link isTimestamp} has accepted, use the unchecked printers
 * (`unsafeFormat…`), which throw a `RangeError` if that promise is broken.
 *
 * @since 0.1.0
 */
import * as E from 'fp-ts/lib/Either.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * The three Smithy timestamp formats.
 *
 * @since 0.1.0
 * @category model
 */
export type TimestampFormat = 'date-time' | 'epoch-seconds' | 'http-date'

/**
 * The format of a timestamp declared without one, when no protocol supplies its own default:
 * RFC 3339 date-time, text that names its format and zone and reads the same in JSON, XML and a
 * query string. Protocols pass their default to the interpreters instead (restJson1:
 * `epoch-seconds` in a body; awsQuery: `date-time`).
 *
 * @category constants
 * @since 0.2.0
 */
export const DEFAULT_TIMESTAMP_FORMAT: TimestampFormat = 'date-time'

// -------------------------------------------------------------------------------------
// internal: calendar arithmetic
// -------------------------------------------------------------------------------------

const MS_PER_DAY = 86_400_000

/** The largest magnitude, in whole seconds, whose milliseconds a `Date` can hold. */
const MAX_SECONDS = 8.64e12

/**
 * The earliest instant a timestamp may be: 0000-01-01T00:00:00.000Z. With {@link MAX_TIMESTAMP},
 * the one range rule of timestamps: the four-digit years that RFC 3339 date-times and
 * IMF-fixdates can write. Every scanner here refuses an instant outside it (whatever the offset
 * or the format it was written in), and the guard `isTimestamp` refuses such a `Date`, so every
 * timestamp a decoder accepts can be written back in every format.
 *
 * @category range
 * @since 0.2.0
 */
export const MIN_TIMESTAMP = -62_167_219_200_000

/**
 * The latest instant a timestamp may be: 9999-12-31T23:59:59.999Z (see {@link MIN_TIMESTAMP}).
 *
 * @category range
 * @since 0.2.0
 */
export const MAX_TIMESTAMP = 253_402_300_799_999

/** `ms` when it is within the timestamp range, `NaN` otherwise (NaN stays NaN). */
const inRange = (ms: number): number => (ms >= MIN_TIMESTAMP && ms <= MAX_TIMESTAMP ? ms + 0 : NaN)

/**
 * The time value of a timestamp (a valid `Date` within the range), or `NaN` for anything else.
 * Never throws, and reads the time value through `Date.prototype`, so a Proxy, an object that
 * only inherits from `Date.prototype`, or a subclass that overrides `getTime` cannot lie or throw.
 */
const timestampValue = (u: unknown): number => {
  try {
    return u instanceof Date ? inRange(Date.prototype.getTime.call(u)) : NaN
  } catch {
    return NaN
  }
}

/**
 * Is this a timestamp every format can write: a valid `Date` within
 * {@link MIN_TIMESTAMP}…{@link MAX_TIMESTAMP}? Never throws (a Proxy or an object that only
 * inherits from `Date.prototype` is not a timestamp).
 *
 * @category range
 * @since 0.2.0
 */
export const isTimestamp = (u: unknown): u is Date => {
  const t = timestampValue(u)
  return t === t
}

/** What a printer was given instead of a timestamp, by kind only (never the value). */
const kindOfNonTimestamp = (u: unknown): string => {
  try {
    if (u instanceof Date) {
      const t = Date.prototype.getTime.call(u)
      return t === t ? 'a Date outside those years' : 'an invalid Date'
    }
  } catch {
    // a Proxy, or an object that only inherits from Date.prototype: not a Date
  }
  return 'a value that is not a Date'
}

/**
 * The text a checked printer gives for a value that is not a timestamp, or the printed value of a
 * fresh `Date` of the same instant (so no method the given object overrides is called).
 */
const printChecked = <A>(u: unknown, print: (d: Date) => A): E.Either<string, A> => {
  const t = timestampValue(u)
  return t === t ? E.right(print(new Date(t))) : E.left(`expected a valid Date in years 0000–9999, got ${kindOfNonTimestamp(u)}`)
}

const isLeapYear = (y: number): boolean => (y & 3) === 0 && (y % 100 !== 0 || y % 400 === 0)

/** `month` is 1–12; the caller has checked the range. */
const daysInMonth = (y: number, month: number): number =>
  month === 2
    ? isLeapYear(y)
      ? 29
      : 28
    : // 31 for Jan, Mar, May, Jul, Aug, Oct, Dec; 30 for Apr, Jun, Sep, Nov
      30 + ((month + (month >> 3)) & 1)

/**
 * Days since 1970-01-01 of the proleptic Gregorian date `y`-`month`-`day`
 * (month 1–12). Works for any year, including 0 and negative years.
 */
const daysFromCivil = (y: number, month: number, day: number): number => {
  // Count years from 1 March so that the leap day is the last day of the year.
  const year = month <= 2 ? y - 1 : y
  const era = Math.floor(year / 400)
  const yearOfEra = year - era * 400 // 0..399
  const shiftedMonth = month > 2 ? month - 3 : month + 9 // March = 0 .. February = 11
  const dayOfYear = (((153 * shiftedMonth + 2) / 5) | 0) + day - 1 // 0..365
  const dayOfEra = yearOfEra * 365 + (yearOfEra >> 2) - ((yearOfEra / 100) | 0) + dayOfYear // 0..146096
  // 719_468 = days from 0000-03-01 to 1970-01-01
  return era * 146_097 + dayOfEra - 719_468
}

/** 0 = Sunday .. 6 = Saturday. 1970-01-01 was a Thursday. */
const weekdayFromDays = (days: number): number => {
  const w = (days + 4) % 7
  return w < 0 ? w + 7 : w
}

// -------------------------------------------------------------------------------------
// internal: scanning
// -------------------------------------------------------------------------------------

const CH_SPACE = 32
const CH_PLUS = 43
const CH_COMMA = 44
const CH_MINUS = 45
const CH_DOT = 46
const CH_0 = 48
const CH_COLON = 58
const CH_G = 71
const CH_M = 77
const CH_T = 84
const CH_Z = 90
const CH_t = 116
const CH_z = 122

/** The ASCII digit at `i` as 0–9, or -1 (also for an index past the end, where `charCodeAt` gives NaN). */
const digitAt = (s: string, i: number): number => {
  const d = s.charCodeAt(i) - CH_0
  return d >= 0 && d <= 9 ? d : -1
}

/** Two ASCII digits at `i` as 0–99, or -1. */
const num2 = (s: string, i: number): number => {
  const a = s.charCodeAt(i) - CH_0
  const b = s.charCodeAt(i + 1) - CH_0
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1
}

/** Four ASCII digits at `i` as 0–9999, or -1. */
const num4 = (s: string, i: number): number => {
  const hi = num2(s, i)
  const lo = num2(s, i + 2)
  return hi >= 0 && lo >= 0 ? hi * 100 + lo : -1
}

/** Three UTF-16 code units at `i` packed into one exact integer (< 2^48), for allocation-free name lookups. */
const key3 = (s: string, i: number): number =>
  s.charCodeAt(i) * 4_294_967_296 + s.charCodeAt(i + 1) * 65_536 + s.charCodeAt(i + 2)

/**
 * Epoch milliseconds of validated calendar fields, or NaN when the date is not
 * on the calendar or a time field is out of range. Leap seconds (second 60)
 * are rejected on purpose: `Date`, like POSIX time, has no leap seconds, so
 * there is no instant to map `23:59:60` to without guessing.
 */
const fieldsToMs = (
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  ms: number
): number => {
  if (
    year < 0 ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > daysInMonth(year, month) ||
    hour < 0 ||
    hour > 23 ||
    minute < 0 ||
    minute > 59 ||
    second < 0 ||
    second > 59
  ) {
    return NaN
  }
  return daysFromCivil(year, month, day) * MS_PER_DAY + hour * 3_600_000 + minute * 60_000 + second * 1_000 + ms
}

/** Second result of {@link scanFraction}; the parsers are synchronous, so one slot is enough. */
let fractionMs = 0

/**
 * Scans `.` followed by one or more digits starting at `i` (which must hold
 * the `.`). Returns the index just past the digits, or -1 when no digit follows
 * the dot. The milliseconds (first three digits, truncated, not rounded) are
 * left in `fractionMs`, so that the success path allocates nothing.
 */
const scanFraction = (s: string, i: number): number => {
  const start = i + 1
  let j = start
  let ms = 0
  let d = digitAt(s, j)
  while (d >= 0) {
    if (j - start < 3) ms = ms * 10 + d
    d = digitAt(s, ++j)
  }
  const n = j - start
  if (n === 0) return -1
  fractionMs = n === 1 ? ms * 100 : n === 2 ? ms * 10 : ms
  return j
}

// -------------------------------------------------------------------------------------
// internal: printing
// -------------------------------------------------------------------------------------

const pad2 = (n: number): string => (n < 10 ? '0' + n : '' + n)

const pad3 = (n: number): string => (n < 10 ? '00' + n : n < 100 ? '0' + n : '' + n)

const pad4 = (n: number): string => (n < 10 ? '000' + n : n < 100 ? '00' + n : n < 1000 ? '0' + n : '' + n)

/** The time value of `d`, or a RangeError when `d` is an invalid Date or its UTC year is outside 0000–9999. */
const checkedYear = (d: Date, what: string): number => {
  const t = d.getTime()
  if (t !== t) throw new RangeError(`Cannot format an invalid Date as ${what}`)
  const y = d.getUTCFullYear()
  if (y < 0 || y > 9999) {
    throw new RangeError(`Cannot format a Date in year ${y} as ${what}: the year must be within 0000-9999`)
  }
  return y
}

// -------------------------------------------------------------------------------------
// date-time
// -------------------------------------------------------------------------------------

/**
 * Parses an RFC 3339 `date-time` (`2014-04-29T18:30:38Z`,
 * `2014-04-29T20:30:38.123+02:00`); returns epoch milliseconds, or `NaN` when
 * the text is not a valid date-time or its instant is outside 0000–9999 UTC
 * (`9999-12-31T23:59:59-01:00` is year 10000 in UTC: `NaN`), or is not a string.
 *
 * Strict: `T`/`t` separator, `Z`/`z` or a `±hh:mm` offset are required;
 * fractional seconds may have any number of digits (truncated to
 * milliseconds); the date must be on the calendar; hour 24, minute 60 and
 * leap second 60 are rejected; no surrounding text or whitespace.
 *
 * @example
 * import { parseDateTime } from 'ivschat-codecs'
 *
 * assert.strictEqual(parseDateTime('2014-04-29T18:30:38.123Z'), 1398796238123)
 * assert.ok(Number.isNaN(parseDateTime('2014-02-30T00:00:00Z')))
 *
 * @since 0.1.0
 * @category date-time
 */
export const parseDateTime = (s: string): number => (typeof s === 'string' ? scanDateTime(s) : NaN)

/**
 * {@link parseDateTime} of a value already known to be a string (the decoders check first).
 *
 * @category date-time
 * @since 0.3.0
 */
export const scanDateTime = (s: string): number => {
  const len = s.length
  // shortest: YYYY-MM-DDThh:mm:ssZ
  if (len < 20) return NaN
  const year = num4(s, 0)
  const month = num2(s, 5)
  const day = num2(s, 8)
  const hour = num2(s, 11)
  const minute = num2(s, 14)
  const second = num2(s, 17)
  const sep = s.charCodeAt(10)
  if (
    s.charCodeAt(4) !== CH_MINUS ||
    s.charCodeAt(7) !== CH_MINUS ||
    (sep !== CH_T && sep !== CH_t) ||
    s.charCodeAt(13) !== CH_COLON ||
    s.charCodeAt(16) !== CH_COLON
  ) {
    return NaN
  }
  let i = 19
  let ms = 0
  let c = s.charCodeAt(i)
  if (c === CH_DOT) {
    i = scanFraction(s, i)
    if (i < 0) return NaN
    ms = fractionMs
    c = s.charCodeAt(i)
  }
  let offsetMinutes = 0
  if (c === CH_Z || c === CH_z) {
    if (i + 1 !== len) return NaN
  } else if (c === CH_PLUS || c === CH_MINUS) {
    if (i + 6 !== len || s.charCodeAt(i + 3) !== CH_COLON) return NaN
    const oh = num2(s, i + 1)
    const om = num2(s, i + 4)
    if (oh < 0 || oh > 23 || om < 0 || om > 59) return NaN
    // `-00:00` (RFC 3339 "unknown local offset") denotes the same instant as `Z`.
    offsetMinutes = c === CH_PLUS ? oh * 60 + om : -(oh * 60 + om)
  } else {
    return NaN
  }
  // An offset may move a year-0000 or year-9999 date out of the range every format can write.
  return inRange(fieldsToMs(year, month, day, hour, minute, second, ms) - offsetMinutes * 60_000)
}

/**
 * Prints an RFC 3339 `date-time` in UTC: `2014-04-29T18:30:38Z` when the
 * milliseconds are 0, `2014-04-29T18:30:38.123Z` otherwise. Years below 1000
 * are zero-padded to four digits.
 *
 * A `Left` (what was expected) for anything but a valid `Date` within
 * 0000–9999 UTC ({@link isTimestamp}); never throws.
 *
 * @example
 * import * as E from 'fp-ts/lib/Either.js'
 * import { formatDateTime } from 'ivschat-codecs'
 *
 * assert.deepStrictEqual(formatDateTime(new Date(1398796238000)), E.right('2014-04-29T18:30:38Z'))
 * assert.deepStrictEqual(formatDateTime(new Date(1398796238123)), E.right('2014-04-29T18:30:38.123Z'))
 * assert.ok(E.isLeft(formatDateTime(new Date(Number.NaN))))
 * assert.ok(E.isLeft(formatDateTime(new Date(Date.UTC(10000, 0, 1)))))
 *
 * @since 0.1.0
 * @category date-time
 */
export const formatDateTime = (d: Date): E.Either<string, string> => printChecked(d, unsafeFormatDateTime)

/**
 * {@link formatDateTime} for a value known to be a timestamp (the encoders write only values
 * {@link isTimestamp} accepts): the text itself, or a `RangeError` if that promise is broken.
 *
 * @category date-time
 * @since 0.3.0
 */
export const unsafeFormatDateTime = (d: Date): string => {
  const year = checkedYear(d, 'an RFC 3339 date-time')
  const ms = d.getUTCMilliseconds()
  return (
    pad4(year) +
    '-' +
    pad2(d.getUTCMonth() + 1) +
    '-' +
    pad2(d.getUTCDate()) +
    'T' +
    pad2(d.getUTCHours()) +
    ':' +
    pad2(d.getUTCMinutes()) +
    ':' +
    pad2(d.getUTCSeconds()) +
    (ms === 0 ? 'Z' : '.' + pad3(ms) + 'Z')
  )
}

// -------------------------------------------------------------------------------------
// http-date
// -------------------------------------------------------------------------------------

const DAY_NAMES: ReadonlyArray<string> = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']

const MONTH_NAMES: ReadonlyArray<string> = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec'
]

const DAY_KEYS: ReadonlyArray<number> = DAY_NAMES.map((name) => key3(name, 0))

const MONTH_KEYS: ReadonlyArray<number> = MONTH_NAMES.map((name) => key3(name, 0))

/** 1–12 for an exact (case-sensitive) English month abbreviation at `i`, or -1. */
const monthAt = (s: string, i: number): number => {
  const k = key3(s, i)
  for (let m = 0; m < 12; m++) {
    if (MONTH_KEYS[m] === k) return m + 1
  }
  return -1
}

/**
 * Parses an IMF-fixdate (RFC 7231 §7.1.1.1), `Tue, 29 Apr 2014 18:30:38 GMT`,
 * with Smithy's optional fractional seconds (`18:30:38.123 GMT`, truncated to
 * milliseconds); returns epoch milliseconds, or `NaN` when the text is not a
 * valid IMF-fixdate (or not a string).
 *
 * Strict: the day name must be the actual weekday of the date; day and month
 * names are case-sensitive; two-digit day, four-digit year, literal `GMT`; the
 * same calendar and time checks as {@link parseDateTime}.
 *
 * @example
 * import { parseHttpDate } from 'ivschat-codecs'
 *
 * assert.strictEqual(parseHttpDate('Tue, 29 Apr 2014 18:30:38 GMT'), 1398796238000)
 * assert.ok(Number.isNaN(parseHttpDate('Wed, 29 Apr 2014 18:30:38 GMT')))
 *
 * @since 0.1.0
 * @category http-date
 */
export const parseHttpDate = (s: string): number => (typeof s === 'string' ? scanHttpDate(s) : NaN)

/**
 * {@link parseHttpDate} of a value already known to be a string (the decoders check first).
 *
 * @category http-date
 * @since 0.3.0
 */
export const scanHttpDate = (s: string): number => {
  const len = s.length
  // shortest: Tue, 29 Apr 2014 18:30:38 GMT
  if (len < 29) return NaN
  if (
    s.charCodeAt(3) !== CH_COMMA ||
    s.charCodeAt(4) !== CH_SPACE ||
    s.charCodeAt(7) !== CH_SPACE ||
    s.charCodeAt(11) !== CH_SPACE ||
    s.charCodeAt(16) !== CH_SPACE ||
    s.charCodeAt(19) !== CH_COLON ||
    s.charCodeAt(22) !== CH_COLON
  ) {
    return NaN
  }
  const day = num2(s, 5)
  const month = monthAt(s, 8)
  const year = num4(s, 12)
  const hour = num2(s, 17)
  const minute = num2(s, 20)
  const second = num2(s, 23)
  let i = 25
  let ms = 0
  if (s.charCodeAt(i) === CH_DOT) {
    i = scanFraction(s, i)
    if (i < 0) return NaN
    ms = fractionMs
  }
  if (
    i + 4 !== len ||
    s.charCodeAt(i) !== CH_SPACE ||
    s.charCodeAt(i + 1) !== CH_G ||
    s.charCodeAt(i + 2) !== CH_M ||
    s.charCodeAt(i + 3) !== CH_T
  ) {
    return NaN
  }
  const t = fieldsToMs(year, month, day, hour, minute, second, ms)
  if (t !== t) return NaN
  if (DAY_KEYS[weekdayFromDays(Math.floor(t / MS_PER_DAY))] !== key3(s, 0)) return NaN
  return inRange(t)
}

/**
 * Prints an IMF-fixdate, `Tue, 29 Apr 2014 18:30:38 GMT`. Milliseconds are
 * kept, as Smithy's `http-date` allows: `Tue, 29 Apr 2014 18:30:38.123 GMT`
 * when they are non-zero, whole seconds otherwise.
 *
 * A `Left` (what was expected) for anything but a valid `Date` within
 * 0000–9999 UTC (the format has exactly four year digits); never throws.
 *
 * @example
 * import * as E from 'fp-ts/lib/Either.js'
 * import { formatHttpDate } from 'ivschat-codecs'
 *
 * assert.deepStrictEqual(formatHttpDate(new Date(1398796238000)), E.right('Tue, 29 Apr 2014 18:30:38 GMT'))
 * assert.ok(E.isLeft(formatHttpDate(new Date(Number.NaN))))
 *
 * @since 0.1.0
 * @category http-date
 */
export const formatHttpDate = (d: Date): E.Either<string, string> => printChecked(d, unsafeFormatHttpDate)

/**
 * {@link formatHttpDate} for a value known to be a timestamp (the encoders write only values
 * {@link isTimestamp} accepts): the text itself, or a `RangeError` if that promise is broken.
 *
 * @category http-date
 * @since 0.3.0
 */
export const unsafeFormatHttpDate = (d: Date): string => {
  const year = checkedYear(d, 'an IMF-fixdate')
  const ms = d.getUTCMilliseconds()
  return (
    (DAY_NAMES[d.getUTCDay()] as string) +
    ', ' +
    pad2(d.getUTCDate()) +
    ' ' +
    (MONTH_NAMES[d.getUTCMonth()] as string) +
    ' ' +
    pad4(year) +
    ' ' +
    pad2(d.getUTCHours()) +
    ':' +
    pad2(d.getUTCMinutes()) +
    ':' +
    pad2(d.getUTCSeconds()) +
    (ms === 0 ? ' GMT' : '.' + pad3(ms) + ' GMT')
  )
}

// -------------------------------------------------------------------------------------
// epoch-seconds
// -------------------------------------------------------------------------------------

/**
 * Converts epoch seconds (a finite JSON number; fractions allowed) to epoch
 * milliseconds, or `NaN` when `n` is not a finite number or the instant is
 * outside 0000–9999 UTC ({@link MIN_TIMESTAMP}…{@link MAX_TIMESTAMP}).
 *
 * A number that is the closest double to a whole number of milliseconds (what
 * a JSON number such as `1398796238.123` with at most three decimals parses
 * to, although its binary value is `1398796238.12299990654…`) gives exactly
 * that millisecond. Any other number is truncated towards the earlier instant
 * (the floor of its exact value), as for fractional seconds in a date-time:
 * `-1.5555` gives `-1556`.
 *
 * @example
 * import { parseEpochSeconds } from 'ivschat-codecs'
 *
 * assert.strictEqual(parseEpochSeconds(1398796238.123), 1398796238123)
 * assert.strictEqual(parseEpochSeconds(-1.5), -1500)
 *
 * @since 0.1.0
 * @category epoch-seconds
 */
export const parseEpochSeconds = (n: number): number => {
  // NaN, ±Infinity and non-numbers fail this test.
  if (typeof n !== 'number' || !(n >= -MAX_SECONDS - 1 && n <= MAX_SECONDS + 1)) return NaN
  const x = n * 1000
  // Within Date's range a double's spacing is below 0.001 s, so the whole
  // millisecond `c` whose closest double is `n` (if there is one) satisfies
  // |x - c| < 1: it is floor(x) or floor(x) + 1. `c / 1000` is correctly
  // rounded, so comparing it with `n` is exact.
  let t = Math.floor(x)
  if (t / 1000 !== n && (t + 1) / 1000 === n) {
    t += 1
  } else if (t / 1000 !== n && t === x) {
    // `x` was rounded to a whole number; floor the exact product n * 1000
    // instead, whose rounding error a Veltkamp split gives exactly.
    const a = n * 134_217_729 // 2^27 + 1
    const hi = a - (a - n)
    const lo = n - hi
    const err = hi * 1000 - x + lo * 1000
    if (err < 0) t -= 1
  }
  // `+ 0` turns -0 into 0.
  return inRange(t)
}

/**
 * Converts a Date to epoch seconds: whole when the milliseconds are 0,
 * fractional otherwise (`1398796238.123`). The result is the double nearest to
 * the exact decimal, so `JSON.stringify` and `String` print it with at most
 * three fractional digits and never with an exponent.
 *
 * A `Left` (what was expected) for anything but a valid `Date` within
 * 0000–9999 UTC, the range {@link parseEpochSeconds} reads back; never throws.
 *
 * @example
 * import * as E from 'fp-ts/lib/Either.js'
 * import { formatEpochSeconds } from 'ivschat-codecs'
 *
 * assert.deepStrictEqual(formatEpochSeconds(new Date(1398796238123)), E.right(1398796238.123))
 * assert.ok(E.isLeft(formatEpochSeconds(new Date(8.64e15))))
 *
 * @since 0.1.0
 * @category epoch-seconds
 */
export const formatEpochSeconds = (d: Date): E.Either<string, number> => printChecked(d, unsafeFormatEpochSeconds)

/**
 * {@link formatEpochSeconds} for a value known to be a timestamp (the encoders write only values
 * {@link isTimestamp} accepts): the number itself, or a `RangeError` for an invalid Date.
 *
 * @category epoch-seconds
 * @since 0.3.0
 */
export const unsafeFormatEpochSeconds = (d: Date): number => {
  const t = d.getTime()
  if (t !== t) throw new RangeError('Cannot format an invalid Date as epoch seconds')
  return t / 1000
}

/**
 * Parses epoch seconds given as text: an optional `-`, one or more digits, and
 * optionally `.` followed by one or more digits. No `+`, exponent, whitespace
 * or hex. Digits beyond milliseconds are truncated towards the earlier instant.
 */
const parseEpochSecondsText = (s: string): number => {
  const len = s.length
  let i = 0
  const negative = s.charCodeAt(0) === CH_MINUS
  if (negative) i = 1
  const intStart = i
  let seconds = 0
  let d = digitAt(s, i)
  while (d >= 0) {
    seconds = seconds * 10 + d
    // Stop before the accumulator loses precision; such a value is out of range anyway.
    if (seconds > MAX_SECONDS) return NaN
    d = digitAt(s, ++i)
  }
  if (i === intStart) return NaN
  let ms = 0
  let beyond = false
  if (i < len) {
    if (s.charCodeAt(i) !== CH_DOT) return NaN
    const fracStart = ++i
    d = digitAt(s, i)
    while (d >= 0) {
      const k = i - fracStart
      if (k < 3) ms += d * (k === 0 ? 100 : k === 1 ? 10 : 1)
      else if (d !== 0) beyond = true
      d = digitAt(s, ++i)
    }
    if (i === fracStart || i !== len) return NaN
  }
  const magnitude = seconds * 1000 + ms
  // Truncating the extra digits of a negative value moves it to the later instant; step back one ms to floor it.
  const t = negative ? -magnitude - (beyond ? 1 : 0) : magnitude
  return inRange(t)
}

// -------------------------------------------------------------------------------------
// dispatch
// -------------------------------------------------------------------------------------

/**
 * Parses a timestamp given as text in `format`: a date-time, an http-date, or
 * epoch seconds written as a decimal number (`1398796238.123`, e.g. from XML
 * or a query string). Returns epoch milliseconds, or `NaN` when the text is not
 * valid for the format.
 *
 * @example
 * import { parseTimestampText } from 'ivschat-codecs'
 *
 * assert.strictEqual(parseTimestampText('epoch-seconds', '1398796238.123'), 1398796238123)
 * assert.strictEqual(parseTimestampText('date-time', '2014-04-29T18:30:38Z'), 1398796238000)
 *
 * @since 0.1.0
 * @category dispatch
 */
export const parseTimestampText = (format: TimestampFormat, s: string): number => {
  switch (format) {
    case 'date-time':
      return parseDateTime(s)
    case 'http-date':
      return parseHttpDate(s)
    case 'epoch-seconds':
      return parseEpochSecondsText(s)
    default:
      return NaN
  }
}

/**
 * Prints a Date as text in `format`; epoch seconds are printed as a plain
 * decimal number (`1398796238`, `1398796238.1`, `-1.5`), never with an
 * exponent. Unchecked, for the encoders (which write only values
 * {@link isTimestamp} accepts); not exported by the package.
 *
 * Throws a `RangeError` for an invalid Date, and for a UTC year outside
 * 0000–9999 with `date-time` and `http-date`.
 *
 * @example
 * import { formatTimestampText } from 'ivschat-codecs'
 *
 * assert.strictEqual(formatTimestampText('epoch-seconds', new Date(1398796238100)), '1398796238.1')
 *
 * @since 0.1.0
 * @category dispatch
 */
export const formatTimestampText = (format: TimestampFormat, d: Date): string => {
  switch (format) {
    case 'date-time':
      return unsafeFormatDateTime(d)
    case 'http-date':
      return unsafeFormatHttpDate(d)
    case 'epoch-seconds':
      // |t / 1000| is either 0 or within [0.001, 8.64e12], where `String` never uses an exponent.
      return String(unsafeFormatEpochSeconds(d))
    default:
      throw new RangeError(`Unknown timestamp format: ${String(format)}`)
  }
}

/**
 * A short human description of what `format` expects, for error messages.
 *
 * @example
 * import { describeFormat } from 'ivschat-codecs'
 *
 * assert.strictEqual(describeFormat('date-time'), 'an RFC 3339 date-time such as 2014-04-29T18:30:38Z')
 *
 * @since 0.1.0
 * @category dispatch
 */
export const describeFormat = (format: TimestampFormat): string => {
  switch (format) {
    case 'date-time':
      return 'an RFC 3339 date-time such as 2014-04-29T18:30:38Z'
    case 'http-date':
      return 'an IMF-fixdate HTTP date such as Tue, 29 Apr 2014 18:30:38 GMT'
    case 'epoch-seconds':
      return 'a number of seconds since the Unix epoch such as 1398796238 or 1398796238.123'
    default:
      return 'a timestamp'
  }
}
