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
import { parseArgs } from 'node:util'
import { closest, didYouMean } from './suggest.js'
import { quote } from './terminal.js'

/**
 * Wrong usage: exit 2, with a pointer to the command's help.
 *
 * @category model
 * @since 0.1.0
 */
export class UsageError extends Error {}

/**
 * One option of a command.
 *
 * @category model
 * @since 0.1.0
 */
export interface OptionSpec {
  readonly type: 'boolean' | 'string'
  readonly short?: string
  /** The allowed values of a string option. */
  readonly choices?: ReadonlyArray<string>
  /** What the value is called in the help (`<code>`). */
  readonly value?: string
  readonly description: string
}

/** A command's options, by long name. @category model @since 0.1.0 */
export type OptionSpecs = Readonly<Record<string, OptionSpec>>

/**
 * The arguments, read: the values of the options given, and the positionals.
 *
 * @category model
 * @since 0.1.0
 */
export interface Args {
  readonly help: boolean
  readonly flags: ReadonlySet<string>
  readonly strings: ReadonlyMap<string, string>
  readonly positionals: ReadonlyArray<string>
}

/** Every command has these. @category constants @since 0.1.0 */
export const HELP: OptionSpec = { type: 'boolean', short: 'h', description: 'show this help' }

/**
 * Reads `argv` against the options of `command`. Throws `UsageError` for an unknown option, a
 * missing or wrong value, or a value given to a flag.
 *
 * @category destructors
 * @since 0.1.0
 */
export const readArgs = (command: string, specs: OptionSpecs, argv: ReadonlyArray<string>): Args => {
  const all: OptionSpecs = { help: HELP, ...specs }
  const options: Record<string, { type: 'boolean' | 'string'; short?: string }> = {}
  for (const [name, spec] of Object.entries(all)) options[name] = spec.short === undefined ? { type: spec.type } : { type: spec.type, short: spec.short }
  const { tokens } = parseArgs({ args: [...argv], options, strict: false, allowPositionals: true, tokens: true })
  if (tokens.some((t) => t.kind === 'option' && t.name === 'help')) return { help: true, flags: new Set(), strings: new Map(), positionals: [] }

  const flags = new Set<string>()
  const strings = new Map<string, string>()
  const positionals: Array<string> = []
  for (const token of tokens) {
    if (token.kind === 'positional') positionals.push(token.value)
    if (token.kind !== 'option') continue
    const spec = Object.prototype.hasOwnProperty.call(all, token.name) ? all[token.name] : undefined
    if (spec === undefined || (token.rawName.startsWith('--') && token.rawName !== `--${token.name}`)) {
      const known = Object.keys(all).map((n) => `--${n}`)
      throw new UsageError(`unknown option ${quote(token.rawName)} for ${command}${didYouMean(closest(token.rawName, known))}`)
    }
    if (spec.type === 'boolean') {
      if (token.inlineValue === true) throw new UsageError(`${token.rawName} takes no value`)
      flags.add(token.name)
      continue
    }
    const value = token.value
    if (value === undefined || (token.inlineValue !== true && value.startsWith('-') && value !== '-')) {
      throw new UsageError(`${token.rawName} needs a value${spec.choices === undefined ? '' : `: ${spec.choices.join(', ')}`}`)
    }
    if (spec.choices !== undefined && !spec.choices.includes(value)) {
      throw new UsageError(`${token.rawName} must be one of ${spec.choices.join(', ')}, not ${quote(value)}${didYouMean(closest(value, spec.choices, 1))}`)
    }
    strings.set(token.name, value)
  }
  return { help: false, flags, strings, positionals }
}

/**
 * The options part of a command's help.
 *
 * @category rendering
 * @since 0.1.0
 */
export const optionsHelp = (specs: OptionSpecs): string => {
  const rows = Object.entries({ ...specs, help: HELP }).map(([name, spec]) => {
    const left = `${spec.short === undefined ? '    ' : `-${spec.short}, `}--${name}${spec.type === 'string' ? ` <${spec.value ?? (spec.choices ?? []).join('|')}>` : ''}`
    return [left, spec.description] as const
  })
  const width = Math.max(...rows.map(([l]) => l.length)) + 2
  return rows.map(([l, d]) => `  ${l.padEnd(width)}${d}`).join('\n')
}
