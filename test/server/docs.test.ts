/**
 * docs/emulator.md shows test/server/usage.test.ts as a user would write it: the same text, with
 * the package name where the test imports the sources.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { expect, it } from 'vitest'

const root = fileURLToPath(new URL('../..', import.meta.url))

it('the vitest example of docs/emulator.md is test/server/usage.test.ts', () => {
  const page = readFileSync(`${root}docs/emulator.md`, 'utf8')
  const m = /^```ts file=test\/server\/usage\.test\.ts\n([\s\S]*?)^```$/m.exec(page)
  expect(m).not.toBeNull()
  const file = readFileSync(`${root}test/server/usage.test.ts`, 'utf8').replace("from '../../src/index.js'", "from 'ivschat-codecs'")
  expect(m![1]).toBe(file)
})
