import * as S from '../codecs/Schema.js'

/** Smithy shape `com.amazonaws.ivschat#ChatTokenCapability`. */
export const ChatTokenCapability = S.enums(['SEND_MESSAGE', 'DISCONNECT_USER', 'DELETE_MESSAGE'], { shapeId: 'com.amazonaws.ivschat#ChatTokenCapability' })
