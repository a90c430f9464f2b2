/**
 * Pages of a list, as ListRooms and ListLoggingConfigurations return them: at most `maxResults`
 * items, and a `nextToken` when more follow. Items are sorted in descending order of `updateTime`
 * (the order the API Reference gives for ListRooms; ListLoggingConfigurations documents none, and
 * the emulator uses the same), ties broken by id.
 *
 * A token is the position after the last item returned (its update time and id), so a page
 * neither repeats nor skips an item when others are created or deleted between two calls. A
 * token the emulator did not issue is refused.
 *
 * @since 0.2.0
 */
import * as E from 'fp-ts/lib/Either.js';
/**
 * The API's order: most recently updated first, then by id.
 *
 * @category ordering
 * @since 0.2.0
 */
export const compareByUpdateTime = (a, b) => (a.time !== b.time ? b.time - a.time : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const cursorOf = (item) => ({ time: item.updateTime.getTime(), id: item.id });
const PREFIX = 'v1.';
const encodeToken = (c) => PREFIX + Buffer.from(`${c.time}.${c.id}`, 'utf8').toString('base64url');
const decodeToken = (token) => {
    if (!token.startsWith(PREFIX))
        return undefined;
    const text = Buffer.from(token.slice(PREFIX.length), 'base64url').toString('utf8');
    const m = /^(-?\d{1,16})\.([a-zA-Z0-9]{1,64})$/.exec(text);
    return m === null ? undefined : { time: Number(m[1]), id: m[2] };
};
/**
 * The page of `items` (in any order) that starts after `nextToken` (or at the start) and holds at
 * most `maxResults`. `Left` when the token is not one this module issued.
 *
 * @category destructors
 * @since 0.2.0
 */
export const paginate = (maxResults, nextToken) => (items) => {
    let after;
    // An empty token is what some callers send for "from the start".
    if (nextToken !== undefined && nextToken !== '') {
        after = decodeToken(nextToken);
        if (after === undefined)
            return E.left('InvalidToken');
    }
    const from = after;
    const sorted = [...items].filter((item) => from === undefined || compareByUpdateTime(cursorOf(item), from) > 0).sort((a, b) => compareByUpdateTime(cursorOf(a), cursorOf(b)));
    const page = sorted.slice(0, maxResults);
    const last = page[page.length - 1];
    return E.right({ items: page, nextToken: sorted.length > page.length && last !== undefined ? encodeToken(cursorOf(last)) : undefined });
};
