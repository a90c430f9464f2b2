
import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import { anyString } from '../support/arbitrary.js'
import { leftOf } from '../support/either.js'
import {
  describeFormat,
  formatDateTime,
  formatEpochSeconds,
  formatHttpDate,
  formatTimestampText,
  parseDateTime,
  parseEpochSeconds,
  parseHttpDate,
  parseTimestampText,
  type TimestampFormat,
  unsafeFormatDateTime,
  unsafeFormatEpochSeconds,
  unsafeFormatHttpDate
} from '../../src/codecs/Timestamp.js'

const DATE_TIME = '2014-04-29T18:30:38Z'

const T = 1398796238000

/** The text with the character at `i` replaced by `c`. */
const at = (s: string, i: number, c: string): string => s.slice(0, i) + c + s.slice(i + 1)

const HTTP_DATE = 'Tue, 29 Apr 2014 18:30:38 GMT'

// -------------------------------------------------------------------------------------
// helpers
// -------------------------------------------------------------------------------------

/** Epoch ms of a UTC calendar instant; unlike `Date.UTC`, years 0–99 mean themselves. */
const utc = (year: number, month: number, day: number, h = 0, mi = 0, s = 0, ms = 0): number => {
  const d = new Date(0)
  d.setUTCFullYear(year, month - 1, day)
  d.setUTCHours(h, mi, s, ms)
  return d.getTime()
}

/** 0000-01-01T00:00:00.000Z */
const MIN_DATE = new Date(utc(0, 1, 1))
/** 9999-12-31T23:59:59.999Z */
const MAX_DATE = new Date(utc(9999, 12, 31, 23, 59, 59, 999))

/** Valid Dates with a UTC year in 0000–9999. */
const dates = fc.date({ min: MIN_DATE, max: MAX_DATE, noInvalidDate: true })

/** Valid Dates over the whole range a Date can hold. */
/** Any Date within the timestamp range (0000–9999 UTC): what the scanners accept and the printers write. */
const anyValidDate = fc.date({ min: MIN_DATE, max: MAX_DATE, noInvalidDate: true })

const isNaNOrInteger = (n: number): boolean => Number.isNaN(n) || Number.isInteger(n)

/** What a checked printer printed; a `Left` fails the test. */
const printed = <A>(r: E.Either<string, A>): A => {
  if (E.isLeft(r)) throw new Error(`expected a Right, got a Left: ${r.left}`)
  return r.right
}

/** Dates that are not timestamps: what every checked printer answers with a `Left`. */
const notTimestamps: ReadonlyArray<readonly [string, Date]> = [
  ['an invalid Date', new Date(NaN)],
  ['year -1', new Date(utc(0, 1, 1) - 1)],
  ['year 10000', new Date(utc(10000, 1, 1))],
  ['the smallest Date', new Date(-8.64e15)],
  ['the largest Date', new Date(8.64e15)]
]

/** Values that are not Dates at all, some of them hostile. */
const notDates = (): ReadonlyArray<readonly [string, unknown]> => {
  const { proxy, revoke } = Proxy.revocable(new Date(0), {})
  revoke()
  const throwing = new Proxy(new Date(0), {
    get: () => {
      throw new Error('get trap')
    },
    getPrototypeOf: () => {
      throw new Error('getPrototypeOf trap')
    }
  })
  return [
    ['undefined', undefined],
    ['null', null],
    ['a number', 1398796238000],
    ['date-time text', '2014-04-29T18:30:38Z'],
    ['an object inheriting from Date.prototype', Object.create(Date.prototype)],
    ['a Proxy of a Date whose traps throw', throwing],
    ['a revoked Proxy of a Date', proxy],
    ['a symbol', Symbol('d')]
  ]
}

const checkedPrinters: ReadonlyArray<readonly [string, (d: Date) => E.Either<string, unknown>]> = [
  ['formatDateTime', formatDateTime],
  ['formatHttpDate', formatHttpDate],
  ['formatEpochSeconds', formatEpochSeconds]
]

const T_2014 = utc(2014, 4, 29, 18, 30, 38)

// -------------------------------------------------------------------------------------
// date-time
// -------------------------------------------------------------------------------------

describe('parseDateTime', () => {
  it.each<[string, number]>([
    ['2014-04-29T18:30:38Z', T_2014],
    ['2014-04-29t18:30:38Z', T_2014],
    ['2014-04-29T18:30:38z', T_2014],
    ['2014-04-29t18:30:38z', T_2014],
    ['2014-04-29T18:30:38.123Z', T_2014 + 123],
    ['2014-04-29T18:30:38.1Z', T_2014 + 100],
    ['2014-04-29T18:30:38.12Z', T_2014 + 120],
    ['2014-04-29T18:30:38.012Z', T_2014 + 12],
    ['2014-04-29T18:30:38.0Z', T_2014],
    ['2014-04-29T18:30:38.000000000Z', T_2014],
    // truncated, not rounded
    ['2014-04-29T18:30:38.123456789Z', T_2014 + 123],
    ['2014-04-29T18:30:38.9999Z', T_2014 + 999],
    ['2014-04-29T18:30:38.1239999999999999999999999999Z', T_2014 + 123],
    // offsets
    ['2014-04-29T20:30:38+02:00', T_2014],
    ['2014-04-29T16:00:38-02:30', T_2014],
    ['2014-04-29T18:30:38+00:00', T_2014],
    ['2014-04-29T18:30:38-00:00', T_2014],
    ['2014-04-29T20:30:38.123+02:00', T_2014 + 123],
    ['2014-04-30T18:29:38+23:59', T_2014],
    ['2014-04-28T18:31:38-23:59', T_2014],
    // calendar
    ['2024-02-29T00:00:00Z', utc(2024, 2, 29)],
    ['2000-02-29T00:00:00Z', utc(2000, 2, 29)],
    ['2023-02-28T23:59:59Z', utc(2023, 2, 28, 23, 59, 59)],
    ['2023-04-30T00:00:00Z', utc(2023, 4, 30)],
    ['2023-12-31T23:59:59.999Z', utc(2023, 12, 31, 23, 59, 59, 999)],
    ['1970-01-01T00:00:00Z', 0],
    ['1969-12-31T23:59:59.999Z', -1],
    ['1600-02-29T12:00:00Z', utc(1600, 2, 29, 12)],
    ['0004-02-29T00:00:00Z', utc(4, 2, 29)],
    ['0000-02-29T00:00:00Z', utc(0, 2, 29)],
    // years 0000–9999 decode as themselves
    ['0000-01-01T00:00:00Z', utc(0, 1, 1)],
    ['0001-01-01T00:00:00Z', utc(1, 1, 1)],
    ['0099-12-31T23:59:59Z', utc(99, 12, 31, 23, 59, 59)],
    ['0100-03-01T00:00:00Z', utc(100, 3, 1)],
    ['0999-06-15T08:09:10Z', utc(999, 6, 15, 8, 9, 10)],
    ['9999-12-31T23:59:59.999Z', utc(9999, 12, 31, 23, 59, 59, 999)],
    // offsets that keep the instant within 0000–9999 UTC
    ['0000-01-01T00:00:00-01:00', utc(0, 1, 1, 1)],
    ['9999-12-31T23:59:59.999+01:00', utc(9999, 12, 31, 22, 59, 59, 999)]
  ])('accepts %s', (s, expected) => {
    expect(parseDateTime(s)).toBe(expected)
  })

  // The one range rule: only instants every format can write back (UTC years 0000–9999).
  it.each<[string]>([['0000-01-01T00:00:00+01:00'], ['0000-01-01T00:59:59.999+01:00'], ['9999-12-31T23:00:00-01:30'], ['9999-12-31T23:59:59-01:00']])(
    'refuses %s, whose offset moves it out of 0000–9999 UTC',
    (s) => {
      expect(parseDateTime(s)).toBeNaN()
    }
  )

  it('decodes year 0 without the Date.UTC two-digit-year mapping', () => {
    expect(parseDateTime('0000-01-01T00:00:00Z')).toBe(-62_167_219_200_000)
    expect(new Date(parseDateTime('0099-01-01T00:00:00Z')).getUTCFullYear()).toBe(99)
  })

  it.each<[string, string]>([
    // not on the calendar
    ['2023-02-29T00:00:00Z', '29 February of a common year'],
    ['2024-02-30T00:00:00Z', '30 February'],
    ['1900-02-29T00:00:00Z', '29 February of a century common year'],
    ['2100-02-29T00:00:00Z', '29 February 2100'],
    ['2014-04-31T00:00:00Z', '31 April'],
    ['2014-06-31T00:00:00Z', '31 June'],
    ['2014-09-31T00:00:00Z', '31 September'],
    ['2014-11-31T00:00:00Z', '31 November'],
    ['2014-01-32T00:00:00Z', 'day 32'],
    ['2014-00-10T00:00:00Z', 'month 00'],
    ['2014-13-10T00:00:00Z', 'month 13'],
    ['2014-04-00T00:00:00Z', 'day 00'],
    // time out of range
    ['2014-04-29T24:00:00Z', 'hour 24'],
    ['2014-04-29T23:60:00Z', 'minute 60'],
    ['2014-04-29T23:59:60Z', 'leap second'],
    ['2016-12-31T23:59:60Z', 'real leap second'],
    ['2014-04-29T23:59:99Z', 'second 99'],
    // structure
    ['', 'empty string'],
    ['2014-04-29', 'date only'],
    ['2014-04-29T', 'date and T only'],
    ['2014-04-29T18:30', 'no seconds'],
    ['2014-04-29T18:30Z', 'no seconds, with Z'],
    ['2014-04-29T18:30:38', 'missing offset'],
    ['2014-04-29T18:30:38.123', 'fraction, missing offset'],
    ['2014-04-29 18:30:38Z', 'space instead of T'],
    ['2014-04-29_18:30:38Z', 'underscore instead of T'],
    ['2014-04-29T18:30:38.Z', 'dot without digits'],
    ['2014-04-29T18:30:38.+02:00', 'dot without digits before offset'],
    ['2014-04-29T18:30:38,123Z', 'comma as decimal separator'],
    ['2014-04-29T18:30:38Z ', 'trailing space'],
    [' 2014-04-29T18:30:38Z', 'leading space'],
    ['\n2014-04-29T18:30:38Z', 'leading newline'],
    ['2014-04-29T18:30:38Z\u0000', 'trailing NUL'],
    ['2014-04-29T18:30:38ZZ', 'double Z'],
    ['2014-04-29T18:30:38+02:00Z', 'offset and Z'],
    ['2014-04-29T18:30:38UTC', 'UTC'],
    ['2014-04-29T18:30:38GMT', 'GMT'],
    ['2014/04/29T18:30:38Z', 'slashes'],
    ['2014-04-29T18.30.38Z', 'dots in time'],
    ['20140429T183038Z', 'basic format'],
    ['14-04-29T18:30:38Z', 'two-digit year'],
    ['02014-04-29T18:30:38Z', 'five-digit year'],
    ['+2014-04-29T18:30:38Z', 'signed year'],
    ['-2014-04-29T18:30:38Z', 'negative year'],
    ['+002014-04-29T18:30:38Z', 'expanded year'],
    ['2014-4-29T18:30:38Z', 'one-digit month'],
    ['2014-04-9T18:30:38Z', 'one-digit day'],
    ['2014-04-29T8:30:38Z', 'one-digit hour'],
    ['2014-04-29T18:3:38Z', 'one-digit minute'],
    ['2014-04-29T18:30:3Z', 'one-digit second'],
    ['2014-04-029T18:30:38Z', 'three-digit day'],
    ['2014-04-29T18:30:038Z', 'three-digit second'],
    ['2014-+4-29T18:30:38Z', 'sign in month'],
    ['2014-04-29T-8:30:38Z', 'sign in hour'],
    ['2014-04-29T18:30:38.-1Z', 'sign in fraction'],
    ['2014-04-29T18:30:38.1e3Z', 'exponent in fraction'],
    ['2014-04-29T18:30: 8Z', 'space in a field'],
    // offsets
    ['2014-04-29T18:30:38+24:00', 'offset hour 24'],
    ['2014-04-29T18:30:38-24:00', 'negative offset hour 24'],
    ['2014-04-29T18:30:38+02:60', 'offset minute 60'],
    ['2014-04-29T18:30:38+0200', 'offset without colon'],
    ['2014-04-29T18:30:38+02', 'offset hours only'],
    ['2014-04-29T18:30:38+2:00', 'one-digit offset hour'],
    ['2014-04-29T18:30:38+02:00:00', 'offset with seconds'],
    ['2014-04-29T18:30:38+02:00 ', 'offset with trailing space'],
    ['2014-04-29T18:30:38\u221202:00', 'Unicode minus sign in offset'],
    // non-ASCII digits
    ['２０１４-04-29T18:30:38Z', 'full-width digits in year'],
    ['2014-04-29T18:30:38.１２３Z', 'full-width digits in fraction'],
    ['2014-04-29T18:30:38+０２:00', 'full-width digits in offset'],
    ['٢٠١٤-04-29T18:30:38Z', 'Arabic-Indic digits'],
    ['2014-04-29T18:30:38．123Z', 'full-width full stop'],
    ['2014-04-29Ｔ18:30:38Z', 'full-width T'],
    ['2014-04-29T18:30:38Ｚ', 'full-width Z']
  ])('rejects %j (%s)', (s) => {
    expect(parseDateTime(s)).toBeNaN()
  })

  it('agrees with Date for canonical toISOString strings of years 1000–9999', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(utc(1000, 1, 1)), max: MAX_DATE, noInvalidDate: true }), (d) => {
        const s = d.toISOString()
        expect(parseDateTime(s)).toBe(new Date(s).getTime())
      })
    )
  })

  it('applies offsets like Date does (years 1000–9999)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(utc(1000, 1, 2)), max: new Date(utc(9999, 12, 30)), noInvalidDate: true }),
        fc.integer({ min: -(23 * 60 + 59), max: 23 * 60 + 59 }),
        (d, offset) => {
          // local time = UTC + offset
          const local = new Date(d.getTime() + offset * 60_000).toISOString().slice(0, -1)
          const abs = Math.abs(offset)
          const suffix =
            (offset < 0 ? '-' : '+') +
            String(Math.floor(abs / 60)).padStart(2, '0') +
            ':' +
            String(abs % 60).padStart(2, '0')
          const s = local + suffix
          expect(parseDateTime(s)).toBe(d.getTime())
          expect(parseDateTime(s)).toBe(new Date(s).getTime())
        }
      )
    )
  })

  it('truncates any number of extra fractional digits', () => {
    fc.assert(
      fc.property(dates, fc.stringMatching(/^[0-9]{1,30}$/), (d, extra) => {
        const s = d.toISOString().slice(0, -1) + extra + 'Z'
        expect(parseDateTime(s)).toBe(d.getTime())
      })
    )
  })

  it('rejects every string whose year, month or day is replaced by a date not on the calendar', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 99 }),
        (year, month, day) => {
          const s = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T00:00:00Z`
          const onCalendar = day >= 1 && new Date(utc(year, month, day)).getUTCDate() === day
          if (onCalendar) expect(parseDateTime(s)).toBe(utc(year, month, day))
          else expect(parseDateTime(s)).toBeNaN()
        }
      )
    )
  })
})

describe('formatDateTime', () => {
  it.each<[number, string]>([
    [T_2014, '2014-04-29T18:30:38Z'],
    [T_2014 + 123, '2014-04-29T18:30:38.123Z'],
    [T_2014 + 100, '2014-04-29T18:30:38.100Z'],
    [T_2014 + 1, '2014-04-29T18:30:38.001Z'],
    [T_2014 + 10, '2014-04-29T18:30:38.010Z'],
    [0, '1970-01-01T00:00:00Z'],
    [-1, '1969-12-31T23:59:59.999Z'],
    [utc(0, 1, 1), '0000-01-01T00:00:00Z'],
    [utc(5, 3, 4, 5, 6, 7), '0005-03-04T05:06:07Z'],
    [utc(99, 12, 31, 23, 59, 59), '0099-12-31T23:59:59Z'],
    [utc(999, 1, 1, 0, 0, 0, 5), '0999-01-01T00:00:00.005Z'],
    [utc(2024, 2, 29), '2024-02-29T00:00:00Z'],
    [utc(9999, 12, 31, 23, 59, 59, 999), '9999-12-31T23:59:59.999Z']
  ])('prints %d as %s', (t, expected) => {
    expect(formatDateTime(new Date(t))).toEqual(E.right(expected))
    expect(unsafeFormatDateTime(new Date(t))).toBe(expected)
  })

  it.each(notTimestamps)('gives a Left for %s (the unchecked printer throws a RangeError)', (_, d) => {
    expect(E.isLeft(formatDateTime(d))).toBe(true)
    expect(() => unsafeFormatDateTime(d)).toThrow(RangeError)
  })

  it('round-trips through parseDateTime', () => {
    fc.assert(
      fc.property(dates, (d) => {
        expect(parseDateTime(printed(formatDateTime(d)))).toBe(d.getTime())
      })
    )
  })

  it('matches toISOString apart from dropping .000 (years 0000–9999)', () => {
    fc.assert(
      fc.property(dates, (d) => {
        const iso = d.toISOString()
        expect(printed(formatDateTime(d))).toBe(d.getUTCMilliseconds() === 0 ? iso.slice(0, -5) + 'Z' : iso)
      })
    )
  })
})

// -------------------------------------------------------------------------------------
// http-date
// -------------------------------------------------------------------------------------

describe('parseHttpDate', () => {
  it.each<[string, number]>([
    ['Tue, 29 Apr 2014 18:30:38 GMT', T_2014],
    ['Tue, 29 Apr 2014 18:30:38.123 GMT', T_2014 + 123],
    ['Tue, 29 Apr 2014 18:30:38.1 GMT', T_2014 + 100],
    ['Tue, 29 Apr 2014 18:30:38.12 GMT', T_2014 + 120],
    ['Tue, 29 Apr 2014 18:30:38.000 GMT', T_2014],
    ['Tue, 29 Apr 2014 18:30:38.123456789 GMT', T_2014 + 123],
    ['Thu, 01 Jan 1970 00:00:00 GMT', 0],
    ['Wed, 31 Dec 1969 23:59:59.999 GMT', -1],
    ['Sun, 06 Nov 1994 08:49:37 GMT', utc(1994, 11, 6, 8, 49, 37)],
    ['Thu, 29 Feb 2024 00:00:00 GMT', utc(2024, 2, 29)],
    ['Tue, 29 Feb 2000 00:00:00 GMT', utc(2000, 2, 29)],
    ['Sat, 01 Jan 0000 00:00:00 GMT', utc(0, 1, 1)],
    ['Thu, 31 Dec 0099 23:59:59 GMT', utc(99, 12, 31, 23, 59, 59)],
    ['Fri, 31 Dec 9999 23:59:59 GMT', utc(9999, 12, 31, 23, 59, 59)],
    ['Mon, 15 Jan 2024 12:00:00 GMT', utc(2024, 1, 15, 12)],
    ['Thu, 15 Feb 2024 12:00:00 GMT', utc(2024, 2, 15, 12)],
    ['Fri, 15 Mar 2024 12:00:00 GMT', utc(2024, 3, 15, 12)],
    ['Mon, 15 Apr 2024 12:00:00 GMT', utc(2024, 4, 15, 12)],
    ['Wed, 15 May 2024 12:00:00 GMT', utc(2024, 5, 15, 12)],
    ['Sat, 15 Jun 2024 12:00:00 GMT', utc(2024, 6, 15, 12)],
    ['Mon, 15 Jul 2024 12:00:00 GMT', utc(2024, 7, 15, 12)],
    ['Thu, 15 Aug 2024 12:00:00 GMT', utc(2024, 8, 15, 12)],
    ['Sun, 15 Sep 2024 12:00:00 GMT', utc(2024, 9, 15, 12)],
    ['Tue, 15 Oct 2024 12:00:00 GMT', utc(2024, 10, 15, 12)],
    ['Fri, 15 Nov 2024 12:00:00 GMT', utc(2024, 11, 15, 12)],
    ['Sun, 15 Dec 2024 12:00:00 GMT', utc(2024, 12, 15, 12)]
  ])('accepts %s', (s, expected) => {
    expect(parseHttpDate(s)).toBe(expected)
  })

  it.each<[string, string]>([
    ['', 'empty string'],
    ['Wed, 29 Apr 2014 18:30:38 GMT', 'wrong day name'],
    ['Mon, 29 Apr 2014 18:30:38 GMT', 'wrong day name (day before)'],
    ['tue, 29 Apr 2014 18:30:38 GMT', 'lower-case day name'],
    ['TUE, 29 Apr 2014 18:30:38 GMT', 'upper-case day name'],
    ['Tuesday, 29 Apr 2014 18:30:38 GMT', 'full day name'],
    ['Tue, 29 apr 2014 18:30:38 GMT', 'lower-case month'],
    ['Tue, 29 APR 2014 18:30:38 GMT', 'upper-case month'],
    ['Tue, 29 April 2014 18:30:38 GMT', 'full month name'],
    ['Tue, 29 Abr 2014 18:30:38 GMT', 'unknown month'],
    ['Tue, 29 Apr 14 18:30:38 GMT', 'two-digit year'],
    ['Tue, 29 Apr 02014 18:30:38 GMT', 'five-digit year'],
    ['Tue, 9 Apr 2014 18:30:38 GMT', 'one-digit day'],
    ['Tue,  9 Apr 2014 18:30:38 GMT', 'space-padded day'],
    ['Tue 29 Apr 2014 18:30:38 GMT', 'no comma'],
    ['Tue,29 Apr 2014 18:30:38 GMT', 'no space after comma'],
    ['Tue, 29-Apr-2014 18:30:38 GMT', 'RFC 850 dashes'],
    ['Tuesday, 29-Apr-14 18:30:38 GMT', 'RFC 850 date'],
    ['Tue Apr 29 18:30:38 2014', 'asctime date'],
    ['Tue, 29 Apr 2014 18:30:38 UTC', 'UTC instead of GMT'],
    ['Tue, 29 Apr 2014 18:30:38 gmt', 'lower-case gmt'],
    ['Tue, 29 Apr 2014 18:30:38 +0000', 'numeric zone'],
    ['Tue, 29 Apr 2014 18:30:38', 'no zone'],
    ['Tue, 29 Apr 2014 18:30:38 GMT ', 'trailing space'],
    [' Tue, 29 Apr 2014 18:30:38 GMT', 'leading space'],
    ['Tue, 29 Apr 2014 18:30:38  GMT', 'two spaces before GMT'],
    ['Tue, 29 Apr 2014 18:30:38GMT', 'no space before GMT'],
    ['Tue, 29 Apr 2014 18:30:38. GMT', 'dot without digits'],
    ['Tue, 29 Apr 2014 18:30 GMT', 'no seconds'],
    ['Tue, 29 Apr 2014 18:30:38Z', 'Z'],
    ['Thu, 29 Feb 2023 00:00:00 GMT', '29 February of a common year'],
    ['Fri, 30 Feb 2024 00:00:00 GMT', '30 February'],
    ['Thu, 29 Feb 1900 00:00:00 GMT', '29 February 1900'],
    ['Thu, 31 Apr 2014 00:00:00 GMT', '31 April'],
    ['Tue, 00 Apr 2014 00:00:00 GMT', 'day 00'],
    ['Tue, 29 Apr 2014 24:00:00 GMT', 'hour 24'],
    ['Tue, 29 Apr 2014 23:60:00 GMT', 'minute 60'],
    ['Tue, 29 Apr 2014 23:59:60 GMT', 'leap second'],
    ['Tue, ２９ Apr 2014 18:30:38 GMT', 'full-width digits'],
    ['Tue, 29 Apr 2014 18:30:38.１ GMT', 'full-width fraction digit'],
    ['Tue, 29 Apr 2014 18:30:38 ＧMT', 'full-width G']
  ])('rejects %j (%s)', (s) => {
    expect(parseHttpDate(s)).toBeNaN()
  })

  it('rejects every day name but the right one', () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: 1, max: 6 }), (d, shift) => {
        const good = printed(formatHttpDate(d))
        const names = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
        const wrong = names[(d.getUTCDay() + shift) % 7] + good.slice(3)
        expect(parseHttpDate(good)).toBe(d.getTime())
        expect(parseHttpDate(wrong)).toBeNaN()
      })
    )
  })
})

describe('formatHttpDate', () => {
  it.each<[number, string]>([
    [T_2014, 'Tue, 29 Apr 2014 18:30:38 GMT'],
    [T_2014 + 123, 'Tue, 29 Apr 2014 18:30:38.123 GMT'],
    [T_2014 + 5, 'Tue, 29 Apr 2014 18:30:38.005 GMT'],
    [0, 'Thu, 01 Jan 1970 00:00:00 GMT'],
    [utc(0, 1, 1), 'Sat, 01 Jan 0000 00:00:00 GMT'],
    [utc(99, 12, 31), 'Thu, 31 Dec 0099 00:00:00 GMT'],
    [utc(9999, 12, 31, 23, 59, 59), 'Fri, 31 Dec 9999 23:59:59 GMT']
  ])('prints %d as %s', (t, expected) => {
    expect(formatHttpDate(new Date(t))).toEqual(E.right(expected))
    expect(unsafeFormatHttpDate(new Date(t))).toBe(expected)
  })

  it.each(notTimestamps)('gives a Left for %s (the unchecked printer throws a RangeError)', (_, d) => {
    expect(E.isLeft(formatHttpDate(d))).toBe(true)
    expect(() => unsafeFormatHttpDate(d)).toThrow(RangeError)
  })

  it('matches toUTCString for whole seconds (years 1000–9999)', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(utc(1000, 1, 1)), max: MAX_DATE, noInvalidDate: true }), (d) => {
        const whole = new Date(d.getTime() - d.getUTCMilliseconds())
        expect(printed(formatHttpDate(whole))).toBe(whole.toUTCString())
      })
    )
  })

  it('round-trips through parseHttpDate', () => {
    fc.assert(
      fc.property(dates, (d) => {
        expect(parseHttpDate(printed(formatHttpDate(d)))).toBe(d.getTime())
      })
    )
  })
})

// -------------------------------------------------------------------------------------
// epoch-seconds
// -------------------------------------------------------------------------------------

describe('parseEpochSeconds', () => {
  it.each<[number, number]>([
    [0, 0],
    [-0, 0],
    [1398796238, T_2014],
    [1398796238.123, T_2014 + 123],
    [1398796238.1, T_2014 + 100],
    [1398796238.001, T_2014 + 1],
    [1398796238.999, T_2014 + 999],
    [1398796238.1239, T_2014 + 123],
    [0.001, 1],
    [0.0009, 0],
    [-1.5, -1500],
    [-0.001, -1],
    [-1.5555, -1556],
    [MAX_DATE.getTime() / 1000, MAX_DATE.getTime()],
    [MIN_DATE.getTime() / 1000, MIN_DATE.getTime()],
    // n * 1000 is not a whole number: the closest double to the millisecond still wins
    [-34597218697.939, -34597218697939]
  ])('converts %d', (n, expected) => {
    expect(parseEpochSeconds(n)).toBe(expected)
  })

  it.each<[number]>([[NaN], [Infinity], [-Infinity], [MAX_DATE.getTime() / 1000 + 0.001], [MIN_DATE.getTime() / 1000 - 0.001], [8.64e12], [-8.64e12], [4888264191447.6455], [1e300], [Number.MAX_VALUE]])(
    'rejects %d',
    (n) => {
      expect(parseEpochSeconds(n)).toBeNaN()
    }
  )

  it('rejects a non-number at run time', () => {
    expect(parseEpochSeconds('1' as unknown as number)).toBeNaN()
  })

  it('recovers every whole millisecond from its seconds', () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN_DATE.getTime(), max: MAX_DATE.getTime() }), (ms) => {
        expect(parseEpochSeconds(ms / 1000)).toBe(ms)
      })
    )
  })

  it('agrees with the text parser on the shortest decimal of any double', () => {
    fc.assert(
      fc.property(fc.double({ min: MIN_DATE.getTime() / 1000, max: MAX_DATE.getTime() / 1000, noNaN: true }), (n) => {
        const text = String(n)
        fc.pre(!/e/i.test(text))
        expect(parseEpochSeconds(n)).toBe(parseTimestampText('epoch-seconds', text))
      })
    )
  })

  it('never throws and returns NaN or an integer for any double', () => {
    fc.assert(
      fc.property(fc.double(), (n) => {
        expect(isNaNOrInteger(parseEpochSeconds(n))).toBe(true)
      })
    )
  })
})

describe('formatEpochSeconds', () => {
  it.each<[number, number]>([
    [T_2014, 1398796238],
    [T_2014 + 123, 1398796238.123],
    [T_2014 + 100, 1398796238.1],
    [-1500, -1.5],
    [0, 0],
    [MAX_DATE.getTime(), 253402300799.999],
    [MIN_DATE.getTime(), -62167219200]
  ])('converts %d ms', (t, expected) => {
    expect(formatEpochSeconds(new Date(t))).toEqual(E.right(expected))
    expect(unsafeFormatEpochSeconds(new Date(t))).toBe(expected)
  })

  it.each(notTimestamps)('gives a Left for %s, outside the range parseEpochSeconds reads back', (_, d) => {
    expect(E.isLeft(formatEpochSeconds(d))).toBe(true)
    expect(parseEpochSeconds(d.getTime() / 1000)).toBeNaN()
  })

  it('the unchecked printer throws a RangeError for an invalid Date only', () => {
    expect(() => unsafeFormatEpochSeconds(new Date(NaN))).toThrow(RangeError)
    expect(unsafeFormatEpochSeconds(new Date(8.64e15))).toBe(8.64e12)
  })

  it('round-trips through parseEpochSeconds over the whole timestamp range', () => {
    fc.assert(
      fc.property(anyValidDate, (d) => {
        expect(parseEpochSeconds(printed(formatEpochSeconds(d)))).toBe(d.getTime())
      })
    )
  })

  it('round-trips through JSON', () => {
    fc.assert(
      fc.property(anyValidDate, (d) => {
        const json = JSON.stringify(printed(formatEpochSeconds(d)))
        expect(json).not.toMatch(/e/i)
        expect(parseEpochSeconds(JSON.parse(json) as number)).toBe(d.getTime())
      })
    )
  })
})

describe('epoch-seconds as text', () => {
  it.each<[string, number]>([
    ['0', 0],
    ['-0', 0],
    ['-0.0', 0],
    ['1398796238', T_2014],
    ['1398796238.123', T_2014 + 123],
    ['1398796238.1', T_2014 + 100],
    ['1398796238.10', T_2014 + 100],
    ['1398796238.000', T_2014],
    ['1398796238.001', T_2014 + 1],
    ['1398796238.123456789', T_2014 + 123],
    ['01398796238', T_2014],
    ['-1.5', -1500],
    ['-1', -1000],
    ['-0.001', -1],
    // truncated towards the earlier instant, like a date-time fraction
    ['-1.5555', -1556],
    ['-1.5550', -1555],
    ['-1.555000000000000000001', -1556],
    ['-0.0001', -1],
    ['0.0009', 0],
    ['253402300799.999', MAX_DATE.getTime()],
    ['-62167219200', MIN_DATE.getTime()],
    ['253402300799.999999', MAX_DATE.getTime()]
  ])('parses %s', (s, expected) => {
    expect(parseTimestampText('epoch-seconds', s)).toBe(expected)
  })

  it.each<[string]>([
    [''],
    ['-'],
    ['+1'],
    ['1.'],
    ['.5'],
    ['-.5'],
    ['1e3'],
    ['1E3'],
    ['0x10'],
    [' 1'],
    ['1 '],
    ['1\n'],
    ['1,5'],
    ['1.5.5'],
    ['--1'],
    ['1-'],
    ['NaN'],
    ['Infinity'],
    ['-Infinity'],
    ['１２３'],
    ['253402300800'],
    ['-62167219200.001'],
    ['8640000000000'],
    ['-8640000000000'],
    ['99999999999999999999999999'],
    ['2014-04-29T18:30:38Z']
  ])('rejects %j', (s) => {
    expect(parseTimestampText('epoch-seconds', s)).toBeNaN()
  })

  it.each<[number, string]>([
    [T_2014, '1398796238'],
    [T_2014 + 123, '1398796238.123'],
    [T_2014 + 100, '1398796238.1'],
    [T_2014 + 120, '1398796238.12'],
    [T_2014 + 1, '1398796238.001'],
    [-1500, '-1.5'],
    [-1, '-0.001'],
    [1, '0.001'],
    [0, '0'],
    [MAX_DATE.getTime(), '253402300799.999'],
    [MIN_DATE.getTime(), '-62167219200']
  ])('prints %d ms as %s', (t, expected) => {
    expect(formatTimestampText('epoch-seconds', new Date(t))).toBe(expected)
  })

  it('round-trips over the whole Date range, without exponents', () => {
    fc.assert(
      fc.property(anyValidDate, (d) => {
        const s = formatTimestampText('epoch-seconds', d)
        expect(s).toMatch(/^-?[0-9]+(\.[0-9]{1,3})?$/)
        expect(s).not.toMatch(/\.[0-9]*0$/)
        expect(parseTimestampText('epoch-seconds', s)).toBe(d.getTime())
      })
    )
  })

  it('agrees with the date-time parser when extra fractional digits are truncated', () => {
    fc.assert(
      fc.property(dates, fc.stringMatching(/^[0-9]{1,12}$/), (d, extra) => {
        // the same instant, written both ways
        const dateTime = d.toISOString().slice(0, -1) + extra + 'Z'
        const t = d.getTime()
        const negative = t < 0
        const whole = Math.abs(t)
        const frac = extra.replace(/0+$/, '')
        // seconds = t/1000 + 0.000<extra>; for negative t with a non-zero extra, |seconds| = (|t| - 1)/1000 + 0.000<complement>
        let text: string
        if (!negative || frac === '') {
          text = (negative ? '-' : '') + String(Math.floor(whole / 1000)) + '.' + String(whole % 1000).padStart(3, '0') + extra
        } else {
          const m = whole - 1
          // complement of 0.<frac> in the units of its last digit
          const complement = (10n ** BigInt(frac.length) - BigInt(frac)).toString().padStart(frac.length, '0')
          text = '-' + String(Math.floor(m / 1000)) + '.' + String(m % 1000).padStart(3, '0') + complement
        }
        expect(parseDateTime(dateTime)).toBe(t)
        expect(parseTimestampText('epoch-seconds', text)).toBe(t)
      })
    )
  })
})

// -------------------------------------------------------------------------------------
// dispatch
// -------------------------------------------------------------------------------------

describe('parseTimestampText / formatTimestampText', () => {
  const formats: ReadonlyArray<TimestampFormat> = ['date-time', 'http-date', 'epoch-seconds']

  it.each<[TimestampFormat, string, number]>([
    ['date-time', '2014-04-29T18:30:38.123Z', T_2014 + 123],
    ['http-date', 'Tue, 29 Apr 2014 18:30:38 GMT', T_2014],
    ['epoch-seconds', '1398796238.123', T_2014 + 123]
  ])('parses %s %s', (format, s, expected) => {
    expect(parseTimestampText(format, s)).toBe(expected)
  })

  it.each<[TimestampFormat, string]>([
    ['date-time', 'Tue, 29 Apr 2014 18:30:38 GMT'],
    ['date-time', '1398796238'],
    ['http-date', '2014-04-29T18:30:38Z'],
    ['http-date', '1398796238'],
    ['epoch-seconds', 'Tue, 29 Apr 2014 18:30:38 GMT']
  ])('rejects as %s: %s', (format, s) => {
    expect(parseTimestampText(format, s)).toBeNaN()
  })

  it.each<[TimestampFormat, string]>([
    ['date-time', '2014-04-29T18:30:38.123Z'],
    ['http-date', 'Tue, 29 Apr 2014 18:30:38.123 GMT'],
    ['epoch-seconds', '1398796238.123']
  ])('prints %s as %s', (format, expected) => {
    expect(formatTimestampText(format, new Date(T_2014 + 123))).toBe(expected)
  })

  it('returns NaN for an unknown format at run time', () => {
    expect(parseTimestampText('iso' as TimestampFormat, '2014-04-29T18:30:38Z')).toBeNaN()
  })

  it('throws a RangeError for an unknown format at run time', () => {
    expect(() => formatTimestampText('iso' as TimestampFormat, new Date(0))).toThrow(RangeError)
  })

  it.each(formats)('throws a RangeError for an invalid Date (%s)', (format) => {
    expect(() => formatTimestampText(format, new Date(NaN))).toThrow(RangeError)
  })

  it.each(formats)('round-trips every Date of years 0000–9999 (%s)', (format) => {
    fc.assert(
      fc.property(dates, (d) => {
        expect(parseTimestampText(format, formatTimestampText(format, d))).toBe(d.getTime())
      })
    )
  })

  it.each(formats)('never throws and returns NaN or an integer for any string (%s)', (format) => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), anyString()), (s) => {
        expect(isNaNOrInteger(parseTimestampText(format, s))).toBe(true)
      })
    )
  })

  it('the parsers never throw and return NaN or an integer for any string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), anyString(), anyString({ maxLength: 40 })), (s) => {
        for (const t of [parseDateTime(s), parseHttpDate(s)]) {
          expect(isNaNOrInteger(t)).toBe(true)
        }
      })
    )
  })

  it('the parsers return NaN or an integer for mutations of valid strings', () => {
    fc.assert(
      fc.property(
        dates,
        fc.constantFrom<TimestampFormat>('date-time', 'http-date', 'epoch-seconds'),
        fc.nat(),
        anyString({ minLength: 1, maxLength: 2 }),
        (d, format, at, replacement) => {
          const good = formatTimestampText(format, d)
          const i = at % good.length
          const s = good.slice(0, i) + replacement + good.slice(i + 1)
          const t = parseTimestampText(format, s)
          expect(isNaNOrInteger(t)).toBe(true)
          if (!Number.isNaN(t)) expect(Math.abs(t)).toBeLessThanOrEqual(8.64e15)
        }
      )
    )
  })
})

describe('the checked printers (formatDateTime, formatHttpDate, formatEpochSeconds)', () => {
  it.each(checkedPrinters)('%s never throws: anything but a timestamp is a Left', (_, print) => {
    for (const [, u] of [...notTimestamps, ...notDates()]) {
      const r = print(u as Date)
      expect(E.isLeft(r)).toBe(true)
    }
  })

  it.each(checkedPrinters)('%s says what it expected without quoting the value', (_, print) => {
    for (const [, d] of notTimestamps) {
      const left = leftOf(print(d))
      expect(left).toMatch(/^expected /)
      expect(left).not.toMatch(/10000|-000001|275760|-271821/)
    }
  })

  it.each(checkedPrinters)('%s prints the instant of a Date whose methods are overridden, not what they say', (_, print) => {
    class Lying extends Date {
      override getUTCFullYear(): number {
        throw new Error('overridden')
      }
      override getTime(): number {
        return Number.NaN
      }
    }
    const d = new Lying(T_2014)
    expect(print(d)).toEqual(print(new Date(T_2014)))
    expect(E.isRight(print(d))).toBe(true)
  })
})

describe('the parsers never throw on what is not their kind of input', () => {
  it.each([
    ['parseDateTime', parseDateTime],
    ['parseHttpDate', parseHttpDate],
    ['parseEpochSeconds', parseEpochSeconds]
  ] as const)('%s gives NaN', (_, parse) => {
    const getters = Object.defineProperty({}, 'length', {
      get: () => {
        throw new Error('length')
      }
    })
    for (const u of [undefined, null, true, { length: 40 }, getters, ['2014-04-29T18:30:38Z'], Symbol('s')]) expect(parse(u as never)).toBeNaN()
  })
})

describe('describeFormat', () => {
  it.each<[TimestampFormat, string]>([
    ['date-time', 'an RFC 3339 date-time such as 2014-04-29T18:30:38Z'],
    ['http-date', 'an IMF-fixdate HTTP date such as Tue, 29 Apr 2014 18:30:38 GMT'],
    ['epoch-seconds', 'a number of seconds since the Unix epoch such as 1398796238 or 1398796238.123']
  ])('describes %s', (format, expected) => {
    expect(describeFormat(format)).toBe(expected)
  })

  it('describes an unknown format at run time', () => {
    expect(describeFormat('iso' as TimestampFormat)).toBe('a timestamp')
  })
})

describe('date-time', () => {
  it('needs each separator in its place', () => {
    expect(parseDateTime(DATE_TIME)).toBe(T)
    for (const i of [4, 7, 10, 13, 16]) for (const c of ['x', '0', ' ']) expect(parseDateTime(at(DATE_TIME, i, c)), `${c} at ${i}`).toBeNaN()
  })

  it('needs every field digit to be 0–9, refusing the characters just below and above', () => {
    for (const i of [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18]) {
      for (const c of ['/', ':']) expect(parseDateTime(at(DATE_TIME, i, c)), `${c} at ${i}`).toBeNaN()
    }
    expect(parseDateTime('2014-04-29T18:30:38./Z')).toBeNaN()
    expect(parseDateTime('2014-04-29T18:30:38.:Z')).toBeNaN()
    expect(parseDateTime('2014-04-29T18:30:38.Z')).toBeNaN()
    expect(parseDateTime('2014-04-29T18:30:38.1/Z')).toBeNaN()
  })

  it('reads offsets with two-digit hours and minutes separated by a colon, and nothing else', () => {
    expect(parseDateTime('2014-04-29T19:31:38+01:01')).toBe(T)
    expect(parseDateTime('2014-04-29T17:29:38-01:01')).toBe(T)
    for (const off of ['+01x01', '+01:ab', '+ab:01', '+01:/0', '+01:60', '+24:00', '+1:001', '+0101']) expect(parseDateTime(`2014-04-29T18:30:38${off}`), off).toBeNaN()
  })

  it('refuses minutes and hours that are not two digits', () => {
    expect(parseDateTime('2014-04-29T18:-1:38Z')).toBeNaN()
    expect(parseDateTime('2014-04-29T-1:30:38Z')).toBeNaN()
  })

  it('prints years below 1000 with four digits', () => {
    for (const [y, text] of [
      [5, '0005'],
      [10, '0010'],
      [99, '0099'],
      [100, '0100'],
      [999, '0999'],
      [1000, '1000']
    ] as const) {
      const d = new Date(Date.UTC(2000, 0, 1))
      d.setUTCFullYear(y)
      expect(formatDateTime(d)).toEqual(E.right(`${text}-01-01T00:00:00Z`))
      expect(printed(formatHttpDate(d)).slice(12, 16)).toBe(text)
    }
  })

  it('the unchecked printers say why they cannot print a date', () => {
    expect(() => unsafeFormatDateTime(new Date(Number.NaN))).toThrow('Cannot format an invalid Date as an RFC 3339 date-time')
    expect(() => unsafeFormatDateTime(new Date(Date.UTC(10000, 0, 1)))).toThrow('Cannot format a Date in year 10000 as an RFC 3339 date-time: the year must be within 0000-9999')
    expect(() => unsafeFormatHttpDate(new Date(Number.NaN))).toThrow('Cannot format an invalid Date as an IMF-fixdate')
    expect(() => unsafeFormatHttpDate(new Date(Date.UTC(-1, 0, 1)))).toThrow('Cannot format a Date in year -1 as an IMF-fixdate: the year must be within 0000-9999')
    expect(() => unsafeFormatEpochSeconds(new Date(Number.NaN))).toThrow('Cannot format an invalid Date as epoch seconds')
    expect(() => formatTimestampText('iso' as TimestampFormat, new Date(0))).toThrow('Unknown timestamp format: iso')
  })
})

describe('http-date', () => {
  it('needs each separator and the literal GMT in their places', () => {
    expect(parseHttpDate(HTTP_DATE)).toBe(T)
    for (const i of [3, 4, 7, 11, 16, 19, 22, 25, 26, 27, 28]) for (const c of ['x', '0']) expect(parseHttpDate(at(HTTP_DATE, i, c)), `${c} at ${i}`).toBeNaN()
    expect(parseHttpDate('Tue, 29 Apr 2014 18:30:38.1 GMX')).toBeNaN()
    expect(parseHttpDate('Tue, 29 Apr 2014 18:30:38. GMT')).toBeNaN()
  })

  it('knows every day and month name, and refuses a name that is not one', () => {
    const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
    const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
    for (let m = 0; m < 12; m++) {
      for (let d = 1; d <= 7; d++) {
        const date = new Date(Date.UTC(2021, m, d, 1, 2, 3))
        const text = `${days[date.getUTCDay()]}, 0${d} ${months[m]} 2021 01:02:03 GMT`
        expect(formatHttpDate(date)).toEqual(E.right(text))
        expect(parseHttpDate(text)).toBe(date.getTime())
      }
    }
    // 29 January 2014 was a Wednesday: an unknown month name must not be read as January.
    expect(parseHttpDate('Wed, 29 Jan 2014 18:30:38 GMT')).toBe(Date.UTC(2014, 0, 29, 18, 30, 38))
    expect(parseHttpDate('Wed, 29 Xyz 2014 18:30:38 GMT')).toBeNaN()
  })
})

describe('epoch seconds', () => {
  it('gives the millisecond whose closest double is the number, when its product with 1000 rounds below it', () => {
    expect(1.001 * 1000).toBeLessThan(1001)
    expect(parseEpochSeconds(1.001)).toBe(1001)
    expect(parseEpochSeconds(1.003)).toBe(1003)
    expect(parseEpochSeconds(-1.001)).toBe(-1001)
  })

  it('floors the exact product when it rounds to a whole number that is not the number’s millisecond', () => {
    expect(250000000251.77798 * 1000).toBe(250000000251778)
    expect(parseEpochSeconds(250000000251.77798)).toBe(250000000251777)
    expect(250000000251.778 * 1000).toBe(250000000251778)
    expect(parseEpochSeconds(250000000251.778)).toBe(250000000251778)
  })

  it('reads text digits 0–9 only', () => {
    expect(parseTimestampText('epoch-seconds', '12')).toBe(12000)
    for (const s of ['1/', '1:', '/1', '1./', '1.:', '-/', '1.5/']) expect(parseTimestampText('epoch-seconds', s), s).toBeNaN()
  })
})
