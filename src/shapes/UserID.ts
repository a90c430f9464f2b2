import * as S from '../codecs/Schema.js'

/** Smithy shape `com.amazonaws.ivschat#UserID`. Sensitive. */
export const UserID = S.string({ shapeId: 'com.amazonaws.ivschat#UserID', sensitive: true, length: { min: 1, max: 128 } })
