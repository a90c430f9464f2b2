import * as S from '../../codecs/Schema.js'

/** Smithy shape `com.amazonaws.ivschat#ResourceType`. */
export const ResourceType = S.enums(['ROOM'], { shapeId: 'com.amazonaws.ivschat#ResourceType' })
