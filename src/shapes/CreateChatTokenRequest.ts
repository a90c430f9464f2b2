import * as S from '../codecs/Schema.js'
import { shape } from '../codecs/Shape.js'
import { ChatTokenAttributes } from './ChatTokenAttributes.js'
import { ChatTokenCapabilities } from './ChatTokenCapabilities.js'
import { RoomIdentifier } from './RoomIdentifier.js'
import { SessionDurationInMinutes } from './SessionDurationInMinutes.js'
import { UserID } from './UserID.js'

/** Smithy shape `com.amazonaws.ivschat#CreateChatTokenRequest`: the input of CreateChatToken. Decoded strictly. */
export const CreateChatTokenRequest = shape(
  S.structure(
    'CreateChatTokenRequest',
    {
      roomIdentifier: S.required(RoomIdentifier),
      userId: S.required(UserID),
      capabilities: S.optional(ChatTokenCapabilities),
      sessionDurationInMinutes: S.optional(SessionDurationInMinutes),
      attributes: S.optional(ChatTokenAttributes)
    },
    { shapeId: 'com.amazonaws.ivschat#CreateChatTokenRequest' }
  ),
  { mode: 'strict' }
)

/** Smithy shape `com.amazonaws.ivschat#CreateChatTokenRequest`. */
export type CreateChatTokenRequest = S.TypeOf<typeof CreateChatTokenRequest>
