/**
 * The generated declarations' types, checked by the compiler (`tsc` runs over the tests): required
 * members are required, optional ones optional, defaults always present, unions one member at a
 * time, timestamps `Date`, enums open.
 */
import { describe, expectTypeOf, it } from 'vitest'
import type {
  CreateChatTokenRequest,
  DestinationConfiguration,
  GetRoomResponse,
  ListRoomsResponse,
  OpenEnum,
  SchemaOf,
  ServiceQuotaExceededException,
  TypeOf,
  ValidationException
} from '../../src/index.js'
import { ChatTokenAttributes, String as StringShape, TagKeyList } from '../../src/index.js'

describe('generated types', () => {
  it('structures: required, optional, defaults, timestamps, open enums', () => {
    expectTypeOf<CreateChatTokenRequest['roomIdentifier']>().toEqualTypeOf<string>()
    expectTypeOf<CreateChatTokenRequest>().toHaveProperty('userId').toEqualTypeOf<string>()
    expectTypeOf<{ roomIdentifier: string; userId: string }>().toExtend<CreateChatTokenRequest>()
    expectTypeOf<{ roomIdentifier: string }>().not.toExtend<CreateChatTokenRequest>()
    expectTypeOf<GetRoomResponse['createTime']>().toEqualTypeOf<Date | undefined>()
    expectTypeOf<{}>().toExtend<GetRoomResponse>()
    expectTypeOf<ListRoomsResponse['rooms'][number]['name']>().toEqualTypeOf<string | undefined>()
    expectTypeOf<ServiceQuotaExceededException['limit']>().toEqualTypeOf<number>()
    expectTypeOf<ServiceQuotaExceededException['_tag']>().toEqualTypeOf<'ServiceQuotaExceededException'>()
    expectTypeOf<ValidationException['reason']>().toEqualTypeOf<OpenEnum<'UNKNOWN_OPERATION' | 'FIELD_VALIDATION_FAILED' | 'OTHER'>>()
  })

  it('the union sets one member at a time', () => {
    expectTypeOf<{ s3: { bucketName: string } }>().toExtend<DestinationConfiguration>()
    expectTypeOf<{ firehose: { deliveryStreamName: string } }>().toExtend<DestinationConfiguration>()
    expectTypeOf<{}>().not.toExtend<DestinationConfiguration>()
  })

  it('simple shapes, lists and maps are schemas of their domain types', () => {
    expectTypeOf(StringShape).toEqualTypeOf<SchemaOf<string, string>>()
    // Lists and maps also carry their members' declarations as phantoms (for `Redacted` and closed types).
    expectTypeOf(TagKeyList).toExtend<SchemaOf<ReadonlyArray<string>, ReadonlyArray<string>>>()
    expectTypeOf<TypeOf<typeof TagKeyList>>().toEqualTypeOf<ReadonlyArray<string>>()
    expectTypeOf(ChatTokenAttributes).toExtend<SchemaOf<Readonly<Record<string, string>>, Readonly<Record<string, string>>>>()
    expectTypeOf<TypeOf<typeof ChatTokenAttributes>>().toEqualTypeOf<Readonly<Record<string, string>>>()
  })
})
