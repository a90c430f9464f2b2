import * as S from '../codecs/Schema.js'

/** Smithy shape `com.amazonaws.ivschat#String`. */
export const String = S.string({ shapeId: 'com.amazonaws.ivschat#String' })
