/**
 * The relative links of README.md and of the pages under docs/ lead somewhere: to a file of the
 * repository, and, with a `#fragment`, to a heading of that file.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../..', import.meta.url))

const pages = [
  join(root, 'README.md'),
  ...readdirSync(join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => join(root, 'docs', f))
]

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces as dashes. */
const slug = (heading: string): string =>
  heading
    .trim()
    .toLowerCase()
    .replace(/`/g, '')
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-')

const anchorsOf = (markdown: string): ReadonlySet<string> =>
  new Set([...markdown.replace(/^```[\s\S]*?^```/gm, '').matchAll(/^#{1,6} (.+)$/gm)].map((m) => slug(m[1]!)))

/** The relative links of a page, outside code blocks and code spans. */
const linksOf = (markdown: string): ReadonlyArray<string> =>
  [...markdown.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '').matchAll(/\]\(([^)\s]+)\)/g)]
    .map((m) => m[1]!)
    .filter((href) => !/^[a-z]+:/i.test(href))

describe('documentation links', () => {
  it.each(pages.map((p) => [relative(root, p), p] as const))('%s links only to what exists', (_, page) => {
    const text = readFileSync(page, 'utf8')
    const broken: Array<string> = []
    for (const href of linksOf(text)) {
      const [path, fragment] = href.split('#') as [string, string | undefined]
      const target = path === '' ? page : join(dirname(page), decodeURIComponent(path))
      if (!existsSync(target)) {
        broken.push(`${href}: no such file`)
        continue
      }
      if (fragment !== undefined && fragment !== '' && statSync(target).isFile() && target.endsWith('.md')) {
        if (!anchorsOf(readFileSync(target, 'utf8')).has(fragment)) broken.push(`${href}: no such heading`)
      }
    }
    expect(broken).toEqual([])
  })
})
