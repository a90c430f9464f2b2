/**
 * Writing to stdout and stderr: with backpressure, and without crashing when the reader goes
 * away (`ivschat-codecs decode --lines big.ndjson | head -1`).
 *
 * A closed stdout (EPIPE, or a destroyed stream) makes the next `write` throw `OutputClosed`,
 * which the command turns into a quiet exit 0: nobody is left to read the rest. A closed stderr
 * is ignored.
 *
 * @since 0.1.0
 */
import { escapeText } from './terminal.js';
/**
 * Thrown by `write` once the stream is closed; `cause` is the error when it was not a closed
 * pipe.
 *
 * @category model
 * @since 0.1.0
 */
export class OutputClosed extends Error {
    failure;
    constructor(failure) {
        super(failure === undefined ? 'output closed' : `cannot write the output: ${failure.message}`);
        this.failure = failure;
    }
}
const PIPE_CLOSED = new Set(['EPIPE', 'ERR_STREAM_DESTROYED', 'ERR_STREAM_WRITE_AFTER_END', 'ECONNRESET']);
/**
 * Is this the error of a stream whose reader went away?
 *
 * @category guards
 * @since 0.1.0
 */
export const isPipeClosed = (e) => typeof e === 'object' && e !== null && PIPE_CLOSED.has(String(e.code));
/**
 * Wraps a writable stream.
 *
 * @category constructors
 * @since 0.1.0
 */
export const sinkOf = (stream) => {
    let closed = false;
    let failure;
    let waiting = [];
    const wake = () => {
        const w = waiting;
        waiting = [];
        for (const f of w)
            f();
    };
    const onError = (e) => {
        closed = true;
        if (!isPipeClosed(e))
            failure = e;
        wake();
    };
    const onClose = () => {
        closed = true;
        wake();
    };
    stream.on('error', onError);
    stream.on('close', onClose);
    stream.on('drain', wake);
    return {
        write: async (text) => {
            if (closed)
                throw new OutputClosed(failure);
            let accepted;
            try {
                accepted = stream.write(text);
            }
            catch (e) {
                onError(e);
                accepted = true;
            }
            if (!accepted && !closed)
                await new Promise((resolve) => waiting.push(resolve));
            if (closed)
                throw new OutputClosed(failure);
        },
        closed: () => closed,
        dispose: () => {
            stream.off('error', onError);
            stream.off('close', onClose);
            stream.off('drain', wake);
            wake();
        }
    };
};
/**
 * Messages on a sink (stderr): its writes are not awaited, and failures are dropped.
 *
 * @category constructors
 * @since 0.1.0
 */
export const messagesOf = (sink, isTTY) => {
    const put = (text) => {
        if (!sink.closed())
            sink.write(text).catch(() => undefined);
    };
    return { line: (text) => put(`${escapeText(text)}\n`), raw: put, isTTY };
};
