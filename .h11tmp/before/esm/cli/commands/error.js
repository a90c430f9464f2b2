/**
 * `error <Operation> --code <code> [file|-]`: decodes an error body of an operation into its
 * error union and prints it as JSON with its `_tag`, redacted unless `--show-secrets`.
 *
 * @since 0.1.0
 */
import * as E from 'fp-ts/lib/Either.js';
import { RestJson1, toIssues } from '../../index.js';
import { UsageError } from '../args.js';
import { EXIT } from '../command.js';
import { readDocument, sourceOf } from '../input.js';
import { findOperation } from '../names.js';
import { safeJson } from '../safe.js';
import { safeJsonText } from '../terminal.js';
import { INPUT_OPTIONS, decodeOptionsOf, formatHint, fromOf, limitOf, reportIssues, summary, tooLarge } from './common.js';
/** What stands for a service's own message in output without `--show-secrets`. */
export const HIDDEN_MESSAGE = '***ServiceMessage: shown with --show-secrets***';
/**
 * A copy with every `message` member (the error's own and those of its parts, such as a
 * `fieldList` entry's) replaced by `HIDDEN_MESSAGE`: a service may echo a secret in its message
 * (docs/security.md, "Error messages from services").
 */
const hideServiceMessages = (u) => {
    if (Array.isArray(u))
        return u.map(hideServiceMessages);
    if (typeof u !== 'object' || u === null)
        return u;
    const out = {};
    for (const [k, v] of Object.entries(u))
        out[k] = k === 'message' && typeof v === 'string' ? HIDDEN_MESSAGE : hideServiceMessages(v);
    return out;
};
/** The `error` command. @category commands @since 0.1.0 */
export const error = {
    name: 'error',
    summary: "decode an error body of <Operation> into the operation's error union",
    synopsis: 'error <Operation> --code <code> [file|-] [--from json|xml] [--strict] [--show-secrets] [--max-size <bytes>]',
    description: `Decodes an error body of <Operation> with the given error code (the ${RestJson1.ERROR_TYPE_HEADER}
header, or the <Code> of an XML error) into the operation's error union, and prints it as JSON
with its _tag (UnknownOperationError for a code the operation does not declare).
A service may echo a secret in its messages: they are hidden unless --show-secrets is given.
Exit status: 0 valid, 1 invalid, 2 wrong usage or input that cannot be read.`,
    options: {
        code: { type: 'string', value: 'code', description: 'the error code of the response' },
        ...INPUT_OPTIONS
    },
    run: async (args, ctx) => {
        const [name, file, ...rest] = args.positionals;
        if (name === undefined)
            throw new UsageError('error needs the name of an operation (ivschat-codecs shapes lists them)');
        if (rest.length > 0)
            throw new UsageError(`error takes one input, got ${args.positionals.length - 1}`);
        const op = findOperation(ctx.registry, name);
        const code = args.strings.get('code');
        if (code === undefined || code.trim() === '')
            throw new UsageError('error needs --code <code>, the error code of the response');
        const limit = limitOf(args);
        const options = decodeOptionsOf(args, limit);
        const source = sourceOf(file, ctx.io.stdin);
        const { from, guessed } = fromOf(args, source);
        const piece = await readDocument(source.chunks(), limit);
        const decodeBody = (text) => {
            if (from === 'xml')
                return E.mapLeft(toIssues)(op.errors.fromXml(code, text, options));
            // An empty body is an error without members.
            let body = {};
            if (text.trim() !== '') {
                try {
                    body = JSON.parse(text);
                }
                catch {
                    return E.left([{ path: [], message: 'expected JSON text, got text that is not valid JSON' }]);
                }
            }
            return E.mapLeft(toIssues)(op.errors.fromJson(code, body, options));
        };
        const decoded = piece._tag === 'TooLarge' ? E.left(tooLarge(limit)) : decodeBody(piece.text);
        if (E.isLeft(decoded)) {
            reportIssues(ctx.err, source.name, decoded.left);
            formatHint(ctx)(piece, from, guessed);
            summary(ctx.err, 0, 1);
            return EXIT.invalid;
        }
        const e = decoded.right;
        const declared = op.errors.lookup(code);
        const showSecrets = args.flags.has('show-secrets');
        const encoded = declared === undefined ? e : { _tag: e._tag, ...(showSecrets ? declared.body.toJson(e) : safeJson(declared.body, e)) };
        const out = showSecrets ? encoded : hideServiceMessages(encoded);
        await ctx.out.write(safeJsonText(JSON.stringify(out, null, 2)) + '\n');
        summary(ctx.err, 1, 0);
        return EXIT.ok;
    }
};
