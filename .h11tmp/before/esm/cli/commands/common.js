/**
 * What `decode` and `error` share: the input options, the size limit, the input format (given,
 * or guessed from the file's extension), and the reporting of problems.
 *
 * @since 0.1.0
 */
import * as E from 'fp-ts/lib/Either.js';
import { DEFAULT_MAX_INPUT_LENGTH, toIssues } from '../../index.js';
import { UsageError } from '../args.js';
import { formatOfPath } from '../input.js';
import { renderPath } from '../../codecs/Issue.js';
/** The options of every command that reads a document. @category constants @since 0.1.0 */
export const INPUT_OPTIONS = {
    from: { type: 'string', choices: ['json', 'xml'], description: 'the input format (default: from the file extension, .xml is XML; else JSON)' },
    strict: { type: 'boolean', description: 'check lengths, ranges, patterns and enum values even for response shapes' },
    'show-secrets': { type: 'boolean', description: 'print sensitive values instead of ***SensitiveInformation***' },
    'max-size': { type: 'string', value: 'bytes', description: `refuse a document (or a line) longer than this (default ${DEFAULT_MAX_INPUT_LENGTH})` }
};
/**
 * The input format: `--from`, else the file's extension, else JSON; and whether it was guessed.
 *
 * @category utils
 * @since 0.1.0
 */
export const fromOf = (args, source) => {
    const given = args.strings.get('from');
    if (given === 'json' || given === 'xml')
        return { from: given, guessed: false };
    return { from: formatOfPath(source.path) ?? 'json', guessed: true };
};
/**
 * The size limit in bytes (`--max-size`).
 *
 * @category utils
 * @since 0.1.0
 */
export const limitOf = (args) => {
    const raw = args.strings.get('max-size');
    if (raw === undefined)
        return DEFAULT_MAX_INPUT_LENGTH;
    if (!/^[1-9][0-9]{0,15}$/.test(raw) || !Number.isSafeInteger(Number(raw)))
        throw new UsageError(`--max-size must be a positive whole number of bytes, not ${JSON.stringify(raw)}`);
    return Number(raw);
};
/**
 * The decoder options of the command line.
 *
 * @category utils
 * @since 0.1.0
 */
export const decodeOptionsOf = (args, limit) => args.flags.has('strict') ? { strict: true, maxInputLength: limit } : { maxInputLength: limit };
/**
 * The problem of a document over the size limit.
 *
 * @category constructors
 * @since 0.1.0
 */
export const tooLarge = (limit) => [{ path: [], message: `expected at most ${limit} bytes (--max-size), got more` }];
/**
 * Decodes a piece of input: the problems of a document over the limit, or the decoder's result.
 *
 * @category utils
 * @since 0.1.0
 */
export const decodePiece = (piece, limit, decode) => piece._tag === 'TooLarge' ? E.left(tooLarge(limit)) : E.mapLeft(toIssues)(decode(piece.text));
/**
 * Writes each problem on stderr, one line each: `where path: message`.
 *
 * @category rendering
 * @since 0.1.0
 */
export const reportIssues = (err, where, issues) => {
    for (const issue of issues)
        err.line(`${where}: ${renderPath(issue.path)}: ${issue.message}`);
};
/**
 * A hint when the input failed as JSON but looks like XML (or the other way round), and its
 * format was guessed: once per run.
 *
 * @category utils
 * @since 0.1.0
 */
export const formatHint = (ctx) => {
    let given = false;
    return (piece, from, guessed) => {
        if (given || !guessed || piece._tag !== 'Text')
            return;
        const start = piece.text.trimStart()[0];
        const looks = start === '<' ? 'xml' : start === '{' || start === '[' ? 'json' : undefined;
        if (looks === undefined || looks === from)
            return;
        given = true;
        ctx.err.line(`hint: the input looks like ${looks.toUpperCase()}; try --from ${looks}`);
    };
};
/**
 * The `valid, invalid` summary on stderr.
 *
 * @category rendering
 * @since 0.1.0
 */
export const summary = (err, valid, invalid) => err.line(`${valid} valid, ${invalid} invalid`);
