import * as S from '../codecs/Schema.js'
import { shape } from '../codecs/Shape.js'
import { ChatToken } from './ChatToken.js'
import { Time } from './Time.js'

/** Smithy shape `com.amazonaws.ivschat#CreateChatTokenResponse`: the output of CreateChatToken. */
export const CreateChatTokenResponse = shape(
  S.structure(
    'CreateChatTokenResponse',
    {
      token: S.optional(ChatToken),
      tokenExpirationTime: S.optional(Time),
      sessionExpirationTime: S.optional(Time)
    },
    { shapeId: 'com.amazonaws.ivschat#CreateChatTokenResponse' }
  )
)

/** Smithy shape `com.amazonaws.ivschat#CreateChatTokenResponse`. */
export type CreateChatTokenResponse = S.TypeOf<typeof CreateChatTokenResponse>
