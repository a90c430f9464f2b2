import * as S from '../../codecs/Schema.js'

/** Smithy shape `com.amazonaws.ivschat#ErrorMessage`. */
export const ErrorMessage = S.string({ shapeId: 'com.amazonaws.ivschat#ErrorMessage' })
