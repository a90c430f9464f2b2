/**
 * The `ivschat-codecs` command, as a function of its arguments and streams, so that it runs in
 * process (tests inject `argv`, stdin, stdout and stderr) as well as from `main.ts`.
 *
 * Exit codes: 0 when every document decoded, 1 when any was invalid, 2 for wrong usage or input
 * that cannot be read. A closed stdout (`| head -1`) ends the command quietly with 0.
 *
 * @since 0.1.0
 */
import { UsageError, optionsHelp, readArgs } from './args.js';
import { EXIT } from './command.js';
import { COMMANDS } from './commands/index.js';
import { InputError } from './input.js';
import { OutputClosed, messagesOf, sinkOf } from './output.js';
import { registry as rootRegistry } from './registry.js';
import { closest, didYouMean } from './suggest.js';
import { quote } from './terminal.js';
export { EXIT } from './command.js';
const PROGRAM = 'ivschat-codecs';
/**
 * The overall help.
 *
 * @category rendering
 * @since 0.1.0
 */
export const usageOf = (commands) => {
    const width = Math.max(...commands.map((c) => c.name.length)) + 2;
    return `Usage:
${commands.map((c) => `  ${PROGRAM} ${c.synopsis}`).join('\n')}
  ${PROGRAM} <command> --help | ${PROGRAM} --help | ${PROGRAM} --version

Commands:
${commands.map((c) => `  ${c.name.padEnd(width)}${c.summary}`).join('\n')}

Output is redacted (sensitive values shown as ***SensitiveInformation***) unless --show-secrets.
Exit status: 0 all valid, 1 some invalid, 2 wrong usage or input that cannot be read.
`;
};
/**
 * The help of one command.
 *
 * @category rendering
 * @since 0.1.0
 */
export const helpOf = (c) => `Usage: ${PROGRAM} ${c.synopsis}

${c.description}

Options:
${optionsHelp(c.options)}
`;
const dispatch = async (argv, ctx, commands) => {
    const [name, ...rest] = argv;
    const named = (n) => commands.find((c) => c.name === n);
    switch (name) {
        case undefined:
            throw new UsageError('a command is needed');
        case '--help':
        case '-h':
        case 'help': {
            const c = named(rest[0]);
            if (rest[0] !== undefined && c === undefined)
                throw new UsageError(`unknown command ${quote(rest[0])}${didYouMean(closest(rest[0], commands.map((x) => x.name)))}`);
            await ctx.out.write(c === undefined ? usageOf(commands) : helpOf(c));
            return EXIT.ok;
        }
        case '--version':
        case '-v':
            await ctx.out.write(`${ctx.version}\n`);
            return EXIT.ok;
    }
    const c = named(name);
    if (c === undefined)
        throw new UsageError(`unknown command ${quote(name)}${didYouMean(closest(name, commands.map((x) => x.name)))}`);
    const args = readArgs(c.name, c.options, rest);
    if (args.help) {
        await ctx.out.write(helpOf(c));
        return EXIT.ok;
    }
    return c.run(args, ctx);
};
/**
 * Runs the command with its arguments (without `node` and the script) and returns the exit
 * code. Never throws for bad input, wrong usage, unreadable input or a closed output.
 *
 * @category main
 * @since 0.1.0
 */
export const run = async (argv, io, options = {}) => {
    const commands = options.commands ?? COMMANDS;
    const out = sinkOf(io.stdout);
    const errSink = sinkOf(io.stderr);
    const err = messagesOf(errSink, io.stderr.isTTY === true);
    const ctx = { io, out, err, registry: options.registry ?? rootRegistry, version: options.version ?? '0.0.0', now: options.now ?? Date.now };
    try {
        return await dispatch(argv, ctx, commands);
    }
    catch (e) {
        if (e instanceof UsageError) {
            const c = commands.find((x) => x.name === argv[0]);
            err.line(`${PROGRAM}: ${e.message}`);
            err.line(`Run '${PROGRAM}${c === undefined ? '' : ` ${c.name}`} --help' for usage.`);
            return EXIT.usage;
        }
        if (e instanceof InputError) {
            err.line(`${PROGRAM}: ${e.message}`);
            return EXIT.usage;
        }
        if (e instanceof OutputClosed) {
            // Nobody reads any more: stop quietly, unless writing failed for another reason.
            if (e.failure === undefined)
                return EXIT.ok;
            err.line(`${PROGRAM}: ${e.message}`);
            return EXIT.usage;
        }
        throw e;
    }
    finally {
        out.dispose();
        errSink.dispose();
    }
};
