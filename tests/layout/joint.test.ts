/**
 * 联合行文 mark: the issuers stacked one per line, host first, "文件" to their right and
 * vertically centred on them; the whole mark red, top edge 72 mm, centred.
 */
import { beforeAll, describe, it } from 'vitest'
import { centreX, centreY, linesContaining, type Box } from './lib/bbox'
import { expectNear, expectTrue, required } from './lib/check'
import { renderDefinition, type RenderedDocument } from './lib/document'
import { r2, redInk, redRules } from './lib/measure'
import { GB, TOLERANCE_MM } from './lib/units'
import { jointNotice } from './fixtures'

const ISSUERS = jointNotice.issuers

let document: RenderedDocument

beforeAll(async () => {
  document = await renderDefinition('joint', jointNotice)
})

describe('joint mark', () => {
  it('stacks the names, host first, with "文件" to their right, centred on them', () => {
    const page = required(document.pages[0], 'page 1')
    const names: Box[] = ISSUERS.map((issuer) => {
      const line = required(linesContaining(page, issuer)[0], `mark line "${issuer}"`)
      const word = line.words.find((candidate) => candidate.text.includes(issuer)) ?? line
      // pdftotext may join "文件" to a name on the same baseline: keep only the name's own width.
      const text = 'text' in word ? word.text.replace(/\s+/g, '') : issuer
      const perChar = (word.right - word.left) / Array.from(text).length
      return { ...word, right: word.left + perChar * Array.from(issuer).length }
    })
    const tops = names.map((name) => name.top)
    expectTrue(
      'names stacked top to bottom in issuing order',
      tops.every((top, index) => index === 0 || top > (tops[index - 1] ?? 0) + 3),
      tops.map((top) => String(r2(top))).join(' < '),
    )
    const file = required(
      page.lines
        .flatMap((line) => line.words)
        .find((word) => word.text.replace(/\s+/g, '').endsWith('文件')),
      '"文件" in the mark',
    )
    const fileBox = {
      ...file,
      left:
        file.right -
        ((file.right - file.left) / Array.from(file.text.replace(/\s+/g, '')).length) * 2,
    }
    const rightmost = Math.max(...names.map((name) => name.right))
    expectTrue(
      '"文件" right of the names',
      fileBox.left >= rightmost - 0.5,
      `文件 left ${String(r2(fileBox.left))} mm, names end ${String(r2(rightmost))} mm`,
    )
    const middle =
      (Math.min(...names.map((name) => name.top)) + Math.max(...names.map((name) => name.bottom))) /
      2
    expectNear(
      '"文件" vertical centre − names block centre',
      centreY(fileBox) - middle,
      0,
      TOLERANCE_MM,
    )
  })

  it('puts the joint mark 72 mm from the top, in red, centred', async () => {
    const rule = required((await redRules(document, 1))[0], 'red rule')
    const mark = required(
      await redInk(document, 1, 0, rule.top - 0.5),
      'red ink above the red rule',
    )
    expectNear('joint mark top edge (red ink)', mark.top, GB.markTop, TOLERANCE_MM)
    expectNear(
      'joint mark centre x',
      centreX(mark),
      GB.marginLeft + GB.typeAreaWidth / 2,
      TOLERANCE_MM,
    )
  })
})
