/**
 * Reading a command's arguments against its table of options, with messages of our own:
 * unknown options get the closest known ones, values are checked against their choices, and
 * `--help` / `-h` wins over everything else.
 *
 * Tokens come from Node's `util.parseArgs` (in its lenient mode, so every problem is reported
 * here, in one voice).
 *
 * @since 0.1.0
 */
import { parseArgs } from 'node:util';
import { closest, didYouMean } from './suggest.js';
import { quote } from './terminal.js';
/**
 * Wrong usage: exit 2, with a pointer to the command's help.
 *
 * @category model
 * @since 0.1.0
 */
export class UsageError extends Error {
}
/** Every command has these. @category constants @since 0.1.0 */
export const HELP = { type: 'boolean', short: 'h', description: 'show this help' };
/**
 * Reads `argv` against the options of `command`. Throws `UsageError` for an unknown option, a
 * missing or wrong value, or a value given to a flag.
 *
 * @category destructors
 * @since 0.1.0
 */
export const readArgs = (command, specs, argv) => {
    const all = { help: HELP, ...specs };
    const options = {};
    for (const [name, spec] of Object.entries(all))
        options[name] = spec.short === undefined ? { type: spec.type } : { type: spec.type, short: spec.short };
    const { tokens } = parseArgs({ args: [...argv], options, strict: false, allowPositionals: true, tokens: true });
    if (tokens.some((t) => t.kind === 'option' && t.name === 'help'))
        return { help: true, flags: new Set(), strings: new Map(), positionals: [] };
    const flags = new Set();
    const strings = new Map();
    const positionals = [];
    for (const token of tokens) {
        if (token.kind === 'positional')
            positionals.push(token.value);
        if (token.kind !== 'option')
            continue;
        const spec = Object.prototype.hasOwnProperty.call(all, token.name) ? all[token.name] : undefined;
        if (spec === undefined || (token.rawName.startsWith('--') && token.rawName !== `--${token.name}`)) {
            const known = Object.keys(all).map((n) => `--${n}`);
            throw new UsageError(`unknown option ${quote(token.rawName)} for ${command}${didYouMean(closest(token.rawName, known))}`);
        }
        if (spec.type === 'boolean') {
            if (token.inlineValue === true)
                throw new UsageError(`${token.rawName} takes no value`);
            flags.add(token.name);
            continue;
        }
        const value = token.value;
        if (value === undefined || (token.inlineValue !== true && value.startsWith('-') && value !== '-')) {
            throw new UsageError(`${token.rawName} needs a value${spec.choices === undefined ? '' : `: ${spec.choices.join(', ')}`}`);
        }
        if (spec.choices !== undefined && !spec.choices.includes(value)) {
            throw new UsageError(`${token.rawName} must be one of ${spec.choices.join(', ')}, not ${quote(value)}${didYouMean(closest(value, spec.choices, 1))}`);
        }
        strings.set(token.name, value);
    }
    return { help: false, flags, strings, positionals };
};
/**
 * The options part of a command's help.
 *
 * @category rendering
 * @since 0.1.0
 */
export const optionsHelp = (specs) => {
    const rows = Object.entries({ ...specs, help: HELP }).map(([name, spec]) => {
        const left = `${spec.short === undefined ? '    ' : `-${spec.short}, `}--${name}${spec.type === 'string' ? ` <${spec.value ?? (spec.choices ?? []).join('|')}>` : ''}`;
        return [left, spec.description];
    });
    const width = Math.max(...rows.map(([l]) => l.length)) + 2;
    return rows.map(([l, d]) => `  ${l.padEnd(width)}${d}`).join('\n');
};
