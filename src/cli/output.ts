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
import { escapeText } from './terminal.js'

/**
 * Thrown by `write` once the stream is closed; `cause` is the error when it was not a closed
 * pipe.
 *
 * @category model
 * @since 0.1.0
 */
export class OutputClosed extends Error {
  constructor(readonly failure: Error | undefined) {
    super(failure === undefined ? 'output closed' : `cannot write the output: ${failure.message}`)
  }
}

/**
 * A stream to write to.
 *
 * @category model
 * @since 0.1.0
 */
export interface Sink {
  /** Writes text, waiting while the stream is full; throws `OutputClosed` once it is closed. */
  readonly write: (text: string) => Promise<void>
  /** Whether the stream has been closed by its reader. */
  readonly closed: () => boolean
  /** Stops listening to the stream. */
  readonly dispose: () => void
}

const PIPE_CLOSED = new Set(['EPIPE', 'ERR_STREAM_DESTROYED', 'ERR_STREAM_WRITE_AFTER_END', 'ECONNRESET'])

/**
 * Is this the error of a stream whose reader went away?
 *
 * @category guards
 * @since 0.1.0
 */
export const isPipeClosed = (e: unknown): boolean =>
  typeof e === 'object' && e !== null && PIPE_CLOSED.has(String((e as { code?: unknown }).code))

/**
 * Wraps a writable stream.
 *
 * @category constructors
 * @since 0.1.0
 */
export const sinkOf = (stream: NodeJS.WritableStream): Sink => {
  let closed = false
  let failure: Error | undefined
  let waiting: Array<() => void> = []
  const wake = (): void => {
    const w = waiting
    waiting = []
    for (const f of w) f()
  }
  const onError = (e: Error): void => {
    closed = true
    if (!isPipeClosed(e)) failure = e
    wake()
  }
  const onClose = (): void => {
    closed = true
    wake()
  }
  stream.on('error', onError)
  stream.on('close', onClose)
  stream.on('drain', wake)
  return {
    write: async (text) => {
      if (closed) throw new OutputClosed(failure)
      let accepted: boolean
      try {
        accepted = stream.write(text)
      } catch (e) {
        onError(e as Error)
        accepted = true
      }
      if (!accepted && !closed) await new Promise<void>((resolve) => waiting.push(resolve))
      if (closed) throw new OutputClosed(failure)
    },
    closed: () => closed,
    dispose: () => {
      stream.off('error', onError)
      stream.off('close', onClose)
      stream.off('drain', wake)
      wake()
    }
  }
}

/**
 * Messages for people, one line each with every unsafe character escaped; nothing happens when
 * the stream is closed.
 *
 * @category model
 * @since 0.1.0
 */
export interface Messages {
  /** Writes one line (escaped), adding the newline. */
  readonly line: (text: string) => void
  /** Writes terminal control text as it is (the progress line). */
  readonly raw: (text: string) => void
  /** Whether the stream is a terminal. */
  readonly isTTY: boolean
}

/**
 * Messages on a sink (stderr): its writes are not awaited, and failures are dropped.
 *
 * @category constructors
 * @since 0.1.0
 */
export const messagesOf = (sink: Sink, isTTY: boolean): Messages => {
  const put = (text: string): void => {
    if (!sink.closed()) sink.write(text).catch(() => undefined)
  }
  return { line: (text) => put(`${escapeText(text)}\n`), raw: put, isTTY }
}
