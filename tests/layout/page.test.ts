/**
 * The page and its grid: A4, 天头 37 mm, 订口 28 mm, 22 lines of 10.23 mm, 28 characters a line.
 * Measured on a page that one long paragraph fills from top to bottom.
 */
import { beforeAll, describe, it } from 'vitest'
import { centreY, characterCount, type TextPage } from './lib/bbox'
import { expectEqual, expectNear, required } from './lib/check'
import { renderDefinition, type RenderedDocument } from './lib/document'
import { lineInk, typeAreaLines } from './lib/measure'
import { GB, TOLERANCE_MM } from './lib/units'
import { notice } from './fixtures'

let document: RenderedDocument
let full: TextPage

/** A page whose lines all belong to the long run of plain characters (no heading, no blank line). */
function isPlainPage(page: TextPage): boolean {
  const lines = typeAreaLines(page)
  return (
    lines.length > 10 &&
    lines.every((line) => /^[\u4e00-\u9fff]+$/.test(line.text.replace(/\s+/g, '')))
  )
}

beforeAll(async () => {
  document = await renderDefinition('notice-page', notice)
  full = required(
    document.pages.find(isPlainPage),
    'a page filled by the long plain paragraph (page 2 expected)',
  )
})

describe('page (文件格式 notice)', () => {
  it('is A4 on every page', () => {
    for (const page of document.pages) {
      expectNear(`page ${String(page.number)} width`, page.width, GB.pageWidth, 0.5)
      expectNear(`page ${String(page.number)} height`, page.height, GB.pageHeight, 0.5)
    }
  })

  it('has 22 lines on a full page, 10.23 mm apart', async () => {
    const lines = typeAreaLines(full)
    expectEqual(`lines on full page ${String(full.number)}`, lines.length, GB.linesPerPage)
    const first = required(
      await lineInk(document, full.number, required(lines[0], 'first line')),
      'ink of the first line',
    )
    const last = required(
      await lineInk(document, full.number, required(lines.at(-1), 'last line')),
      'ink of the last line',
    )
    expectNear(
      'mean line pitch',
      (centreY(last) - centreY(first)) / (lines.length - 1),
      GB.linePitch,
      0.1,
    )
  })

  it('starts the type area 37 mm from the top (first line centred on the first 10.23 mm line)', async () => {
    const first = required(typeAreaLines(full)[0], 'first line')
    const ink = required(await lineInk(document, full.number, first), 'ink of the first line')
    expectNear(
      `type area top (first line ink centre − ½ pitch), page ${String(full.number)}`,
      centreY(ink) - GB.linePitch / 2,
      GB.marginTop,
      TOLERANCE_MM,
    )
  })

  it('ends the type area 262 mm from the top (last line centred on the 22nd line)', async () => {
    const last = required(typeAreaLines(full).at(-1), 'last line')
    const ink = required(await lineInk(document, full.number, last), 'ink of the last line')
    expectNear(
      `type area bottom (last line ink centre + ½ pitch), page ${String(full.number)}`,
      centreY(ink) + GB.linePitch / 2,
      GB.typeAreaBottom,
      TOLERANCE_MM,
    )
  })

  it('starts lines 28 mm from the left and fills 156 mm', () => {
    const lines = typeAreaLines(full)
    expectNear(
      'left edge of body lines (订口)',
      Math.min(...lines.map((line) => line.left)),
      GB.marginLeft,
      TOLERANCE_MM,
    )
    expectNear(
      'right edge of full body lines',
      Math.max(...lines.map((line) => line.right)),
      GB.typeAreaRight,
      TOLERANCE_MM,
    )
  })

  it("holds 28 characters on every full line (the paragraph's indented first line aside)", () => {
    const lines = typeAreaLines(full)
    const margin = Math.min(...lines.map((line) => line.left))
    const counts = lines.filter((line) => line.left < margin + 1).map(characterCount)
    expectEqual(
      `characters a line on page ${String(full.number)}`,
      [...new Set(counts)],
      [GB.charsPerLine],
    )
  })

  it("indents a paragraph's first line by two characters", () => {
    const lines = typeAreaLines(full)
    const margin = Math.min(...lines.map((line) => line.left))
    for (const line of lines.filter((candidate) => candidate.left >= margin + 1)) {
      expectNear(
        'indented first line left edge',
        line.left,
        GB.marginLeft + 2 * GB.char3,
        TOLERANCE_MM,
      )
      expectEqual(
        'characters on the indented first line',
        characterCount(line),
        GB.charsPerLine - 2,
      )
    }
  })
})
