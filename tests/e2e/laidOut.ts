import { expect } from './fixtures'
import { linesOf, renderDocxBytes } from '../layout/lib/document'
import { pageNumberLine, typeAreaLines } from '../layout/lib/measure'
import { pdfImages } from '../layout/lib/tools'
import { GB, TOLERANCE_MM } from '../layout/lib/units'

/**
 * A .docx saved from the app, printed by LibreOffice and measured with the layout tests' tools:
 * A4 pages, text inside the type area (a closing mark may hang one character past it), page
 * numbers in order, pictures at print resolution no wider than the type area, and `texts` on
 * the pages. The PDF and page PNGs stay in test-results/layout/ for a human to look at.
 */
export async function expectLaidOut(name: string, docx: Uint8Array, texts: readonly string[]) {
  const document = await renderDocxBytes(name, docx)
  for (const page of document.pages) {
    const where = `${name} page ${String(page.number)}`
    expect(Math.abs(page.width - GB.pageWidth), `${where} width`).toBeLessThanOrEqual(0.5)
    expect(Math.abs(page.height - GB.pageHeight), `${where} height`).toBeLessThanOrEqual(0.5)
    for (const line of typeAreaLines(page)) {
      expect(line.left, `${where}: “${line.text}” left edge`).toBeGreaterThanOrEqual(
        GB.marginLeft - TOLERANCE_MM,
      )
      expect(line.right, `${where}: “${line.text}” right edge`).toBeLessThanOrEqual(
        GB.typeAreaRight + GB.char3 + TOLERANCE_MM,
      )
    }
    const found = pageNumberLine(page)
    if (found) expect(found.number, `${where} number`).toBe(page.number)
  }
  const pictures = await pdfImages(document.pdfPath)
  for (const picture of pictures) {
    const where = `${name} picture on page ${String(picture.page)}`
    expect(picture.xPpi, `${where} resolution`).toBeGreaterThanOrEqual(250)
    expect((picture.width / picture.xPpi) * 25.4, `${where} width (mm)`).toBeLessThanOrEqual(
      GB.typeAreaWidth + TOLERANCE_MM,
    )
  }
  for (const text of texts) expect(linesOf(document, text), `“${text}” printed`).not.toHaveLength(0)
  return { pages: document.pages.length, pictures: pictures.length }
}
