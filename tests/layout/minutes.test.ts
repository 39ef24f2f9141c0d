/**
 * 纪要格式: the red "…纪要" mark 72 mm from the top, and the 出席/请假/列席 lines two characters
 * in, one after another, after the text.
 */
import { beforeAll, describe, it } from 'vitest'
import { centreX, linesContaining, type Line } from './lib/bbox'
import { expectNear, expectTrue, required } from './lib/check'
import { renderDefinition, type RenderedDocument } from './lib/document'
import { r2, redInk } from './lib/measure'
import { GB, TOLERANCE_MM } from './lib/units'
import { minutes } from './fixtures'

let document: RenderedDocument

function find(text: string): { page: number; line: Line } {
  for (const page of document.pages) {
    const [line] = linesContaining(page, text)
    if (line) return { page: page.number, line }
  }
  return required<{ page: number; line: Line }>(undefined, `line "${text}"`)
}

beforeAll(async () => {
  document = await renderDefinition('minutes', minutes)
})

describe('纪要格式', () => {
  it('puts the red mark "会商会纪要" 72 mm from the top, centred', async () => {
    const { line } = find('会商会纪要')
    const mark = required(
      await redInk(document, 1, line.top - 2, line.bottom + 2),
      'red ink of the mark line',
    )
    expectNear('minutes mark top edge (red ink)', mark.top, GB.markTop, TOLERANCE_MM)
    expectNear(
      'minutes mark centre x',
      centreX(mark),
      GB.marginLeft + GB.typeAreaWidth / 2,
      TOLERANCE_MM,
    )
  })

  it('lists 出席, 请假, 列席 two characters in, in that order, after the text', () => {
    const positions = ['出席：', '请假：', '列席：'].map((label) => {
      const found = find(label)
      expectNear(`${label} left edge`, found.line.left, GB.marginLeft + 2 * GB.char3, TOLERANCE_MM)
      return found.page * 1000 + found.line.top
    })
    const text = find('研究知识产权服务民营企业工作')
    const ordered = [text.page * 1000 + text.line.top, ...positions]
    expectTrue(
      'text, 出席, 请假, 列席 top to bottom',
      ordered.every((value, index) => index === 0 || value > (ordered[index - 1] ?? 0)),
      ordered.map((value) => String(r2(value))).join(' < '),
    )
  })
})
