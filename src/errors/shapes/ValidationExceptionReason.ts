import * as S from '../../codecs/Schema.js'

/** Smithy shape `com.amazonaws.ivschat#ValidationExceptionReason`. */
export const ValidationExceptionReason = S.enums(['UNKNOWN_OPERATION', 'FIELD_VALIDATION_FAILED', 'OTHER'], {
  shapeId: 'com.amazonaws.ivschat#ValidationExceptionReason'
})
