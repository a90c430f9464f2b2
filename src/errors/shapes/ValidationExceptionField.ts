import * as S from '../../codecs/Schema.js'
import { shape } from '../../codecs/Shape.js'
import { ErrorMessage } from './ErrorMessage.js'
import { FieldName } from './FieldName.js'

/** Smithy shape `com.amazonaws.ivschat#ValidationExceptionField`: one field that failed validation. */
export const ValidationExceptionField = shape(
  S.structure(
    'ValidationExceptionField',
    {
      name: S.required(FieldName),
      message: S.required(ErrorMessage)
    },
    { shapeId: 'com.amazonaws.ivschat#ValidationExceptionField' }
  )
)

/** Smithy shape `com.amazonaws.ivschat#ValidationExceptionField`. */
export type ValidationExceptionField = S.TypeOf<typeof ValidationExceptionField>
