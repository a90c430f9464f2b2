/**
 * `ivschat-codecs serve`: the emulator from the command line. It prints its URL on stdout (one
 * line, for scripts), runs until SIGINT or SIGTERM, then closes its server and exits 0. The
 * flags are `startServer`'s options; credentials are never printed.
 *
 * ```text
 * ivschat-codecs serve [--port 4566] [--host 127.0.0.1] [--region us-east-1] [--account 123456789012]
 *                      [--credentials ACCESS_KEY_ID:SECRET_ACCESS_KEY[:SESSION_TOKEN]]
 *                      [--latency-ms N] [--throttle-rate F] [--server-error-rate F]
 * ```
 *
 * @since 0.2.0
 */
import * as E from 'fp-ts/lib/Either.js';
import { readArgs, UsageError } from '../cli/args.js';
import { EXIT } from '../cli/command.js';
import { startServer } from './Server.js';
/** The port `serve` listens on unless told otherwise. @category constants @since 0.2.0 */
export const DEFAULT_CLI_PORT = 4566;
/** The options of `serve`. @category constants @since 0.2.0 */
export const SERVE_OPTIONS = {
    port: { type: 'string', value: 'n', description: `port to listen on (default ${DEFAULT_CLI_PORT}; 0 picks a free one)` },
    host: { type: 'string', value: 'address', description: 'interface to listen on (default 127.0.0.1)' },
    region: { type: 'string', value: 'region', description: 'region of the ARNs (default us-east-1)' },
    account: { type: 'string', value: 'id', description: '12-digit account of the ARNs (default 123456789012)' },
    credentials: { type: 'string', value: 'key:secret[:token]', description: 'check SigV4 signatures against these credentials (off by default)' },
    'latency-ms': { type: 'string', value: 'n', description: 'wait this long before each answer' },
    'throttle-rate': { type: 'string', value: 'fraction', description: 'answer this fraction of requests with ThrottlingException (429)' },
    'server-error-rate': { type: 'string', value: 'fraction', description: 'answer this fraction of requests with InternalServerException (500)' }
};
const number = (name, text, problems) => {
    const n = text.trim() === '' ? NaN : Number(text);
    if (Number.isNaN(n))
        problems.push(`--${name}: expected a number`);
    return Number.isNaN(n) ? undefined : n;
};
/**
 * `startServer`'s options from the values of `serve`'s flags; `Left` lists every problem
 * (flag: what was expected), quoting no credential.
 *
 * @category destructors
 * @since 0.2.0
 */
export const serverOptionsOf = (strings) => {
    const problems = [];
    const out = { port: DEFAULT_CLI_PORT };
    for (const [name, text] of strings) {
        switch (name) {
            case 'port': {
                const n = number(name, text, problems);
                if (n !== undefined)
                    out.port = n;
                break;
            }
            case 'host':
                out.host = text;
                break;
            case 'region':
                out.region = text;
                break;
            case 'account':
                out.account = text;
                break;
            case 'credentials': {
                const [accessKeyId, secretAccessKey, ...token] = text.split(':');
                if (accessKeyId === undefined || accessKeyId === '' || secretAccessKey === undefined || secretAccessKey === '') {
                    problems.push('--credentials: expected ACCESS_KEY_ID:SECRET_ACCESS_KEY[:SESSION_TOKEN]');
                }
                else
                    out.credentials = token.length === 0 ? { accessKeyId, secretAccessKey } : { accessKeyId, secretAccessKey, sessionToken: token.join(':') };
                break;
            }
            case 'latency-ms': {
                const n = number(name, text, problems);
                if (n !== undefined)
                    out.latencyMs = n;
                break;
            }
            case 'throttle-rate': {
                const n = number(name, text, problems);
                if (n !== undefined)
                    out.throttleRate = n;
                break;
            }
            case 'server-error-rate': {
                const n = number(name, text, problems);
                if (n !== undefined)
                    out.serverErrorRate = n;
                break;
            }
        }
    }
    return problems.length > 0 ? E.left(problems) : E.right(out);
};
/** The first of SIGINT and SIGTERM (or `stop`), with the listeners removed afterwards. */
const stopSignal = (stop) => new Promise((resolve) => {
    const on = (signal) => () => {
        process.off('SIGINT', onInt);
        process.off('SIGTERM', onTerm);
        resolve(signal);
    };
    const onInt = on('SIGINT');
    const onTerm = on('SIGTERM');
    process.once('SIGINT', onInt);
    process.once('SIGTERM', onTerm);
    stop?.then(on('stop'), on('stop'));
});
/**
 * Runs the emulator with these options until SIGINT, SIGTERM or `stop`; returns the exit code
 * (0 once closed, 2 for options it refuses or a port it cannot listen on).
 *
 * @category main
 * @since 0.2.0
 */
export const runServe = async (options, output, stop) => {
    const started = await startServer(options).then(E.right, (e) => E.left(e instanceof Error ? e.message : String(e)));
    if (E.isLeft(started)) {
        output.err(`ivschat-codecs serve: ${started.left}`);
        return EXIT.usage;
    }
    const server = started.right;
    const stopped = stopSignal(stop);
    await output.out(server.url);
    output.err(`IVS Chat emulator listening on ${server.url} (region ${options.region ?? 'us-east-1'}, account ${options.account ?? '123456789012'}, signatures ${options.credentials === undefined ? 'not checked' : 'checked'}); Ctrl-C stops it`);
    const signal = await stopped;
    await server.close();
    output.err(`IVS Chat emulator stopped (${signal})`);
    return EXIT.ok;
};
/**
 * `serve` from its arguments (the words after `serve`).
 *
 * @category main
 * @since 0.2.0
 */
export const serve = async (argv, output, stop) => {
    let strings;
    try {
        const args = readArgs('serve', SERVE_OPTIONS, argv);
        if (args.positionals.length > 0)
            throw new UsageError('serve takes no arguments');
        strings = args.strings;
    }
    catch (e) {
        output.err(`ivschat-codecs: ${e instanceof Error ? e.message : String(e)}`);
        return EXIT.usage;
    }
    const options = serverOptionsOf(strings);
    if (E.isLeft(options)) {
        output.err(`ivschat-codecs serve: ${options.left.join('; ')}`);
        return EXIT.usage;
    }
    return runServe(options.right, output, stop);
};
/** The `serve` entry of the command table. @category commands @since 0.2.0 */
export const serveCommand = {
    name: 'serve',
    summary: 'run a local IVS Chat (all 17 operations, in memory) for tests',
    synopsis: 'serve [--port 4566] [--host 127.0.0.1] [--region us-east-1] [--account 123456789012] [--credentials key:secret]',
    description: `Runs an emulated Amazon IVS Chat on a local port: every operation of the API, in memory,
validated as the service validates. Point an AWS SDK or this library's client at the printed
URL (its endpoint option). Stops on SIGINT or SIGTERM. See docs/emulator.md.`,
    options: SERVE_OPTIONS,
    run: async (args, ctx) => {
        if (args.positionals.length > 0)
            throw new UsageError('serve takes no arguments');
        const options = serverOptionsOf(args.strings);
        if (E.isLeft(options))
            throw new UsageError(options.left.join('; '));
        return runServe(options.right, { out: (line) => ctx.out.write(`${line}\n`), err: (line) => ctx.err.line(line) });
    }
};
