/**
 * `shapes [--json]`: lists every shape (structures, unions, errors, and the simple shapes) and
 * every operation, for people or, with `--json`, for scripts.
 *
 * @since 0.1.0
 */
import { UsageError } from '../args.js';
import { EXIT } from '../command.js';
import { modeOf } from '../registry.js';
/**
 * What a registry holds, as data.
 *
 * @category utils
 * @since 0.1.0
 */
export const listingOf = (reg) => ({
    shapes: [...reg.shapes.values()].map((e) => ({
        name: e.name,
        kind: e.kind,
        mode: modeOf(e),
        ...(e.error === undefined ? {} : { error: { httpStatus: e.error.httpStatus ?? null } })
    })),
    operations: [...reg.operations.values()].map((op) => ({
        name: op.name,
        input: op.input?.name ?? null,
        output: op.output?.name ?? null,
        errors: op.errors.errors.map((e) => e.name)
    }))
});
const text = (l) => {
    const out = [];
    const width = Math.max(0, ...l.shapes.map((s) => s.name.length)) + 2;
    out.push(`Shapes (${l.shapes.length}):`);
    for (const s of l.shapes) {
        const what = s.error !== undefined ? `error${s.error.httpStatus === null ? '' : ` (HTTP ${s.error.httpStatus})`}` : `${s.kind}${s.mode === 'strict' ? ' (strict)' : ''}`;
        out.push(`  ${s.name.padEnd(width)}${what}`);
    }
    out.push(`Operations (${l.operations.length}):`);
    for (const op of l.operations) {
        const errors = op.errors.join(', ');
        out.push(`  ${op.name}: ${op.input ?? 'Unit'} -> ${op.output ?? 'Unit'}${errors === '' ? '' : `; errors ${errors}`}`);
    }
    return out.join('\n') + '\n';
};
/** The `shapes` command. @category commands @since 0.1.0 */
export const shapes = {
    name: 'shapes',
    summary: 'list the shapes, errors and operations this version knows',
    synopsis: 'shapes [--json]',
    description: `Lists every shape <Shape> may name (structures, unions, errors, strings, enums, numbers,
lists, maps, timestamps), with its kind and whether it is decoded strictly, and every operation
with its input, output and errors. --json prints the same as one JSON document.`,
    options: { json: { type: 'boolean', description: 'print the listing as JSON' } },
    run: async (args, ctx) => {
        if (args.positionals.length > 0)
            throw new UsageError('shapes takes no arguments');
        const listing = listingOf(ctx.registry);
        await ctx.out.write(args.flags.has('json') ? JSON.stringify(listing, null, 2) + '\n' : text(listing));
        return EXIT.ok;
    }
};
