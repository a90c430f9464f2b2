/**
 * Faults injected on purpose, to test how a caller handles them: a fraction of requests answered
 * with a ThrottlingException (429) and a fraction with an InternalServerException (500).
 *
 * A ThrottlingException's `limit` is the operation's API call rate quota, in requests per second
 * (IVS Chat Service Quotas, "API Call Rate Quotas":
 * https://docs.aws.amazon.com/ivs/latest/ChatUserGuide/service-quotas.html).
 *
 * @since 0.2.0
 */
import { InternalServerException } from '../errors/shapes/InternalServerException.js';
import { ThrottlingException } from '../errors/shapes/ThrottlingException.js';
import { RESOURCE_TYPE } from './Faults.js';
/** Each operation's default API call rate quota (TPS). @category constants @since 0.2.0 */
export const RATE_QUOTAS = {
    DeleteMessage: 100,
    DisconnectUser: 100,
    SendEvent: 100,
    CreateChatToken: 200,
    CreateLoggingConfiguration: 3,
    DeleteLoggingConfiguration: 3,
    GetLoggingConfiguration: 3,
    ListLoggingConfigurations: 3,
    UpdateLoggingConfiguration: 3,
    CreateRoom: 5,
    DeleteRoom: 5,
    GetRoom: 5,
    ListRooms: 5,
    UpdateRoom: 5,
    ListTagsForResource: 10,
    TagResource: 10,
    UntagResource: 10
};
/**
 * Draws whether this request fails on purpose: a ThrottlingException with probability
 * `throttleRate`, else an InternalServerException with probability `serverErrorRate`, else
 * nothing. Rates of 0 draw nothing from `random`.
 *
 * @category constructors
 * @since 0.2.0
 */
export const inject = (rates, random, account) => (name) => {
    if (rates.throttleRate > 0 && random() < rates.throttleRate) {
        const limit = RATE_QUOTAS[name];
        return ThrottlingException.make({
            message: `Rate exceeded for ${name} (injected by the emulator's throttleRate)`,
            resourceId: account,
            resourceType: name.includes('LoggingConfiguration') ? RESOURCE_TYPE['logging-configuration'] : RESOURCE_TYPE.room,
            limit
        });
    }
    if (rates.serverErrorRate > 0 && random() < rates.serverErrorRate) {
        return InternalServerException.make({ message: `Internal error in ${name} (injected by the emulator's serverErrorRate)` });
    }
    return undefined;
};
