import * as S from '../../codecs/Schema.js'
import { type ErrorTypeOf, errorShape } from '../ErrorShape.js'
import { ErrorMessage } from './ErrorMessage.js'
import { ValidationExceptionFieldList } from './ValidationExceptionFieldList.js'
import { ValidationExceptionReason } from './ValidationExceptionReason.js'

/** Smithy shape `com.amazonaws.ivschat#ValidationException`: the request failed validation (HTTP 400). */
export const ValidationException = errorShape(
  'ValidationException',
  S.structure(
    'ValidationException',
    {
      message: S.required(ErrorMessage),
      reason: S.required(ValidationExceptionReason),
      fieldList: S.optional(ValidationExceptionFieldList)
    },
    { shapeId: 'com.amazonaws.ivschat#ValidationException', error: { fault: 'client', httpStatus: 400 } }
  )
)

/** Smithy shape `com.amazonaws.ivschat#ValidationException`. */
export type ValidationException = ErrorTypeOf<typeof ValidationException>
