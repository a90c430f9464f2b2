import * as S from '../codecs/Schema.js'
import { ChatTokenCapability } from './ChatTokenCapability.js'

/** Smithy shape `com.amazonaws.ivschat#ChatTokenCapabilities`. */
export const ChatTokenCapabilities = S.list(ChatTokenCapability, { shapeId: 'com.amazonaws.ivschat#ChatTokenCapabilities' })
