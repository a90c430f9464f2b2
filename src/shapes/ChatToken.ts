import * as S from '../codecs/Schema.js'

/** Smithy shape `com.amazonaws.ivschat#ChatToken`: the encrypted token a viewer connects with. Sensitive. */
export const ChatToken = S.string({ shapeId: 'com.amazonaws.ivschat#ChatToken', sensitive: true })
