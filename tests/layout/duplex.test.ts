/**
 * Double-sided printing: the 版记 ends on an even page; a blank page added before it and the
 * 版记 page after it carry no page number (GB/T 9704 §7.5). Rendered with bodies of several
 * lengths, one of them filling page 2 to the last line so that the blank page is needed.
 */
import { beforeAll, describe, it } from 'vitest'
import type { TextPage } from './lib/bbox'
import { expectEqual, expectTrue, required } from './lib/check'
import { renderDefinition, type RenderedDocument } from './lib/document'
import { blackRules, pageNumberLine, typeAreaLines } from './lib/measure'
import { duplexNotice, notice } from './fixtures'

const documents: RenderedDocument[] = []
let simplex: RenderedDocument

beforeAll(async () => {
  for (const length of [1, 5, 9])
    documents.push(await renderDefinition(`duplex-${String(length)}`, duplexNotice(length)))
  documents.push(await renderDefinition('duplex-full-page-2', duplexNotice(1, true)))
  simplex = await renderDefinition('notice-simplex', notice)
})

const isBlank = (page: TextPage): boolean => typeAreaLines(page).length === 0

describe('duplex 版记 page', () => {
  it('ends every duplex document on an even page that holds the 版记', async () => {
    for (const document of documents) {
      const last = required(document.pages.at(-1), `${document.name}: last page`)
      expectEqual(`${document.name}: page count is even`, document.pages.length % 2, 0)
      const rules = await blackRules(document, last.number)
      expectTrue(
        `${document.name}: 版记 rules on the last page`,
        rules.length >= 2,
        `${String(rules.length)} rules on page ${String(last.number)}`,
      )
    }
  })

  it('prints no page number on a blank page nor on the 版记 page after it; numbers the other pages', () => {
    for (const document of documents) {
      const last = required(document.pages.at(-1), `${document.name}: last page`)
      const blankBefore =
        document.pages.length > 1 &&
        isBlank(required(document.pages.at(-2), 'page before the last'))
      // GB/T 9704 §7.5: with a blank page before the 版记 page, neither carries a number.
      if (blankBefore)
        expectEqual(
          `${document.name}: 版记 page ${String(last.number)} after a blank page: number`,
          pageNumberLine(last)?.number ?? null,
          null,
        )
      for (const page of document.pages.slice(0, -1)) {
        const expected = isBlank(page) ? null : page.number
        expectEqual(
          `${document.name}: page ${String(page.number)}${isBlank(page) ? ' (blank)' : ''} number`,
          pageNumberLine(page)?.number ?? null,
          expected,
        )
      }
    }
  })

  it('adds a blank page 3 and puts the 版记 on page 4 when the text fills page 2', () => {
    const document = required(documents.at(-1), 'duplex-full-page-2')
    expectEqual(`${document.name}: pages`, document.pages.length, 4)
    expectEqual(
      `${document.name}: blank pages`,
      document.pages.filter(isBlank).map((page) => page.number),
      [3],
    )
  })

  it('adds no blank page in simplex printing', () => {
    const blank = simplex.pages.filter(isBlank).map((page) => page.number)
    expectEqual('blank pages in the simplex notice', blank, [])
  })
})
