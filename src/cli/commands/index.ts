/**
 * The table of commands: `ivschat-codecs <name> …` runs the entry of that name. Adding a
 * command is adding its entry here (its help, its options and `--help` come with it).
 *
 * @since 0.1.0
 */
import type { Command } from '../command.js'
import { decode } from './decode.js'
import { error } from './error.js'
import { shapes } from './shapes.js'
import { serveCommand } from '../../server/cli.js'

/** Every command, in the order the help lists them. @category constants @since 0.1.0 */
export const COMMANDS: ReadonlyArray<Command> = [decode, error, shapes, serveCommand]
