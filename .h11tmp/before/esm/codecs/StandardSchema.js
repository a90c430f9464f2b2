import * as E from 'fp-ts/lib/Either.js';
import { toIssues } from './Report.js';
/**
 * The vendor name shapes report.
 *
 * @category constants
 * @since 0.1.0
 */
export const VENDOR = 'ivschat-codecs';
const optionsOf = (options) => {
    const lib = options?.libraryOptions;
    if (lib === undefined)
        return undefined;
    const out = {};
    const strict = lib['strict'];
    if (strict !== undefined)
        out.strict = strict;
    const max = lib['maxInputLength'];
    // Passed on whatever it is, so that fromJson refuses an invalid limit rather than ignore it.
    if (max !== undefined)
        out.maxInputLength = max;
    return out;
};
/**
 * Builds the `~standard` property of a shape from its JSON decoder.
 *
 * @category constructors
 * @since 0.1.0
 */
export const standardSchema = (fromJson) => ({
    version: 1,
    vendor: VENDOR,
    validate: (value, options) => {
        let read;
        try {
            read = optionsOf(options);
        }
        catch {
            // A throwing getter or Proxy as options: refused, never thrown (fromJson checks the values).
            return { issues: [{ message: 'expected options that can be read, got options that threw while they were read', path: [] }] };
        }
        const r = fromJson(value, read);
        return E.isRight(r) ? { value: r.right } : { issues: toIssues(r.left) };
    }
});
