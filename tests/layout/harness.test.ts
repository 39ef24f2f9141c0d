/**
 * Checks the measuring code itself on a document built without the engine (lib/scratchDocx.ts)
 * whose geometry is known: if these fail, the harness is wrong, not the engine.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { characterCount, centreY } from './lib/bbox'
import { renderDocxBytes, type RenderedDocument } from './lib/document'
import {
  blackRules,
  lineInk,
  pageNumberDashes,
  pageNumberLine,
  redInk,
  redRules,
  rulesInStrip,
  typeAreaLines,
  width,
} from './lib/measure'
import { isBlack, isRed } from './lib/raster'
import { scratchDocx } from './lib/scratchDocx'
import { GB } from './lib/units'

let document: RenderedDocument

beforeAll(async () => {
  document = await renderDocxBytes('harness-scratch', await scratchDocx())
})

describe('harness on a hand-built A4 document with the GB margins and a 579-twip grid', () => {
  it('reads the page size and the 22 lines of a full page', async () => {
    const page = document.pages[1]
    expect(page?.width).toBeCloseTo(210, 0)
    expect(page?.height).toBeCloseTo(297, 0)
    const lines = typeAreaLines(page ?? { number: 0, width: 0, height: 0, lines: [] })
    expect(lines).toHaveLength(22)
    const first = lines[0]
    const last = lines.at(-1)
    if (!first || !last) throw new Error('no lines')
    // LibreOffice centres the glyphs on their grid line: the first line's ink centre lies half a pitch below 37 mm.
    const ink = await lineInk(document, 2, first)
    expect(ink && centreY(ink) - GB.linePitch / 2).toBeCloseTo(37, 0)
    expect((centreY(last) - centreY(first)) / 21).toBeCloseTo(GB.linePitch, 1)
    expect(first.left).toBeCloseTo(28, 0)
    expect(characterCount(first)).toBe(28)
  })

  it('finds the red rule, its width and thickness, and the red mark above it', async () => {
    const [rule] = await redRules(document, 1)
    if (!rule) throw new Error('no red rule')
    expect(width(rule)).toBeCloseTo(156, 0)
    const [strip] = await rulesInStrip(document, 1, isRed, rule.top - 1, rule.bottom + 1)
    // The scratch rule is 1 pt (0.353 mm): 8 pixels at 600 dpi.
    expect((strip?.bottom ?? 0) - (strip?.top ?? 0)).toBeCloseTo(0.35, 1)
    const mark = await redInk(document, 1, 0, rule.top - 1)
    expect(mark).toBeDefined()
    expect(((mark?.left ?? 0) + (mark?.right ?? 0)) / 2).toBeCloseTo(106, 0)
  })

  it('finds the three black imprint rules and tells thick from thin', async () => {
    const last = document.pages.length
    const found = await blackRules(document, last)
    expect(found).toHaveLength(3)
    const thickness = await Promise.all(
      found.map(async (rule) => {
        const [strip] = await rulesInStrip(document, last, isBlack, rule.top - 1, rule.bottom + 1)
        return (strip?.bottom ?? 0) - (strip?.top ?? 0)
      }),
    )
    // 1 pt, 0.75 pt, 1 pt borders in the scratch document.
    expect(thickness[0]).toBeCloseTo(0.35, 1)
    expect(thickness[1]).toBeCloseTo(0.26, 1)
    expect(thickness[2]).toBeCloseTo(0.35, 1)
  })

  it('reads page numbers, their side and their dashes', async () => {
    for (const page of document.pages) {
      const found = pageNumberLine(page)
      expect(found?.number).toBe(page.number)
      if (!found) continue
      // Right-aligned on odd pages, left on even ones, 4.94 mm in (the scratch footer's indents).
      if (page.number % 2 === 1)
        expect(found.line.right).toBeCloseTo(GB.typeAreaRight - GB.char4, 0)
      else expect(found.line.left).toBeCloseTo(GB.marginLeft + GB.char4, 0)
      const dashes = await pageNumberDashes(document, page.number, found.line)
      expect(dashes).toHaveLength(2)
      expect(dashes[0]?.top).toBeGreaterThan(found.line.top)
    }
  })
})
