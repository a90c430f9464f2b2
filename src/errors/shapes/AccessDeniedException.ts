import * as S from '../../codecs/Schema.js'
import { type ErrorTypeOf, errorShape } from '../ErrorShape.js'
import { ErrorMessage } from './ErrorMessage.js'

/** Smithy shape `com.amazonaws.ivschat#AccessDeniedException`: the caller may not do this (HTTP 403). */
export const AccessDeniedException = errorShape(
  'AccessDeniedException',
  S.structure(
    'AccessDeniedException',
    {
      message: S.required(ErrorMessage)
    },
    { shapeId: 'com.amazonaws.ivschat#AccessDeniedException', error: { fault: 'client', httpStatus: 403 } }
  )
)

/** Smithy shape `com.amazonaws.ivschat#AccessDeniedException`. */
export type AccessDeniedException = ErrorTypeOf<typeof AccessDeniedException>
