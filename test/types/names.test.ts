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
  type GetRoomResponse,
  type RoomSummary,
  type UnknownOperationError,
  AccessDeniedException,
  CreateChatToken,
  CreateChatTokenRequest,
  CreateChatTokenResponse,
  GetRoom,
  ListRoomsResponse,
  PendingVerification,
  ResourceNotFoundException,
  ValidationException
} from '../../src/index.js'
import type { ResponseMetadata, UndecodableResponse } from '../../src/index.js'

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

  it("an operation's error and failure types name each error once", () => {
    expectTypeOf<CreateChatTokenError>().toEqualTypeOf<
      AccessDeniedException | PendingVerification | ResourceNotFoundException | ValidationException | UnknownOperationError
    >()
    expectTypeOf<CreateChatTokenFailure>().toEqualTypeOf<(CreateChatTokenError & ResponseMetadata) | UndecodableResponse>()
  })

  it('decodeResponse returns the named failure and output', () => {
    expectTypeOf(CreateChatToken.decodeResponse).returns.toEqualTypeOf<E.Either<CreateChatTokenFailure, CreateChatTokenResponse>>()
    expectTypeOf(GetRoom.decodeResponse).returns.toEqualTypeOf<E.Either<import('../../src/index.js').GetRoomFailure, GetRoomResponse>>()
    expectTypeOf(CreateChatToken.decodeRequest).returns.toEqualTypeOf<E.Either<import('../../src/index.js').RequestValidationError, CreateChatTokenRequest>>()
  })
})
