import * as S from '../../codecs/Schema.js'
import { type ErrorTypeOf, errorShape } from '../ErrorShape.js'
import { ErrorMessage } from './ErrorMessage.js'
import { ResourceId } from './ResourceId.js'
import { ResourceType } from './ResourceType.js'

/** Smithy shape `com.amazonaws.ivschat#ResourceNotFoundException`: the named resource does not exist (HTTP 404). */
export const ResourceNotFoundException = errorShape(
  'ResourceNotFoundException',
  S.structure(
    'ResourceNotFoundException',
    {
      message: S.required(ErrorMessage),
      resourceId: S.required(ResourceId),
      resourceType: S.required(ResourceType)
    },
    { shapeId: 'com.amazonaws.ivschat#ResourceNotFoundException', error: { fault: 'client', httpStatus: 404 } }
  )
)

/** Smithy shape `com.amazonaws.ivschat#ResourceNotFoundException`. */
export type ResourceNotFoundException = ErrorTypeOf<typeof ResourceNotFoundException>
