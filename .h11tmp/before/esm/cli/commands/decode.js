/**
 * `decode <Shape> [file|-]`: decodes one document (or, with `--lines`, one a line) as a shape
 * and prints it re-encoded, redacted unless `--show-secrets`.
 *
 * Under `--lines` every input line gives exactly one output line, in input order: the value
 * re-encoded, `{"line":N,"error":[{"path":[…],"message":"…"}]}` for a line that did not decode
 * (its messages hide sensitive values), or an empty line for an empty one. One line is held at a
 * time, so memory does not grow with the input.
 *
 * @since 0.1.0
 */
import * as E from 'fp-ts/lib/Either.js';
import { UsageError } from '../args.js';
import { EXIT } from '../command.js';
import { readDocument, readLines, sourceOf } from '../input.js';
import { findShape } from '../names.js';
import { safeJson, safeQuery, safeValue, safeXml, xmlDocument } from '../safe.js';
import { safeJsonText, safeXmlText } from '../terminal.js';
import { INPUT_OPTIONS, decodeOptionsOf, decodePiece, formatHint, fromOf, limitOf, reportIssues, summary } from './common.js';
const TO = ['json', 'query', 'value', 'xml'];
/**
 * A decoded value, printed as `to` says (on one line when `oneLine`), safe for a terminal.
 *
 * @category encoding
 * @since 0.1.0
 */
export const encodeAs = (entry, a, to, showSecrets, oneLine) => {
    const s = entry.shape();
    const indent = oneLine ? undefined : 2;
    switch (to) {
        case 'json':
            return safeJsonText(JSON.stringify(showSecrets ? s.toJson(a) : safeJson(s, a), null, indent));
        case 'value':
            return safeJsonText(JSON.stringify(showSecrets ? s.toValue(a) : safeValue(s, a), null, indent));
        case 'query':
            return showSecrets ? s.toQuery(a) : safeQuery(s, a);
        case 'xml':
            return safeXmlText(showSecrets ? xmlDocument(s, a, entry.name) : safeXml(s, a, entry.name), oneLine);
    }
};
const decodeText = (s, from, options) => (text) => from === 'xml' ? s.fromXml(text, options) : s.fromString(text, options);
const PROGRESS_AFTER_MS = 1000;
const PROGRESS_EVERY_MS = 250;
/** A progress line on a terminal's stderr, after a second, cleared before other messages. */
const progressOf = (ctx) => {
    const start = ctx.now();
    let last = 0;
    let shown = false;
    return {
        clear: () => {
            if (shown)
                ctx.err.raw('\r\x1b[K');
            shown = false;
        },
        tick: (lines, valid, invalid) => {
            if (!ctx.err.isTTY)
                return;
            const now = ctx.now();
            if (now - start < PROGRESS_AFTER_MS || now - last < PROGRESS_EVERY_MS)
                return;
            last = now;
            shown = true;
            ctx.err.raw(`\r${lines} lines: ${valid} valid, ${invalid} invalid`);
        }
    };
};
/** The `decode` command. @category commands @since 0.1.0 */
export const decode = {
    name: 'decode',
    summary: 'decode a document (or, with --lines, one a line) as <Shape> and print it re-encoded',
    synopsis: 'decode <Shape> [file|-] [--from json|xml] [--to json|query|value|xml] [--lines] [--strict] [--show-secrets] [--max-size <bytes>]',
    description: `Decodes the input as <Shape> (ivschat-codecs shapes lists them) and prints it re-encoded:
JSON by default, or an AWS query string, the value tree, or XML. Input is the file, or stdin
when it is "-" or absent; its format is --from, else the file's extension (.xml is XML), else JSON.
Output is redacted (sensitive values shown as ***SensitiveInformation***) unless --show-secrets.

With --lines, each input line is one document, and each gives exactly one output line, in order:
the value, or {"line":N,"error":[...]} when it is invalid (an empty line stays empty).
Problems are also reported on stderr, followed by a summary.
Exit status: 0 all valid, 1 some invalid, 2 wrong usage or input that cannot be read.`,
    options: {
        ...INPUT_OPTIONS,
        to: { type: 'string', choices: TO, description: 'the output format (default json)' },
        lines: { type: 'boolean', description: 'read one document a line (NDJSON, or one XML document a line)' }
    },
    run: async (args, ctx) => {
        const [name, file, ...rest] = args.positionals;
        if (name === undefined)
            throw new UsageError('decode needs the name of a shape (ivschat-codecs shapes lists them)');
        if (rest.length > 0)
            throw new UsageError(`decode takes one input, got ${args.positionals.length - 1}`);
        const entry = findShape(ctx.registry, name);
        const limit = limitOf(args);
        const to = (args.strings.get('to') ?? 'json');
        const showSecrets = args.flags.has('show-secrets');
        const source = sourceOf(file, ctx.io.stdin);
        const { from, guessed } = fromOf(args, source);
        const decodeOne = decodeText(entry.shape(), from, decodeOptionsOf(args, limit));
        const hint = formatHint(ctx);
        if (!args.flags.has('lines')) {
            const piece = await readDocument(source.chunks(), limit);
            const r = decodePiece(piece, limit, decodeOne);
            if (E.isLeft(r)) {
                reportIssues(ctx.err, source.name, r.left);
                hint(piece, from, guessed);
                summary(ctx.err, 0, 1);
                return EXIT.invalid;
            }
            await ctx.out.write(encodeAs(entry, r.right, to, showSecrets, false) + '\n');
            summary(ctx.err, 1, 0);
            return EXIT.ok;
        }
        const progress = progressOf(ctx);
        let lineNo = 0;
        let valid = 0;
        let invalid = 0;
        for await (const piece of readLines(source.chunks(), limit)) {
            lineNo++;
            if (piece._tag === 'Text' && piece.text.trim() === '') {
                await ctx.out.write('\n');
                continue;
            }
            const r = decodePiece(piece, limit, decodeOne);
            if (E.isLeft(r)) {
                invalid++;
                progress.clear();
                reportIssues(ctx.err, `line ${lineNo}`, r.left);
                hint(piece, from, guessed);
                await ctx.out.write(safeJsonText(JSON.stringify({ line: lineNo, error: r.left })) + '\n');
            }
            else {
                valid++;
                await ctx.out.write(encodeAs(entry, r.right, to, showSecrets, true) + '\n');
            }
            progress.tick(lineNo, valid, invalid);
        }
        progress.clear();
        summary(ctx.err, valid, invalid);
        return invalid > 0 ? EXIT.invalid : EXIT.ok;
    }
};
