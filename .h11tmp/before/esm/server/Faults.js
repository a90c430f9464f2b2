/**
 * The errors the emulator's handlers answer, built from the generated error shapes (so their
 * bodies are exactly what the model declares), and the resource types they name.
 *
 * The model's `ResourceType` enum lists only `ROOM`; IVS Chat's errors about a logging
 * configuration need another value, and the emulator sends `LOGGING_CONFIGURATION` (clients read
 * the enum as open, so they keep it). `resourceId` is the resource's 12-character id, which is
 * what the model's `ResourceId` pattern (`^[a-zA-Z0-9]+$`) admits.
 *
 * @since 0.2.0
 */
import { ConflictException } from '../errors/shapes/ConflictException.js';
import { ResourceNotFoundException } from '../errors/shapes/ResourceNotFoundException.js';
import { ServiceQuotaExceededException } from '../errors/shapes/ServiceQuotaExceededException.js';
import { ValidationException } from '../errors/shapes/ValidationException.js';
/** The `resourceType` of each kind of resource. @category constants @since 0.2.0 */
export const RESOURCE_TYPE = { room: 'ROOM', 'logging-configuration': 'LOGGING_CONFIGURATION' };
const NAME = { room: 'room', 'logging-configuration': 'logging configuration' };
/**
 * The resource does not exist (404).
 *
 * @category constructors
 * @since 0.2.0
 */
export const notFound = (kind, id) => ResourceNotFoundException.make({ message: `The ${NAME[kind]} ${id} does not exist`, resourceId: id, resourceType: RESOURCE_TYPE[kind] });
/**
 * The resource is in a state that forbids the call (409).
 *
 * @category constructors
 * @since 0.2.0
 */
export const conflict = (kind, id, why) => ConflictException.make({ message: `The ${NAME[kind]} ${id} ${why}`, resourceId: id, resourceType: RESOURCE_TYPE[kind] });
/**
 * One more resource would exceed the account's quota (402).
 *
 * @category constructors
 * @since 0.2.0
 */
export const quotaExceeded = (kind, account, limit) => ServiceQuotaExceededException.make({
    message: `The quota of ${limit} ${NAME[kind]}s per account and region is reached`,
    resourceId: account,
    resourceType: RESOURCE_TYPE[kind],
    limit
});
/**
 * A request member that decoded but that the service refuses (400), such as a pagination token it
 * did not issue.
 *
 * @category constructors
 * @since 0.2.0
 */
export const invalidField = (name, message) => ValidationException.make({ message: `Invalid value for ${name}`, reason: 'FIELD_VALIDATION_FAILED', fieldList: [{ name, message }] });
