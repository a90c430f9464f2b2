/**
 * Reading the input as a stream, refused past a size limit before it is held in memory: a whole
 * document (`readDocument`), or one line at a time (`readLines`), where a line longer than the
 * limit is reported as such and skipped without being buffered.
 *
 * @since 0.1.0
 */
import { createReadStream } from 'node:fs';
import { extname } from 'node:path';
/**
 * An input that cannot be read (a missing file, a directory, no permission): exit 2.
 *
 * @category model
 * @since 0.1.0
 */
export class InputError extends Error {
}
const REASONS = {
    ENOENT: 'no such file or directory',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EISDIR: 'is a directory',
    ENOTDIR: 'a part of the path is not a directory',
    ENAMETOOLONG: 'the name is too long',
    ELOOP: 'too many symbolic links',
    EMFILE: 'too many open files'
};
/**
 * Why a file could not be read, in words.
 *
 * @category utils
 * @since 0.1.0
 */
export const reasonOf = (e) => {
    const code = typeof e === 'object' && e !== null ? e.code : undefined;
    if (typeof code === 'string')
        return REASONS[code] ?? code;
    return 'read failed';
};
const toBuffer = (chunk) => (Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
async function* chunksOf(stream, name) {
    try {
        for await (const chunk of stream)
            yield toBuffer(chunk);
    }
    catch (e) {
        throw new InputError(`cannot read ${name}: ${reasonOf(e)}`);
    }
}
/**
 * The source named on the command line (`-` or nothing is stdin).
 *
 * @category constructors
 * @since 0.1.0
 */
export const sourceOf = (file, stdin) => {
    if (file === undefined || file === '-')
        return { name: 'stdin', path: undefined, chunks: () => chunksOf(stdin, 'stdin') };
    const name = JSON.stringify(file);
    return {
        name: file,
        path: file,
        chunks: async function* () {
            const stream = createReadStream(file);
            const opened = await new Promise((resolve) => {
                stream.once('open', () => resolve(undefined));
                stream.once('error', (e) => resolve(e));
            });
            if (opened !== undefined)
                throw new InputError(`cannot read ${name}: ${reasonOf(opened)}`);
            try {
                yield* chunksOf(stream, name);
            }
            finally {
                stream.destroy();
            }
        }
    };
};
/**
 * The input format a file's extension implies (`.xml` is XML; `.json`, `.ndjson`, `.jsonl` are
 * JSON), or `undefined` when it implies none.
 *
 * @category utils
 * @since 0.1.0
 */
export const formatOfPath = (path) => {
    if (path === undefined)
        return undefined;
    switch (extname(path).toLowerCase()) {
        case '.xml':
            return 'xml';
        case '.json':
        case '.ndjson':
        case '.jsonl':
            return 'json';
        default:
            return undefined;
    }
};
const TOO_LARGE = { _tag: 'TooLarge' };
/**
 * Reads the whole input as UTF-8 text, unless it has more than `limit` bytes: then reading stops
 * there (what was read is dropped).
 *
 * @category destructors
 * @since 0.1.0
 */
export const readDocument = async (chunks, limit) => {
    const kept = [];
    let size = 0;
    for await (const chunk of chunks) {
        size += chunk.length;
        if (size > limit)
            return TOO_LARGE;
        kept.push(chunk);
    }
    return { _tag: 'Text', text: Buffer.concat(kept, size).toString('utf8') };
};
const NEWLINE = 0x0a;
const CR = 0x0d;
/**
 * The input's lines (split at `\n`, a `\r` before it dropped), one at a time: at most `limit`
 * bytes of a line are ever held; a longer line is `TooLarge`. A last line without its newline
 * counts; an empty input has no lines.
 *
 * @category destructors
 * @since 0.1.0
 */
export async function* readLines(chunks, limit) {
    let parts = [];
    let size = 0;
    let tooLarge = false;
    let started = false;
    const take = (part) => {
        if (part.length === 0 || tooLarge)
            return;
        size += part.length;
        // one byte more for a `\r` that may end the line
        if (size > limit + 1) {
            tooLarge = true;
            parts = [];
        }
        else
            parts.push(part);
    };
    const finish = () => {
        let piece;
        if (tooLarge)
            piece = TOO_LARGE;
        else {
            let line = Buffer.concat(parts, size);
            if (line.length > 0 && line[line.length - 1] === CR)
                line = line.subarray(0, line.length - 1);
            piece = line.length > limit ? TOO_LARGE : { _tag: 'Text', text: line.toString('utf8') };
        }
        parts = [];
        size = 0;
        tooLarge = false;
        started = false;
        return piece;
    };
    for await (const chunk of chunks) {
        let from = 0;
        while (from < chunk.length) {
            const at = chunk.indexOf(NEWLINE, from);
            if (at < 0) {
                take(chunk.subarray(from));
                started = true;
                break;
            }
            take(chunk.subarray(from, at));
            yield finish();
            from = at + 1;
        }
    }
    if (started)
        yield finish();
}
