/**
 * The `ivschat-codecs` command, as a function of its arguments and streams (so it can be run in
 * process as well as from `main.ts`). Arguments are read with Node's built-in `util.parseArgs`.
 *
 * Exit codes: 0 when every document decoded, 1 when any was invalid, 2 for wrong usage (or an
 * input that cannot be read).
 *
 * @since 0.1.0
 */
import { createReadStream } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { createInterface } from 'node:readline'
import { parseArgs } from 'node:util'
import * as E from 'fp-ts/lib/Either.js'
import type * as t from 'io-ts'
import { renderPath } from '../codecs/Issue.js'
import { toIssues } from '../codecs/Report.js'
import type { DecodeOptions } from '../codecs/Shape.js'
import { type AnyShape, type Registry, registry as rootRegistry, shapeNamed } from './registry.js'
import { safeJson, safeQuery, safeValue } from './safe.js'

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

/** Exit codes. @category constants @since 0.1.0 */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const

/** The help text. @category constants @since 0.1.0 */
export const USAGE = `Usage:
  ivschat-codecs decode <Shape> [file|-] [--from json|xml] [--to json|query|value]
                        [--show-secrets] [--lines] [--strict]
  ivschat-codecs error <Operation> --code <code> [file|-] [--from json|xml] [--show-secrets]
  ivschat-codecs shapes
  ivschat-codecs --help | --version

decode   Decodes one document (or, with --lines, one JSON or XML document a line) as <Shape>
         and prints it re-encoded: JSON by default, or an AWS query string, or the value tree.
error    Decodes an error body of <Operation> with the given error code into the operation's
         error union, and prints it as JSON with its _tag.
shapes   Lists the shapes, errors and operations this version knows.

Input is read from the file, or from stdin when it is "-" or absent. Output is redacted
(sensitive values shown as ***SensitiveInformation***) unless --show-secrets is given.
--strict checks lengths, ranges, patterns and enum values even for response shapes.

Invalid documents are reported on stderr, one line per problem (with its line number under
--lines), followed by a summary. Exit status: 0 all valid, 1 some invalid, 2 wrong usage.
`

class UsageError extends Error {}

const usage = (message: string): never => {
  throw new UsageError(message)
}

const writeOut = (s: NodeJS.WritableStream, text: string): Promise<void> | undefined =>
  s.write(text) ? undefined : new Promise<void>((resolve) => s.once('drain', () => resolve()))

const oneOf = <const V extends string>(name: string, value: string | undefined, values: ReadonlyArray<V>, fallback: V): V => {
  if (value === undefined) return fallback
  if ((values as ReadonlyArray<string>).includes(value)) return value as V
  return usage(`--${name} must be one of ${values.join(', ')}, not ${JSON.stringify(value)}`)
}

const readAll = async (stream: NodeJS.ReadableStream): Promise<string> => {
  const chunks: Array<Buffer> = []
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer))
  return Buffer.concat(chunks).toString('utf8')
}

/** The text of the input: a file, or stdin for `-` or none. I/O failures are usage errors. */
const inputText = async (file: string | undefined, io: Io): Promise<string> => {
  if (file === undefined || file === '-') return readAll(io.stdin)
  try {
    return await readFile(file, 'utf8')
  } catch (e) {
    return usage(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`)
  }
}

/** Prints each problem of a `Left` on stderr, one line each, prefixed with where it happened. */
const reportInvalid = (io: Io, where: string, errors: t.Errors): void => {
  for (const issue of toIssues(errors)) io.stderr.write(`${where}${renderPath(issue.path)}: ${issue.message}\n`)
}

const summary = (io: Io, valid: number, invalid: number): void => {
  io.stderr.write(`${valid} valid, ${invalid} invalid\n`)
}

type From = 'json' | 'xml'
type To = 'json' | 'query' | 'value'

const encode = (s: AnyShape, a: unknown, to: To, showSecrets: boolean, indent: number | undefined): string => {
  switch (to) {
    case 'json':
      return JSON.stringify(showSecrets ? s.toJson(a) : safeJson(s, a), null, indent)
    case 'query':
      return showSecrets ? s.toQuery(a) : safeQuery(s, a)
    case 'value':
      return JSON.stringify(showSecrets ? s.toValue(a) : safeValue(s, a), null, indent)
  }
}

const decodeText = (s: AnyShape, text: string, from: From, options: DecodeOptions | undefined): E.Either<t.Errors, unknown> =>
  from === 'xml' ? s.fromXml(text, options) : s.fromString(text, options)

const PROGRESS_AFTER_MS = 1000
const PROGRESS_EVERY_MS = 250

const decodeCommand = async (args: ReadonlyArray<string>, io: Io, reg: Registry): Promise<number> => {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: {
      from: { type: 'string' },
      to: { type: 'string' },
      'show-secrets': { type: 'boolean', default: false },
      lines: { type: 'boolean', default: false },
      strict: { type: 'boolean', default: false }
    }
  })
  const [name, file, ...rest] = positionals
  if (name === undefined) return usage('decode needs the name of a shape (ivschat-codecs shapes lists them)')
  if (rest.length > 0) return usage(`decode takes one input, got ${positionals.length - 1}`)
  const s = shapeNamed(reg, name)
  if (s === undefined) return usage(`unknown shape ${JSON.stringify(name)} (ivschat-codecs shapes lists them)`)
  const from = oneOf('from', values.from, ['json', 'xml'], 'json')
  const to = oneOf('to', values.to, ['json', 'query', 'value'], 'json')
  const showSecrets = values['show-secrets'] === true
  const options: DecodeOptions | undefined = values.strict === true ? { strict: true } : undefined

  if (values.lines !== true) {
    const text = await inputText(file, io)
    const r = decodeText(s, text, from, options)
    if (E.isLeft(r)) {
      reportInvalid(io, `${file === undefined || file === '-' ? 'stdin' : file}: `, r.left)
      summary(io, 0, 1)
      return EXIT.invalid
    }
    await writeOut(io.stdout, encode(s, r.right, to, showSecrets, 2) + '\n')
    summary(io, 1, 0)
    return EXIT.ok
  }

  let input: NodeJS.ReadableStream
  if (file === undefined || file === '-') input = io.stdin
  else {
    const stream = createReadStream(file)
    const failure = await new Promise<NodeJS.ErrnoException | undefined>((resolve) => {
      stream.once('open', () => resolve(undefined))
      stream.once('error', (e: NodeJS.ErrnoException) => resolve(e))
    })
    if (failure !== undefined) return usage(`cannot read ${file}: ${failure.code ?? failure.message}`)
    input = stream
  }
  const lines = createInterface({ input, crlfDelay: Infinity })
  const tty = io.stderr.isTTY === true
  const start = Date.now()
  let lastProgress = 0
  let progressShown = false
  const clearProgress = (): void => {
    if (progressShown) io.stderr.write('\r\x1b[K')
    progressShown = false
  }
  let lineNo = 0
  let valid = 0
  let invalid = 0
  for await (const line of lines) {
    lineNo++
    if (line.trim() === '') continue
    const r = decodeText(s, line, from, options)
    if (E.isLeft(r)) {
      invalid++
      clearProgress()
      reportInvalid(io, `line ${lineNo}: `, r.left)
    } else {
      valid++
      const pending = writeOut(io.stdout, encode(s, r.right, to, showSecrets, undefined) + '\n')
      if (pending !== undefined) await pending
    }
    if (tty) {
      const now = Date.now()
      if (now - start >= PROGRESS_AFTER_MS && now - lastProgress >= PROGRESS_EVERY_MS) {
        lastProgress = now
        progressShown = true
        io.stderr.write(`\r${lineNo} lines: ${valid} valid, ${invalid} invalid`)
      }
    }
  }
  clearProgress()
  summary(io, valid, invalid)
  return invalid > 0 ? EXIT.invalid : EXIT.ok
}

const errorCommand = async (args: ReadonlyArray<string>, io: Io, reg: Registry): Promise<number> => {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: {
      code: { type: 'string' },
      from: { type: 'string' },
      'show-secrets': { type: 'boolean', default: false },
      strict: { type: 'boolean', default: false }
    }
  })
  const [name, file, ...rest] = positionals
  if (name === undefined) return usage('error needs the name of an operation (ivschat-codecs shapes lists them)')
  if (rest.length > 0) return usage(`error takes one input, got ${positionals.length - 1}`)
  const op = reg.operations.get(name)
  if (op === undefined) return usage(`unknown operation ${JSON.stringify(name)} (ivschat-codecs shapes lists them)`)
  const code = values.code
  if (code === undefined || code.trim() === '') return usage('error needs --code <code>, the error code of the response')
  const from = oneOf('from', values.from, ['json', 'xml'], 'json')
  const options: DecodeOptions | undefined = values.strict === true ? { strict: true } : undefined
  const showSecrets = values['show-secrets'] === true
  const where = `${file === undefined || file === '-' ? 'stdin' : file}: `

  const text = await inputText(file, io)
  let decoded: E.Either<t.Errors, { readonly _tag: string }>
  if (from === 'xml') decoded = op.errors.fromXml(code, text, options)
  else {
    let body: unknown = {}
    try {
      body = text.trim() === '' ? {} : (JSON.parse(text) as unknown)
    } catch {
      io.stderr.write(`${where}(root): expected JSON text, got text that is not valid JSON\n`)
      summary(io, 0, 1)
      return EXIT.invalid
    }
    decoded = op.errors.fromJson(code, body, options)
  }
  if (E.isLeft(decoded)) {
    reportInvalid(io, where, decoded.left)
    summary(io, 0, 1)
    return EXIT.invalid
  }
  const e = decoded.right
  const declared = op.errors.lookup(code)
  const out =
    declared === undefined
      ? e
      : { _tag: e._tag, ...(showSecrets ? declared.body.toJson(e) : safeJson(declared.body, e)) as Record<string, unknown> }
  await writeOut(io.stdout, JSON.stringify(out, null, 2) + '\n')
  summary(io, 1, 0)
  return EXIT.ok
}

const shapesCommand = async (args: ReadonlyArray<string>, io: Io, reg: Registry): Promise<number> => {
  const { positionals } = parseArgs({ args: [...args], allowPositionals: true, strict: true, options: {} })
  if (positionals.length > 0) return usage('shapes takes no arguments')
  const out: Array<string> = []
  out.push(`Shapes (${reg.shapes.size}):`)
  for (const [name, s] of reg.shapes) out.push(`  ${name}${s.mode === 'strict' ? ' (strict)' : ''}`)
  out.push(`Errors (${reg.errors.size}):`)
  for (const [name, e] of reg.errors) out.push(`  ${name}${e.httpStatus === undefined ? '' : ` (HTTP ${e.httpStatus})`}`)
  out.push(`Operations (${reg.operations.size}):`)
  for (const [name, op] of reg.operations) {
    const errors = op.errors.errors.map((e) => e.name).join(', ')
    out.push(`  ${name}: ${op.input?.name ?? 'Unit'} -> ${op.output?.name ?? 'Unit'}${errors === '' ? '' : `; errors ${errors}`}`)
  }
  await writeOut(io.stdout, out.join('\n') + '\n')
  return EXIT.ok
}

/**
 * Runs the command with its arguments (without `node` and the script) and returns the exit
 * code. Never throws for bad input or wrong usage.
 *
 * @category main
 * @since 0.1.0
 */
export const run = async (argv: ReadonlyArray<string>, io: Io, reg: Registry = rootRegistry, version = '0.0.0'): Promise<number> => {
  const [command, ...rest] = argv
  try {
    switch (command) {
      case 'decode':
        return await decodeCommand(rest, io, reg)
      case 'error':
        return await errorCommand(rest, io, reg)
      case 'shapes':
        return await shapesCommand(rest, io, reg)
      case '--help':
      case '-h':
      case 'help':
        io.stdout.write(USAGE)
        return EXIT.ok
      case '--version':
      case '-v':
        io.stdout.write(`${version}\n`)
        return EXIT.ok
      case undefined:
        return usage('a command is needed')
      default:
        return usage(`unknown command ${JSON.stringify(command)}`)
    }
  } catch (e) {
    // parseArgs reports unknown options and missing values with a TypeError carrying a code.
    const isArgError = e instanceof TypeError && typeof (e as NodeJS.ErrnoException).code === 'string' && (e as NodeJS.ErrnoException).code!.startsWith('ERR_PARSE_ARGS')
    if (e instanceof UsageError || isArgError) {
      io.stderr.write(`ivschat-codecs: ${(e as Error).message}\nRun 'ivschat-codecs --help' for usage.\n`)
      return EXIT.usage
    }
    throw e
  }
}
