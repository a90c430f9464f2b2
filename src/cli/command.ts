/**
 * What a subcommand is: its name, its help, its options, and what it does. The table of
 * commands is `commands/index.ts`; adding a command is adding one entry there.
 *
 * @since 0.1.0
 */
import type { Args, OptionSpecs } from './args.js'
import type { Messages, Sink } from './output.js'
import type { Registry } from './registry.js'

/**
 * The streams the command reads and writes.
 *
 * @category model
 * @since 0.1.0
 */
export interface Io {
  readonly stdin: NodeJS.ReadableStream
  readonly stdout: NodeJS.WritableStream
  readonly stderr: NodeJS.WritableStream & { readonly isTTY?: boolean }
}

/**
 * Exit codes: 0 all valid, 1 some input invalid, 2 wrong usage or input that cannot be read.
 *
 * @category constants
 * @since 0.1.0
 */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const

/**
 * What a command runs with.
 *
 * @category model
 * @since 0.1.0
 */
export interface Context {
  readonly io: Io
  /** stdout, with backpressure; a write throws `OutputClosed` once its reader has gone. */
  readonly out: Sink
  /** stderr, one escaped line at a time. */
  readonly err: Messages
  readonly registry: Registry
  readonly version: string
  /** The clock, in milliseconds (for the progress line). */
  readonly now: () => number
}

/**
 * A subcommand.
 *
 * @category model
 * @since 0.1.0
 */
export interface Command {
  readonly name: string
  /** One line, for the list of commands. */
  readonly summary: string
  /** The synopsis: `decode <Shape> [file|-]` (without the program's name). */
  readonly synopsis: string
  /** What it does, in a few lines (its options are listed from `options`). */
  readonly description: string
  readonly options: OptionSpecs
  /** Runs the command; returns its exit code. Throws `UsageError` or `InputError` for exit 2. */
  readonly run: (args: Args, ctx: Context) => Promise<number>
}
