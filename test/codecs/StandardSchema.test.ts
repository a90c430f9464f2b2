/**
 * `codecs/StandardSchema.ts`: the `~standard` property of a shape (vendor, version, `validate`
 * and its `libraryOptions.strict`). test/interop/standard-schema.test.ts uses it from other
 * libraries' side.
 */
import * as E from 'fp-ts/lib/Either.js'
import * as t from 'io-ts'
import { describe, expect, it } from 'vitest'
import { drawTree, toIssues } from '../../src/index.js'
import { pathOfError } from '../../src/codecs/Report.js'
import { VENDOR } from '../../src/codecs/StandardSchema.js'
import { Everything } from '../support/schemas.js'

describe('Standard Schema', () => {
  const std = Everything['~standard']

  it('identifies this library, version 1', () => {
    expect(std.vendor).toBe(VENDOR)
    expect(VENDOR).toBe('ivschat-codecs')
    expect(std.version).toBe(1)
  })

  it('reads a boolean strict from libraryOptions, and refuses a strict of another type', () => {
    const value = { name: 'Abc', count: 1000 }
    expect(std.validate(value)).toEqual({ value: { name: 'Abc', count: 1000, retries: 3 } })
    expect(std.validate(value, { libraryOptions: {} })).toEqual({ value: { name: 'Abc', count: 1000, retries: 3 } })
    expect(std.validate(value, { libraryOptions: { strict: 'yes' } })).toEqual({ issues: [{ path: [], message: expect.stringMatching(/^expected options/) }] })
    expect(std.validate(value, { libraryOptions: { strict: true } })).toEqual({
      issues: [{ path: ['count'], message: 'expected a value between -5 and 100, got 1000' }]
    })
  })
})
