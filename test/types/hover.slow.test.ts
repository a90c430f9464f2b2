/**
 * What an editor shows: TypeScript's language service (the engine behind editors' hovers) is
 * asked for the quick info of a few names in a small program that uses the package, and the text
 * must name the generated interfaces and aliases, not their expansions. Slow (it type-checks the
 * package), so it runs in `npm run test:slow`.
 */
import { readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const FILE = join(ROOT, 'test/types/__hover__.ts')

const SOURCE = `import { AccessDeniedException, CreateChatToken, CreateChatTokenRequest, CreateChatTokenResponse, ListRoomsResponse } from '../../src/index.js'
export const made = CreateChatTokenResponse.make({})
export const request = CreateChatTokenRequest.make({ roomIdentifier: 'r', userId: 'u' })
export const decode = CreateChatToken.decodeResponse
export const rooms = ListRoomsResponse.make({ rooms: [] }).rooms
export const decoded = CreateChatTokenResponse.fromJson({})
export const denied = AccessDeniedException.make({ message: 'no' })
export const deniedDecoded = AccessDeniedException.fromJson({})
`

const service = (): ts.LanguageService => {
  const config = ts.readConfigFile(join(ROOT, 'tsconfig.json'), (p) => readFileSync(p, 'utf8'))
  const options = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT).options
  const host: ts.LanguageServiceHost = {
    getScriptFileNames: () => [FILE],
    getScriptVersion: () => '1',
    getScriptSnapshot: (name) => {
      if (name === FILE) return ts.ScriptSnapshot.fromString(SOURCE)
      const text = ts.sys.readFile(name)
      return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text)
    },
    getCurrentDirectory: () => ROOT,
    getCompilationSettings: () => options,
    getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
    fileExists: (name) => name === FILE || ts.sys.fileExists(name),
    readFile: (name) => (name === FILE ? SOURCE : ts.sys.readFile(name)),
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories
  }
  return ts.createLanguageService(host, ts.createDocumentRegistry())
}

describe('hovers', () => {
  const ls = service()
  const hover = (name: string): string => {
    const at = SOURCE.indexOf(`export const ${name} `) + 'export const '.length
    const info = ls.getQuickInfoAtPosition(FILE, at)
    return ts.displayPartsToString(info?.displayParts)
  }

  it('the program type-checks', () => {
    expect(ls.getSemanticDiagnostics(FILE).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))).toEqual([])
  })

  it('name the structures', () => {
    expect(hover('made')).toBe('const made: CreateChatTokenResponse')
    expect(hover('request')).toBe('const request: CreateChatTokenRequest')
    expect(hover('rooms')).toBe('const rooms: readonly RoomSummary[]')
    expect(hover('decoded')).toBe('const decoded: Either<Errors, CreateChatTokenResponse>')
  })

  it('name the errors', () => {
    expect(hover('denied')).toBe('const denied: AccessDeniedException')
    expect(hover('deniedDecoded')).toBe('const deniedDecoded: Either<Errors, AccessDeniedException>')
  })

  it("name decodeResponse's failure and output, each error once", () => {
    expect(hover('decode')).toBe('const decode: (response: HttpResponse, options?: DecodeOptions) => Either<CreateChatTokenFailure, CreateChatTokenResponse>')
  })
})
