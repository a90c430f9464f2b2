import * as E from 'fp-ts/lib/Either.js'
import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type Page, paginate, type Sortable } from '../../src/server/Pagination.js'

const item = fc.record({ id: fc.stringMatching(/^[a-zA-Z0-9]{12}$/), updateTime: fc.integer({ min: 0, max: 5 }).map((s) => new Date(Date.UTC(2024, 0, 1, 0, 0, s))) })
const items = fc.uniqueArray(item, { selector: (i) => i.id, maxLength: 40 })

/** Every page, from the first, following the tokens. */
const allPages = <T extends Sortable>(xs: ReadonlyArray<T>, max: number): ReadonlyArray<Page<T>> => {
  const pages: Array<Page<T>> = []
  let token: string | undefined
  do {
    const page = paginate(max, token)(xs)
    if (E.isLeft(page)) throw new Error('a token the paginator issued was refused')
    pages.push(page.right)
    token = page.right.nextToken
  } while (token !== undefined)
  return pages
}

describe('pagination', () => {
  it('visits every item exactly once, most recently updated first, at most maxResults a page', () => {
    fc.assert(
      fc.property(items, fc.integer({ min: 1, max: 50 }), (xs, max) => {
        const pages = allPages(xs, max)
        const seen = pages.flatMap((p) => p.items)
        expect(seen.map((i) => i.id).sort()).toEqual(xs.map((i) => i.id).sort())
        for (const p of pages) expect(p.items.length).toBeLessThanOrEqual(max)
        for (let i = 1; i < seen.length; i++) expect(seen[i - 1]!.updateTime.getTime()).toBeGreaterThanOrEqual(seen[i]!.updateTime.getTime())
      })
    )
  })

  it('gives a token only when more items follow', () => {
    fc.assert(
      fc.property(items, fc.integer({ min: 1, max: 50 }), (xs, max) => {
        const pages = allPages(xs, max)
        expect(pages.slice(0, -1).every((p) => p.items.length === max)).toBe(true)
        expect(pages.length).toBe(Math.max(1, Math.ceil(xs.length / max)))
      })
    )
  })

  it('neither repeats nor skips the items that stay when others are deleted between pages', () => {
    fc.assert(
      fc.property(items, fc.integer({ min: 1, max: 10 }), fc.integer({ min: 0, max: 40 }), (xs, max, cut) => {
        const first = paginate(max, undefined)(xs)
        if (E.isLeft(first) || first.right.nextToken === undefined) return
        const rest = xs.filter((_, i) => i % 2 === cut % 2 || first.right.items.includes(xs[i]!))
        const second = paginate(1000, first.right.nextToken)(rest)
        if (E.isLeft(second)) throw new Error('refused')
        const ids = new Set([...first.right.items, ...second.right.items].map((i) => i.id))
        expect(ids.size).toBe(first.right.items.length + second.right.items.length)
        expect(ids).toEqual(new Set(rest.map((i) => i.id)))
      })
    )
  })

  it('refuses a token it did not issue, and reads an empty one as the start', () => {
    expect(paginate(10, 'garbage')([])).toEqual(E.left('InvalidToken'))
    expect(paginate(10, 'v1.' + Buffer.from('nope').toString('base64url'))([])).toEqual(E.left('InvalidToken'))
    expect(paginate(10, '')([])).toEqual(E.right({ items: [], nextToken: undefined }))
  })
})
