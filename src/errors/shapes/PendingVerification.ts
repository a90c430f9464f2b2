import * as S from '../../codecs/Schema.js'
import { type ErrorTypeOf, errorShape } from '../ErrorShape.js'
import { ErrorMessage } from './ErrorMessage.js'

/** Smithy shape `com.amazonaws.ivschat#PendingVerification`: the account is pending verification (HTTP 403). */
export const PendingVerification = errorShape(
  'PendingVerification',
  S.structure(
    'PendingVerification',
    {
      message: S.required(ErrorMessage)
    },
    { shapeId: 'com.amazonaws.ivschat#PendingVerification', error: { fault: 'client', httpStatus: 403 } }
  )
)

/** Smithy shape `com.amazonaws.ivschat#PendingVerification`. */
export type PendingVerification = ErrorTypeOf<typeof PendingVerification>
