/**
 * Request shapes decode strictly, so their enums are the closed union of the model's values:
 * a misspelt value does not compile. Responses and errors decode leniently and keep `OpenEnum`
 * (a newer service may send values this version does not know). One enum declaration serves both:
 * the closed type is derived from it. Checked by the compiler (`npm run typecheck`).
 */
import { describe, expectTypeOf, it } from 'vitest'
import {
  type CreateRoomRequest,
  type GetRoomResponse,
  type OpenEnum,
  type UpdateRoomRequest,
  CreateChatTokenRequest,
  CreateRoom,
  Schema as S,
  ValidationException
} from '../../src/index.js'
import { shape } from '../../src/codecs/Shape.js'

type Capability = 'SEND_MESSAGE' | 'DISCONNECT_USER' | 'DELETE_MESSAGE'
type Fallback = 'ALLOW' | 'DENY'

describe('closed enums in requests', () => {
  it('make refuses a value the model does not list', () => {
    CreateChatTokenRequest.make({ roomIdentifier: 'r', userId: 'u', capabilities: ['SEND_MESSAGE'] })
    // @ts-expect-error: 'SEND_MESAGE' is not a ChatTokenCapability
    CreateChatTokenRequest.make({ roomIdentifier: 'r', userId: 'u', capabilities: ['SEND_MESAGE'] })
    // @ts-expect-error: nor is any other string
    CreateChatTokenRequest.make({ roomIdentifier: 'r', userId: 'u', capabilities: ['SEND_MESSAGE' as string] })
  })

  it('request types hold the closed union, through lists and nested structures', () => {
    expectTypeOf<NonNullable<CreateChatTokenRequest['capabilities']>[number]>().toEqualTypeOf<Capability>()
    expectTypeOf<NonNullable<NonNullable<CreateRoomRequest['messageReviewHandler']>['fallbackResult']>>().toEqualTypeOf<Fallback>()
    expectTypeOf<NonNullable<NonNullable<UpdateRoomRequest['messageReviewHandler']>['fallbackResult']>>().toEqualTypeOf<Fallback>()
    // @ts-expect-error: 'MAYBE' is not a FallbackResult
    CreateRoom.encodeRequest({ messageReviewHandler: { fallbackResult: 'MAYBE' } })
    const decoded = CreateChatTokenRequest.fromJson({})
    if (decoded._tag === 'Right') expectTypeOf(decoded.right.capabilities).toEqualTypeOf<ReadonlyArray<Capability> | undefined>()
  })

  it('responses and errors keep OpenEnum, for the same enum declaration', () => {
    // (`NonNullable` of an `OpenEnum` would simplify it to `string`: `Exclude` keeps it.)
    expectTypeOf<Exclude<NonNullable<GetRoomResponse['messageReviewHandler']>['fallbackResult'], undefined>>().toEqualTypeOf<OpenEnum<Fallback>>()
    expectTypeOf<ValidationException['reason']>().toEqualTypeOf<OpenEnum<'UNKNOWN_OPERATION' | 'FIELD_VALIDATION_FAILED' | 'OTHER'>>()
    ValidationException.make({ message: 'm', reason: 'A_REASON_FROM_A_NEWER_SERVICE' })
  })

  it('ClosedTypeOf closes enums only, and leaves declarations without enums as they are', () => {
    const Color = S.enums(['RED', 'BLUE'])
    const Paint = S.structure('Paint', { color: S.required(Color), colors: S.optional(S.list(Color)), name: S.optional(S.string()) })
    expectTypeOf<S.TypeOf<typeof Paint>['color']>().toEqualTypeOf<OpenEnum<'RED' | 'BLUE'>>()
    expectTypeOf<S.ClosedTypeOf<typeof Paint>>().toEqualTypeOf<{ readonly color: 'RED' | 'BLUE'; readonly colors?: ReadonlyArray<'RED' | 'BLUE'>; readonly name?: string }>()
    const Plain = shape(S.structure('Plain', { name: S.optional(S.string()) }))
    expectTypeOf<S.ClosedTypeOf<typeof Plain>>().toEqualTypeOf<S.TypeOf<typeof Plain>>()
  })

  it('named and namedClosed refuse a name whose members differ from the declaration', () => {
    const D = S.structure('D', { color: S.required(S.enums(['RED'])) })
    S.named<{ readonly color: OpenEnum<'RED'> }>()(D)
    S.namedClosed<{ readonly color: 'RED' }>()(D)
    // @ts-expect-error: the open type is not the closed one
    S.named<{ readonly color: 'RED' }>()(D)
    // @ts-expect-error: a member too many
    S.namedClosed<{ readonly color: 'RED'; readonly extra: string }>()(D)
  })
})
