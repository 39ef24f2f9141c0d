/**
 * 信函格式: red mark 30 mm from the top, red double rules (thick over thin 4 mm under the mark,
 * thin over thick 20 mm above the bottom), 170 mm long and centred; 发文字号 flush right under
 * the rule; no page number on page 1.
 */
import { beforeAll, describe, it } from 'vitest'
import { centreX, linesContaining, type Box } from './lib/bbox'
import { expectEqual, expectNear, expectTrue, required } from './lib/check'
import { renderDefinition, type RenderedDocument } from './lib/document'
import {
  height,
  lineInk,
  pageNumberLine,
  r2,
  redInk,
  redRules,
  rulesInStrip,
  width,
} from './lib/measure'
import { isRed } from './lib/raster'
import { GB, TOLERANCE_MM } from './lib/units'
import { letter } from './fixtures'

let document: RenderedDocument
let rules: Box[]
let top: Box[]
let bottom: Box[]

/** Rules less than 3 mm apart form one double rule. */
function pairs(found: Box[]): Box[][] {
  const groups: Box[][] = []
  for (const rule of found) {
    const last = groups.at(-1)
    const previous = last?.at(-1)
    if (last && previous && rule.top - previous.bottom < 3) last.push(rule)
    else groups.push([rule])
  }
  return groups
}

beforeAll(async () => {
  document = await renderDefinition('letter', letter)
  rules = await redRules(document, 1)
  const groups = pairs(rules)
  top = groups[0] ?? []
  bottom = groups.length > 1 ? (groups.at(-1) ?? []) : []
})

/** Thicknesses of the rules of a double rule, measured at 600 dpi. */
async function thicknesses(group: Box[]): Promise<number[]> {
  const first = required(group[0], 'first rule')
  const last = required(group.at(-1), 'last rule')
  const strips = await rulesInStrip(document, 1, isRed, first.top - 1, last.bottom + 1)
  return strips.map(height)
}

describe('信函格式', () => {
  it('puts the red mark 30 mm from the paper top, centred', async () => {
    const mark = required(
      await redInk(document, 1, 0, (top[0]?.top ?? 60) - 0.5),
      'red ink above the first red rule',
    )
    expectNear('letter mark top edge (red ink)', mark.top, GB.letterMarkTop, TOLERANCE_MM)
    expectNear(
      'letter mark centre x',
      centreX(mark),
      GB.marginLeft + GB.typeAreaWidth / 2,
      TOLERANCE_MM,
    )
  })

  it('draws a double rule (thick over thin) 4 mm under the mark, 170 mm long, centred', async () => {
    expectEqual('rules in the upper red double rule', top.length, 2)
    const mark = required(await redInk(document, 1, 0, (top[0]?.top ?? 60) - 0.5), 'mark')
    expectNear(
      'upper double rule top − mark ink bottom',
      required(top[0], 'upper rule').top - mark.bottom,
      4,
      TOLERANCE_MM,
    )
    for (const rule of top) {
      expectNear('upper double rule length', width(rule), GB.letterRuleWidth, TOLERANCE_MM)
      expectTrue(
        'upper double rule centred (page or type area)',
        Math.abs(centreX(rule) - 105.5) <= 0.5 + TOLERANCE_MM,
        `centre x ${String(r2(centreX(rule)))} mm`,
      )
    }
    const [upper, lower] = await thicknesses(top)
    expectTrue(
      'upper double rule: thick over thin',
      upper !== undefined && lower !== undefined && upper > lower,
      `thicknesses ${String(r2(upper ?? 0))} / ${String(r2(lower ?? 0))} mm`,
    )
  })

  it('draws a double rule (thin over thick) 20 mm above the paper bottom, 170 mm long', async () => {
    expectEqual('rules in the lower red double rule', bottom.length, 2)
    expectNear(
      'lower double rule bottom edge',
      bottom.at(-1)?.bottom,
      GB.pageHeight - 20,
      TOLERANCE_MM,
    )
    for (const rule of bottom)
      expectNear('lower double rule length', width(rule), GB.letterRuleWidth, TOLERANCE_MM)
    const [upper, lower] = bottom.length ? await thicknesses(bottom) : []
    expectTrue(
      'lower double rule: thin over thick',
      upper !== undefined && lower !== undefined && upper < lower,
      `thicknesses ${String(r2(upper ?? 0))} / ${String(r2(lower ?? 0))} mm`,
    )
  })

  it('puts the 发文字号 flush right under the rule', () => {
    const number = required(
      linesContaining(required(document.pages[0], 'page 1'), '津知函〔2023〕12号')[0],
      '发文字号',
    )
    const word = required(number.words.at(-1), '发文字号 word')
    expectNear('letter 发文字号 right edge', word.right, GB.typeAreaRight, TOLERANCE_MM)
    expectTrue(
      'letter 发文字号 below the upper double rule',
      number.top > (top.at(-1)?.bottom ?? Infinity),
      `发文字号 top ${String(r2(number.top))} mm`,
    )
  })

  it('puts the first line under the rule 7/8 of a 3号 character below it (GB/T 9704 10.2.2)', async () => {
    const line = required(
      linesContaining(required(document.pages[0], 'page 1'), '000003')[0],
      '份号 line',
    )
    const rule = required(top.at(-1), 'upper double rule')
    // The ink of the whole line (份号 and 发文字号) from the raster, starting just under the rule:
    // text boxes sit low.
    const ink = required(
      await lineInk(document, 1, {
        ...line,
        left: GB.marginLeft,
        right: GB.typeAreaRight,
        top: rule.bottom + 0.3,
      }),
      'ink of the first line under the rule',
    )
    expectNear(
      'first line under the rule: gap',
      ink.top - rule.bottom,
      (7 / 8) * GB.char3,
      TOLERANCE_MM,
    )
  })

  it('has no page number on page 1 and numbers page 2', () => {
    expectEqual(
      'letter page 1 number',
      pageNumberLine(required(document.pages[0], 'page 1'))?.number ?? null,
      null,
    )
    expectEqual(
      'letter page 2 number',
      pageNumberLine(required(document.pages[1], 'page 2 (the fixture runs over two pages)'))
        ?.number ?? null,
      2,
    )
  })
})
