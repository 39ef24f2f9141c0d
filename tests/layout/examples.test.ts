/**
 * The sample definitions in examples/: each one renders and keeps the basic geometry (A4, text
 * inside the type area, the mark where its format puts it, page numbers on their side).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, it } from 'vitest'
import { expectEqual, expectNear, expectTrue, required } from './lib/check'
import { renderDefinition } from './lib/document'
import { pageNumberLine, r2, redInk, typeAreaLines } from './lib/measure'
import { GB, TOLERANCE_MM } from './lib/units'

const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url))
const files = readdirSync(EXAMPLES)
  .filter((name) => name.endsWith('.json'))
  .sort()

describe('sample definitions in examples/', () => {
  it('has samples of the three formats', () => {
    const formats = files.map(
      (name) =>
        (JSON.parse(readFileSync(EXAMPLES + name, 'utf8')) as { format?: string }).format ?? 'file',
    )
    expectEqual('formats among the samples', [...new Set(formats)].sort(), [
      'file',
      'letter',
      'minutes',
    ])
  })

  for (const name of files) {
    it(`${name}: A4, text inside the type area, mark and page numbers in place`, async () => {
      const input = JSON.parse(readFileSync(EXAMPLES + name, 'utf8')) as { format?: string }
      const document = await renderDefinition(`example-${name.replace(/\.json$/, '')}`, input)
      for (const page of document.pages) {
        expectNear(`${name} page ${String(page.number)} width`, page.width, GB.pageWidth, 0.5)
        expectNear(`${name} page ${String(page.number)} height`, page.height, GB.pageHeight, 0.5)
        const lines = typeAreaLines(page)
        if (lines.length === 0) continue
        const left = Math.min(...lines.map((line) => line.left))
        // A closing punctuation mark may hang one character past the right edge (标点溢出).
        const right = Math.max(...lines.map((line) => line.right))
        expectTrue(
          `${name} page ${String(page.number)} text inside the type area`,
          left >= GB.marginLeft - TOLERANCE_MM &&
            right <= GB.typeAreaRight + GB.char3 + TOLERANCE_MM,
          `x ${String(r2(left))}–${String(r2(right))} mm`,
        )
        const found = pageNumberLine(page)
        if (!found) continue
        expectEqual(`${name} page ${String(page.number)} number`, found.number, page.number)
        if (page.number % 2 === 1)
          expectNear(
            `${name} page ${String(page.number)} number right edge`,
            found.line.right,
            GB.typeAreaRight - GB.char4,
            TOLERANCE_MM,
          )
        else
          expectNear(
            `${name} page ${String(page.number)} number left edge`,
            found.line.left,
            GB.marginLeft + GB.char4,
            TOLERANCE_MM,
          )
      }
      const mark = required(await redInk(document, 1, 0, 120), `${name}: red mark on page 1`)
      expectNear(
        `${name} mark top edge (red ink)`,
        mark.top,
        input.format === 'letter' ? GB.letterMarkTop : GB.markTop,
        TOLERANCE_MM,
      )
    })
  }
})
