import * as S from '../../codecs/Schema.js'

/** Smithy shape `com.amazonaws.ivschat#ResourceId`. */
export const ResourceId = S.string({ shapeId: 'com.amazonaws.ivschat#ResourceId', pattern: '^[a-zA-Z0-9]+$' })
