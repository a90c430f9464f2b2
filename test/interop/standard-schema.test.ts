import type { StandardSchemaV1 } from '@standard-schema/spec'
import { describe, expect, expectTypeOf, it } from 'vitest'
import { CreateChatTokenRequest, CreateChatTokenResponse, ValidationException, ValidationExceptionField, SENSITIVE } from '../../src/index.js'

/** What a framework does with any Standard Schema validator: validate, and await if needed. */
const validate = async <S extends StandardSchemaV1>(schema: S, input: unknown): Promise<StandardSchemaV1.Result<StandardSchemaV1.InferOutput<S>>> => {
  let result = schema['~standard'].validate(input)
  if (result instanceof Promise) result = await result
  return result
}

/** A framework's "parse or throw", with the issues' paths joined by dots. */
const parseOrThrow = async <S extends StandardSchemaV1>(schema: S, input: unknown): Promise<StandardSchemaV1.InferOutput<S>> => {
  const r = await validate(schema, input)
  if (r.issues !== undefined) {
    const where = (i: StandardSchemaV1.Issue): string => (i.path ?? []).map((k) => (typeof k === 'object' ? String(k.key) : String(k))).join('.')
    throw new Error(r.issues.map((i) => `${where(i)}: ${i.message}`).join('; '))
  }
  return r.value
}

describe('Standard Schema v1', () => {
  it('identifies itself', () => {
    const props = CreateChatTokenResponse['~standard']
    expect(props.version).toBe(1)
    expect(props.vendor).toBe('ivschat-codecs')
    expect(typeof props.validate).toBe('function')
  })

  it('infers the input (wire) and output (domain) types', () => {
    expectTypeOf<StandardSchemaV1.InferOutput<typeof CreateChatTokenResponse>>().toEqualTypeOf<CreateChatTokenResponse>()
    expectTypeOf<StandardSchemaV1.InferOutput<typeof CreateChatTokenResponse>['tokenExpirationTime']>().toEqualTypeOf<Date | undefined>()
    expectTypeOf<StandardSchemaV1.InferInput<typeof CreateChatTokenResponse>['tokenExpirationTime']>().toEqualTypeOf<string | undefined>()
    expectTypeOf(CreateChatTokenRequest).toMatchTypeOf<StandardSchemaV1<unknown, CreateChatTokenRequest>>()
  })

  it('returns the decoded value synchronously', async () => {
    const r = CreateChatTokenResponse['~standard'].validate({ token: 't', tokenExpirationTime: '2026-11-25T13:00:00Z' })
    expect(r).not.toBeInstanceOf(Promise)
    const value = await parseOrThrow(CreateChatTokenResponse, { token: 't', tokenExpirationTime: '2026-11-25T13:00:00Z' })
    expect(value).toEqual({ token: 't', tokenExpirationTime: new Date('2026-11-25T13:00:00Z') })
  })

  it('reports issues with a path of keys and a message, sensitive values hidden', async () => {
    const r = await validate(CreateChatTokenResponse, { token: 1234567, tokenExpirationTime: '2026-02-30T00:00:00Z' })
    expect(r.issues).toBeDefined()
    expect(r.issues!.map((i) => i.path)).toEqual([['token'], ['tokenExpirationTime']])
    expect(r.issues![0]!.message).toBe('expected a string, got a number (sensitive value hidden)')
    expect(r.issues![1]!.message).toMatch(/^expected an RFC 3339 date-time.*got "2026-02-30T00:00:00Z"$/)
    expect(JSON.stringify(r.issues)).not.toContain('1234567')
  })

  it('gives array indices as numbers in nested paths', async () => {
    const r = await validate(ValidationException.body, { message: 'm', reason: 'OTHER', fieldList: [{ name: 'a', message: 'b' }, { name: 7 }] })
    expect(r.issues!.map((i) => i.path)).toEqual([
      ['fieldList', 1, 'name'],
      ['fieldList', 1, 'message']
    ])
  })

  it('validates request shapes strictly, and honours libraryOptions.strict for others', async () => {
    await expect(parseOrThrow(CreateChatTokenRequest, { roomIdentifier: 'room', userId: 'u' })).rejects.toThrow(/^roomIdentifier: expected/)
    const req = await validate(CreateChatTokenRequest, { roomIdentifier: 'arn:aws:ivschat:us-west-2:123456789012:room/abcd', userId: 'u', sessionDurationInMinutes: 181 })
    expect(req.issues!.map((i) => i.path)).toEqual([['sessionDurationInMinutes']])
    const lenient = CreateChatTokenRequest['~standard'].validate(
      { roomIdentifier: 'room', userId: 'u' },
      { libraryOptions: { strict: false } }
    ) as StandardSchemaV1.Result<CreateChatTokenRequest>
    expect(lenient.issues).toBeUndefined()
  })

  it('is the same check as fromJson, on a plain structure too', async () => {
    const good = { name: 'n', message: 'm' }
    expect(await validate(ValidationExceptionField, good)).toEqual({ value: good })
    const bad = await validate(ValidationExceptionField, { name: 'n' })
    expect(bad.issues).toEqual([{ path: ['message'], message: 'expected a value (the member is required), got nothing' }])
    expect(JSON.stringify(bad)).not.toContain(SENSITIVE)
  })
})
