/**
 * One emulated account in one region: a store, and `call`, which runs an operation's handler
 * against it and writes the changes the handler returns. No HTTP here (see `Http.ts`).
 *
 * @since 0.2.0
 */
import * as E from 'fp-ts/lib/Either.js';
import { handlers } from './Handlers.js';
import { newChatToken, newId } from './Ids.js';
import { applyChanges, emptyStore } from './State.js';
/**
 * A fresh service with no resources.
 *
 * @category constructors
 * @since 0.2.0
 */
export const makeService = (config) => {
    const store = emptyStore();
    const ids = { newId: () => newId(config.random), newChatToken: () => newChatToken(config.random) };
    const envAt = (now) => ({ state: store, now, region: config.region, account: config.account, quotas: config.quotas, ...ids });
    const call = (name, input) => {
        const handler = handlers[name];
        const result = handler(input, envAt(config.now()));
        if (E.isLeft(result))
            return result;
        applyChanges(result.right.changes)(store);
        return E.right(result.right.output);
    };
    return { call, state: store };
};
