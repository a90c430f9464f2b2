import * as S from '../codecs/Schema.js'

/** Smithy shape `com.amazonaws.ivschat#SessionDurationInMinutes`. */
export const SessionDurationInMinutes = S.integer({ shapeId: 'com.amazonaws.ivschat#SessionDurationInMinutes', range: { min: 1, max: 180 } })
