import * as S from '../codecs/Schema.js'

/** Smithy shape `com.amazonaws.ivschat#RoomIdentifier`. */
export const RoomIdentifier = S.string({
  shapeId: 'com.amazonaws.ivschat#RoomIdentifier',
  length: { min: 1, max: 128 },
  pattern: '^arn:aws:ivschat:[a-z0-9-]+:[0-9]+:room/[a-zA-Z0-9-]+$'
})
