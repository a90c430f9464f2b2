/**
 * The 17 handlers, by operation name: each one the pure function of its operation's input and the
 * `Env` that gives its output and changes, or one of the errors its operation declares.
 *
 * @since 0.2.0
 */
import type { operations } from '../shapes/operations.js'
import type { HandlerOf } from './Env.js'
import { createLoggingConfiguration, deleteLoggingConfiguration, getLoggingConfiguration, listLoggingConfigurations, updateLoggingConfiguration } from './LoggingConfigurations.js'
import { createChatToken, deleteMessage, disconnectUser, sendEvent } from './Messaging.js'
import { createRoom, deleteRoom, getRoom, listRooms, updateRoom } from './Rooms.js'
import { listTagsForResource, tagResource, untagResource } from './Tagging.js'

/** The operations the emulator serves, by name: all of the model's. @category model @since 0.2.0 */
export type ServedOperations = typeof operations

/** An operation's name. @category model @since 0.2.0 */
export type OperationName = keyof ServedOperations

/** The handler of each operation. @category model @since 0.2.0 */
export type Handlers = { readonly [K in OperationName]: HandlerOf<ServedOperations[K]> }

/**
 * Every operation's handler.
 *
 * @category handlers
 * @since 0.2.0
 */
export const handlers: Handlers = {
  CreateChatToken: createChatToken,
  CreateLoggingConfiguration: createLoggingConfiguration,
  CreateRoom: createRoom,
  DeleteLoggingConfiguration: deleteLoggingConfiguration,
  DeleteMessage: deleteMessage,
  DeleteRoom: deleteRoom,
  DisconnectUser: disconnectUser,
  GetLoggingConfiguration: getLoggingConfiguration,
  GetRoom: getRoom,
  ListLoggingConfigurations: listLoggingConfigurations,
  ListRooms: listRooms,
  ListTagsForResource: listTagsForResource,
  SendEvent: sendEvent,
  TagResource: tagResource,
  UntagResource: untagResource,
  UpdateLoggingConfiguration: updateLoggingConfiguration,
  UpdateRoom: updateRoom
}
