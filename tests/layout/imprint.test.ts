/**
 * 版记 at the foot of the last page: rules as wide as the type area, thick–thin–thick, the last
 * one on the type area's bottom edge (262 mm); 抄送 and 印发 lines in 4号, one character in.
 */
import { beforeAll, describe, it } from 'vitest'
import { centreY, linesContaining, type Box, type TextPage } from './lib/bbox'
import { expectEqual, expectNear, expectTrue, required } from './lib/check'
import { renderDefinition, type RenderedDocument } from './lib/document'
import { blackRules, fontSizeFrom, height, lineInk, r2, rulesInStrip, width } from './lib/measure'
import { isBlack } from './lib/raster'
import { GB, TOLERANCE_MM } from './lib/units'
import { notice } from './fixtures'

let document: RenderedDocument
let last: TextPage
let rules: Box[]

beforeAll(async () => {
  document = await renderDefinition('notice-imprint', notice)
  last = required(document.pages.at(-1), 'last page')
  rules = await blackRules(document, last.number)
})

describe('版记 of a 文件格式 notice', () => {
  it('has three rules as wide as the type area, the last on 262 mm', () => {
    expectEqual(`black rules on the last page (${String(last.number)})`, rules.length, 3)
    for (const [index, rule] of rules.entries())
      expectNear(
        `版记 rule ${String(index + 1)} width`,
        width(rule),
        GB.typeAreaWidth,
        TOLERANCE_MM,
      )
    expectNear(
      'last 版记 rule (centre)',
      centreY(required(rules.at(-1), 'last rule')),
      GB.typeAreaBottom,
      TOLERANCE_MM,
    )
  })

  it('draws the first and last rules thick (0.35 mm) and the one between thin (0.25 mm)', async () => {
    for (const [index, rule] of rules.entries()) {
      const [strip] = await rulesInStrip(
        document,
        last.number,
        isBlack,
        rule.top - 1,
        rule.bottom + 1,
      )
      const expected = index === 0 || index === rules.length - 1 ? GB.thickRule : GB.thinRule
      expectNear(`版记 rule ${String(index + 1)} thickness`, strip && height(strip), expected, 0.05)
    }
  })

  it('puts 抄送 one character in, in 4号, wrapped lines after the colon, ending with "。", between the first two rules', async () => {
    const copyTo = required(linesContaining(last, '抄送：')[0], '抄送 line on the last page')
    expectNear('抄送 left edge', copyTo.left, GB.marginLeft + GB.char4, TOLERANCE_MM)
    const reference = required(
      linesContaining(required(document.pages[0], 'page 1'), '各区知识产权局')[0],
      '3号 reference line',
    )
    expectNear('抄送 size (box height vs 3号)', fontSizeFrom(copyTo, reference, 16), 14, 0.5, 'pt')
    const [first, second] = rules
    const block = last.lines.filter(
      (line) => line.top >= copyTo.top && (!second || line.bottom <= second.top + 1),
    )
    const text = block.map((line) => line.text.replace(/\s+/g, '')).join('')
    expectTrue('抄送 ends with "。"', text.endsWith('。'), JSON.stringify(text))
    for (const wrapped of block.slice(1)) {
      // "抄送：" is three 4号 characters: wrapped lines start under the first organ's name.
      expectNear(
        '抄送 wrapped line left edge',
        wrapped.left,
        GB.marginLeft + GB.char4 * 4,
        TOLERANCE_MM,
      )
    }
    const ink = required(await lineInk(document, last.number, copyTo), '抄送 ink')
    expectTrue(
      '抄送 between rules 1 and 2',
      !!first && !!second && ink.top > first.bottom && ink.bottom < second.top,
      `抄送 ink ${String(r2(ink.top))}–${String(r2(ink.bottom))} mm, rules at ${rules.map((rule) => String(r2(rule.top))).join(', ')} mm`,
    )
  })

  it('puts the printer left and the print date right, one character in, just above the last rule', async () => {
    const printer = required(
      linesContaining(last, '天津市知识产权局办公室')[0],
      '印发机关 on the last page',
    )
    const printerWord = required(
      printer.words.find((word) => word.text.includes('办公室')),
      '印发机关 word',
    )
    expectNear('印发机关 left edge', printerWord.left, GB.marginLeft + GB.char4, TOLERANCE_MM)
    const dateLine = required(
      linesContaining(last, '2023年3月24日印发')[0],
      '印发日期 "2023年3月24日印发"',
    )
    expectNear('印发日期 right edge', dateLine.right, GB.typeAreaRight - GB.char4, TOLERANCE_MM)
    const ink = required(await lineInk(document, last.number, printer), '印发 ink')
    const lastRule = required(rules.at(-1), 'last rule')
    const before = required(rules.at(-2), 'rule before the last')
    expectTrue(
      '印发 line between the last two rules',
      ink.top > before.bottom && ink.bottom < lastRule.top,
      `印发 ink ${String(r2(ink.top))}–${String(r2(ink.bottom))} mm, rules at ${String(r2(before.top))} and ${String(r2(lastRule.top))} mm`,
    )
    expectTrue(
      '印发 line is the line just above the last rule',
      lastRule.top - ink.bottom < GB.linePitch,
      `gap ${String(r2(lastRule.top - ink.bottom))} mm`,
    )
  })
})
