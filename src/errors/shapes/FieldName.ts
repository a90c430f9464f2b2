import * as S from '../../codecs/Schema.js'

/** Smithy shape `com.amazonaws.ivschat#FieldName`. */
export const FieldName = S.string({ shapeId: 'com.amazonaws.ivschat#FieldName' })
