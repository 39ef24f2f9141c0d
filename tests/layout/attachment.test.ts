/**
 * 附件说明 in the body and the attachment's own pages: "附件" flush left on the first line of a
 * new page, the attachment title centred on the third line in 2号.
 */
import { beforeAll, describe, it } from 'vitest'
import { centreX, centreY, linesContaining, type Line, type TextPage } from './lib/bbox'
import { expectEqual, expectNear, required } from './lib/check'
import { renderDefinition, type RenderedDocument } from './lib/document'
import { fontSizeFrom, lineInk, pageNumberLine, typeAreaLines } from './lib/measure'
import { GB, TOLERANCE_MM } from './lib/units'
import { notice } from './fixtures'

const TITLE = '知识产权服务民营企业专项行动工作方案'
const gridLine = (n: number): number => GB.marginTop + (n - 0.5) * GB.linePitch

let document: RenderedDocument
let page: TextPage
let label: Line

beforeAll(async () => {
  document = await renderDefinition('notice-attachment', notice)
  // The attachment page: its first line is the "附件" label (附件 or 附件1).
  page = required(
    document.pages.find((candidate) =>
      /^附件\d*$/.test(typeAreaLines(candidate)[0]?.text.replace(/\s+/g, '') ?? ''),
    ),
    'a page whose first line is "附件"',
  )
  label = required(typeAreaLines(page)[0], '附件 label')
})

describe('附件说明 and attachment pages', () => {
  it('lists the attachment two characters in, after the body text', () => {
    const note = required(
      document.pages.flatMap((candidate) =>
        linesContaining(candidate, `附件：${TITLE.slice(0, 6)}`),
      )[0],
      `附件说明 line "附件：${TITLE}"`,
    )
    expectNear('附件说明 left edge', note.left, GB.marginLeft + 2 * GB.char3, TOLERANCE_MM)
  })

  it('starts the attachment on a new page with "附件" flush left on the first line', async () => {
    expectNear('附件 label left edge', label.left, GB.marginLeft, TOLERANCE_MM)
    const ink = required(await lineInk(document, page.number, label), '附件 label ink')
    expectNear('附件 label ink centre (type-area line 1)', centreY(ink), gridLine(1), TOLERANCE_MM)
    // Page numbers continue through the attachment.
    expectEqual(
      `attachment page ${String(page.number)} number`,
      pageNumberLine(page)?.number,
      page.number,
    )
  })

  it('centres the attachment title in 2号 on the third line', async () => {
    const title = required(linesContaining(page, TITLE)[0], `attachment title "${TITLE}"`)
    expectNear(
      'attachment title centre x',
      centreX(title),
      GB.marginLeft + GB.typeAreaWidth / 2,
      TOLERANCE_MM,
    )
    expectNear(
      'attachment title size (box height vs 3号 label)',
      fontSizeFrom(title, label, 16),
      22,
      0.5,
      'pt',
    )
    const ink = required(await lineInk(document, page.number, title), 'attachment title ink')
    // "On the third line": its ink centred within the third 10.23 mm line of the type area.
    expectNear(
      'attachment title ink centre (type-area line 3)',
      centreY(ink),
      gridLine(3),
      GB.linePitch / 2,
    )
  })
})
