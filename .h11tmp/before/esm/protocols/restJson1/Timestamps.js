/** The format of a body timestamp that declares none. */
export const TIMESTAMPS = 'epoch-seconds';
