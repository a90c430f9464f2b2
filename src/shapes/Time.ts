import * as S from '../codecs/Schema.js'

/** Smithy shape `com.amazonaws.ivschat#Time`: a timestamp that travels as an RFC 3339 date-time. */
export const Time = S.timestamp('date-time', { shapeId: 'com.amazonaws.ivschat#Time' })
