#!/usr/bin/env node
/**
 * The `ivschat-codecs` executable: runs the command on the process's arguments and streams, and
 * exits with its code. See `run.ts`.
 *
 * @since 0.1.0
 */
import { readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { isPipeClosed } from './output.js';
import { run } from './run.js';
import { escapeText } from './terminal.js';
/** The package's version, read from its package.json (three levels up in dist/, two in src/). */
const versionOf = (dir) => {
    for (const up of [join('..', '..'), join('..', '..', '..')]) {
        try {
            const pkg = JSON.parse(readFileSync(join(dir, up, 'package.json'), 'utf8'));
            if (pkg.name === 'ivschat-codecs' && typeof pkg.version === 'string')
                return pkg.version;
        }
        catch {
            // not there: try the next level
        }
    }
    return 'unknown';
};
/** The directory of this script, through the symbolic link npm makes for `bin`. */
const scriptDir = () => {
    try {
        return join(realpathSync(process.argv[1] ?? ''), '..');
    }
    catch {
        return process.cwd();
    }
};
// A write that fails after the command has finished (the reader of a pipe went away) must not
// crash the process with an unhandled 'error' event.
for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e) => {
        if (!isPipeClosed(e))
            process.exitCode = 2;
    });
}
run(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }, { version: versionOf(scriptDir()) }).then((code) => {
    process.exitCode = code;
    // Input left unread (a closed output, a document over the limit) must not keep us waiting.
    process.stdin.destroy();
}, (e) => {
    process.stderr.write(`ivschat-codecs: internal error: ${escapeText(e instanceof Error ? e.message : String(e))}\n`);
    process.exitCode = 2;
    process.stdin.destroy();
});
