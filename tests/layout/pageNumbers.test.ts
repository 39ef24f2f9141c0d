/**
 * 页码: 4号 "— N —", odd pages right one character in, even pages left one character in, the
 * dashes 7 mm below the type area (269 mm from the top); continuous through the attachment.
 */
import { beforeAll, describe, it } from 'vitest'
import { centreY, linesContaining } from './lib/bbox'
import { expectEqual, expectNear, required } from './lib/check'
import { renderDefinition, type RenderedDocument } from './lib/document'
import { fontSizeFrom, pageNumberDashes, pageNumberLine } from './lib/measure'
import { GB, TOLERANCE_MM } from './lib/units'
import { notice } from './fixtures'

let document: RenderedDocument

beforeAll(async () => {
  document = await renderDefinition('notice-page-numbers', notice)
})

describe('page numbers of a 文件格式 notice (simplex)', () => {
  it('numbers every page but the last (版记) one with its own number, continuously', () => {
    const numbers = document.pages.map((page) => pageNumberLine(page)?.number ?? null)
    const expected = document.pages.map((page) => page.number)
    // Without duplex the standard says nothing against a number on the 版记 page: do not require either.
    expectEqual('page numbers, pages 1 … n−1', numbers.slice(0, -1), expected.slice(0, -1))
  })

  it('puts odd numbers right and even numbers left, one 4号 character in', () => {
    for (const page of document.pages) {
      const found = pageNumberLine(page)
      if (!found) continue
      if (page.number % 2 === 1) {
        expectNear(
          `page ${String(page.number)} (odd) number right edge`,
          found.line.right,
          GB.typeAreaRight - GB.char4,
          TOLERANCE_MM,
        )
      } else {
        expectNear(
          `page ${String(page.number)} (even) number left edge`,
          found.line.left,
          GB.marginLeft + GB.char4,
          TOLERANCE_MM,
        )
      }
    }
  })

  it('sets the number in 4号 with its dashes 7 mm below the type area', async () => {
    const body = required(
      linesContaining(required(document.pages[0], 'page 1'), '各区知识产权局')[0],
      '3号 reference line',
    )
    for (const page of document.pages) {
      const found = pageNumberLine(page)
      if (!found) continue
      expectNear(
        `page ${String(page.number)} number size (box height vs 3号)`,
        fontSizeFrom(found.line, body, 16),
        14,
        0.5,
        'pt',
      )
      const dashes = await pageNumberDashes(document, page.number, found.line)
      expectEqual(`page ${String(page.number)} dashes found`, dashes.length, 2)
      const dash = required(dashes[0], 'a dash')
      expectNear(
        `page ${String(page.number)} dash height (centre)`,
        centreY(dash),
        GB.pageNumberDashY,
        TOLERANCE_MM,
      )
    }
  })
})
