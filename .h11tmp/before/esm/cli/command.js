/**
 * Exit codes: 0 all valid, 1 some input invalid, 2 wrong usage or input that cannot be read.
 *
 * @category constants
 * @since 0.1.0
 */
export const EXIT = { ok: 0, invalid: 1, usage: 2 };
