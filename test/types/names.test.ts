/**
 * Types that read well in an editor: each generated structure is a named interface, and the
 * shapes, operations and errors carry those names in their signatures, so an editor shows
 * `CreateChatTokenResponse`, not its expansion. Checked by the compiler (`npm run typecheck`).
 *
 * The compiler's types do not say how an editor prints them; that the hovers read
 * `CreateChatTokenResponse` and `Either<CreateChatTokenFailure, CreateChatTokenResponse>` is
 * checked with TypeScript's language service in hover.slow.test.ts.
 */
import type * as E from 'fp-ts/lib/Either.js'
import type * as t from 'io-ts'
import { describe, expectTypeOf, it } from 'vitest'
import {
  type CreateChatTokenError,
  type CreateChatTokenFailure,
  type ErrorTypeOf,
  type FailureWith,
  type GetRoomResponse,
  type RoomSummary,
  type Tagged,
  type UnknownOperationError,
  AccessDeniedException,
  CreateChatToken,
  CreateChatTokenRequest,
  CreateChatTokenResponse,
  GetRoom,
  ListRoomsResponse,
  PendingVerification,
  ResourceNotFoundException,
  Schema,
  ValidationException,
  errorShape
} from '../../src/index.js'
import type { ErrorUnionType, ResponseMetadata, UndecodableResponse } from '../../src/index.js'
import { namedError } from '../../src/errors/ErrorShape.js'

describe('named interfaces', () => {
  it('structures are interfaces, and the shapes return them by name', () => {
    expectTypeOf(CreateChatTokenResponse.make).returns.toEqualTypeOf<CreateChatTokenResponse>()
    expectTypeOf(CreateChatTokenRequest.make).returns.toEqualTypeOf<CreateChatTokenRequest>()
    expectTypeOf(CreateChatTokenResponse.fromJson).returns.toEqualTypeOf<E.Either<t.Errors, CreateChatTokenResponse>>()
    expectTypeOf(CreateChatTokenResponse.is).guards.toEqualTypeOf<CreateChatTokenResponse>()
  })

  it('a structure inside another keeps its name', () => {
    expectTypeOf<ListRoomsResponse['rooms'][number]>().toEqualTypeOf<RoomSummary>()
  })

  it('errors are interfaces tagged by name', () => {
    expectTypeOf<AccessDeniedException['_tag']>().toEqualTypeOf<'AccessDeniedException'>()
  })

  it('every direction of an error shape names its interface', () => {
    expectTypeOf(AccessDeniedException.make).returns.toEqualTypeOf<AccessDeniedException>()
    expectTypeOf(AccessDeniedException.fromJson).returns.toEqualTypeOf<E.Either<t.Errors, AccessDeniedException>>()
    expectTypeOf(AccessDeniedException.fromXml).returns.toEqualTypeOf<E.Either<t.Errors, AccessDeniedException>>()
    expectTypeOf(AccessDeniedException.fromXmlContent).returns.toEqualTypeOf<E.Either<t.Errors, AccessDeniedException>>()
    expectTypeOf(AccessDeniedException.is).guards.toEqualTypeOf<AccessDeniedException>()
    expectTypeOf(AccessDeniedException.toJson).parameter(0).toEqualTypeOf<AccessDeniedException>()
    expectTypeOf(ValidationException.make).returns.toEqualTypeOf<ValidationException>()
    expectTypeOf<ErrorTypeOf<typeof AccessDeniedException>>().toEqualTypeOf<AccessDeniedException>()
  })

  it('an error shape written by hand keeps its tagged value type', () => {
    const Oops = errorShape('Oops', Schema.structure('Oops', { message: Schema.optional(Schema.string()) }))
    expectTypeOf(Oops.make).returns.toEqualTypeOf<Tagged<'Oops', { readonly message?: string }>>()
    expectTypeOf<ErrorTypeOf<typeof Oops>>().toEqualTypeOf<Tagged<'Oops', { readonly message?: string }>>()
    expectTypeOf(Oops.is).guards.toEqualTypeOf<Tagged<'Oops', { readonly message?: string }>>()
  })

  it('namedError gives an error shape a name only for its exact value type', () => {
    const Oops = errorShape('Oops', Schema.structure('Oops', { message: Schema.required(Schema.string()) }))
    interface Oops extends Tagged<'Oops', { readonly message: string }> {}
    expectTypeOf(namedError<Oops>()(Oops).make).returns.toEqualTypeOf<Oops>()
    // @ts-expect-error a name whose members differ from the error value's
    namedError<{ readonly _tag: 'Oops'; readonly message: number }>()(Oops)
    // @ts-expect-error a name with another tag
    namedError<{ readonly _tag: 'Other'; readonly message: string }>()(Oops)
  })

  it("an operation's error and failure types name each error once", () => {
    expectTypeOf<CreateChatTokenError>().toEqualTypeOf<
      AccessDeniedException | PendingVerification | ResourceNotFoundException | ValidationException | UnknownOperationError
    >()
    expectTypeOf<CreateChatTokenFailure>().toEqualTypeOf<(CreateChatTokenError & ResponseMetadata) | UndecodableResponse>()
    expectTypeOf<CreateChatTokenFailure>().toEqualTypeOf<FailureWith<CreateChatTokenError>>()
    expectTypeOf<ErrorUnionType<typeof CreateChatTokenError>>().toEqualTypeOf<CreateChatTokenError>()
    expectTypeOf(CreateChatToken.encodeError).parameter(0).toEqualTypeOf<CreateChatTokenError>()
  })

  it('decodeResponse returns the named failure and output', () => {
    expectTypeOf(CreateChatToken.decodeResponse).returns.toEqualTypeOf<E.Either<CreateChatTokenFailure, CreateChatTokenResponse>>()
    expectTypeOf(GetRoom.decodeResponse).returns.toEqualTypeOf<E.Either<import('../../src/index.js').GetRoomFailure, GetRoomResponse>>()
    expectTypeOf(CreateChatToken.decodeRequest).returns.toEqualTypeOf<E.Either<import('../../src/index.js').RequestValidationError, CreateChatTokenRequest>>()
  })
})
