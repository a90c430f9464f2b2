/**
 * `redact`'s type follows the declaration: only `@sensitive` members become the marker; a
 * timestamp stays a `Date`; a declaration with nothing sensitive keeps its own (named) type.
 * Sensitivity is read from the declaration's types (the constructors mark sensitive schemas),
 * never from a list kept by hand. Checked by the compiler (`npm run typecheck`).
 */
import { describe, expectTypeOf, it } from 'vitest'
import {
  type Redacted,
  type Sensitive,
  ChatToken,
  ChatTokenAttributes,
  CreateChatTokenRequest,
  CreateChatTokenResponse,
  GetRoomResponse,
  ListRoomsResponse,
  Schema as S,
  UserID
} from '../../src/index.js'
import { shape } from '../../src/codecs/Shape.js'

const response: CreateChatTokenResponse = CreateChatTokenResponse.make({ token: 't', tokenExpirationTime: new Date(0) })
const request: CreateChatTokenRequest = CreateChatTokenRequest.make({ roomIdentifier: 'r', userId: 'u', attributes: { a: 'b' } })

describe('Redacted', () => {
  it('replaces only the sensitive members of a response', () => {
    const r = CreateChatTokenResponse.redact(response)
    expectTypeOf(r.token).toEqualTypeOf<Sensitive | undefined>()
    expectTypeOf(r.token).toExtend<string | undefined>()
    expectTypeOf(r.tokenExpirationTime).toEqualTypeOf<Date | undefined>()
    expectTypeOf(r.sessionExpirationTime).toEqualTypeOf<Date | undefined>()
    expectTypeOf<Redacted<typeof CreateChatTokenResponse>>().toEqualTypeOf(r)
  })

  it('a sensitive map is the marker whole, a sensitive string too; required members stay required', () => {
    const r = CreateChatTokenRequest.redact(request)
    expectTypeOf(r.userId).toEqualTypeOf<Sensitive>()
    expectTypeOf(r.attributes).toEqualTypeOf<Sensitive | undefined>()
    expectTypeOf(r.roomIdentifier).toEqualTypeOf<string>()
    expectTypeOf<Redacted<typeof ChatToken>>().toEqualTypeOf<Sensitive>()
    expectTypeOf<Redacted<typeof UserID>>().toEqualTypeOf<Sensitive>()
    expectTypeOf<Redacted<typeof ChatTokenAttributes>>().toEqualTypeOf<Sensitive>()
  })

  it('keeps the named type where nothing is sensitive, nested ones included', () => {
    expectTypeOf(GetRoomResponse.redact).returns.toEqualTypeOf<GetRoomResponse>()
    expectTypeOf(ListRoomsResponse.redact).returns.toEqualTypeOf<ListRoomsResponse>()
  })

  it('follows the sensitive trait through lists, maps, structures and unions', () => {
    const Secret = S.timestamp({ sensitive: true })
    const Plain = S.timestamp()
    const Inner = S.structure('Inner', { at: S.optional(Secret), plain: S.required(Plain) })
    const U = S.union('U', { secret: S.optional(Secret), plain: S.optional(Plain) })
    const Outer = shape(
      S.structure('Outer', {
        inner: S.required(Inner),
        secrets: S.optional(S.list(Secret)),
        byName: S.optional(S.map(S.string(), Secret)),
        keysHidden: S.optional(S.map(S.string({ sensitive: true }), Plain)),
        dates: S.optional(S.list(Plain)),
        u: S.optional(U)
      })
    )
    const r = Outer.redact(Outer.make({ inner: { plain: new Date(0) } }))
    expectTypeOf(r.inner).toEqualTypeOf<{ readonly at?: Sensitive; readonly plain: Date }>()
    expectTypeOf(r.secrets).toEqualTypeOf<ReadonlyArray<Sensitive> | undefined>()
    expectTypeOf(r.byName).toEqualTypeOf<Readonly<Record<string, Sensitive>> | undefined>()
    expectTypeOf(r.keysHidden).toEqualTypeOf<Sensitive | undefined>()
    expectTypeOf(r.dates).toEqualTypeOf<ReadonlyArray<Date> | undefined>()
    expectTypeOf<NonNullable<typeof r.u>>().toExtend<{ readonly secret?: Sensitive } | { readonly plain?: Date } | { readonly $unknown: readonly [string, unknown] }>()
    // A union member that is set reads as its redacted type.
    const u = r.u
    if (u !== undefined && u.secret !== undefined) expectTypeOf(u.secret).toEqualTypeOf<Sensitive>()
    if (u !== undefined && u.plain !== undefined) expectTypeOf(u.plain).toEqualTypeOf<Date>()
  })

  it('of traits that only may be sensitive: the value or the marker', () => {
    const traits: { readonly sensitive?: boolean } = {}
    const Maybe = shape(S.structure('Maybe', { at: S.required(S.timestamp(traits)) }))
    expectTypeOf(Maybe.redact(Maybe.make({ at: new Date(0) })).at).toEqualTypeOf<Date | Sensitive>()
  })

  it('of a plain type (which says nothing of sensitivity): any node may be the marker', () => {
    expectTypeOf<Redacted<{ readonly at: Date }>>().toEqualTypeOf<{ readonly at: Date | Sensitive } | Sensitive>()
  })
})
