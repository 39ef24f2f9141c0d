/**
 * 版头 and the start of the 主体 on page 1 of a 文件格式 notice: 份号/密级/紧急程度 lines, the red
 * mark 72 mm from the top, 发文字号, the red rule 4 mm under it, the 2号 title, 主送机关.
 */
import { beforeAll, describe, it } from 'vitest'
import { centreX, centreY, linesContaining, type Box, type Line, type TextPage } from './lib/bbox'
import { expectNear, expectTrue, required } from './lib/check'
import { renderDefinition, type RenderedDocument } from './lib/document'
import { fontSizeFrom, lineInk, r2, redInk, redRules, width } from './lib/measure'
import { countColours } from './lib/raster'
import { GB, TOLERANCE_MM, mmToPx } from './lib/units'
import { PAGE_DPI } from './lib/document'
import { notice } from './fixtures'

let document: RenderedDocument
let page: TextPage
let rule: Box

const TYPE_AREA_CENTRE = GB.marginLeft + GB.typeAreaWidth / 2

function line(text: string): Line {
  return required(linesContaining(page, text)[0], `line "${text}" on page 1`)
}

/** Ink centre of a line, in mm from the top. */
async function inkCentreY(target: Line): Promise<number> {
  return centreY(required(await lineInk(document, 1, target), `ink of "${target.text}"`))
}

/** The centre of the n-th line (1-based) of the type area. */
const gridLine = (n: number): number => GB.marginTop + (n - 0.5) * GB.linePitch

beforeAll(async () => {
  document = await renderDefinition('notice-head', notice)
  page = required(document.pages[0], 'page 1')
  rule = required((await redRules(document, 1))[0], 'a red rule (≥ 100 mm of red) on page 1')
})

describe('版头 of a 文件格式 notice', () => {
  it('puts 份号, 密级 and 紧急程度 flush left on lines 1, 2 and 3', async () => {
    const rows: [string, string, number][] = [
      ['份号', '000012', 1],
      ['密级', '秘密★1年', 2],
      ['紧急程度', '特急', 3],
    ]
    for (const [name, text, n] of rows) {
      const found = line(text)
      expectNear(`${name} left edge`, found.left, GB.marginLeft, TOLERANCE_MM)
      expectNear(
        `${name} ink centre (type-area line ${String(n)})`,
        await inkCentreY(found),
        gridLine(n),
        TOLERANCE_MM,
      )
    }
  })

  it('draws the mark in red, its top edge 72 mm from the paper top, centred', async () => {
    const mark = required(
      await redInk(document, 1, 0, rule.top - 0.5),
      'red ink above the red rule',
    )
    expectNear('mark top edge (red ink)', mark.top, GB.markTop, TOLERANCE_MM)
    expectNear('mark centre x', centreX(mark), TYPE_AREA_CENTRE, TOLERANCE_MM)
    const markLine = line('天津市知识产权局文件')
    expectNear('mark text box centre x', centreX(markLine), TYPE_AREA_CENTRE, TOLERANCE_MM)
    const colours = countColours(await document.raster(1), {
      left: mmToPx(mark.left, PAGE_DPI),
      right: mmToPx(mark.right, PAGE_DPI),
      top: mmToPx(mark.top, PAGE_DPI),
      bottom: mmToPx(mark.bottom, PAGE_DPI),
    })
    const mean = colours.meanRed
    expectTrue(
      'mark ink is red',
      colours.black === 0 && colours.red / colours.ink > 0.6,
      `${String(colours.red)} red, ${String(colours.black)} black of ${String(colours.ink)} ink pixels`,
    )
    expectTrue(
      'mark red is pure red',
      mean !== undefined && mean.r > 220 && mean.g < 50 && mean.b < 50,
      `mean red rgb(${String(r2(mean?.r ?? 0))}, ${String(r2(mean?.g ?? 0))}, ${String(r2(mean?.b ?? 0))})`,
    )
  })

  it('centres the 发文字号 two blank lines below the mark', async () => {
    const number = line('津知发〔2023〕5号')
    expectNear('发文字号 centre x', centreX(number), TYPE_AREA_CENTRE, TOLERANCE_MM)
    const mark = required(await redInk(document, 1, 0, rule.top - 0.5), 'mark')
    const numberInk = required(await lineInk(document, 1, number), '发文字号 ink')
    // Two empty 3号 lines between them: more than two pitches of paper, less than three.
    const gap = numberInk.top - mark.bottom
    expectTrue(
      'gap mark → 发文字号 is two blank lines',
      gap > 2 * GB.linePitch - TOLERANCE_MM && gap < 3 * GB.linePitch,
      `gap ${String(r2(gap))} mm`,
    )
  })

  it('draws the red rule 156 mm wide, centred, 4 mm below the 发文字号', async () => {
    expectNear('red rule width', width(rule), GB.redRuleWidth, TOLERANCE_MM)
    expectNear('red rule centre x', centreX(rule), TYPE_AREA_CENTRE, TOLERANCE_MM)
    const numberInk = required(
      await lineInk(document, 1, line('津知发〔2023〕5号')),
      '发文字号 ink',
    )
    expectNear('red rule top − 发文字号 ink bottom', rule.top - numberInk.bottom, 4, TOLERANCE_MM)
  })
})

describe('title and 主送机关', () => {
  it('sets the title in 2号 (22 pt), each line centred', () => {
    // The title (broken over lines) is what lies between the red rule and the 主送机关.
    const recipients = line('各区知识产权局，各有关单位')
    const titleLines = page.lines.filter(
      (candidate) => candidate.top > rule.bottom && candidate.bottom < recipients.top,
    )
    expectTrue('title lines found', titleLines.length > 0, `${String(titleLines.length)} lines`)
    const body = line('为深入贯彻落实党中央、国务院')
    for (const title of titleLines) {
      expectNear(
        `title "${title.text}" size (box height vs 3号 body)`,
        fontSizeFrom(title, body, 16),
        22,
        0.5,
        'pt',
      )
      expectNear(`title "${title.text}" centre x`, centreX(title), TYPE_AREA_CENTRE, TOLERANCE_MM)
    }
  })

  it('puts the 主送机关 flush left, ending with a full-width colon', () => {
    const recipients = line('各区知识产权局，各有关单位')
    expectNear('主送机关 left edge', recipients.left, GB.marginLeft, TOLERANCE_MM)
    expectTrue(
      '主送机关 ends with "："',
      recipients.text.trim().endsWith('：'),
      JSON.stringify(recipients.text),
    )
  })
})
