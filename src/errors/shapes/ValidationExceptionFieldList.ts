import * as S from '../../codecs/Schema.js'
import { ValidationExceptionField } from './ValidationExceptionField.js'

/** Smithy shape `com.amazonaws.ivschat#ValidationExceptionFieldList`. */
export const ValidationExceptionFieldList = S.list(ValidationExceptionField, { shapeId: 'com.amazonaws.ivschat#ValidationExceptionFieldList' })
