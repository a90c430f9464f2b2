/**
 * An empty store: no rooms, no logging configurations.
 *
 * @category constructors
 * @since 0.2.0
 */
export const emptyStore = () => ({ rooms: new Map(), loggingConfigurations: new Map() });
/**
 * Writes a handler's changes into the store, in order.
 *
 * @category combinators
 * @since 0.2.0
 */
export const applyChanges = (changes) => (store) => {
    for (const c of changes) {
        switch (c._tag) {
            case 'PutRoom':
                store.rooms.set(c.room.id, c.room);
                break;
            case 'DeleteRoom':
                store.rooms.delete(c.id);
                break;
            case 'PutLoggingConfiguration':
                store.loggingConfigurations.set(c.loggingConfiguration.id, c.loggingConfiguration);
                break;
            case 'DeleteLoggingConfiguration':
                store.loggingConfigurations.delete(c.id);
                break;
            default:
                return absurdChange(c);
        }
    }
    return store;
};
const absurdChange = (c) => {
    throw new TypeError(`unknown change ${JSON.stringify(c)}`);
};
