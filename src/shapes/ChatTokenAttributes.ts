import * as S from '../codecs/Schema.js'
import { String } from './String.js'

/** Smithy shape `com.amazonaws.ivschat#ChatTokenAttributes`. Sensitive. */
export const ChatTokenAttributes = S.map(String, String, { shapeId: 'com.amazonaws.ivschat#ChatTokenAttributes', sensitive: true })
