/**
 * Looking up the shape or operation named on the command line; an unknown name is a usage
 * error that suggests the closest names. An operation's name given for a shape points to the
 * operation's shapes (its input, its output, and its error union through `error`), and a
 * shape's name given for an operation points to the operations that use it.
 *
 * @since 0.1.0
 */
import { UsageError } from './args.js';
import { closest, didYouMean } from './suggest.js';
import { quote } from './terminal.js';
const findOperationCaseless = (reg, name) => {
    const lower = name.toLowerCase();
    for (const [key, op] of reg.operations)
        if (key.toLowerCase() === lower)
            return op;
    return undefined;
};
/**
 * The shape named `name`, or a `UsageError` saying what was meant.
 *
 * @category utils
 * @since 0.1.0
 */
export const findShape = (reg, name) => {
    const found = reg.shapes.get(name);
    if (found !== undefined)
        return found;
    const op = reg.operations.get(name) ?? findOperationCaseless(reg, name);
    if (op !== undefined) {
        const parts = [];
        if (op.input !== undefined)
            parts.push(`${op.input.name} (its input)`);
        if (op.output !== undefined)
            parts.push(`${op.output.name} (its output)`);
        const errors = op.errors.errors.map((e) => e.name);
        const union = `its error union (${errors.length === 0 ? 'no declared errors' : errors.join(', ')}): ivschat-codecs error ${op.name} --code <code>`;
        throw new UsageError(`unknown shape ${quote(name)}: ${op.name} is an operation; decode ${parts.length === 0 ? '' : `${parts.join(' or ')}, or `}${union}`);
    }
    throw new UsageError(`unknown shape ${quote(name)}${didYouMean(closest(name, reg.shapes.keys()))} (ivschat-codecs shapes lists them)`);
};
/**
 * The operation named `name`, or a `UsageError` saying what was meant.
 *
 * @category utils
 * @since 0.1.0
 */
export const findOperation = (reg, name) => {
    const found = reg.operations.get(name);
    if (found !== undefined)
        return found;
    const users = [...reg.operations.values()]
        .filter((op) => op.input?.name === name || op.output?.name === name || op.errors.errors.some((e) => e.name === name))
        .map((op) => op.name);
    const suggestions = users.length > 0 ? users.slice(0, 3) : closest(name, reg.operations.keys());
    throw new UsageError(`unknown operation ${quote(name)}${didYouMean(suggestions)} (ivschat-codecs shapes lists them)`);
};
