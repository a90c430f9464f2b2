/**
 * Exact behaviour of the timestamp scanners (`Timestamp.ts`) on inputs that differ from a valid
 * one in a single place: each separator, digits just outside 0–9, offsets, month names, and
 * epoch seconds whose product with 1000 rounds the wrong way. The property tests reach these
 * rarely at the run counts mutation testing uses. Written against surviving mutants; each test
 * states a behaviour, not a mutant.
 */
import { describe, expect, it } from 'vitest'
import {
  formatDateTime,
  formatEpochSeconds,
  formatHttpDate,
  formatTimestampText,
  parseDateTime,
  parseEpochSeconds,
  parseHttpDate,
  parseTimestampText,
  type TimestampFormat
} from '../../src/codecs/Timestamp.js'

const DATE_TIME = '2014-04-29T18:30:38Z'
const HTTP_DATE = 'Tue, 29 Apr 2014 18:30:38 GMT'
const T = 1398796238000

/** The text with the character at `i` replaced by `c`. */
const at = (s: string, i: number, c: string): string => s.slice(0, i) + c + s.slice(i + 1)

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
      expect(formatDateTime(d)).toBe(`${text}-01-01T00:00:00Z`)
      expect(formatHttpDate(d).slice(12, 16)).toBe(text)
    }
  })

  it('says why it cannot print a date', () => {
    expect(() => formatDateTime(new Date(Number.NaN))).toThrow('Cannot format an invalid Date as an RFC 3339 date-time')
    expect(() => formatDateTime(new Date(Date.UTC(10000, 0, 1)))).toThrow('Cannot format a Date in year 10000 as an RFC 3339 date-time: the year must be within 0000-9999')
    expect(() => formatHttpDate(new Date(Number.NaN))).toThrow('Cannot format an invalid Date as an IMF-fixdate')
    expect(() => formatHttpDate(new Date(Date.UTC(-1, 0, 1)))).toThrow('Cannot format a Date in year -1 as an IMF-fixdate: the year must be within 0000-9999')
    expect(() => formatEpochSeconds(new Date(Number.NaN))).toThrow('Cannot format an invalid Date as epoch seconds')
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
        expect(formatHttpDate(date)).toBe(text)
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
    expect(400000000000.04297 * 1000).toBe(400000000000043)
    expect(parseEpochSeconds(400000000000.04297)).toBe(400000000000042)
    expect(400000000000.06903 * 1000).toBe(400000000000069)
    expect(parseEpochSeconds(400000000000.06903)).toBe(400000000000069)
  })

  it('reads text digits 0–9 only', () => {
    expect(parseTimestampText('epoch-seconds', '12')).toBe(12000)
    for (const s of ['1/', '1:', '/1', '1./', '1.:', '-/', '1.5/']) expect(parseTimestampText('epoch-seconds', s), s).toBeNaN()
  })
})
