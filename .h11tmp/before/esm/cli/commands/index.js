import { decode } from './decode.js';
import { error } from './error.js';
import { shapes } from './shapes.js';
import { serveCommand } from '../../server/cli.js';
/** Every command, in the order the help lists them. @category constants @since 0.1.0 */
export const COMMANDS = [decode, error, shapes, serveCommand];
