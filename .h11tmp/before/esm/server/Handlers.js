import { createLoggingConfiguration, deleteLoggingConfiguration, getLoggingConfiguration, listLoggingConfigurations, updateLoggingConfiguration } from './LoggingConfigurations.js';
import { createChatToken, deleteMessage, disconnectUser, sendEvent } from './Messaging.js';
import { createRoom, deleteRoom, getRoom, listRooms, updateRoom } from './Rooms.js';
import { listTagsForResource, tagResource, untagResource } from './Tagging.js';
/**
 * Every operation's handler.
 *
 * @category handlers
 * @since 0.2.0
 */
export const handlers = {
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
};
